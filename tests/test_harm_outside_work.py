"""Issue 9, point 4: harm done outside any work relation is no work injury.

A road accident between strangers, a medical mistake or an assault, told with no word of work, pay
or a workplace, shares the words of the work-injury entries (伤残, 几级, 赔偿) and was answered with
them. It is a civil claim against whoever did it: the out-of-scope answer says where to go (and
that an accident on the way to or from work can be a work injury). Any word of work keeps the
question a labour one: the way to work (工伤保险条例 第十四条(六)), a courier at work, an old
worker on a site, an insured person's death benefits.

Own wordings, none from a bench set nor a knowledge-base alternate or example."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher
from knowledge_base.subjects import harmed_outside_work


@pytest.mark.parametrize(
    "text",
    [
        "车祸以后评了七级伤残赔偿标准是什么",
        "我姥爷骑三轮赶集让货车刮倒被撞断了腿",
        "医生误诊耽误了半年谁来赔",
        "在商场门口被人打了一顿鼻梁骨折",
        "对方保险公司说人身损害只赔一半",
        "肇事司机跑了我的医药费找谁要",
    ],
)
def test_harm_with_no_word_of_work_is_read(text: str) -> None:
    assert harmed_outside_work(text)


@pytest.mark.parametrize(
    "text",
    [
        "上班路上被出租车撞了十级伤残",
        "快递员派件时被电动车撞了",
        "六十多岁在工地干活被车撞了",
        "老伴车祸走了他社保里的丧葬补助金怎么领",
        "出差途中出了车祸",
        "一只手被机器轧伤能评几级",
    ],
)
def test_any_word_of_work_keeps_it_a_labour_question(text: str) -> None:
    assert not harmed_outside_work(text)


@pytest.mark.parametrize(
    "question",
    [
        "车祸以后评了七级伤残 赔偿标准是什么",
        "车祸伤残等级评了八级 对方保险公司该赔哪些项目",
    ],
)
def test_a_road_accident_off_work_gets_where_to_go_not_the_injury_entries(
    matcher: Matcher, question: str
) -> None:
    r = matcher.match(question)
    assert r.decision != "answer", r.as_json()
    # the out-of-scope answer, which also says when such an accident is a work injury
    assert r.out_of_scope and "上下班" in r.out_of_scope, r.as_json()


def test_an_accident_on_the_way_to_work_is_not_turned_away(matcher: Matcher) -> None:
    r = matcher.match("上班路上被出租车撞了 十级伤残 这种怎么赔")
    assert r.out_of_scope is None, r.as_json()
    assert any(c.id.startswith("insurance.injury") for c in r.candidates), r.as_json()


def test_a_courier_hit_at_work_is_answered(matcher: Matcher) -> None:
    r = matcher.match("快递员派件时被电动车撞了 评了十级 平台管吗")
    assert r.decision == "answer" and r.id == "gig.injury_protection", r.as_json()


def test_death_benefits_after_a_road_accident_are_a_labour_question(matcher: Matcher) -> None:
    r = matcher.match("老伴车祸走了 他社保里的丧葬补助金怎么领")
    assert r.out_of_scope is None, r.as_json()
    assert "insurance.survivor_benefits" in [c.id for c in r.candidates], r.as_json()

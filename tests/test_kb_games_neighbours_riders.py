"""Issue 9, point 4 and the confident wrong answers: classes found on FAQ set 36 (now the
development set bench/faq_blind21.yaml). A game's world ("游戏里角色受伤了怎么回血") and a
neighbour's nuisance at home ("楼上装修天天吵找谁调解") are no labour matters, whatever labour word
they borrow; any word of work or pay keeps the question a labour one. A delivery rider called by
the Taiwan and Hong Kong word 外送员 is a rider (gig.*), not an employee.

Own wordings, none from a bench set nor a knowledge-base alternate or example."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher
from knowledge_base.subjects import not_a_labour_matter


@pytest.mark.parametrize(
    "text",
    [
        "手游里我的角色工伤了能不能回血",
        "打副本被boss打残了算不算伤残",
        "楼下邻居天天装修吵得睡不着找谁调解",
        "隔壁家养狗半夜叫扰民能投诉吗",
    ],
)
def test_a_game_or_a_neighbour_nuisance_is_no_labour_matter(text: str) -> None:
    assert not_a_labour_matter(text)


@pytest.mark.parametrize(
    "text",
    [
        "游戏公司拖欠我三个月工资",
        "我在楼上邻居家装修干了二十天他不给钱",
        "做游戏陪练的工作平台不结算",
        "邻居介绍我去厂里上班，老板欠薪",
    ],
)
def test_any_word_of_work_keeps_it_a_labour_question(text: str) -> None:
    assert not not_a_labour_matter(text)


@pytest.mark.parametrize("question", ["楼上装修吵死了 找谁来调解一下", "游戏里角色受伤了怎么快速回血"])
def test_they_are_not_answered(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer", r.as_json()


@pytest.mark.parametrize(
    "question", ["我是外送员，平台不讲清规则，能不能要最低工资", "外送員被平台罰款合理嗎"]
)
def test_a_rider_called_waisongyuan_gets_the_riders_entries(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.candidates and r.candidates[0].id.startswith("gig."), r.as_json()

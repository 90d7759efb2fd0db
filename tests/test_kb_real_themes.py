"""Issue 9 item 6: how real people ask. Topics outside every entry (paternity and marriage leave,
tax on pay) are not answered with a sibling entry; siblings that share words keep their own
questions (pregnancy pay and postings vs. maternity leave)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "question",
    [
        "媳妇下个月生 我作为男方能请几天陪产假",  # not the maternity-leave answer
        "刚毕业实习 每月三千块工资 需要交个人所得税吗",  # not the student-worker answer
        "我在厂里上班一个月六千 工资要交税吗",
    ],
)
def test_a_topic_no_entry_covers_is_not_answered_with_a_sibling(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer" and r.route == "fallback", r.as_json()


@pytest.mark.parametrize("question", ["男职工的护理假有多少天", "下个月结婚 能休几天婚假"])
def test_marriage_and_paternity_leave_point_to_local_rules(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer" and r.out_of_scope and "人口与计划生育条例" in r.out_of_scope, r.as_json()


def test_an_inheritance_is_not_a_survivor_benefit(matcher: Matcher) -> None:
    r = matcher.match("爷爷去世了留下一套老房子 几个叔叔都想要 遗产怎么分")
    assert r.decision != "answer" and r.out_of_scope and "继承" in r.out_of_scope, r.as_json()


def test_pregnancy_posting_and_pay_is_pregnancy_rights_not_maternity_leave(matcher: Matcher) -> None:
    r = matcher.match("怀孕五个月了 主管把我从办公室调到车间 工资也降了 合法吗")
    assert r.candidates and r.candidates[0].id == "leave.pregnancy_rights", r.as_json()
    maternity = matcher.kb.entries["leave.maternity"]
    # its night-shift and check-up rules are one tap away
    assert "leave.pregnancy_rights" in maternity.follow_ups


def test_a_long_story_is_not_vetoed_by_the_diluted_index_score(
    matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's score of a long story is diluted by the story's other words: an entry the
    model is sure of is answered at an index score a short question would need more for."""
    rank = matcher.index.rank

    def diluted(norm: str, terms: list[str]):  # noqa: ANN202
        result = rank(norm, terms)
        for c in result.candidates:
            c.score = min(c.score, 0.25)
        return result

    monkeypatch.setattr(matcher.index, "rank", diluted)
    long = "我老爸在县城一家木材加工厂干了六年，上个月厂里说效益不好把他辞了，一分钱不给，他这么多年的工龄能拿多少补偿"
    r = matcher.match(long)
    assert r.decision == "answer" and r.id == "contract.dismissal_compensation", r.as_json()
    r = matcher.match("被辞退有补偿吗")  # short: 0.25 is below what the index must give
    assert r.decision == "suggest", r.as_json()


def test_a_ride_hailing_driver_hurt_on_the_road_gets_the_injury_protection_answer(matcher: Matcher) -> None:
    r = matcher.match(
        "跑网约车的时候在送客人的路上被一辆货车撞了 住了半个月医院 平台说跟它没关系 我能要到什么保障"
    )
    assert r.decision == "answer" and r.id == "gig.injury_protection", r.as_json()


def test_a_work_injury_put_on_sick_leave_is_not_answered_as_sick_leave(matcher: Matcher) -> None:
    r = matcher.match("工伤认定下来了 公司却让我按病假休 病假工资只有一千多 这样对吗")
    assert not (r.decision == "answer" and r.id == "leave.sick"), r.as_json()
    assert "insurance.injury_paid_leave" in [c.id for c in r.candidates], r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "我在炼钢厂高温岗位干了十一年 后来厂子转给别人了 这些年能不能算特殊工种让我早点退",
        "我男人在井下挖了十几年煤 身体不行了 想办病退要准备什么",
        "厂里倒闭以后我一直自己交着职工医保 到退休那年一共要交够多少年",
    ],
)
def test_a_labour_question_no_entry_covers_is_told_where_it_is_handled(
    matcher: Matcher, question: str
) -> None:
    """Retirement procedures and employees' medical-insurance years are labour matters no entry
    answers: not answered with a nearby entry, never turned away either: the topic's answer says
    where it is handled, above the nearest entries as buttons."""
    r = matcher.match(question)
    assert r.route == "fallback" and r.decision == "fallback", r.as_json()
    assert r.out_of_scope and ("12333" in r.out_of_scope or "12393" in r.out_of_scope), r.as_json()
    assert r.candidates, r.as_json()


def test_working_past_retirement_age_keeps_its_entry(matcher: Matcher) -> None:
    r = matcher.match("我爸六十二了还在工地开搅拌机 上个月被砸伤了脚 包工头说他超龄了不算工伤")
    assert r.candidates and r.candidates[0].id == "contract.over_retirement_age", r.as_json()
    assert not r.out_of_scope, r.as_json()

"""Issue 9, real questions answered on the wrong subject: a worker with a recognised work injury (a
disability grade) whose employer ends the contract (by agreement, for hard times, at the end of the
sick-leave period) asks what he gets. The word 待遇 pulled such questions to the injury-benefits
entry, answered with confidence; the leaving-with-an-injury entry is the one that says what is paid
on leaving and that the sick-leave reason may not be used. Own wordings, none from a bench set nor a
knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher

LEAVING = "insurance.injury_leaving_job"


@pytest.mark.parametrize(
    "question",
    [
        "工伤评了十级，厂里说生意不好要跟我协商解除劳动合同，工伤保险那边赔完了，厂里还该给我什么待遇？",
        "我老婆工伤定了九级，公司讲效益差要协商解除，她除了社保基金出的钱还能拿到啥补偿",
    ],
)
def test_an_injured_worker_leaving_gets_the_leaving_entry(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.candidates and r.candidates[0].id == LEAVING, r.as_json()
    assert not (r.decision == "answer" and r.id != LEAVING), r.as_json()


def test_a_short_leaving_question_is_never_answered_with_another_entry(matcher: Matcher) -> None:
    """Short, with 待遇 and a grade: the two entries are offered, none answered wrongly."""
    r = matcher.match("八级伤残 单位找我谈解除劳动合同 我离开的时候有什么待遇")
    assert LEAVING in [c.id for c in r.candidates[:3]], r.as_json()
    assert not (r.decision == "answer" and r.id != LEAVING), r.as_json()


def test_the_benefits_question_without_leaving_keeps_its_entry(matcher: Matcher) -> None:
    """The guard: what a grade pays, with no word of leaving, stays with the benefits entry."""
    r = matcher.match("工伤评了八级 按规定都有哪些待遇")
    assert r.candidates and r.candidates[0].id == "insurance.injury_benefits", r.as_json()


def test_the_leaving_entry_says_what_an_agreed_termination_pays(matcher: Matcher) -> None:
    details = matcher.kb.entries[LEAVING].details
    assert "单位提出协商解除" in details
    assert "第四十六条第二项" in details

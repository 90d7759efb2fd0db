"""Issue 9: sibling entries that cover neighbouring subjects. Most confident wrong answers are
between two of them (insurance.not_paid / insurance.back_payment, insurance.work_injury /
insurance.injury_cases, ...): each sibling's texts say what sets it apart, an answer on one
shows the other as a button, and a question that clearly belongs to one is not answered with the
other."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.faq_replies import entry_reply
from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent

# The pairs the knowledge base's own cross-validation confuses most (held-out alternates answered
# confidently with the other entry, both directions, two fold deals; knowledge base of 1 Dec 2026:
# 16, 15, 14, 10, 8, 7, 6), plus the pairs of the issue.
SIBLINGS = [
    ("insurance.injury_benefits", "insurance.injury_benefit_example"),
    ("insurance.work_injury", "insurance.injury_cases"),
    ("insurance.not_paid", "insurance.back_payment"),
    ("insurance.injury_disability_assessment", "insurance.injury_grade_estimate"),
    ("wage.settlement_on_leaving", "wage.withheld"),
    ("insurance.injury_death", "insurance.sudden_death"),
    ("dispute.enforcement", "dispute.mediation"),
    ("leave.maternity", "leave.pregnancy_rights"),
    ("contract.dismissal_legality", "contract.dismissal_compensation"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))


@pytest.mark.parametrize(("one", "other"), SIBLINGS)
def test_an_answer_on_one_sibling_offers_the_other(matcher: Matcher, one: str, other: str) -> None:
    """A wrong sibling answered is one tap from the right one: each shows the other among the
    follow-up buttons of its answer (only the first three follow-ups are shown)."""
    kb = matcher.kb
    for a, b in ((one, other), (other, one)):
        payloads = [button.payload for button in entry_reply(kb, kb.entries[a]).buttons]
        assert f"faq:{b}" in payloads, (a, kb.entries[a].follow_ups)


@pytest.mark.parametrize(
    ("question", "right", "wrong"),
    [
        # years missed in the past, asked to be made up or carried on now: back payment, not
        # "the employer does not pay"
        (
            "印刷厂倒闭以后我的社保停了五年 现在到新公司上班了 以前那几年还能补上吗",
            "insurance.back_payment",
            "insurance.not_paid",
        ),
        (
            "以前的鞋厂关了 社保断了好几年 现在进了别的厂 还能接着买吗 以前的算不算",
            "insurance.back_payment",
            "insurance.not_paid",
        ),
        (
            "办退休时社保局说九几年那几年查不到缴费 不算年限 这怎么办",
            "insurance.back_payment",
            "insurance.not_paid",
        ),
        # the employer does not pay at all: not a back payment
        (
            "我在装卸队干了半年 队长说我们这种活不给上社保 这合法吗",
            "insurance.not_paid",
            "insurance.back_payment",
        ),
        ("新进的物流公司 说好的五险到现在也不给交 该找谁", "insurance.not_paid", "insurance.back_payment"),
        ("单位说过了五十岁就不能再给我们买社保了 是这样吗", "insurance.not_paid", "insurance.back_payment"),
        # no employer at all: insuring oneself, not an employer that does not pay
        ("自己在家开网店 没有单位帮忙买社保 怎么自己买", "gig.flexible_insurance", "insurance.not_paid"),
        # a plain accident at work: applying for recognition, not the list of borderline cases
        (
            "搬砖时被砖头砸到脚 骨头裂了 工地的事故能算工伤吧 怎么弄",
            "insurance.work_injury",
            "insurance.injury_cases",
        ),
        ("厨房里的炉子漏气 点火时把脸烧伤了 这算工伤吗", "insurance.work_injury", "insurance.injury_cases"),
    ],
)
def test_a_sibling_question_is_not_answered_with_the_other(
    matcher: Matcher, question: str, right: str, wrong: str
) -> None:
    r = matcher.match(question)
    assert not (r.decision == "answer" and r.id == wrong), r.as_json()
    assert r.candidates and r.candidates[0].id == right, r.as_json()

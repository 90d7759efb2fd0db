"""Issue 9: English words written beside Chinese ("delivery rider 算 employee 吗") are read as the
knowledge base's words by the synonyms (knowledge_base/data/synonyms.yaml), as typos and dialect
are; the words the English route rules read stay English. The questions here were written for this
test; none is in a development set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher
from knowledge_base.normalize import Normalizer

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201 - the loaded knowledge base
    return load_knowledge_base(REPO / "knowledge_base" / "data")


@pytest.fixture(scope="module")
def matcher(kb) -> Matcher:  # noqa: ANN001
    return Matcher(kb)


def test_english_words_become_the_knowledge_base_words(kb) -> None:  # noqa: ANN001
    norm = Normalizer.shared(kb.synonyms).normalize
    assert norm("我的 probation 被延长了") == "我的试用期被延长了"
    assert norm("Annual Leave 没休完") == "年假没休完"
    assert norm("non-compete 协议") == "竞业协议"
    # the route rules' words are left as they are (knowledge_base/intents_en.py reads them)
    for word in ("complain", "report", "status", "staff", "boss", "employer", "company", "wages", "salary"):
        assert word in norm(f"我想 {word} 一下")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("my probation 被公司延长了三个月 合法吗", "contract.probation"),
        ("公司被别的集团 acquire 之后 我的 seniority 还算吗", "contract.employer_change"),
        ("打 arbitration 要交钱吗 请 lawyer 贵不贵", "dispute.arbitration_fee"),
        ("maternity leave 一共能休多少天", "leave.maternity"),
        ("今年的 annual leave 没休完 公司要折算工资给我吗", "leave.annual"),
        ("做 food rider 被平台乱罚款 合法吗", "gig.rights"),
    ],
)
def test_english_beside_chinese_finds_the_entry(matcher: Matcher, question: str, entry: str) -> None:
    result = matcher.match(question)
    first = (
        result.id if result.decision == "answer" else (result.candidates[0].id if result.candidates else None)
    )
    assert first == entry, result.as_json()


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("I want to complain, 老板欠了我两个月工资", "complaint"),
        ("my employer fired me and never paid, I want to report him", "complaint"),
        ("any update on my complaint? 上周登记的", "progress"),
    ],
)
def test_english_requests_still_route(matcher: Matcher, question: str, route: str) -> None:
    assert matcher.match(question).route == route

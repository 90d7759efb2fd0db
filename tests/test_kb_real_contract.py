"""Issue 9, real questions outside work injury: classes the real dev sets missed (a contract not
renewed asked from the employer's side, pay held back because the pay card cannot be used, too few
years of contributions at retirement age, the social security card, taking back a resignation, a
clause forbidding marriage)
reach the entry on their subject, and that entry's text states what the class asks. Own wordings,
none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "我们是一家小印刷厂，一个排版员的合同月底到期，我们不想续了，可他愿意接着干，终止的时候要不要付他补偿",
            "contract.dismissal_compensation",
        ),
        ("我的工资卡被法院冻了，公司说卡用不了就先不发，我能让他们发现金吗", "wage.payment.timing"),
        (
            "今年满六十了，在厂里做了很多年，可社保加起来才交了十年，不够十五年能怎么办",
            "insurance.back_payment",
        ),
        ("单位一直给我交社保，我却从来没见过社保卡，要去哪里办", "insurance.not_paid"),
        (
            "前天跟店长怄气说了句不干了还发了辞职短信，今天冷静下来想留下，店里说辞职已经生效，我还能撤回吗",
            "contract.resign",
        ),
    ],
)
def test_the_class_is_answered_with_its_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route == "faq" and r.decision == "answer" and r.id == entry, r.as_json()


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("contract.resign", ["撤回", "第一百四十一条"]),
        ("insurance.not_paid", ["社会保障卡", "《社会保险经办条例》第六条、第七条"]),
        ("wage.payment.timing", ["委托银行代发", "工资卡"]),
        ("insurance.back_payment", ["不足15年的，可以缴费至满15年"]),
        ("leave.pregnancy_rights", ["限制女职工结婚、生育", "《就业促进法》第二十七条"]),
    ],
)
def test_the_entry_states_what_the_class_asks(matcher: Matcher, entry: str, words: list[str]) -> None:
    e = matcher.kb.entries[entry]
    text = e.answer + "\n" + (e.details or "")
    for w in words:
        assert w in text, (entry, w)


def test_retirement_age_alone_is_not_the_years_of_contributions(matcher: Matcher) -> None:
    """The years asked about at retirement age are back payment's subject: over_retirement_age's
    answer says nothing of them, so none of its alternates asks it."""
    e = matcher.kb.entries["contract.over_retirement_age"]
    assert not [a for a in e.alternates if "满十五年" in a or "满15年" in a]

"""Issue 9, the work-injury block of real questions: classes whose first candidate was a neighbouring
entry (escort and nursing costs read as pay while off work, an employer asking the worker to hide
how he was hurt read as the doubtful-circumstances entry, a bonus cut for injury leave read as the
maternity entry) now have their entry first, and the entries say what those classes ask.
Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("我岳父工伤住进了骨科，家里人轮流去医院守夜，这陪护的钱单位给不给？", "insurance.injury_care_costs"),
        ("工伤期间医药费该不该老板掏", "insurance.injury_care_costs"),
        (
            "老板叫我跟人说是在家打篮球扭伤的，实际上是在仓库搬货时被货架压的，我该照实说吗？",
            "insurance.work_injury",
        ),
        ("工伤后年底被评了最差 奖金也没了", "insurance.injury_paid_leave"),
    ],
)
def test_an_injury_block_question_has_its_entry_first(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route in ("faq", "fallback") and r.candidates and r.candidates[0].id == entry, r.as_json()


def test_nursing_and_escort_belong_to_the_care_costs_entry(matcher: Matcher) -> None:
    """Pay while off work (停工留薪期) and the costs of care are siblings: the nursing words are the
    care-costs entry's, and the pay entry points to it for them."""
    entries = matcher.kb.entries
    leave, care = entries["insurance.injury_paid_leave"], entries["insurance.injury_care_costs"]
    assert not {"护理费", "陪护", "工伤护理"} & set(leave.keywords)
    assert {"护理费", "陪护"} <= set(care.keywords)
    assert "护理费怎么算见医疗费、护理费的问题" in leave.answer


@pytest.mark.parametrize(
    ("entry", "where", "says"),
    [
        # what the class asks is stated, with the law it rests on
        ("insurance.injury_paid_leave", "details", "《关于工资总额组成的规定》第四条"),
        ("insurance.injury_after_recognition", "details", "材料丢了或在单位手里"),
        ("insurance.injury_after_recognition", "answer", "仲裁时效1年"),
        ("insurance.injury_disability_assessment", "answer", "鉴定费由工伤保险基金付"),
        ("insurance.injury_benefits", "answer", "外地受伤一般按参保地标准"),
        ("insurance.injury_liability", "details", "第四十三条第三款"),
        ("insurance.work_injury", "details", "单位让隐瞒的"),
    ],
)
def test_the_entry_states_what_its_class_asks(matcher: Matcher, entry: str, where: str, says: str) -> None:
    assert says in getattr(matcher.kb.entries[entry], where)

"""Issue 9: classes of real questions answered confidently on a wrong subject.

* A foreign national (a student from abroad, a foreign hire) asking whether they may work in
  China asks about work permits, which this service has no entry for: the student-work entry
  (暑假工, 兼职) is not answered; the out-of-scope answer says where to go. A labour question
  about foreign staff (their overtime pay) is still answered.
* An injured worker whose employer bought no insurance and paid only the treatment and a small
  sum tells a story with no question: the entry on who pays for an uninsured injury is the
  subject, not the disability grade a severed finger or toe suggests.
* A pay day moved to the end of the next month asks when pay is due (wage.payment.timing), not
  about wages kept as a deposit or pay settled on leaving; "叫我马上走人" on probation is a dismissal.

Own wordings, none from a bench set nor a knowledge-base alternate or example."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    "question",
    [
        "留学生在中国能不能打工",
        "持学生签证的外国人能在超市打工吗",
    ],
)
def test_a_foreign_nationals_right_to_work_is_no_student_job_answer(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer", r.as_json()
    assert r.out_of_scope and "工作许可" in r.out_of_scope, r.as_json()


def test_a_labour_question_about_foreign_staff_is_still_answered(matcher: Matcher) -> None:
    r = matcher.match("外籍员工的加班费怎么算")
    assert r.route == "faq" and r.decision == "answer" and r.id == "hours.overtime_pay", r.as_json()


def test_an_uninsured_injury_story_reaches_who_pays(matcher: Matcher) -> None:
    r = matcher.match("俺在砖厂干活没保险，脚被砖垛压碎了两个脚趾，老板光付了医药费，还给了两千块营养费")
    assert r.route == "faq" and r.decision == "answer" and r.id == "insurance.injury_liability", r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "我在洗车店上班，老板没给我买保险，上个月洗车机把我胳膊夹骨折了，老板只出了住院的钱，又给了一千块生活费",
        "包装厂没给我交保险，我被封箱机砸断了一根手指，老板就管了看病，给了三千块让我别再找他",
    ],
)
def test_an_uninsured_injury_story_offers_who_pays_first(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer" or r.id == "insurance.injury_liability", r.as_json()
    assert [c.id for c in r.candidates][:1] == ["insurance.injury_liability"], r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "老板说工钱往后挪一个月 下月底一块给 合法吗",
        "单位把发薪日从十号挪到了次月最后一天 这样行吗",
    ],
)
def test_a_pay_day_moved_later_is_asked_about_pay_timing(matcher: Matcher, question: str) -> None:
    """A pay day moved to the end of the next month is the pay-timing subject (realwrong3), not
    wages kept back as a deposit nor pay settled on leaving."""
    r = matcher.match(question)
    assert not (r.decision == "answer" and r.id != "wage.payment.timing"), r.as_json()
    assert [c.id for c in r.candidates][:1] == ["wage.payment.timing"], r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "试用期没满 主管叫我马上走人 有补偿吗",
        "还在试用期 经理让我立刻走人 能要赔偿吗",
    ],
)
def test_told_to_leave_at_once_on_probation_is_a_dismissal(matcher: Matcher, question: str) -> None:
    """叫我马上走人 is being sent away (synonyms.yaml: 辞退), not resigning."""
    r = matcher.match(question)
    assert not (r.decision == "answer" and r.id == "contract.resign"), r.as_json()
    assert [c.id for c in r.candidates][:1] == ["contract.probation_dismissal"], r.as_json()

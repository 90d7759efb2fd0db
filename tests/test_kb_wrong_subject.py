"""Issue 9: classes of real questions answered confidently on a wrong subject.

* A foreign national (a student from abroad, a foreign hire) asking whether they may work in
  China asks about work permits, which this service has no entry for: the student-work entry
  (暑假工, 兼职) is not answered; the out-of-scope answer says where to go. A labour question
  about foreign staff (their overtime pay) is still answered.
* An injured worker whose employer bought no insurance and paid only the treatment and a small
  sum tells a story with no question: the entry on who pays for an uninsured injury is the
  subject, not the disability grade a severed finger or toe suggests.

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

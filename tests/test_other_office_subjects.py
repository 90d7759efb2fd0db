"""Tax on pay, the size of a pension and a retiree's own medical-insurance years are asked of
another office (the tax office, the pension office, the medical-insurance office), not of a labour
service. They share an entry's words (实习, 工资, 退休, 养老保险, 医保) and were answered with a labour
entry: a student's wage tax with the student-worker entry, a retiree's medical-insurance years with
the flexible workers' insurance entry. Now the out-of-scope answer says where to ask, with the
nearest entries still offered as buttons. A dispute with an employer keeps the question a labour
one: pay withheld in the name of tax, contributions never paid, a contract never signed.

Own wordings, none from a bench set nor a knowledge-base alternate or example."""

from __future__ import annotations

import pytest

from knowledge_base import subjects
from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    "text",
    [
        "暑期在奶茶店兼职一个月挣两千八需要交个税吗",
        "每个月到手七千应该缴多少个税",
        "按缴费二十五年算每月能领多少退休金计算公式是怎样的",
        "我妈交了十八年养老保险退休后养老金大概有多少怎么算",
        "已经退休了医保还得自己缴几年才能终身享受",
    ],
)
def test_another_offices_subject_is_read(text: str) -> None:
    assert subjects.other_office_subject(text)


@pytest.mark.parametrize(
    "text",
    [
        "公司以代扣个税的名义每个月克扣我三百块工资",
        "单位一直没给我交养老保险退休后养老金能拿多少",
        "退休返聘在单位上班医保还要交吗",
        "老板说签了合同要扣税所以一直不签能要双倍工资吗",
        "工伤退休以后伤残津贴和养老金怎么算",
        "退休前养老保险交不满十五年还要交几年",
    ],
)
def test_a_dispute_or_an_employer_keeps_it_a_labour_question(text: str) -> None:
    assert not subjects.other_office_subject(text)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # answered on main: contract.student_worker 0.73, gig.flexible_insurance 0.95 and 0.61
        ("我是实习生 每月实习补贴三千二 这个要不要交税", "12366"),
        ("退休了自己交的医疗保险要交到多少岁为止", "12393"),
        ("灵活就业交了二十年 退休养老金怎么算", "12333"),
        # not answered on main either, but with the wrong office or none
        ("我在培训机构实习 一个月拿三千 这钱要报个人所得税吗", "12366"),
        ("已经退休了 医保还得自己缴几年才能终身享受", "12393"),
        ("按缴费二十五年算 每月能领多少退休金 计算公式是怎样的", "12333"),
    ],
)
def test_another_offices_subject_gets_where_to_ask(matcher: Matcher, question: str, office: str) -> None:
    r = matcher.match(question)
    assert r.decision != "answer", r.as_json()
    assert r.out_of_scope and office in r.out_of_scope, r.as_json()


def test_a_student_workers_tax_question_still_offers_the_nearest_entry(matcher: Matcher) -> None:
    r = matcher.match("我在培训机构实习 一个月拿三千 这钱要报个人所得税吗")
    assert "contract.student_worker" in [c.id for c in r.candidates], r.as_json()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("实习生的工资太低了 低于最低工资标准合法吗", "wage.minimum"),
        ("老板说签了合同要扣税 所以一直不签 能要双倍工资吗", "contract.no_written"),
    ],
)
def test_labour_questions_naming_tax_or_interns_are_answered(
    matcher: Matcher, question: str, entry: str
) -> None:
    r = matcher.match(question)
    assert r.out_of_scope is None, r.as_json()
    assert r.decision == "answer" and r.id == entry, r.as_json()

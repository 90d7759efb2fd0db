"""Story reader gaps found on story sets 7 and 8 (dev), tested on stories written for this file:
months owed told on the first of a month, months listed by number, a month's pay "一直没给",
a holiday inside a person's name, and a start "过完年" that may be February or March (asked,
both offered)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_story
from bot.core.extract.periods import NEW_YEAR
from bot.core.intake.fields import FormContext, employer_name_answer
from bot.core.intake.story import absorb, period_question
from knowledge_base.industries import load_industries

TODAY = date(2026, 12, 1)  # told on the first of December: November's pay is the last one due
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _period(text: str, today: date = TODAY) -> tuple[str, str] | None:
    f = extract_story(text, today, INDUSTRIES).fields
    if "arrears_period" not in f:
        return None
    return f["arrears_period"].value["start"], f["arrears_period"].value["end"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a start with no end, told on 1 December: December's pay is not due yet
        ("我在洗车行干活，国庆节以后工资就没发了，一个月三千五", ("2026-10", "2026-11")),
        ("从八月份起就没给我发过工资，我在厂里做包装", ("2026-08", "2026-11")),
        # said until now: this month too
        ("从八月份到现在厂里一分钱没给", ("2026-08", "2026-12")),
        # months listed by number, the word 月 once
        ("物业欠我们保安工资，七、八、九月，一人一个月三千", ("2026-07", "2026-09")),
        ("从今年5月开始就没发过，5、6、7、8四个月", ("2026-05", "2026-08")),
        # one month's pay "一直没给" is that month, not that month until now
        ("九月份的提成一直没给我，一共三千二", ("2026-09", "2026-09")),
        # work begun one day, ended in another clause
        ("十月三号到的工地，一直干到十一月中旬，工钱没结", ("2026-10", "2026-11")),
    ],
)
def test_months_owed(text: str, period: tuple[str, str]) -> None:
    assert _period(text) == period


def test_a_holiday_in_a_name_is_no_month() -> None:
    text = "工地上的钱我说一下：张国庆一万二，刘中秋九千，我自己一万一，今年六月干到九月"
    s = extract_story(text, TODAY, INDUSTRIES)
    assert int(s.fields["amount_owed"].value) == 32000
    assert int(s.fields["workers_affected"].value) == 3
    assert _period(text) == ("2026-06", "2026-09")


def test_after_new_year_start_is_asked_with_both_months() -> None:
    # 2026: 正月十五 is 3 March, work often starts again in late February
    text = "过完年就去的厂里，一直做到六月底，欠我一万四，电话13911112222"
    s = extract_story(text, TODAY, INDUSTRIES)
    assert s.fields["arrears_period"].note == NEW_YEAR
    fields: dict = {}
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    added = absorb(fields, text, ctx)
    assert "arrears_period" not in added and "arrears_period" not in fields
    q = period_question(fields)
    assert q is not None and q.expects == "arrears_period"
    assert [b.label for b in q.buttons] == ["2026年2月到2026年6月", "2026年3月到2026年6月"]


def test_after_new_year_when_the_season_ends_mid_month_is_read() -> None:
    # 2025: 正月十五 was 12 February: "过完年" is February, nothing to ask
    text = "过完年就去的厂里，一直做到六月底，欠我一万四"
    s = extract_story(text, date(2025, 12, 1), INDUSTRIES)
    assert s.fields["arrears_period"].note != NEW_YEAR
    assert _period(text, date(2025, 12, 1)) == ("2025-02", "2025-06")


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("饭馆叫老街坊，执照上写的是洛阳老街坊餐饮有限公司", "洛阳老街坊餐饮有限公司"),
        ("厂里都叫它宏发厂，合同上盖章的是东莞宏发塑胶制品有限公司，老板姓吴", "东莞宏发塑胶制品有限公司"),
        ("工地上全名叫中建八局第二建设有限公司", "中建八局第二建设有限公司"),
    ],
)
def test_employer_answer_takes_the_registered_name_among_clauses(answer: str, name: str) -> None:
    assert employer_name_answer(answer) == name

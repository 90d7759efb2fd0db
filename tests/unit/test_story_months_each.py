"""Issue 10: the months owed read as one month where the story names several. Months each told
with a count (the later ones without the work word) are the period and their counts are added at
the piece rate; a start of the owing and later months told as unpaid too make one run; a span of
work less the month told as paid at its start or end; a start told by going on board and an end by
coming back. Guards: one month stays one month, a length with no month named is still asked, a
total the worker states wins over the one counted. Wordings are my own, not from a story set
(today: 2 December 2026)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract.periods import COUNTED
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 2)


def _period(text: str) -> tuple[str, str] | None:
    value = story_value(text, "arrears_period", TODAY)
    assert value is None or isinstance(value, dict)
    return (value["start"], value["end"]) if value else None


def _amount(text: str) -> Decimal | None:
    value = story_value(text, "amount_owed", TODAY)
    return Decimal(str(value)) if value is not None else None


@pytest.mark.parametrize(
    ("text", "start", "end", "amount"),
    [
        # a count for each month, only the first told with the work word
        ("鞋厂按双算 一双八毛 八月做了五千双 九月四千六百双 老板一分没给", "2026-08", "2026-09", "7680"),
        (
            "跑快递按件算 一件一块二 九月派了三千件 十月两千八百件 十一月三千一百件 都没结",
            "2026-09",
            "2026-11",
            "10680",
        ),
        (
            "拉沙子一车一百五，七月拉了四十车，八月又是五十二车，给过我三千，其他的没给",
            "2026-07",
            "2026-08",
            "10800",
        ),
        ("送外卖一单五块 十月接了九百单 十一月一千零二十单 平台一直拖着不结", "2026-10", "2026-11", "9600"),
    ],
)
def test_months_each_with_a_count(text: str, start: str, end: str, amount: str) -> None:
    assert _period(text) == (start, end)
    assert _amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "start", "end", "amount"),
    [
        (
            "从八月份开始老板就说手头紧，工资先欠着，九月也没发，十月也没发，一个月五千二",
            "2026-08",
            "2026-10",
            "15600",
        ),
        ("七月起厂里就拖工资，八月九月也都没给，一个月四千", "2026-07", "2026-09", "12000"),
        ("十月份开始工资就勿发了，十一月份也勿发，一个月三千", "2026-10", "2026-11", "6000"),
        ("八月开始就不给工资了 九月份还是没给 十月也没给 一个月四千八", "2026-08", "2026-10", "14400"),
    ],
)
def test_a_start_then_later_months_unpaid_too(text: str, start: str, end: str, amount: str) -> None:
    assert _period(text) == (start, end)
    assert _amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "start", "end", "amount"),
    [
        # the first month of the span paid
        (
            "六月中旬去的饭店洗碗，九月底老板说不用了，一个月四千五，六月那个月给了，剩下三个月没给",
            "2026-07",
            "2026-09",
            "13500",
        ),
        (
            "我四月进的厂，七月底被辞退，每月五千，四月份的工资发了，后面的一直拖着",
            "2026-05",
            "2026-07",
            "15000",
        ),
        # the last month of the span paid
        (
            "五月来的工地看材料，八月底走的，一个月六千，八月的工资结清了，前面三个月都欠着",
            "2026-05",
            "2026-07",
            "18000",
        ),
    ],
)
def test_a_span_less_the_month_paid(text: str, start: str, end: str, amount: str) -> None:
    assert _period(text) == (start, end)
    assert _amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("我跟渔船出海，八月二十上的船，到十月底回来，一个月九千，船老板一直没给", "2026-08", "2026-10"),
        ("我家男人跑船，七月初上的船，九月底回来的，讲好一个月八千，到现在没结", "2026-07", "2026-09"),
        # a range of months with a pay per day
        ("在果园摘桃子 从五月干到八月 一天一百六 老板说卖完再给 到现在都没给", "2026-05", "2026-08"),
    ],
)
def test_a_start_on_board_and_an_end(text: str, start: str, end: str) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # one month stays one month
        ("十月份的工资六千块老板没发，我在厂里做质检", "2026-10", "2026-10"),
        ("按件算一件一块 九月做了四千件 老板一直不给钱", "2026-09", "2026-09"),
        # a month paid in full before the months unpaid too is none of them
        ("八月的工资结清了，九月没发，十月也没发，一个月五千", "2026-09", "2026-10"),
        # a month of the span paid only in part is still owed
        ("六月进的厂，九月底辞职，一个月五千，六月的工资给了一半，后面的都没给", "2026-06", "2026-09"),
        # a sum paid in a month is no month paid in full
        ("七月去的饭店，十月底走的，一个月四千，七月份工资给了两千，其他都没给", "2026-07", "2026-10"),
    ],
)
def test_months_that_stay(text: str, start: str, end: str) -> None:
    assert _period(text) == (start, end)


def test_a_length_with_no_month_named_is_still_asked() -> None:
    story = read_story("我在工地绑钢筋，工资3个月没发了，一个月七千", TODAY)
    assert story.fields["arrears_period"].note == COUNTED


def test_a_total_stated_wins_over_the_pieces_counted() -> None:
    text = "一件一块五，九月做了三千件，十月两千件，老板算下来一共欠我七千"
    assert _amount(text) == Decimal("7000")
    assert _period(text) == ("2026-09", "2026-10")


def test_an_employer_is_no_time_told_before_a_kind() -> None:
    story = read_story("我在商场做保洁，从九月份开始公司说周转不过来，工资一直拖着，一个月三千二", TODAY)
    assert "employer_name" not in story.fields
    assert _period(story.text) == ("2026-09", "2026-11")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # each one's count told after a name, in the same unit
        ("剥虾按斤算 一斤四块 我剥了三百斤，我老婆二百八十斤，我妹二百斤 老板一分没给", "3120"),
        ("穿珠子一串两毛，我串了一万串、她八千串，两个人的钱都没结", "3600"),
        # a count after a pause that is no one's: not added
        ("一斤四块 我剥了三百斤，二百斤是昨天剥的 老板没给钱", "1200"),
    ],
)
def test_each_ones_count_after_a_name(text: str, amount: str) -> None:
    assert _amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("在超市理货，一个月四千二，十月十一月都没发，入职时扣了600保证金也不退", "9000"),
        (
            "送外卖一单六块 十月跑了八百单 十一月九百单 都没结 进站交了300风险金说不干了就退 现在也不退",
            "10500",
        ),
    ],
)
def test_a_deposit_told_as_a_bare_figure(text: str, amount: str) -> None:
    assert _amount(text) == Decimal(amount)

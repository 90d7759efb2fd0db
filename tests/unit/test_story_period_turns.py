"""Issue 10: months owed told in shapes that read one month where several were meant. January
said before a count (今年一月 三个月) is a month, not "one month's" pay; a correction of a figure
of a month told before (说错了 十月是一百八十个小时) corrects the figure, not the months; each
month's work told with what was paid for all of them makes the run; an end told as 完的工 ends a
start told before; the first month's pay held and counted with the months owed opens the period.
Wordings are my own, not from a story set (today: 1 December 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # January said before a count of months and a pay per month
        ("我在大连一个物流园开叉车 前年十一月到去年一月 三个月 一个月五千 就给了两千", "2024-11", "2025-01"),
        # a correction of a month's figure keeps the months
        (
            "在嘉兴仓库理货 一小时二十 九月干了二百个小时 十月一百九十个小时 一共就给了一千\n说错了 十月是一百八十个小时",
            "2026-09",
            "2026-10",
        ),
        # each month's work told, then what was paid for them all
        (
            "在东莞电子厂做普工 一小时十九 九月上了二百四十个小时 十月二百二十个小时 两个月就给我借支了一千五",
            "2026-09",
            "2026-10",
        ),
        # a start told, then the end as 完的工
        ("我们在昆明呈贡修管网 去年十一月进的场 今年三月完的工 按方算 还差四万没给", "2025-11", "2026-03"),
        # the first month's pay held, counted with the last months unpaid
        (
            "我在佛山顺德灯饰厂包装 五月份进的厂 头一个月工资说是押着 做到九月份走了 八月九月的也没发 "
            "一个月五千二 押的那个月加上八月九月 一共三个月",
            "2026-05",
            "2026-09",
        ),
    ],
)
def test_months_owed(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("text", "start", "end", "said"),
    [
        # the first months of the run told as paid are not owed, and the read-back says so
        (
            "在武汉汉阳做月嫂 四月到九月在雇主家 前两个月的工资都结了 后面的一直拖着",
            "2026-06",
            "2026-09",
            "前2个月已发",
        ),
        # the last months of a range told as owed
        ("我在贵阳修车厂当学徒 从五月到十月 最后三个月一分钱没拿到", "2026-08", "2026-10", "最后3个月没发"),
    ],
)
def test_months_paid_or_owed_within_the_run_told(text: str, start: str, end: str, said: str) -> None:
    found = read_story(text, TODAY).fields["arrears_period"]
    assert found.value == {"start": start, "end": end}
    assert said in found.echo


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # months said one after another with only pauses between them
        ("在苏州酒店做客房 八月 九月 十月 工资都没发 一个月四千三", "2026-08", "2026-10"),
        # a day of the first lunar month counted from the festival
        ("在石家庄饭馆切墩 过完年初九就上班了 干到六月 工钱一直没结", "2026-02", "2026-06"),
    ],
)
def test_months_told_in_pieces(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}

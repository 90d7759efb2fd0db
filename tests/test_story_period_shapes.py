"""The months owed in a worker's story (issue 10): a range in words, a start and an end told
apart ("八月干到十月底"), lunar months across the new year, months listed or told one by one
with their pay, a start and "到现在", the last months of a longer stint, months partly paid
told beside months not paid at all, a year rollover, and the speech of several regions. Every
story was written for this file (none copied from a story set); today is 1 December 2026."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_story

DEC1 = date(2026, 12, 1)

PERIODS = [
    ("我在城东的纸箱厂做打包，从七月到十月的工资一直拖着没给，一个月四千", "2026-07", "2026-10"),
    ("八月干到十月底，老板说资金紧张，工钱一分没结，一天两百", "2026-08", "2026-10"),
    # lunar months: 腊月 of the lunar year 2025 began 19 January 2026, 正月 ended 18 March 2026
    ("去年腊月到今年正月在酒楼帮厨，说好的工钱到现在没给", "2026-01", "2026-03"),
    ("九月十月两个月的钱都没发，一个月五千三", "2026-09", "2026-10"),
    ("去年十二月到今年二月在物流园卸货，三个月没拿到钱", "2025-12", "2026-02"),
    ("我从九月份开始在他店里做，到现在一分钱工资都没发过", "2026-09", "2026-12"),
    ("七月、八月、九月这三个月的工资老板都压着", "2026-07", "2026-09"),
    ("今年五月进的厂，干到九月底走的，最后三个月工资没结", "2026-07", "2026-09"),
    ("十月份和十一月份的工资都没发，每月四千五", "2026-10", "2026-11"),
    ("从6月份一直干到9月份，每天工钱两百八，老板一天都没结", "2026-06", "2026-09"),
    ("我八月九月十月在工地扎钢筋，工钱都还欠着", "2026-08", "2026-10"),
    ("去年11月到今年1月在大棚摘菜，工钱拖到现在", "2025-11", "2026-01"),
    ("从今年3月干到7月，老板只给了生活费，工资一直没算", "2026-03", "2026-07"),
    ("十一月的工资没发，十月的也没发", "2026-10", "2026-11"),
    ("我是九月中旬进场的，一直做到十一月中旬，工钱还没结", "2026-09", "2026-11"),
    ("九月工资五千一，十月工资四千九，都没发给我", "2026-09", "2026-10"),
    ("在快递站干了七月到九月三个月，每个月四千二都欠着", "2026-07", "2026-09"),
    ("打8月起就没给过工资，一直干到10月底我才走", "2026-08", "2026-10"),
    # months partly paid told beside months not paid: the whole run
    ("六月到九月四个月，六月七月各发了一半，八月九月全没发", "2026-06", "2026-09"),
    # months told one by one with their pay (no word of a range)
    ("七月开了四千八，八月活多开了五千五，九月只有四千一，都压着不给", "2026-07", "2026-09"),
    # a season's end told before the month: "干到秋收完了十月底"
    ("打五月开始就不给钱了，一直干到麦子收完了七月底", "2026-05", "2026-07"),
    # a month partly paid, its figure told, before the months not paid at all
    ("工资每月六千，十月份的发了三千，十一月的全没发", "2026-10", "2026-11"),
    ("九月份工资四千八只发了两千，十月份的四千八一分没发", "2026-09", "2026-10"),
    # the days of each month told
    ("一天二百块，九月干了二十五天，十月干了二十二天，工钱都没给", "2026-09", "2026-10"),
    ("十月工资6500没发，还压着9月的工资6300", "2026-09", "2026-10"),
    # the year words with 的 ("今年的4月份")
    ("从去年11月份一直干到今年的4月份，工资一分没给", "2025-11", "2026-04"),
    ("去年的十月到今年的三月，半年的工资都没拿到", "2025-10", "2026-03"),
    # a start told apart from "拖到现在" and the months counted: the month just begun is not owed
    ("八月份开始拖欠，拖到现在四个月了", "2026-08", "2026-11"),
    # the owing said once after two clauses of months
    ("九月份和十月份两个月，再加十一月上半个月的工资没给", "2026-09", "2026-11"),
    ("5月中旬到8月上旬在他那干，工钱没给", "2026-05", "2026-08"),
    ("我是今年七月一号入职的，一直到十月三十一号离职，工资一分没发", "2026-07", "2026-10"),
    # dialect: 冇 / 木 / 无 are 没, 号头 is a month (Shanghainese)
    ("国庆过后就冇发哩，一个月三千块，到今日两个月冇拿到", "2026-10", "2026-11"),
    ("八月到十月三只号头，每只号头四千", "2026-08", "2026-10"),
]


@pytest.mark.parametrize(("story", "start", "end"), PERIODS, ids=[p[0][:12] for p in PERIODS])
def test_months_owed(story: str, start: str, end: str) -> None:
    found = extract_story(story, DEC1).fields.get("arrears_period")
    assert found is not None, story
    assert (found.value["start"], found.value["end"]) == (start, end), found.echo


def test_one_month_is_not_read_for_several() -> None:
    """The collapse seen on the stories: several months read back as "（共1个月）"."""
    for story, start, end in PERIODS:
        if start != end:
            found = extract_story(story, DEC1).fields["arrears_period"]
            assert "共1个月" not in found.echo, (story, found.echo)

"""Table tests: how workers really type amounts, months, phones and head counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.parsers import (
    ParseError,
    parse_amount,
    parse_headcount,
    parse_name,
    parse_period,
    parse_phone,
    strip_said,
)

TODAY = date(2026, 11, 23)

AMOUNTS = [
    ("工资一个月4500 欠了3个月", 13500, True),  # pay per month x months
    ("4500一个月 三个月", 13500, True),
    ("每天300 干了45天", 13500, True),
    ("半年的工资 每月3000", 18000, True),
    ("十来万", 100000, True),
    ("三万五六", 35000, True),
    ("八九千", 8000, True),
    ("差不多三四万", 30000, True),
    ("两万出头", 20000, True),
    ("八千五", 8500, False),
    ("两万三", 23000, False),
    ("3.5万", 35000, False),
    ("1万2", 12000, False),
    ("一万块左右", 10000, True),
    ("12000元", 12000, False),
    ("1.2w", 12000, False),
    ("8k", 8000, False),
    ("¥12,000", 12000, False),
    ("两千多", 2000, True),
    ("5000多", 5000, True),
    ("大概三万", 30000, True),
    ("十万零五百", 100500, False),
    ("壹万贰仟元", 12000, False),
    ("三千五", 3500, False),
    ("4500块", 4500, False),
    ("差不多两万", 20000, True),
    ("一共欠了26000", 26000, False),
    ("２３０００", 23000, False),
    ("一千二百", 1200, False),
    ("七万", 70000, False),
    ("3万5", 35000, False),
    ("九千块钱", 9000, False),
    ("100万", 1000000, False),
    ("6000元左右", 6000, True),
    ("工资一万八", 18000, False),
    ("一万", 10000, False),
    ("5.5万元", 55000, False),
    ("800", 800, False),
    ("两百万", 2000000, False),
]


@pytest.mark.parametrize(("text", "value", "approx"), AMOUNTS)
def test_amounts(text: str, value: int, approx: bool) -> None:
    r = parse_amount(text)
    assert not isinstance(r, ParseError), r
    assert r.value == Decimal(value) and r.approximate is approx


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "amount_not_positive"),
        ("-500", "amount_not_positive"),
        ("负三千", "amount_not_positive"),
        ("不知道", "amount_missing"),
        ("", "amount_missing"),
        (None, "amount_missing"),
        ("😭😭", "amount_missing"),
        ("二十亿", "amount_too_large"),
        ("999999999999", "amount_too_large"),
    ],
)
def test_amounts_refused(text: str | None, code: str) -> None:
    r = parse_amount(text)
    assert isinstance(r, ParseError) and r.code == code and "比如" in r.message


PERIODS = [
    ("去年十月到今年一月", "2025-10", "2026-01"),
    ("2025.10-2026.1", "2025-10", "2026-01"),
    ("2025年10月至2026年1月", "2025-10", "2026-01"),
    ("三个月了", "2026-08", "2026-10"),
    ("欠了半年了", "2026-05", "2026-10"),
    ("上个月", "2026-10", "2026-10"),
    ("这个月", "2026-11", "2026-11"),
    ("今年3月到现在", "2026-03", "2026-11"),
    ("从去年12月开始", "2025-12", "2026-11"),
    ("1-3月", "2026-01", "2026-03"),
    ("前年八月到去年五月", "2024-08", "2025-05"),
    ("2026年5月", "2026-05", "2026-05"),
    ("9月到10月", "2026-09", "2026-10"),
    ("10月到1月", "2025-10", "2026-01"),
    ("两个月", "2026-09", "2026-10"),
    ("2025/11-2026/2", "2025-11", "2026-02"),
    ("今年七月", "2026-07", "2026-07"),
    ("一年了", "2025-11", "2026-10"),
    ("从去年11月一直到现在", "2025-11", "2026-11"),
    ("上个月和这个月", "2026-10", "2026-11"),
    ("七八月份的工资", "2026-07", "2026-08"),
    ("上半年", "2026-01", "2026-06"),
    ("7、8、9三个月", "2026-07", "2026-09"),
    ("去年腊月到现在", "2026-01", "2026-11"),
    # "过了十五才算过完年": the season ends with 正月十五 (3 March 2026); "春节后" with the days off
    ("过完年到现在", "2026-03", "2026-11"),
    ("春节后到现在", "2026-02", "2026-11"),
    ("从五一到国庆", "2026-05", "2026-10"),
    ("两个多月", "2026-08", "2026-10"),  # more than two months touches three calendar months
    ("5到7月", "2026-05", "2026-07"),
    ("上上个月", "2026-09", "2026-09"),
    ("2025年10月至今", "2025-10", "2026-11"),
    # the money said right before the months keeps its last digit (一万二, 八千五)
    ("欠我一万二三个月工资", "2026-08", "2026-10"),
    ("一万五两个月没发", "2026-09", "2026-10"),
    ("欠了八千五三个月", "2026-08", "2026-10"),
    ("一万三个月", "2026-08", "2026-10"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS)
def test_periods(text: str, start: str, end: str) -> None:
    r = parse_period(text, TODAY)
    assert not isinstance(r, ParseError), r
    assert r.value == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026年3月到2026年1月", "period_reversed"),
        ("2027年1月", "period_future"),
        ("明年", "period_unclear"),
        ("好久了", "period_unclear"),
        ("", "period_missing"),
        ("2010年1月到2月", "period_too_old"),
        ("二十年了", "period_too_old"),
        ("今年12月", "period_future"),
        ("我们一个班组十五六个人", "period_unclear"),
        ("十一至十二月", "period_future"),  # December is still to come: asked again, not guessed
        ("10月到12月", "period_future"),
        ("大概两万多", "period_unclear"),
        ("一直没给", "period_unclear"),
    ],
)
def test_periods_refused(text: str, code: str) -> None:
    r = parse_period(text, TODAY)
    assert isinstance(r, ParseError) and r.code == code, r


PHONES = [
    ("138 0013 8000", "13800138000"),
    ("+86 138-0013-8000", "13800138000"),
    ("86-13800138000", "13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("电话13800138000", "13800138000"),
    ("139.1234.5678", "13912345678"),
    ("我的手机是 186 1234 5678 谢谢", "18612345678"),
    ("13912345678 或者 15800001111", "13912345678"),
    ("010-62345678", "01062345678"),
    ("+8615912345678", "15912345678"),
    ("177 0000 1234", "17700001234"),
]


@pytest.mark.parametrize(("text", "digits"), PHONES)
def test_phones(text: str, digits: str) -> None:
    r = parse_phone(text)
    assert not isinstance(r, ParseError), r
    assert r.value == digits


@pytest.mark.parametrize("text", ["12345", "没有电话", "", "1380013800", "+1 415 555 0100", "23800138000"])
def test_phones_refused(text: str) -> None:
    r = parse_phone(text)
    assert isinstance(r, ParseError) and "比如" in r.message


HEADCOUNTS = [
    ("二十几个人", 20, True),
    ("我们班组12个", 12, False),
    ("就我一个", 1, False),
    ("我自己", 1, False),
    ("我和我老婆两个人", 2, False),
    ("三四十个", 30, True),
    ("十来个", 10, True),
    ("一百多号人", 100, True),
    ("12", 12, False),
    ("大概50人", 50, True),
    ("我们三个", 3, False),
    ("只有我", 1, False),
    ("全工地八十多人", 80, True),
    ("两个", 2, False),
    ("我跟我哥", 2, False),
    ("我们一个班组十五六个人", 15, True),
    ("二十五六个", 25, True),
    ("15-20人", 15, True),
    ("一个班组的人都没拿到 大概三十个", 30, True),
    ("一个工地200多人", 200, True),
    ("七八个老乡", 7, True),
    ("两三个", 2, True),
    ("就我俩", 2, False),
    ("仨", 3, False),
    ("三十个", 30, False),
    ("整个工地估计两百人", 200, True),
    ("就俺自己", 1, False),  # dialect words for "I": answered alone, never asked again
    ("就俺一个", 1, False),
    ("就额一个人", 1, False),
    ("只有我家己", 1, False),
    ("就自己一个", 1, False),
    ("得我一个", 1, False),
    ("俺们三个", 3, False),
]


@pytest.mark.parametrize(("text", "value", "approx"), HEADCOUNTS)
def test_headcounts(text: str, value: int, approx: bool) -> None:
    r = parse_headcount(text)
    assert not isinstance(r, ParseError), r
    assert (r.value, r.approximate) == (value, approx)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "headcount_not_positive"),
        ("不清楚", "headcount_missing"),
        ("二十万人", "headcount_too_large"),
    ],
)
def test_headcounts_refused(text: str, code: str) -> None:
    r = parse_headcount(text)
    assert isinstance(r, ParseError) and r.code == code


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("张三", True),
        ("欧阳娜娜", True),
        ("Ali", True),
        ("阿卜杜·热合曼", True),
        ("张\x00三", True),
        ("1", False),
        ("🙂🙂", False),
        ("", False),
        ("张" * 40, False),
    ],
)
def test_names(text: str, ok: bool) -> None:
    r = parse_name(text)
    assert (not isinstance(r, ParseError)) is ok, r


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("我叫李大山", True, "李大山"),
        ("你好，我是王芳。", True, "王芳"),
        ("姓名：赵六", True, "赵六"),
        ("叫我", True, "叫我"),  # too little left: kept as said
        ("谢春生，是我老公", True, "谢春生"),  # who the person is to the caller is no name
        ("他叫谢春生 我是他老婆", True, "谢春生"),
        ("刘桂兰，她是我妈", True, "刘桂兰"),
        ("是宏达建筑劳务公司欠的", False, "宏达建筑劳务公司"),
        ("在朝阳区阳光花园工地", False, "朝阳区阳光花园工地"),
        ("我是送外卖的", False, "送外卖的"),
        ("是的", False, "是的"),
    ],
)
def test_talk_around_an_answer_is_dropped(text: str, name: bool, expected: str) -> None:
    assert strip_said(text, name=name) == expected

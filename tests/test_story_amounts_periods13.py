"""Amounts and periods of issue 10 read from a worker's own story, in wordings written for this
file (none copied from a story set): a pay per day with the first and last day worked (less days
off told with a count; days off without a count leave the amount asked), a pay per hour told with
no 块, a stated total its parts agree with (parts told month by month, or the part owed each month
x the months), a deposit still kept though something else was given back, one month held at hiring
plus the last month unpaid, months run together with one 月 (六七八九月) and Cantonese 个几月, and
today's month said as the time now. Figures that disagree are still asked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from bot.core.extract import extract_story
from bot.core.extract.periods_told import period_answer
from bot.core.parsers import parse_period
from bot.core.types import Incoming
from tests.story_fixtures import sqlite_db, story_engine  # noqa: F401 (the db and engine fixtures)

DEC1 = date(2026, 12, 1)

# (story, amount, (first month, last month), words the read-back must show)
CASES = [
    # a pay per day x the days from the first to the last day (both counted)
    (
        "我在南关区一个装修队贴瓷砖，一天三百二，从8月28号干到9月16号，工钱一分没给",
        6400,
        ("2026-08", "2026-09"),
        ["320", "20 天", "8月28日至9月16日"],
    ),
    # one month's days, no month owed named otherwise
    (
        "在物流园装车，日薪两百四，11月4号到11月18号，老板说月底结到现在没影",
        3600,
        ("2026-11", "2026-11"),
        ["240", "15 天"],
    ),
    # days off told with a count are no days worked
    (
        "跟着师傅铺地砖 一天三百八 9月20号做到10月19号 中间歇了三天 钱一直没结",
        10260,
        ("2026-09", "2026-10"),
        ["380", "27 天"],
    ),
    # the days counted out after the last day win over the dates' count
    (
        "在冷库搬货，讲好一天二百六，10月3号干到10月24号整二十天，工钱没给",
        5200,
        ("2026-10", "2026-10"),
        ["260", "20 天"],
    ),
    # a pay per hour told with no 块, today's month said as the time now
    (
        "我暑假开始在书店打工，干到十月底，时薪十九，一共做了两百个小时，现在都十二月了还没给",
        3800,
        ("2026-07", "2026-10"),
        ["19", "200 小时"],
    ),
    # each month's hours added up, the months named
    (
        "在便利店做夜班，时薪二十一元，八月做了150小时，九月做了132小时，两个月都没结",
        5922,
        ("2026-08", "2026-09"),
        ["21", "282 小时"],
    ),
    # Cantonese 钟 is an hour
    (
        "喺火锅店做钟点工，一个钟二十二蚊，做咗一百六十个钟，老细一直冇俾",
        3520,
        None,
        ["每小时 22", "160 小时"],
    ),
    # each month's parts and the total told: they agree, nothing to ask
    (
        "我在汽修厂做学徒，九月底薪两千八加班费九百，十月底薪两千八加班费七百，两个月一分没发，一共七千二",
        7200,
        ("2026-09", "2026-10"),
        ["7,200"],
    ),
    # the part owed each month x the months makes the total said
    (
        "在眼镜店做验光，每月只发一半，七到十一月每个月都差一千八，加起来九千",
        9000,
        ("2026-07", "2026-11"),
        ["9,000"],
    ),
    # a total of two months' pay with 底薪 in it is never a pay per month
    (
        "在健身房当教练，八月和九月的课时费加底薪一共一万三千四都没发",
        13400,
        ("2026-08", "2026-09"),
        ["13,400"],
    ),
    # a total named as holding the deposit, the deposit told after it: not counted twice
    (
        "在洗车行，八月九月两个月工资加押金一共九千六，押金是六百",
        9600,
        ("2026-08", "2026-09"),
        ["9,600"],
    ),
    # a two months' total, then a deposit kept besides it: added once
    (
        "在洗车行，八月九月两个月工资一共九千，押金六百也没退",
        9600,
        ("2026-08", "2026-09"),
        ["工资 9,000", "押金 600"],
    ),
    # a total in traditional characters and capital numerals
    (
        "我在茶樓做點心師傅，老闆欠我工資貳萬零肆佰元，從七月到十月都沒發",
        20400,
        ("2026-07", "2026-10"),
        ["20,400"],
    ),
    # a deposit still kept though the van was given back, told after the total
    (
        "我跑城配的在东西湖区一个车队开车九月十月两个月的运费一共一万八没结我不干了车也退了两千五押金也不退",
        20500,
        ("2026-09", "2026-10"),
        ["押金 2,500"],
    ),
    # one month's pay held at hiring and the last month unpaid: two months, the period first..last
    (
        "在洗浴中心做技师，进去的时候说头一个月工资押着，四月入职，九月底走人，押的那个月和最后一个月的工资都没给，一个月五千三",
        10600,
        ("2026-04", "2026-09"),
        ["5,300", "2 个月", "压着的一个月"],
    ),
    # months run together with one 月 (Hakka / Cantonese)
    (
        "𠊎在制衣厂车衫，后尾四只月工钱冇畀，五六七八月，一只月四千八",
        19200,
        ("2026-05", "2026-08"),
        ["4,800", "4 个月"],
    ),
    # two lunar months: the period touches one calendar month more than the months worked
    (
        "在林场砍树，冬月到正月的工钱都没结，一个月五千二",
        15600,
        ("2025-12", "2026-03"),
        ["5,200", "3 个月", "农历"],
    ),
    (
        "去年腊月进的榨油坊，一直干到今年正月底，月薪四千六，老板一直欠着",
        9200,
        ("2026-01", "2026-03"),
        ["4,600", "2 个月", "农历"],
    ),
    # the last months of a job told as 后尾 (Hakka / Cantonese 最后)
    (
        "今年三月开工，做到十月底，后尾三个月人工冇畀，一个月五千",
        15000,
        ("2026-08", "2026-10"),
        ["5,000", "3 个月"],
    ),
    # 越 typed for 月 after a count
    (
        "我在注塑厂看机 老版三个越没发工姿 七八九月 一个越四千四",
        13200,
        ("2026-07", "2026-09"),
        ["4,400", "3 个月"],
    ),
    (
        "我喺茶餐厅做楼面，八九十月人工冇出，一个月四千二",
        12600,
        ("2026-08", "2026-10"),
        ["4,200", "3 个月"],
    ),
]


@pytest.mark.parametrize("text,amount,months,words", CASES)
def test_amount_and_period(text: str, amount: int, months: tuple[str, str] | None, words: list[str]) -> None:
    story = extract_story(text, DEC1)
    assert not story.amount_choices
    got = story.fields["amount_owed"]
    assert got.value == Decimal(amount)
    for w in words:
        assert w in got.echo, (w, got.echo)
    if months is not None:
        period = story.fields["arrears_period"].value
        assert (period["start"], period["end"]) == months


# figures that do not agree, or days that are not known: asked, never guessed
ASKED = [
    # the part owed each month x the months is not the total said
    "在眼镜店做验光，七到十一月每个月都差一千八，加起来一万二",
    # the parts do not add up to the total
    "十月底薪三千加班费五百，十一月底薪三千加班费六百，一共九千",
    # wages and a deposit that do not make the total said
    "在洗车行，八月九月两个月工资九千，押金六百，一共一万",
]


@pytest.mark.parametrize("text", ASKED)
def test_disagreeing_figures_are_asked(text: str) -> None:
    story = extract_story(text, DEC1)
    assert "amount_owed" not in story.fields
    assert len(story.amount_choices) >= 2


def test_days_off_without_a_count_leave_the_amount_asked() -> None:
    story = extract_story("在仓库打包，日薪两百五，十一月三号到二十二号，中间歇了几天，一分没拿到", DEC1)
    assert "amount_owed" not in story.fields
    assert not story.amount_choices
    assert story.fields["arrears_period"].value == {"start": "2026-11", "end": "2026-11"}


def test_several_months_held_are_not_one_held_month() -> None:
    story = extract_story("老板压了我两个月工资，六月到九月都在干，一个月四千", DEC1)
    assert "2 个月" not in story.fields["amount_owed"].echo


def test_a_deposit_given_back_is_not_owed() -> None:
    story = extract_story("我在快递站干了两个月，九月十月工资一万一没发，押金八百上个月退了", DEC1)
    assert story.fields["amount_owed"].value == Decimal(11000)


def test_the_month_now_alone_still_reads_as_the_time_owed() -> None:
    # no other month named: "现在都十二月了" is the only month told, kept for the period reader
    story = extract_story("在面馆打杂，现在都十二月了还没发工资，一个月三千六", DEC1)
    assert "arrears_period" not in story.fields or story.fields["arrears_period"].value["end"] == "2026-12"


# --- through the engine: a story holding its amount and period is never asked them again
async def _walk(engine: Any, user: str, story: str) -> tuple[list[str | None], Any]:
    await engine.handle(Incoming("web", user, text=story))
    replies = await engine.handle(Incoming("web", user, button="form:story"))
    if replies[-1].expects == "consent":
        replies = await engine.handle(Incoming("web", user, button="form:consent:yes"))
    answers = {"workers_affected": "就我一个", "employer_name": "不知道全称", "worker_name": "欧阳建"}
    asked: list[str | None] = [replies[-1].expects]
    for _ in range(12):
        step = replies[-1].expects
        if step in ("confirm", None):
            break
        button = "form:skip" if step == "evidence" else None
        text = None if button else answers.get(step or "", "不知道")
        replies = await engine.handle(Incoming("web", user, text=text, button=button))
        asked.append(replies[-1].expects)
    return asked, replies


@pytest.mark.parametrize(
    "story,shown",
    [
        (
            "我叫欧阳建，电话13677781234，在长沙雨花区一家建材市场帮人卸货，一天二百八，"
            "10月12号干到10月31号，老板一直说等回款，我要投诉",
            "5,600 元",
        ),
        (
            "我叫欧阳建，电话13677781234，在长沙雨花区的家电卖场做导购，九月底薪三千加提成一千二，"
            "十月底薪三千加提成八百，两个月都没发，一共八千，我要投诉",
            "8,000 元",
        ),
    ],
)
async def test_amount_and_period_told_are_not_asked_again(engine: Any, story: str, shown: str) -> None:
    asked, replies = await _walk(engine, f"t13-{abs(hash(story)) % 10**8}", story)
    assert "amount_owed" not in asked and "arrears_period" not in asked, asked
    assert asked[-1] == "confirm"
    assert f"欠薪金额：约 {shown}" in replies[-1].text or f"欠薪金额：{shown}" in replies[-1].text


@pytest.mark.parametrize(
    "answer,months",
    [
        ("今年五月六月七月，八月开始就不干了", ("2026-05", "2026-07")),  # the month stopped is not owed
        ("六七八九月", ("2026-06", "2026-09")),  # months run together with one 月
        ("九到十一月，十二月开始我就不做了", ("2026-09", "2026-11")),
        ("十月开始就没发了", ("2026-10", "2026-11")),  # owed from October on: nothing left out
    ],
)
def test_period_answer(answer: str, months: tuple[str, str]) -> None:
    parsed = parse_period(period_answer(answer), DEC1)
    assert (parsed.value["start"], parsed.value["end"]) == months


def test_two_lunar_months_with_no_year_are_the_latest_span_begun() -> None:
    # on 1 December 2026 the 2026 腊月 has not begun: the span is lunar 2025's (Sep 2025 - Feb 2026)
    parsed = parse_period("农历八月到腊月", DEC1)
    assert (parsed.value["start"], parsed.value["end"]) == ("2025-09", "2026-02")
    # a calendar month after 正月 is read as before (not a lunar span)
    parsed = parse_period("正月到五月", DEC1)
    assert (parsed.value["start"], parsed.value["end"]) == ("2026-02", "2026-05")


def test_day_rate_with_dates_beside_several_people_is_asked_whose() -> None:
    # the teller's alone, or each of the four: both totals offered, never one guessed
    story = extract_story("我们四个人给人家修围墙，一人一天两百八，从11月2号干到11月16号，一分没给", DEC1)
    assert "amount_owed" not in story.fields
    assert story.amount_choices == [Decimal(4200), Decimal(16800)]
    assert story.amount_whose is not None and story.amount_whose[0] == 4
    assert story.fields["arrears_period"].value == {"start": "2026-11", "end": "2026-11"}


def test_a_deposit_told_with_its_own_total_is_still_a_deposit() -> None:
    # "押金一共两千": the deposit's own total, added to the pay owed (not a wage total)
    story = extract_story("在洗车行干了八月九月，一个月四千五，押金一共两千也不退", DEC1)
    assert story.fields["amount_owed"].value == Decimal(11000)
    assert "押金 2,000" in story.fields["amount_owed"].echo

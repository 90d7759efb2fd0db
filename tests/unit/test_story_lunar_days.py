"""Issue 10: a period dated by lunar days and festivals is read as the calendar months they fall
in (lunardate), not as the calendar month of the same number: 正月初十 is late February, 元宵 and
正月十八 early March, 二月二 late March, 八月十五 late September, 重阳 October. The read-back says
the calendar date each lunar day gave, so a worker who meant 15 August corrects it; a lunar date
the worker glosses with its calendar month (就是阳历十二月) is that month, whatever the almanac
says. Wordings are my own, not from a story set (today: 1 December 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.parsers import ParseError, parse_period
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a lunar day starts the work, a festival ends it
        (
            "我在洛阳涧西区给人刷墙 正月初十就来了 干到重阳节 一天三百 老板给了一万 剩下的不给",
            "2026-02",
            "2026-10",
        ),
        ("俺在寿光大棚里摘黄瓜 二月二过了去的 一直摘到八月十五 一个月三千 一分没给", "2026-03", "2026-09"),
        # the day after a lunar day, and a festival of the sun as the end
        ("我妈在安溪茶厂拣茶梗 正月十八以后去的 拣到清明 老板只给了八百 还差两千多", "2026-03", "2026-04"),
        # a start and an end both lunar days, across the calendar months
        ("在义乌饰品厂串珠子 腊月二十三干到正月二十 两个月的钱都没给 一共三千六", "2026-02", "2026-03"),
    ],
)
def test_lunar_days_are_their_calendar_months(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}


def test_the_read_back_says_the_calendar_date_of_a_lunar_day() -> None:
    found = read_story("我在柳州螺蛳粉厂切酸笋 八月十五以后就没发工资了 一个月三千八", TODAY).fields
    echo = found["arrears_period"].echo
    assert found["arrears_period"].value["start"] == "2026-09"
    assert "八月十五" in echo and "阳历9月25日" in echo


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the worker's calendar month wins over the almanac (腊月 2025 began 19 January 2026)
        (
            "去年腊月来的 就是阳历十二月 在鞍山洗浴中心搓澡 干到今年四月 一个月四千五 没给",
            "2025-12",
            "2026-04",
        ),
        (
            "元宵节过后，也就是阳历二月底，我进了温州一家鞋厂，做到六月，一个月五千一没发",
            "2026-02",
            "2026-06",
        ),
    ],
)
def test_a_lunar_date_glossed_by_the_worker_is_the_month_said(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("answer", "start", "end"),
    [
        ("去年冬月 阳历十一月 做到今年端午", "2025-11", "2026-06"),
        ("今年龙抬头以后到中秋", "2026-03", "2026-09"),
        ("去年重阳到今年元宵", "2025-10", "2026-03"),
    ],
)
def test_an_answer_dated_by_lunar_days(answer: str, start: str, end: str) -> None:
    parsed = parse_period(answer, TODAY)
    assert not isinstance(parsed, ParseError)
    assert parsed.value == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("answer", "start", "end"),
    [
        ("8月15号到10月", "2026-08", "2026-10"),  # a calendar day told with 号
        ("三月十八到五月", "2026-03", "2026-05"),  # a month and day of the calendar
        ("正月一直干到四月", "2026-02", "2026-04"),  # 一直 is no lunar day
    ],
)
def test_calendar_days_stay_calendar_days(answer: str, start: str, end: str) -> None:
    parsed = parse_period(answer, TODAY)
    assert not isinstance(parsed, ParseError)
    assert parsed.value == {"start": start, "end": end}

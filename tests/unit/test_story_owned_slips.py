"""Issue 10: a slip owned inside the same message, after what it corrects ("八月九月没发，
不对，说错了，是九月十月没发"): the months the correction states are the period; an unlisted
town whose name the story says right after its county ("我是宁化安远人 … 在安远镇") is placed
in that county. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("我在鞋厂做了半年，八月九月没发，不对，说错了，是九月十月没发，一个月五千", "2026-09", "2026-10"),
        (
            "帮我爸问问 他在工地扎钢筋 七月八月没给 哦不对我搞错了 七月的给了 是八月九月两个月没给",
            "2026-08",
            "2026-09",
        ),
        ("我在超市理货，六月到八月没发工资，啊记错了，是七月到九月，一个月三千八", "2026-07", "2026-09"),
    ],
)
def test_a_slip_owned_in_the_same_message_sets_the_months(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}


def test_the_pay_per_month_counts_the_corrected_months() -> None:
    text = "我在鞋厂做了半年，八月九月没发，不对，说错了，是九月十月十一月没发，一个月五千"
    assert read_story(text, TODAY).fields["amount_owed"].value == 15000


def test_words_like_a_slip_that_correct_nothing_change_nothing() -> None:
    text = "老板说不对账就不给钱，十月十一月的工资没发"
    assert story_value(text, "arrears_period", TODAY) == {"start": "2026-10", "end": "2026-11"}


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("我是宁化安远人，在安远镇一家竹木加工厂做工，九月十月没发，一个月四千", "宁化县"),
        ("𠊎系大埔高陂人，在高陂镇个陶瓷厂做嘢，十月十一月冇出粮", "大埔县"),
    ],
)
def test_an_unlisted_town_said_after_its_county_is_in_that_county(text: str, county: str) -> None:
    place = str(story_value(text, "work_location", TODAY))
    assert place.startswith(county)

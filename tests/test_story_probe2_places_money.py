"""Places, sums and answers from a second story probe (issue 10), in this file's own words: a
county said short after 在 in other speech (Minnan 伫, Henan 搁); Foshan's 高明 and 三水 towns;
a deposit said in the same piece as its figure after each month's pay (押金也压到起两千); the
months' pay with only a part paid said as 三个月就给了; an answer that knows the shop's name but
not its full one (全名阮毋知, 唔知)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.employer_answer import employer_answer
from tests.story_reading import read_story, story_value

DEC1 = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("阮伫南安水头镇一间石材厂磨石板 八月九月两个月工钱拢无发 一个月五千", "南安市"),
        ("俺搁新郑龙湖镇一个厂里干活 三个月没发工资", "新郑市"),
        ("我喺杨和镇一间陶瓷厂做包装 两个月人工未出", "高明区"),
        ("在芦苞镇一个鱼塘帮人喂鱼 三个月没发工资", "三水区"),
    ],
)
def test_the_county_of_a_place_said_in_other_speech(story: str, place: str) -> None:
    assert read_story(story, DEC1).district == place


def test_a_deposit_in_the_same_piece_as_its_figure() -> None:
    story = "在物流园开车 九月该我五千一 十月四千六 押金也压到起两千 不退"
    assert story_value(story, "amount_owed", DEC1) == 11700


def test_months_with_only_a_part_paid_said_with_jiu() -> None:
    story = "当住家保姆 说好一个月五千八 七月八月九月三个月就给了六千"
    assert story_value(story, "arrears_period", DEC1) == {"start": "2026-07", "end": "2026-09"}
    assert story_value(story, "amount_owed", DEC1) == 11400


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("厂叫鸿发鞋厂 头家姓吴 全名阮毋知", "鸿发鞋厂"),
        ("公司叫顺丰达物流 全称唔知", "顺丰达物流"),
    ],
)
def test_a_name_known_and_its_full_one_not(answer: str, name: str) -> None:
    assert employer_answer(answer)[0] == name


@pytest.mark.parametrize(
    ("story", "boss"),
    [
        ("我在一个韵达网点送快递 网点老板钟国栋一直拖着 两个月没发工资", "钟国栋"),
        ("在小区门口一个驿站帮忙分拣 驿站老板孔令辉一直拖着 一个月工钱没给", "孔令辉"),
    ],
)
def test_who_runs_an_outlet_is_asked_for_its_licence(story: str, boss: str) -> None:
    read = read_story(story, DEC1)
    assert "employer_name" not in read.fields
    assert read.employer_hint == boss and read.outlet_boss

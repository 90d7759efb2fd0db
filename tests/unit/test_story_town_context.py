"""A town or street below county level read from all China's towns (townships.py), resolved only
within the province or city the story names (region_context.py): a name several counties share
and no place named gives no county; a county outside the city named is never read."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.places import find_district
from bot.core.extract.story import extract_story


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("我在横店镇当群众演员", "东阳市"),  # one 横店镇 in all China, no county said
        ("在柳市镇的开关厂做装配", "乐清市"),
        ("在温州水头镇的皮革厂", "平阳县"),  # 水头镇: five counties; the city tells which
        ("在泉州水头镇的石材厂", "南安市"),
        ("老家福建南平的，现在在温州水头镇做皮鞋", "平阳县"),  # where they come from tells nothing
        ("在漳州南靖梅林镇的土楼景区", "南靖县"),
        ("在牡丹江石岩镇", "宁安市"),
        ("在深圳石岩镇的厂", "宝安区"),  # Shenzhen's 石岩, said by its old name
        ("我四川的，在横店镇当群演", "东阳市"),  # a province alone: often where they are from
        ("我是四川的 在太和镇物流园搬货", "白云区"),  # who they are; our list's 太和镇
    ],
)
def test_a_town_is_read_in_the_place_the_story_names(text: str, county: str) -> None:
    found = find_district(text)
    assert found is not None and found.name == county


@pytest.mark.parametrize(
    "text",
    [
        "在水头镇的工厂干了三个月",  # five 水头镇, no place named
        "在梅林镇的茶厂做了半年",  # not Shenzhen's 梅林 (a 街道) by its likeness
        "在石岩镇的厂",  # 宁安市's, or Shenzhen's old name: not told
        "老家湖南的，在梅林镇摘茶叶",  # the home province is no place of work
        "在四川太和镇的砖厂",  # three 太和镇 in Sichuan
    ],
)
def test_a_town_several_counties_share_gives_none_without_a_place(text: str) -> None:
    assert find_district(text) is None


def test_a_short_answer_is_read_in_the_story_around_it() -> None:
    found = find_district("水头镇", around="我在温州打工 皮鞋厂欠了三个月")
    assert found is not None and found.name == "平阳县"
    assert find_district("水头镇", around="我在厂里打工 欠了三个月") is None


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("在衡阳蒸湘那边送外卖", "蒸湘区"),  # 衡阳 is the city, not 衡阳县
        ("在长沙雨花送快递", "雨花区"),
        ("在长宁上班", "长宁区"),  # Shanghai's district before Sichuan's 长宁县
    ],
)
def test_a_city_said_short_is_the_city_and_its_district_follows(text: str, county: str) -> None:
    found = find_district(text)
    assert found is not None and found.name == county


@pytest.mark.parametrize(
    "text",
    [
        "我在苏州当保安，就在凤凰城那边",  # 凤凰县 lies in Hunan, not in Suzhou
        "我姓华，华容的华",  # a character spelled: no place
        "宋云龙 宋朝的宋 云龙的云 龙虎的龙",
    ],
)
def test_a_county_word_outside_the_city_or_spelling_a_name_is_no_place(text: str) -> None:
    assert find_district(text) is None


def test_a_town_in_the_story_is_written_with_its_county() -> None:
    story = extract_story("我在横店镇当群众演员 剧组欠我五千", date(2026, 12, 1))
    assert story.district == "东阳市"
    assert story.fields["work_location"].value == "东阳市横店镇"


def test_a_city_and_its_road_are_the_place_when_no_county_is_said() -> None:
    story = extract_story("我在包头钢铁大街那块儿一家饭店洗碗 欠了两个月工资", date(2026, 12, 1))
    assert story.district is None
    assert story.fields["work_location"].value == "包头市钢铁大街"


def test_a_town_typed_as_the_answer_is_read_in_the_story_told_before() -> None:
    from bot.core.intake.fields import FormContext, Parsed, record

    ctx = FormContext(settings=None, kb=None, today=date(2026, 12, 1))
    fields: dict = {"_story": ["我在泉州一家石材厂干了三个月 老板一分钱没给"]}
    record("work_location", Parsed("水头镇", "水头镇"), fields, ctx)
    assert fields["_district"] == "南安市"
    alone: dict = {}
    record("work_location", Parsed("水头镇", "水头镇"), alone, ctx)
    assert alone["_district"] is None  # five 水头镇: none guessed

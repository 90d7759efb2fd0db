"""Issue 10: the county of a place of work told the way people tell it. A town still called a 镇
after it became a 街道, a town said bare right after its county (even one starting with 大),
a county said one character off before one of its towns, a county slip put right later in the
story, where the worker comes from said as 我是X的 before where they work, an answer to where
opening with a short county, and a pedestrian street named like a county (no county). Wordings,
towns and trades are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.places import find_district, namesakes
from bot.core.extract.story import extract_story
from bot.core.extract.typos import place_fixed


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("在程桥镇的一家模具厂上班，三个月没发钱", "六合区"),  # now 程桥街道, still called a 镇
        ("我在陈江镇那个电子厂做了半年", "惠城区"),
        ("孟岗镇一个起重机配件厂欠我工资", "长垣市"),
    ],
)
def test_a_town_called_by_its_old_suffix_is_read(text: str, county: str) -> None:
    found = find_district(text)
    assert found is not None and found.name == county


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("在武清大孟庄那边的物流园卸货", "武清区"),  # 大孟庄镇, said bare after the county
        ("在房山大石窝的石料厂打磨", "房山区"),
        ("我在武青大孟庄那块干装卸", "武清区"),  # 武清 said one character off, its town after it
        ("在鞍山胜利路那块干装卸", None),  # a city's own name is no slip of 蚌山
        ("在宝底大钟庄一个养殖场喂猪", "宝坻区"),
    ],
)
def test_a_town_said_bare_after_its_county_tells_the_county(text: str, county: str | None) -> None:
    found = find_district(text)
    assert (found.name if found is not None else None) == county


def test_where_the_worker_is_from_said_before_where_they_work_is_not_the_work_place() -> None:
    found = find_district("我是泗洪的 带了几个老乡在江宁汤山那个工地扎钢筋")
    assert found is not None and found.name == "江宁区"


def test_an_answer_to_where_may_open_with_a_short_county() -> None:
    found = find_district("静海团泊新城 西区二期", answer=True)
    assert found is not None and found.name == "静海区"
    assert find_district("永和豆浆店", answer=True) is None  # a shop, no place words after it


def test_a_pedestrian_street_named_like_a_county_names_no_county() -> None:
    assert find_district("在平阳步行街的服装店卖衣服") is None


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("我在沐阳的板材厂干了四个月 不对是沭阳，打错了", "沭阳县"),
        ("他在雎宁县的工地 说错了应该是睢宁", "睢宁县"),
    ],
)
def test_a_county_slip_put_right_later_is_read_as_meant(text: str, county: str) -> None:
    story = extract_story(text, date(2026, 12, 1))
    assert story.district == county
    assert county[:2] in place_fixed(text)[: text.index("不对" if "不对" in text else "说错")]


def test_a_word_one_character_off_that_is_no_place_is_left_alone() -> None:
    text = "老板说过几天发 不对是下个月发"
    assert place_fixed(text) == text


def test_a_town_several_counties_share_offers_their_counties() -> None:
    counties = [county for county, _ in namesakes("许村镇")]
    assert "海宁市" in counties and len(counties) >= 2
    assert namesakes("横店镇") == []  # one in all China

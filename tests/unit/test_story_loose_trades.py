"""Issue 10: a trade told in loose words is read back with its plain name beside them (开大车 ->
开大车、货车司机; 卸货 -> 装卸工), and a bare workplace word (厂里, 车间) gives way to the kind in the
employer's name (X电子厂). Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "plain", "category"),
    [
        ("俺是开大车的，给鲁运物流拉了仨月货，老板一分没给", "货车司机", "交通运输仓储和邮政业"),
        ("我在冷链公司跑长途，九月十月工资没发，一个月九千", "货车司机", "交通运输仓储和邮政业"),
        ("我们几个在物流园给人卸货，一车八十，老板欠了两个月", "装卸工", "交通运输仓储和邮政业"),
        ("在码头扛大包，十月份的工钱三千六没给", "搬运工", "交通运输仓储和邮政业"),
    ],
)
def test_a_loose_trade_is_read_back_with_its_plain_name(text: str, plain: str, category: str) -> None:
    story = read_story(text, TODAY)
    assert plain in str(story.fields["industry"].value).split("、")
    assert story.industry_category == category


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("我在吴中区的恒昌电子厂上班，十月十一月工资没发，厂里说没钱", "电子厂"),
        ("在顺德伦教的华盛家具厂做了三个月，车间主任说等年底", "家具厂"),
    ],
)
def test_a_bare_workplace_word_gives_way_to_the_kind_in_the_employers_name(text: str, words: str) -> None:
    assert story_value(text, "industry", TODAY) == words


def test_a_trade_said_beside_the_factory_is_kept() -> None:
    assert str(story_value("我在恒昌电子厂做质检，厂里欠我两个月工资", "industry", TODAY)).startswith("质检")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我在新市区一家馕店打馕，老板欠我九月十月的工资，一个月四千五", "住宿和餐饮业"),
        ("我是拉面的，在七里河区一家牛肉面馆干了两个月，一分没给", "住宿和餐饮业"),
    ],
)
def test_food_trades_told_by_what_is_made(text: str, category: str) -> None:
    story = read_story(text, TODAY)
    assert "industry" in story.fields and story.industry_category == category

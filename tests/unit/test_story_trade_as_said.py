"""Issue 10: the trade read back in the worker's own words. A factory told by what it makes and no
listed word (竹席厂, 刹车片厂) is that factory, not 厂里 or nothing; a trade of no category at
such a factory keeps both; a verb before 厂 (进厂) is no factory; an orchard's bagging, tunnel
spraying and smithing are read in their categories. Wordings are my own, not from a story set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.extract.industry import find_industry, with_employer_kind
from knowledge_base.industries import load_industries

INDUSTRIES = load_industries(Path(__file__).parents[2] / "knowledge_base" / "data" / "industries.yaml")


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("在镇上的竹席厂编席子，四个月没发钱", "竹席厂", "制造业"),
        ("我在城东的纸管厂上班 厂里三个月没发工资", "纸管厂", "制造业"),
        ("在兴旺刹车片厂干压制 一个月五千", "刹车片厂", "制造业"),  # the name before it left out
        ("给村里合作社套梨袋子 一天一百", "套", "农、林、牧、渔业"),
        ("我们在高速隧道里喷浆 干了半年", "喷浆", "建筑业"),
        ("在老街铁匠铺打铁 一个月三千", "打铁", "制造业"),
        ("我在城南一家数码店卖电脑 底薪两千五加提成", "卖电脑", "批发和零售业"),
    ],
)
def test_the_trade_is_read_in_the_workers_words(text: str, words: str, category: str) -> None:
    found = find_industry(text, INDUSTRIES)
    assert found is not None
    assert words in found[0] and found[1] == category


def test_selling_said_of_no_goods_is_no_trade() -> None:
    assert find_industry("老板卖了厂房就跑了", INDUSTRIES) is None


def test_a_verb_before_the_factory_word_names_no_factory() -> None:
    found = find_industry("进厂的时候扣了五百押金 在那家竹编厂干了三个月", INDUSTRIES)
    assert found is not None and "竹编厂" in found[0] and "进厂" not in found[0]


def test_a_trade_of_no_category_at_a_factory_named_by_what_it_makes() -> None:
    found = find_industry("干冷镦 六个月", INDUSTRIES)
    assert found is not None and found[1] == "其他"
    kept = with_employer_kind(found, "永固紧固件厂", INDUSTRIES)
    assert kept is not None and kept[1] == "制造业"
    assert "冷镦" in kept[0] and "紧固件厂" in kept[0]


def test_a_welder_at_a_factory_named_by_what_it_makes_is_factory_work() -> None:
    found = find_industry("在镇上那个锅炉配件厂干电焊 三个月没发", INDUSTRIES)
    assert found is not None and found[1] == "制造业"

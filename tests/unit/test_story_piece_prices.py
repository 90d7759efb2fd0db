"""Issue 10: pay by the piece read in more shapes: by the truckload (一车一百八 … 下了四十六车),
a price in 角/毛 with 半 (一个两角半), any work told with 了 before the pieces (糊了三万个), and
two months told together before one count (十月跟十一月一共拉了…车) are both months, never the
second alone. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("我在建材市场帮人下货，一车一百五，十月下了四十车，老板一直拖着", Decimal(6000)),
        ("在货场卸货，一车两百，九月卸了三十车，十月卸了二十五车，钱没给", Decimal(11000)),
        ("我在纸盒厂糊纸盒，一个两角半，十月份糊了三万个，老板一分没给", Decimal(7500)),
        ("在家里粘鞋花，一个一毛五，九月粘咗八千个，十月粘咗六千个，老细冇畀钱", Decimal(2100)),
        ("帮厂里串珠子，一串两毛半，俺串了八千串，钱一直没给", Decimal(2000)),
    ],
)
def test_pieces_by_the_truckload_or_at_a_price_in_jiao(text: str, amount: Decimal) -> None:
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == amount


def test_a_deposit_is_added_to_the_truckloads() -> None:
    text = "在物流仓库下货，一车一百二，十月一共下了五十车，进去交了五百块押金也没退"
    assert read_story(text, TODAY).fields["amount_owed"].value == Decimal(6500)


@pytest.mark.parametrize(
    "text",
    [
        "俺开渣土车哩，一车两百，九月跟十月俺一共拉了一百二十车，一分钱都没给",
        "我送外卖，一单五块，九月和十月两个月一共送了两千四百单，站里没结",
    ],
)
def test_two_months_told_together_before_one_count_are_both_owed(text: str) -> None:
    period = read_story(text, TODAY).fields["arrears_period"].value
    assert period == {"start": "2026-09", "end": "2026-10"}


def test_pay_owed_is_no_piece_count() -> None:
    story = read_story("我在厂里做纸盒，一个两毛，老板欠了三万个人的钱也不奇怪，欠我四千", TODAY)
    assert story.fields["amount_owed"].value == Decimal(4000)

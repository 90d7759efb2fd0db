"""Issue 10: amounts a worker works out in words. An answer to "how much" that shows the sums
(the pieces, what they come to, the part paid, a deposit, then what is owed) is the figure it
lands on, never the count of pieces or the pay before the part paid; a total said first is kept
when the figures after it add up to it. In a story, money paid back (还/净还/有还 as repaying)
is a part paid, and a price per trip may have a few words before the figure ("一趟运费给司机提
…"). Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.intake.fields import amount_answer
from bot.core.parsers import ParseError
from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("answer", "owed"),
    [
        # pieces, their worth, the part paid, then what is left (Minnan 賰: what remains)
        ("九千个 一个五毛 四千五 给了一千 賰三千五", Decimal(3500)),
        ("三千双一双一块 三千块 俾咗八百 仲差两千二", Decimal(2200)),
        # the deposit added back after the part paid, the result told bare at the end
        ("两千四百件 一件一块五 三千六 打了一千 加押金五百 三千一", Decimal(3100)),
        ("五个月两万 给了四千 再加八百保证金 一万六千八", Decimal(16800)),
        # months x pay, less what was paid back
        ("两个月九千六 还了两千 欠七千六", Decimal(7600)),
        ("一万三减掉三千 一万", Decimal(10000)),
        # only the result is money: the count and the price by the trip are not
        ("六十趟 一趟两百八 一万六千八", Decimal(16800)),
        ("三百个小时 一小时二十 六千", Decimal(6000)),
        # the total said first, then how it was made (the figures after it add up to it)
        ("一共一万一 三个月一万二 借了两千 再加押金一千", Decimal(11000)),
    ],
)
def test_a_worked_answer_is_the_figure_it_lands_on(answer: str, owed: Decimal) -> None:
    parsed = amount_answer(answer)
    assert not isinstance(parsed, ParseError)
    assert parsed.value == owed


@pytest.mark.parametrize(
    ("answer", "owed"),
    [
        ("两万四 先给了一万", Decimal(14000)),  # a total and a part paid: the rest
        ("八千五", Decimal(8500)),
        ("一共九千", Decimal(9000)),
    ],
)
def test_plain_answers_read_as_before(answer: str, owed: Decimal) -> None:
    parsed = amount_answer(answer)
    assert not isinstance(parsed, ParseError)
    assert parsed.value == owed


def test_only_a_part_paid_is_still_no_amount() -> None:
    assert isinstance(amount_answer("打了两千"), ParseError)


@pytest.mark.parametrize(
    ("text", "owed"),
    [
        ("我在酒楼切菜 一个月五千 八月九月两个月 老板一直拖 九月的他有还我一千", Decimal(9000)),
        ("在陶瓷厂描花 一个六角 十月描了一万个 老板只还了我两千 其他的一直拖", Decimal(4000)),
        ("俺在砖厂码砖 一千块砖三十块钱 十月码了二十万块 老板净还我一千 剩下的不给", Decimal(5000)),
    ],
)
def test_money_paid_back_is_a_part_paid(text: str, owed: Decimal) -> None:
    assert read_story(text, TODAY).fields["amount_owed"].value == owed


def test_paying_back_asked_for_is_no_payment() -> None:
    story = read_story("老板还欠我六千 我要他还我钱 在工地干了两个月", TODAY)
    assert story.fields["amount_owed"].value == Decimal(6000)


def test_a_price_per_trip_with_words_before_the_figure() -> None:
    text = "我老公在车队开渣土车 一趟运费给司机提两百四 十月十一月拉了八十趟 老板一分没给"
    assert read_story(text, TODAY).fields["amount_owed"].value == Decimal(19200)

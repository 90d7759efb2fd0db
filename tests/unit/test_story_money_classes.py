"""Issue 10: amounts read back wrong, by class. Pay by the piece priced for a hundred or a
thousand of them (一百斤…块, 一千块砖…块), by the metre, by a noun counted with 块 or 口, two kinds of
work each at its own price; payments told as so many times one figure (给了我三回 一回两千), whole
months paid (就给过两个月的), a deposit's slip of the keyboard (保正金) and a total the worker
counts with the deposit in it after the part paid (连押金一共该给我…). Wordings, trades, cities and
figures are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _amount(text: str) -> Decimal:
    return read_story(text, TODAY).fields["amount_owed"].value


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # per hundred jin, per thousand bricks
        ("我在果园帮人摘梨 一百斤二十块钱 九月一共摘了三万斤 老板给了两千 剩下的拖着", Decimal(4000)),
        ("在瓦窑码砖 一千块砖四十块钱 今年码了三十万块砖 老板给了五千就不管了", Decimal(7000)),
        # a metre of work, a price in thousands with no 块
        ("我们在山里打桩 一米一千五 一共打了四十米 给过两万 剩下的没给", Decimal(40000)),
        # a noun counted with 块 and a price in 毛
        ("我在豆腐坊压豆腐 一块豆腐五毛钱 十月压了一万二千块 老板只给了两千", Decimal(4000)),
        # a pot counted with 口, a price in tens before a pause
        ("俺在铸造作坊翻砂做铁锅 一口锅三十 干了半年 做了五百口 给了俺四千", Decimal(11000)),
    ],
)
def test_piece_prices_for_a_batch_a_metre_or_a_counted_noun(text: str, amount: Decimal) -> None:
    assert _amount(text) == amount


def test_two_kinds_of_work_each_at_its_own_price_are_added() -> None:
    text = "我在服装厂做衣服 衬衫一件八块 做了九百件 裤子一条五块 做了六百条 老板借给我两千 其他的都没给"
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(8200)
    assert "每件" in story.fields["amount_owed"].echo and "每条" in story.fields["amount_owed"].echo


def test_money_moved_is_no_count_of_pieces() -> None:
    text = "在砖厂出砖 一千块砖三十块钱 出了二十万块砖 后来老板转了三千块 说剩下的年底给"
    assert _amount(text) == Decimal(3000)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # paid as so many times one figure, the teller named between
        ("我在汽修厂当学徒 从六月干到九月 四个月 一个月四千 老板一共给了我三回 一回两千", Decimal(10000)),
        # whole months paid: those months are no pay owed
        ("我在小区当保洁 七月到十一月 五个月 一个月两千四 就给过两个月的 剩下的一直拖", Decimal(7200)),
    ],
)
def test_payments_told_as_times_or_months(text: str, amount: Decimal) -> None:
    assert _amount(text) == amount


def test_a_deposit_typed_as_baozhengjin_slip_is_added() -> None:
    text = "俺在车队开渣土车 一车二百 十月拉了一百车 车队给了一万 还压了俺三千保正金 不干了也不退"
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(13000)
    assert "保证金 3,000 元" in story.fields["amount_owed"].echo


def test_a_total_counted_with_the_deposit_after_the_part_paid_is_the_figure() -> None:
    text = "我在驿站分拣包裹 一件八毛 十月分了一万件 站长给了我三千 还押着八百块押金 我算了一下连押金一共该给我五千八"
    assert _amount(text) == Decimal(5800)

"""Issue 10: amounts and periods read from how a story tells them. Two months named together
before one count of pieces are both owed; the days of one month told right before the next
month's are added; a net figure said with a dialect's "I" (该给额/该给俺) is what is owed; each
one's part paid is taken off a group's own total for all of them; the month a pay was agreed
is no month owed when the months worked are told; 打了 typed as 大了 before a sum is a part
paid. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _read(text: str) -> dict[str, object]:
    return {k: f.value for k, f in read_story(text, TODAY).fields.items()}


def test_two_months_named_before_one_count_of_pieces() -> None:
    got = _read("我在驿站派件 一件一块 八月九月我一共派了五千件 站长一分没结")
    assert got["arrears_period"] == {"start": "2026-08", "end": "2026-09"}
    assert got["amount_owed"] == Decimal(5000)


def test_the_days_of_two_months_told_back_to_back() -> None:
    got = _read("在仓库打包 说好一天一百八 九月干了二十五天十月干了二十天 工钱一直没结")
    assert got["amount_owed"] == Decimal(8100)


def test_a_net_figure_owed_said_with_a_dialect_i() -> None:
    got = _read("俺在砖窑烧砖 一个月七千 九月十月两个月没给 就预支了三千 算下来一共该给俺一万一")
    assert got["amount_owed"] == Decimal(11000)


def test_each_ones_part_paid_comes_off_the_groups_own_total() -> None:
    text = "我们四个人在制衣厂车衣服 八月到十月 我们四个人的工钱加起来一共八万 老板每人只发了两千生活费"
    got = _read(text)
    assert got["amount_owed"] == Decimal(72000)
    assert got["workers_affected"] == 4


def test_the_month_a_pay_was_agreed_is_no_month_owed() -> None:
    text = "我给人看鱼塘 前年十一月份说好干两年给十万 我从去年一月干到今年十月底 只给了四万"
    assert _read(text)["arrears_period"] == {"start": "2025-01", "end": "2026-10"}


def test_a_month_agreed_alone_still_opens_the_period() -> None:
    got = _read("九月份说好一个月六千 干到十一月 一分没给")
    assert got["arrears_period"] == {"start": "2026-09", "end": "2026-11"}


def test_a_part_paid_typed_as_da_le() -> None:
    got = _read("我在商场做保洁 一个月两千八 九月十月两个月 每个月只大了八百块 剩下的拖着")
    assert got["amount_owed"] == Decimal(4000)

"""Issue 10: a pay figure or a month's hours corrected in a later message, in free text, with
the new figure told before 不是 and no 是 of its own ("一个月五千二 不是四千八"), told after 是
with the old one named later ("是五千二 四千八那是试用期的"), or a month's hours told again with
the month ("十月是一百九十个小时"); a month's hours told right after the month with no verb; the
months owed counted in all ("一共四个月的工资"); a fee counted apart (底薪…提成另算) leaves the base
pay in. Wordings, trades, cities and figures are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract.corrections import corrected
from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _amount(text: str) -> Decimal:
    return read_story(text, TODAY).fields["amount_owed"].value


@pytest.mark.parametrize(
    ("story", "message", "now"),
    [
        (
            "我在宁波一家模具厂做钳工 九月到十一月 一个月四千八 一分没拿到",
            "说错了 一个月五千二 不是四千八",
            "一个月五千二",
        ),
        ("我在昆明送桶装水 八月九月没发 一个月三千九", "不对 是四千三 三千九那是试用期的", "一个月四千三"),
        (
            "我在仓库理货 一小时二十 九月干了二百个钟头 十月一百八十个钟头 两个月一共借了一千",
            "不对 十月是一百九十个钟头",
            "十月一百九十个钟头",
        ),
    ],
)
def test_a_pay_figure_or_a_months_hours_corrected_later(story: str, message: str, now: str) -> None:
    fixed = corrected(story, message)
    assert fixed is not None and now in fixed


def test_each_months_hours_added_when_the_month_comes_right_before_them() -> None:
    text = "我在冷库搬货 一个小时二十二块 九月干了一百五十个小时 十月一百六十个小时 老板一分没给"
    assert _amount(text) == Decimal(6820)


def test_the_months_owed_counted_in_all_times_the_pay() -> None:
    text = "我在汽配厂做质检 头一个月工资压着没发 后来八月九月十月也没给 一个月五千 压的那个月加上这三个月 一共四个月的工资"
    assert _amount(text) == Decimal(20000)


def test_a_fee_counted_apart_leaves_the_base_pay_in() -> None:
    text = "我在商场卖家电 底薪两千五加班费另算 九月到十一月三个月底薪都没发 加班费也没给 加班费算下来三个月一共一千八"
    assert _amount(text) == Decimal(9300)


def test_each_ones_days_said_with_the_crew_is_each_ones_pay() -> None:
    text = "我们在物流园装车 我们一起四个人 都是老乡 从八月干到十月 一天二百五 每人都干了八十天 老板一直没结"
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(80000)
    assert not story.amount_choices


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the months the worker counts win over the span read ("冬月" read from the next month)
        ("在果园看园子 去年冬月来的 今年三月走的 五个月 一个月三千 给了六千", Decimal(9000)),
        ("我在镇上的养鸡场喂鸡 去年冬月去的 干到今年四月 六个月 一个月三千五 老板给过八千", Decimal(13000)),
    ],
)
def test_the_months_the_worker_counts_make_the_pay_owed(text: str, amount: Decimal) -> None:
    assert _amount(text) == amount

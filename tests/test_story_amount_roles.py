"""The role of each money figure in a story (issue 10): payments told one after another, a pay
verb of a dialect, a crew's work-days counted in 工, and each worker's days listed one after
another. Every story was written for this file (other trades, places and figures than the story
sets); only the amount and how it was worked out are checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract import extract_story
from bot.core.extract.paid import paid_total

DEC1 = date(2026, 12, 1)


def _amount(story: str) -> tuple[Decimal | None, str]:
    found = extract_story(story, DEC1).fields.get("amount_owed")
    return (None, "") if found is None else (Decimal(str(found.value)), found.echo)


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # the same figure paid twice, the second told as another payment (又, 后来, 第二次)
        (
            "我在洗车行洗车，每个月三千四，九月到十一月三个月没发全，九月给了八百，十月又给了八百",
            8600,
            ["3,400 元 × 3 个月", "已付 1,600 元"],
        ),
        (
            "在物流园开叉车 一个月五千 八月到十月都没结清 八月底转了一千二 后来再转了一千二",
            12600,
            ["5,000 元 × 3 个月", "已付 2,400 元"],
        ),
        # told twice but one payment: counted once
        (
            "我在快递站分拣，一个月四千二，十月十一月都没发齐，老板只给了一千，还说只给了一千已经不错了",
            7400,
            ["4,200 元 × 2 个月", "已付 1,000 元"],
        ),
    ],
)
def test_payments_told_one_after_another(story: str, owed: int, shown: list[str]) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert all(s in echo for s in shown), echo


def test_a_figure_paid_again_is_added_only_when_said_so() -> None:
    assert paid_total([Decimal(900), Decimal(900)]) == 900
    assert paid_total([Decimal(900), Decimal(900)], [Decimal(900)]) == 1800
    assert paid_total([Decimal(500), Decimal(700), Decimal(1200)]) == 1200  # 1200 is their total


@pytest.mark.parametrize(
    ("story", "owed", "paid"),
    [
        # Minnan: 予 is 给, 箍 is 块
        ("阮佇鞋厂做鞋底，一个月四千，八月九月拢无发，头家干焦予阮一千五", 6500, "已付 1,500 元"),
        ("阮佇石材厂磨石板 一个月五千二 九月十月拢无发 头家予阮两千箍 其他拢无", 8400, "已付 2,000 元"),
        # plain Mandarin, given to the teller with no 了
        ("我在石材厂磨石板 一个月五千二 九月十月都没发 老板给我两千 其他都没有", 8400, "已付 2,000 元"),
        # Southwestern Mandarin: 得 is 给
        ("我在火锅店洗碗 一个月三千二 九月十月都没发 老板得了我八百 剩下的一直拖", 5600, "已付 800 元"),
    ],
)
def test_a_dialects_pay_verb_is_a_payment_not_the_amount(story: str, owed: int, paid: str) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert paid in echo, echo


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # a crew's work-days counted together, past a year's days, told with no stop between
        (
            "我们五个人在工地砌墙 一共记了四百一十个工 一个工三百二 中间给过五万 剩下的没给",
            81200,
            ["320 元 × 410 天", "已付 50,000 元"],
        ),
        # each worker's days told one after another: added, the pay per day is each one's
        (
            "我和我弟两个人帮人装空调 一天两百五 我干了四十天 我弟三十六天 老板给了五千 剩下的不给",
            14000,
            ["250 元 × (40 + 36) 天", "已付 5,000 元"],
        ),
        (
            "油漆班三个人 一个工三百 我做了五十个工 小周四十五个 老马四十个 老板付了一万",
            30500,
            ["300 元 × (50 + 45 + 40) 天", "已付 10,000 元"],
        ),
        (
            "我同我老婆在茶园采茶，讲好一日一百六，我做咗五十日，我老婆四十二日，老板一分都冇俾",
            14720,
            ["160 元 × (50 + 42) 天"],
        ),
    ],
)
def test_work_days_counted(story: str, owed: int, shown: list[str]) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert all(s in echo for s in shown), echo


def test_each_ones_same_days_are_still_multiplied_by_the_crew() -> None:
    """ "每人干了三十天" is every one's days (x the head count), no list of days to add up."""
    value, echo = _amount("我们四个人在果园摘橙子 说好每人一天一百八 每人干了三十天 他一直说没卖完 一分没给")
    assert value == 21600 and "4 人" in echo, echo


@pytest.mark.parametrize(
    ("answer", "owed"),
    [
        ("三个月一万零五百 老板得了我两千 还差八千五", 8500),  # Southwestern 得 is 给
        ("兩個月九千六 給了兩千 還差七千六", 7600),  # traditional characters
        ("做了五十个工一万五 还差一万一", 11000),  # what is still owed, no payment word
        ("七千八", 7800),
    ],
)
def test_the_amount_answered_in_any_speech(answer: str, owed: int) -> None:
    from bot.core.intake.fields import amount_answer
    from bot.core.parsers.base import Parsed

    found = amount_answer(answer)
    assert isinstance(found, Parsed) and found.value == owed, found


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # months named as paid in full are no pay owed; the month partly paid joins the period
        (
            "我在小区当保洁 一个月三千九 六月到九月干了四个月 六月七月的工资都发了 八月只给了一千五 九月的一分没给",
            6300,
            ["3,900 元 × 2 个月", "已付 1,500 元"],
        ),
        # a commission named besides the pay, told unpaid with no 另外/还有
        (
            "我在服装店卖衣服，底薪每月三千五，九月十月两个月底薪都没发，这两个月的提成算下来两千六也没给",
            9600,
            ["3,500 元 × 2 个月", "提成 2,600 元"],
        ),
        # pay held back each month, the sum held told, and a month wholly unpaid: no double count
        (
            "我在汽修厂做钣金 一个月六千五 厂里每个月扣五百 说干满两年再给 三月到八月每个月只发六千 "
            "一共扣了三千 九月份的六千五一分没给",
            9500,
            ["6,500 元", "扣着的工资 3,000 元"],
        ),
        # the first month's pay held from the month started, living money each month and its sum
        (
            "我在印刷厂做装订 一个月五千二 七月份进厂 说好第一个月工资压着 干满一年才给 "
            "八月九月十月的工资也都没发 每个月只给八百块生活费 三个月给了两千四 老板说压的钱不给",
            18400,
            ["5,200 元 × 4 个月", "已付 2,400 元", "压着的7月"],
        ),
    ],
)
def test_months_paid_held_and_besides(story: str, owed: int, shown: list[str]) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert all(s in echo for s in shown), echo


def test_a_month_held_and_the_months_after_make_the_period() -> None:
    found = extract_story(
        "我在印刷厂做装订 一个月五千二 七月份进厂 说好第一个月工资压着 干满一年才给 "
        "八月九月十月的工资也都没发 每个月只给八百块生活费 三个月给了两千四 老板说压的钱不给",
        DEC1,
    ).fields["arrears_period"]
    assert found.value == {"start": "2026-07", "end": "2026-10"}, found.echo


@pytest.mark.parametrize(
    ("story", "message", "now"),
    [
        # Wu: 弗对, 弗是; the count of square metres told again
        (
            "阿拉勒闵行做防水 讲好三十块一个平方 一共做了五百六十个平方 老板只付了三千",
            "弗对弗对 刚刚讲错脱了 是六百二十个平方 弗是五百六",
            "六百二十个平方",
        ),
        # Cantonese: 唔对, 唔系 … 系
        ("我哋一共七个人 喺工地扎铁 一日三百五", "唔对 唔系七个 系八个人", "一共八个人"),
    ],
)
def test_a_slip_corrected_in_a_dialect(story: str, message: str, now: str) -> None:
    from bot.core.extract.corrections import corrected

    fixed = corrected(story, message)
    assert fixed is not None and now in fixed, fixed


def test_the_amount_after_a_count_corrected_in_wu() -> None:
    from bot.core.extract.corrections import corrected

    story = "阿拉勒闵行做防水 讲好三十块一个平方 一共做了五百六十个平方 老板只付了三千"
    fixed = corrected(story, "弗对弗对 刚刚讲错脱了 是六百二十个平方 弗是五百六")
    assert fixed is not None
    value, echo = _amount(fixed)
    assert value == 30 * 620 - 3000, echo


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # pay by the hour said with 个: hours, never pieces
        (
            "我在烧烤店串串 一个小时十七块 九月干了二百一十个小时 十月干了一百九十个小时 都没给",
            6800,
            ["每小时 17 元 × 400 小时"],
        ),
        # the month named paid after a span ending in another month: that month alone
        (
            "在工厂做质检 每个月四千五 七月到九月 七月的给了 八月九月没发 还扣了我一千块保证金",
            10000,
            ["4,500 元 × 2 个月", "保证金 1,000 元"],
        ),
    ],
)
def test_hours_and_a_month_paid_after_a_span(story: str, owed: int, shown: list[str]) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert all(s in echo for s in shown), echo


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # one figure told as each of several payments counted: the figure x the times
        ("在装修公司刷墙 一个月六千 九月十月没发 给了两回 一回一千五", 9000, ["已付 3,000 元"]),
        ("在工地做小工 一天二百 干了六十天 老板先后给了三次 每次两千", 6000, ["已付 6,000 元"]),
        # the last month half worked: the months owed less a half, not half a month alone
        (
            "在酒楼洗碗 一个月三千五 九月十月十一月都没给 十一月只做了半个月",
            8750,
            ["3,500 元 × 2.5 个月"],
        ),
    ],
)
def test_payments_counted_and_a_half_month_at_the_end(story: str, owed: int, shown: list[str]) -> None:
    value, echo = _amount(story)
    assert value == owed, echo
    assert all(s in echo for s in shown), echo

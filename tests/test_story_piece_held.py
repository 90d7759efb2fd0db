"""Story shapes from a second probe (issue 10), in this file's own words: pay by the piece, the
load or the square metre with the price told before or after the unit (两毛八一个, 一块五一件,
二十八块钱一个平方, 一车两百二); a count corrected in a later message (不对 是三百二十箱); months
corrected in a later message; one month's pay held at hiring, its month named, counted with
the months owed after it; a boss's full name followed straight by the talk (老板孟庆山就给了…);
a part paid said with 才给 or 焦付. Only the fields named are checked."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.corrections import corrected
from tests.story_reading import read_story, story_value

DEC1 = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("story", "owed", "shown"),
    [
        # the price first, in 毛, less a part paid
        ("我在鞋厂缝鞋带 两毛八一个 十一月一共缝了三万个 老板才给我两千块", 6400, "每个 0.28 元"),
        # the price first with a tenth of a yuan, two months counted
        ("在镇上服装厂钉扣子 一块五一件 九月钉了两千件 十月钉了一千六百件 一直拖着没发", 5400, "每件 1.5 元"),
        # by the square metre, the price first with 个平方, the count told as 平
        ("做防水的 二十八块钱一个平方 十月一共刷了四百平 包工头一分钱没给", 11200, "每平方 28 元"),
        # by the truckload, hundreds with no 块
        ("我开泥头车 一车两百二 九月份总共运了一百二十车 车队一直没结账", 26400, "每车 220 元"),
        # by the room, the count with a two-character verb
        ("在宾馆搞卫生 一间房五块钱 十一月打扫了八百间 老板不给钱", 4000, "每间 5 元"),
    ],
)
def test_price_of_one_times_the_count(story: str, owed: int, shown: str) -> None:
    found = read_story(story, DEC1).fields["amount_owed"]
    assert found.value == owed
    assert shown in found.echo


def test_a_month_ending_a_span_is_no_month_of_the_count() -> None:
    story = "我拉石子 一趟三百块 从六月拉到八月一共拉了九十趟 老板一直拖着不给钱"
    assert story_value(story, "arrears_period", DEC1) == {"start": "2026-06", "end": "2026-08"}
    assert story_value(story, "amount_owed", DEC1) == 27000


def test_a_count_told_again_replaces_the_last_of_its_unit() -> None:
    story = "帮超市卸货 一箱一块钱 十月一共卸了三百箱 老板没给钱"
    fixed = corrected(story, "不对 是三百二十箱 刚才记错了")
    assert fixed is not None and "三百二十箱" in fixed and "三百箱" not in fixed
    assert story_value(fixed, "amount_owed", DEC1) == 320
    assert corrected(story, "不对 是十月份") is None  # no count with a unit: nothing replaced


def test_months_told_again_in_a_correction_are_the_period() -> None:
    story = (
        "我在物业公司做绿化 一个月四千一 从七月开始就没发过工资 七月八月九月三个月\n"
        "说错了 是八月开始的 七月的发了 就八月九月两个月"
    )
    assert story_value(story, "arrears_period", DEC1) == {"start": "2026-08", "end": "2026-09"}
    assert story_value(story, "amount_owed", DEC1) == 8200


def test_months_counted_in_a_correction_leave_the_named_months() -> None:
    story = "今年五月六月七月三个月没给 一个月六千\n不对 说错了 六千是去年的 三个月就是一万九"
    assert story_value(story, "arrears_period", DEC1) == {"start": "2026-05", "end": "2026-07"}


@pytest.mark.parametrize(
    ("story", "period", "owed"),
    [
        # the held month right before the months owed
        (
            "在食品厂包装 一个月五千二 进厂压了一个月工资 就是四月的 五月六月两个月也没发 走的时候压的那个月也不给",
            {"start": "2026-04", "end": "2026-06"},
            15600,
        ),
        # months paid between the held month and the months owed are not counted
        (
            "我在汽修厂当学徒 一个月三千 押了我一个月工资 是三月的 四月五月发了 六月七月两个月没发 押的那个月也没退",
            {"start": "2026-03", "end": "2026-07"},
            9000,
        ),
    ],
)
def test_a_named_month_held_at_hiring(story: str, period: dict[str, str], owed: int) -> None:
    assert story_value(story, "arrears_period", DEC1) == period
    assert story_value(story, "amount_owed", DEC1) == owed


def test_a_held_month_given_back_is_not_counted() -> None:
    story = "在食品厂包装 一个月五千二 进厂压了一个月工资 就是四月的 五月六月两个月也没发"
    assert story_value(story, "arrears_period", DEC1) == {"start": "2026-05", "end": "2026-06"}


@pytest.mark.parametrize(
    ("story", "boss"),
    [
        ("我给人家看鱼塘 老板孟庆山就给了我三千块 剩下的不给", "孟庆山"),
        ("包工头欧阳明只发了一千生活费 四个月工钱都没结", "欧阳明"),
        ("老板方志远也不接电话 两个月工资没发", "方志远"),
    ],
)
def test_a_boss_named_in_full_before_the_talk(story: str, boss: str) -> None:
    assert story_value(story, "employer_name", DEC1) == boss


def test_a_part_paid_said_as_only_paid() -> None:
    story = "在砖厂码砖 一块砖两分钱不好算 反正八月到九月一共该我九千 老板才给了三千"
    assert story_value(story, "amount_owed", DEC1) == 6000

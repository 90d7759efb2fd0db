"""Issue 10, amounts read from a story, more shapes: a price per hundred pieces or a piece counted
with 支/副/瓶 ("一百支十二块钱"), a price whose one is unsaid ("一斤蚊五", "块二一箱"), a pay word
typed by sound ("底新4k", "月辛三千八") and "3k5", a deposit typed by sound ("风险斤"), a sum held
back besides the pay ("还有八百块的车费也扣着不给"), a group of a crew told with each one's days
("还有俩老乡一个干了…一个干了…"), months half paid counted before the months ("四个月都只发了一
半") or from a month on ("从八月份起每个月只发一半，十一月就一分没发"), and a month's pay held
named in so many words ("压着我八月的工资，说离职才给 … 现在也不给"). Wordings are my own, not
from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.story_reading import read_story

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a price for a hundred of them, counted with 支 / 副 / 瓶 / 粒
        ("我在笔厂装笔芯，一百支八块钱，九月到十月一共装了五万支，老板说没钱", Decimal(4000)),
        ("在家给厂里串手链，计件的，一百粒三块，十月串了六万粒，一直没结", Decimal(1800)),
        ("在手套厂缝手套，一副六毛，十月缝了九千副，钱到现在没给", Decimal(5400)),
        ("帮酒厂贴标签，一百瓶五块钱，九月贴了四万瓶，老板拖着", Decimal(2000)),
        # counted with 把: a knife, a chair, an umbrella (not 把 as "take": 把我工资…)
        ("在刀具厂开刃，按把算，一百把十五块，十月一共开了三万把，厂里一分没给", Decimal(4500)),
        ("在家具厂做椅子 一把椅子七十块 九月做了一百五十把 工钱没给", Decimal(10500)),
        # the one of the price unsaid: 蚊五 / 块二 / 块半 are 1.5, 1.2, 1.5 yuan
        ("喺果场帮人摘龙眼，讲好一斤蚊五，八月摘咗六千斤，老板一蚊都冇俾", Decimal(9000)),
        ("在仓库搬货，讲好一箱块二，九月搬了三千箱，钱一直没结", Decimal(3600)),
        ("在橘子园摘橘子，说好块半一斤，十一月摘了四千斤，老板只给了一千块", Decimal(5000)),
        # a sum held back besides the pieces or the pay per month, told after them
        ("在快递站送件，一件一块，十月送了五千件，钱没发，还有八百块的车费也扣着不给", Decimal(5800)),
        ("在快递站送件 一件一块 十月送了五千件 钱没发 还有八百块车费也没给", Decimal(5800)),
        ("在厂里上班，一个月五千，九月十月没发，还有八百块的车费也扣着不给", Decimal(10800)),
        ("在外卖站跑单，一单四块，十月跑了两千单，站长不给钱，还有五百块的保证今也押着不退", Decimal(8500)),
        # a pay word typed by sound, and thousands written 3k5
        ("在奶茶店当店员 底新3k 九月十月两个月没发", Decimal(6000)),
        ("我在超市做收银 月辛三千八 九月十月没发", Decimal(7600)),
        ("在奶茶店上班 底薪3k5 8月9月两个月没发", Decimal(7000)),
        ("做美甲助理 一个月4k5 九月十月都没发", Decimal(9000)),
        # a group of a crew told together, then each one's days
        (
            "我们四个人给人砌墙，一天两百五，我干了30天，另外两个小工各干了28天，我表哥干了20天，钱一直没给",
            Decimal(26500),
        ),
        (
            "我们四个在采石场，说好一天两百，我干了50天，我侄子干了45天，还有俩同乡一个干了30天一个干了25天，一分没给",
            Decimal(30000),
        ),
        # each one's days said with no pause (voice input), 还有个 before the last one, each paid a part
        (
            "我们一共三个人在工地贴砖说好一天三百我做了四十天我老表三十五天还有个李师傅三十天每个人就给了一千块生活费剩下的一直拖着",
            Decimal(28500),
        ),
        (
            "我们三个人在工地贴砖，一天三百，我做了四十天，我老表三十五天，还有个李师傅三十天，钱一直没给",
            Decimal(31500),
        ),
        # two told as a group with the same days each, each paid a part: taken off once for each
        (
            "我和我弟两个在砖厂出砖 一天两百 两个人一人做了五十个工 老板给了我们每人三千 剩下的一直拖着",
            Decimal(14000),
        ),
        # months half paid, counted after them or from a month on
        ("我一个月四千，从五月开始只发一半，五月六月两个月都只发了一半，七月全部没发", Decimal(8000)),
        ("在饭店洗碗 一个月三千二，从八月份起每个月只发一半，十一月就一分没发了", Decimal(8000)),
        ("我们三个人 每人一个月四千五 从九月开始只给一半 十一月的干脆全没发", Decimal(27000)),
        # a month's pay held, named, promised at leaving and still not given
        (
            "在商场做导购，月薪四千二，今年十月、十一月两个月工资没发，另外公司一直压著我九月那个月的工资，说离职才给，我走了现在也不给",
            Decimal(12600),
        ),
        (
            "在商场做导购，月薪四千二，十月、十一月两个月工资没发，另外老板一直压着我九月的工资，说离职再给，到现在还没给",
            Decimal(12600),
        ),
        # the month's pay named first, then told held at hiring and not given back
        (
            "我在玩具厂装配 一个月四千 九月十月两个月都没发 还有今年三月的工资 进厂时老板说押一个月 走的时候还 现在我不干了 押的那个月也没还",
            Decimal(12000),
        ),
        # the month work began held ("四月份刚进去就押了我一个月工资"), then the months named unpaid
        (
            "我在服装厂车衣，做到十月底就没做了。老板四月份刚进去就押了我一个月工资，说走的时候还，结果九月十月也都没发，一个月五千二",
            Decimal(15600),
        ),
    ],
)
def test_the_amount_is_read_from_the_story(text: str, amount: Decimal) -> None:
    found = read_story(text, TODAY).fields.get("amount_owed")
    assert found is not None, text
    assert found.value == amount, found.echo


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("在饭店洗碗 一个月三千二，从八月份起每个月只发一半，十一月就一分没发了", ("2026-08", "2026-11")),
        (
            "在商场做导购，月薪四千二，今年十月、十一月两个月工资没发，另外公司一直压著我九月那个月的工资，说离职才给，我走了现在也不给",
            ("2026-09", "2026-11"),
        ),
    ],
)
def test_the_months_half_paid_or_held_open_the_period(text: str, period: tuple[str, str]) -> None:
    value = read_story(text, TODAY).fields["arrears_period"].value
    assert (value["start"], value["end"]) == period


@pytest.mark.parametrize(
    "text",
    [
        "我在五金厂上班，那块五金件的活最累，一个月五千，九月十月没发",  # 块五 of 那块五金: no price
        "公司支付宝转过一千块，一个月四千，九月十月没发",  # 支付: no piece counted
    ],
)
def test_words_that_only_look_like_a_price_are_no_pieces(text: str) -> None:
    found = read_story(text, TODAY).fields.get("amount_owed")
    assert found is None or "每" not in found.echo.split("按")[0]

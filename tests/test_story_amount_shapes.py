"""Amounts built from parts in a worker's story (issue 10): pay per day x days less an advance,
pay per month x months less a part paid, months half paid, wages plus a deposit held back,
several people x each, months told one by one with their pay, pay by the order or the piece,
the speech of several regions. The amount filed is the total the employer owes this worker for
the case (unpaid wages plus money held back, see bench/story_qa/README.md); a total the worker
states wins over any arithmetic, and two stated totals that disagree are asked. Every story was
written for this file (none copied from a story set); only the amount and how it was worked
out are checked (periods: tests/test_story_period_shapes.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract import extract_story

DEC1 = date(2026, 12, 1)

# (story, total owed, words the read-back must show to say how it was worked out)
SHAPES = [
    # --- pay per day x days, less an advance
    (
        "我在工地搬砖，说好一天两百六，一共干了四十五个工，中间预支过两千，剩下的老板一直拖着没给",
        9700,
        ["260", "45", "已付 2,000"],
    ),
    (
        "一天工钱三百块，从九月一号干到十月十号记了三十五天，老板先给过我五百生活费",
        10000,
        ["300", "35", "已付 500"],
    ),
    ("帮人摘茶叶，讲好一日一百五，做了二十八日工，一分钱冇拿到", 4200, ["150", "28"]),
    ("记工本上一共52个工，一个工两百八，老板到现在一分没结", 14560, ["280", "52"]),
    # --- pay per month x months, less a part paid
    (
        "我在超市当收银员，每个月四千，八月到十月三个月工资都没给全，八月份只给了一千五",
        10500,
        ["4,000", "3 个月", "已付 1,500"],
    ),
    (
        "去年十二月到今年二月在物流园卸货，一个月五千二，中间老板打给我两千块",
        13600,
        ["5,200", "3 个月", "已付 2,000"],
    ),
    ("在酒店做服务员，月薪三千九，七月到九月的都没发，后来老板有发过一千", 10700, ["3,900", "已付 1,000"]),
    # --- months half paid
    ("我在饭店洗碗，月工资三千五，九月只发了一半，十月十一月都没发", 8750, ["3,500", "2.5 个月"]),
    # --- wages plus a deposit held back
    (
        "我在奶茶店上班，九月、十月两个月工资没发，一个月三千二，进店的时候还交了八百押金也不退",
        7200,
        ["3,200", "押金 800"],
    ),
    (
        "厂里十月和十一月工资都没给，每月四千六，另外入职扣了我一千块钱保证金",
        10200,
        ["4,600", "保证金 1,000"],
    ),
    ("老板欠我两个月工资九千，还扣着我五百块押金不退", 9500, ["9,000", "押金 500"]),
    ("我喺茶餐厅做咗三个月，每个月五千，冇出过粮，仲扣咗我五百蚊押金", 15500, ["5,000", "押金 500"]),
    ("在厂里做了九月十月，每月五千，还有一千块风险金没退", 11000, ["5,000", "风险金 1,000"]),
    ("欠了我一万零五百，其中有押金五百", 10500, []),
    # --- a month partly paid, its figure told
    ("工资每月六千，十月份的发了三千，十一月的全没发", 9000, ["6,000", "2 个月", "已付 3,000"]),
    ("九月份工资四千八只发了两千，十月份的四千八一分没发", 7600, ["4,800", "已付 2,000"]),
    ("十月的工资三千九，十一月干了半个月一千九百五，都欠着", 5850, ["3,900", "1,950"]),
    # --- the days of several months
    ("一天二百块，九月干了二十五天，十月干了二十二天，工钱都没给", 9400, ["200", "47 天"]),
    ("工资两个月九千六没发，扣的一千块押金也没退", 10600, ["9,600", "押金 1,000"]),
    ("一天三百，干了二十天，押了我五百块钱工具押金", 6500, ["300", "20 天", "押金 500"]),
    # --- pay by the hour, by the day with the days told as attendance
    ("工资按小时算，一小时20块，十月干了260个小时", 5200, ["20", "260 小时"]),
    ("日工资280元，九月份出勤25天，一分没拿", 7000, ["280", "25 天"]),
    # --- a month held back beside the month owed
    ("十月工资6500没发，还压着9月的工资6300", 12800, ["6,500", "6,300"]),
    # --- paid in instalments
    ("工钱一共一万八，他给过两回，一回三千，一回两千", 13000, []),
    ("月薪5k，9月到11月没发，入职押了1k", 16000, ["5,000", "3 个月", "押金 1,000"]),
    ("欠了一万二千五，押金另算，押金还有五百", 13000, ["12,500", "押金 500"]),
    # --- paid a part every month
    ("每个月三千八，七月到十月，每个月只发一千", 11200, ["3,800", "4 个月", "已付 4,000"]),
    # --- the worker's own total wins
    ("一个月五千，干了三个月，老板算下来一共欠我一万二", 12000, []),
    ("每天两百五，做了六十天，押金五百，一共欠我一万五千五", 15500, []),
    ("押金两千，加上十月份工资五千八，一共七千八", 7800, []),
    ("十月份的工资五千二，十一月份的五千，加上押金一千，一共一万一千二", 11200, []),
    ("一共欠我1.2万，其中押金2千", 12000, []),
    # --- several people x each
    ("我们五个人在工地做油漆，每人被欠了八千", 40000, ["8,000", "5 人"]),
    ("我和我老婆两个人在厂里上班，每人每月四千，九月十月都没发", 16000, ["4,000", "2 人"]),
    # --- months told one by one with their pay
    ("八月份工资四千三，九月份四千五，十月份五千，三个月都没发", 13800, ["4,300", "4,500", "5,000"]),
    (
        "我九月的工资是6200，十月的是5800，两个月都没发，还有2000块押金",
        14000,
        ["6,200", "5,800", "押金 2,000"],
    ),
    ("七月开了四千八，八月活多开了五千五，九月只有四千一，都压着不给", 14400, ["4,800", "5,500", "4,100"]),
    # --- pay by the order or the piece
    ("我在站点跑外卖，十月跑了一千五百单，一单四块，钱一直没结", 6000, ["1,500", "单"]),
    ("做手工串珠，一串八毛，十月做了三千串，十一月做了两千串，老板一分没给", 4000, ["串"]),
    # --- what is still owed, told
    ("总共两万四，给了八千，还差一万六没给", 16000, []),
    ("我自己还差六千四，我老乡还差七千，我们俩一共一万三千四", 13400, []),
    # --- Shanghainese months
    ("九月到十一月三只号头，每只号头四千二，九月份只发了一千二", 11400, ["4,200", "已付 1,200"]),
]


@pytest.mark.parametrize(("story", "total", "how"), SHAPES, ids=[s[0][:12] for s in SHAPES])
def test_total_owed_and_how(story: str, total: int, how: list[str]) -> None:
    found = extract_story(story, DEC1).fields.get("amount_owed")
    assert found is not None, story
    assert Decimal(str(found.value)) == total, found.echo
    assert f"{total:,}" in found.echo  # the read-back shows the total first
    for words in how:
        assert words in found.echo, (words, found.echo)


# two totals the worker states that disagree: asked, never one of them guessed (nor added up)
CONTRADICTING = [
    ("老板说欠我一万二，我自己算的是一万四，到底多少我也说不清", {12000, 14000}),
    ("欠条上写的一万二，实际上欠我一万四", {12000, 14000}),
    ("每个月四千，九月到十一月，老板说只欠我一万，我算的是一万二", {10000, 12000}),
    ("工资一共一万五，老板说一万三", {13000, 15000}),
]


@pytest.mark.parametrize(("story", "choices"), CONTRADICTING, ids=[c[0][:10] for c in CONTRADICTING])
def test_two_stated_totals_are_asked(story: str, choices: set[int]) -> None:
    found = extract_story(story, DEC1)
    assert "amount_owed" not in found.fields, found.fields["amount_owed"].echo
    assert {int(v) for v in found.amount_choices} == choices


def test_deposit_given_back_is_not_owed() -> None:
    found = extract_story("九月十月工资没发，每月四千，押金五百上个月退了", DEC1).fields["amount_owed"]
    assert Decimal(str(found.value)) == 8000, found.echo
    assert "押金" not in found.echo


@pytest.mark.parametrize(
    ("story", "said", "rough"),
    [
        ("在超市理货，九月十月工资没发，一个月大概四千五", "每月约 4,500 元 × 2 个月", 9000),
        ("十月和十一月都没给钱 一个月加提成差不多六千", "每月约 6,000 元 × 2 个月", 12000),
    ],
)
def test_a_hedged_pay_per_month_is_asked_not_read_back(story: str, said: str, rough: int) -> None:
    """ "一个月大概四千五" x two months is no figure to file silently: asked, with how it was
    worked out, and one tap keeps the rough total."""
    from bot.core.intake.fields import FormContext
    from bot.core.intake.story import absorb, amount_question

    ctx = FormContext(settings=None, kb=None, today=DEC1)  # type: ignore[arg-type]
    fields: dict = {}
    absorb(fields, story, ctx)
    assert "amount_owed" not in fields, fields
    reply = amount_question(fields)
    assert reply is not None and f"“{said}”" in reply.text, reply.text
    assert reply.buttons[0].payload == f"form:said:约{rough}元"


def test_a_computed_total_is_recorded_with_how() -> None:
    """The read-back of a total worked out from parts shows the total and how."""
    from bot.core.intake.fields import FormContext
    from bot.core.intake.story import absorb

    ctx = FormContext(settings=None, kb=None, today=DEC1)  # type: ignore[arg-type]
    fields: dict = {}
    absorb(fields, "我在面馆当服务员，九月到十一月三个月，每月三千六，九月只给了一千", ctx)
    assert Decimal(fields["amount_owed"]) == 9800
    echo = (
        extract_story("我在面馆当服务员，九月到十一月三个月，每月三千六，九月只给了一千", DEC1)
        .fields["amount_owed"]
        .echo
    )
    assert echo.startswith("约 9,800 元") and "3,600 元 × 3 个月" in echo and "已付 1,000 元" in echo

"""Amounts and months owed in a worker's story, classes the story sets of issue 10 showed (each
written for this file in other trades, places and figures; none copied from a story set):
months run together and counted ("七八九三个月"), the last months before the work ended, a
start and an end by date beside a rough length, a month not yet due, a job's end told as
"全部拆完", Hakka "一只月". Each rule is checked on both sides. Today is 1 December 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract import extract_story
from bot.core.extract.periods_told import COUNTED

DEC1 = date(2026, 12, 1)


def _period(text: str) -> tuple[str, str] | None:
    found = extract_story(text, DEC1).fields.get("arrears_period")
    return None if found is None else (found.value["start"], found.value["end"])


def _amount(text: str) -> Decimal | None:
    found = extract_story(text, DEC1).fields.get("amount_owed")
    return None if found is None else Decimal(found.value)


PERIODS = [
    # month numbers run together, then how many they are
    ("我在汽修店做学徒，六七八三个月工钱一分没见到，一个月三千", ("2026-06", "2026-08")),
    ("在奶茶店打工，九十十一三个月都没发，每个月两千九", ("2026-09", "2026-11")),
    ("五六两个月的提成老板一直压着，一共四千六", ("2026-05", "2026-06")),
    # the last months before the work ended, not counted back from today
    ("我在物业做绿化，干到九月底就辞了，最后俩月的钱一直没给，一个月三千三", ("2026-08", "2026-09")),
    ("在鞋厂干到十月份走的，最后三个月工资没结，每月四千六", ("2026-08", "2026-10")),
    # a start and an end told by date win over "三个多月"
    ("我五月八号进的厂，八月二十号离职的，干了三个多月，工钱一分没给，欠我一万三", ("2026-05", "2026-08")),
    # a job's end told as the work all done
    ("我们二月底进场，七月底外墙全部刷完，工钱到现在没结，每人还差一万多", ("2026-02", "2026-07")),
    ("今年三月进场，六月底脚手架都拆完了，工钱拖着不给", ("2026-03", "2026-06")),
    # a month not yet due is not owed
    (
        "我在电子厂做了八月九月，两个月一共欠我九千四，十月份的还不到发工资的时候，先不算",
        ("2026-08", "2026-09"),
    ),
    # Hakka 一只月 / 冇畀
    ("𠊎五月去做，老板净畀过第一只月个工钱，六月七月都冇畀，一只月三千八", ("2026-06", "2026-07")),
]


@pytest.mark.parametrize(("text", "want"), PERIODS)
def test_months_owed(text: str, want: tuple[str, str]) -> None:
    assert _period(text) == want


def test_months_run_together_must_make_the_count() -> None:
    # "七八个月" is a rough length, no months named: never read as July to August
    assert _period("在砖厂干了七八个月，工资一直拖着，欠我三万多") != ("2026-07", "2026-08")
    # four months named, "三个月" said: not turned into a run
    assert _period("六七八九三个月工资没发") != ("2026-06", "2026-09")


def test_last_months_without_an_end_told_are_counted_back() -> None:
    found = extract_story("在饭店做服务员，最后两个月工资没发，一个月三千五", DEC1).fields["arrears_period"]
    assert found.note == COUNTED  # which months is asked


def test_one_end_told_and_a_length_stays_asked() -> None:
    # only the start told: the length owed is the last months, asked (not the start month)
    found = extract_story("我六月进的厂，最近两个月工钱一分没给，欠我八千", DEC1).fields["arrears_period"]
    assert found.note == COUNTED
    assert (found.value["start"], found.value["end"]) != ("2026-06", "2026-06")


def test_a_month_unpaid_past_its_payday_is_owed() -> None:
    assert _period("我在电子厂做普工，十月的工资到了发工资的时候也没给，欠我四千七") == ("2026-10", "2026-10")


def test_a_month_not_yet_due_leaves_the_amount_told() -> None:
    text = "我九月十月两个月工资加上加班费一共是一万零八百块钱，另外十一月份的还没到发工资的时候那个先不算"
    assert _amount(text) == Decimal("10800")
    assert _period(text) == ("2026-09", "2026-10")


def test_an_amount_left_out_is_still_left_out() -> None:
    assert _amount("老板欠我工资八千六，另外垫的一千二油钱不算工资我先不算进去") == Decimal("8600")


AMOUNTS = [
    # each one's rough part beside the crew's exact total: the total (README convention)
    (
        "我们瓦工组7个人，每个人平均还差三万出头，七个人总共还差二十二万四千八，项目在高新区",
        Decimal("224800"),
    ),
    # each one's part alone, several people: times the head count
    ("我们班组6个人在物流园装卸，每个人还差一万二，老板一直拖", Decimal("72000")),
    # pay by the room, the rooms of each month; a total told that agrees
    (
        "我在宾馆做客房打扫，一间房七块，十月做了八百四十间，十一月做了六百间，到现在一分没给",
        Decimal("10080"),
    ),
    # pieces of a part month told with its days
    (
        "在网点派件，九月份派了3800件，十月一号到十五号又派了1500件，一件一块一，一分没给就辞了",
        Decimal("5830"),
    ),
    # each month's commission and a deposit kept
    (
        "在公司跑销售，底薪都发了，提成一直压着：十月提成1850，十一月提成2240，还有交的2000块押金没退",
        Decimal("6090"),
    ),
    # Cantonese 加埋: the total told after one month's part
    ("我一个月五千六，九月仲差两千八，加埋十月十一月总共一万四千蚊", Decimal("14000")),
    # each one's days said in so many words, each one's part paid
    ("我们四个在工地做钢筋，今年七月到九月，一人干了五十天，一天三百，每人借支过一千五", Decimal("54000")),
    # the days of two months, a part paid for the first right after its days
    ("我在船厂做焊工，一天三百五。八月份干了二十天只给了三千，九月份干了二十六天一分没给", Decimal("13100")),
    # a part paid every month, the pay agreed told after it
    ("在网店做美工，七八九三个月每个月只发了八百块生活费，说好工资四千六", Decimal("11400")),
    # a part paid every month, then what the boss owns up to owing
    ("一个月五千，干了十个月，每个月给了一千生活费，老板认的账是四万", Decimal("40000")),
]


@pytest.mark.parametrize(("text", "want"), AMOUNTS)
def test_amount_owed(text: str, want: Decimal) -> None:
    assert _amount(text) == want


def test_each_ones_part_that_disagrees_with_the_total_is_asked() -> None:
    story = extract_story("我们班组6个人，每个人还差一万二，一共还差八万，在城南工地", DEC1)
    assert "amount_owed" not in story.fields
    assert story.amount_choices == [Decimal("72000"), Decimal("80000")]


def test_a_rough_part_far_from_the_total_is_asked() -> None:
    story = extract_story("我们5个人，每人还欠两万出头，五个人总共还欠十六万，在开发区干装修", DEC1)
    assert "amount_owed" not in story.fields
    assert Decimal("160000") in story.amount_choices


def test_a_month_and_a_total_after_it_are_no_two_months() -> None:
    # "八月还差…，加上九月十月总共…": the later figure is the total, not September's pay
    story = extract_story("我一个月六千，八月还差三千，加上九月十月总共一万五", DEC1)
    assert story.fields["amount_owed"].value == Decimal("15000")
    assert "九月" not in story.fields["amount_owed"].echo


def test_days_without_each_said_stay_asked() -> None:
    # "干了六十天" beside three people, whose days unsaid: asked with both totals
    story = extract_story("我们三个是做架子工的，今年六月到八月，干了六十天，一天三百五", DEC1)
    assert story.amount_choices == [Decimal("21000"), Decimal("63000")]


def test_a_payment_once_is_still_taken_off() -> None:
    # a single payment (no 每个月) and the pay agreed: the figure less that payment, as before
    assert _amount("在超市理货，说好的工资四千五，老板只给了八百块") == Decimal("3700")


def test_pieces_counted_by_something_else_are_no_rooms() -> None:
    # "三间房" is where they lived, no pay by the room
    assert _amount("我们三间房住了九个人，老板欠我工资六千八，十月份的") == Decimal("6800")


def test_a_start_and_an_end_told_apart_end_there() -> None:
    # "从七月开始…到十月我就走了": July to October, not to November
    assert _period("从六月开始就没发过工资，到九月我就走了，一个月三千八") == ("2026-06", "2026-09")
    # the other side: a start running to now, no end told, runs on
    assert _period("老板从六月开始就没发工资，到现在还欠着，一个月三千八")[0] == "2026-06"
    assert _period("老板从六月开始就没发工资，到现在还欠着，一个月三千八")[1] >= "2026-11"


def test_a_day_rated_part_month_keeps_its_whole_count() -> None:
    # "干了十八天就走了，一天二百八": 18 days, never the 8 of "八天"
    assert _amount("我十一月份干了十七天就走了，一天二百六，一分没给") == Decimal("4420")
    assert _amount("我在工地干了二十五天，一天三百，老板一分没给") == Decimal("7500")


def test_pay_by_the_trip_told_without_kuai() -> None:
    text = "开货车拉一趟货四百五，八月份拉了二十趟，九月份拉了十六趟，运费一分没结"
    assert _amount(text) == Decimal("16200")
    assert _period(text) == ("2026-08", "2026-09")
    assert _amount("我跑专线，一趟三百，十月份跑了二十趟，一分没给") == Decimal("6000")


def test_a_month_pay_is_no_price_of_a_piece() -> None:
    # "一个月3000": a month's pay, not 3,000 a piece
    assert _amount("我在厂里做包装，一个月3000，九月十月两个月没给钱") == Decimal("6000")
    # a trip told as how often, a total stated: the total
    assert _amount("我一个月跑了三趟北京，老板欠我运费八千") == Decimal("8000")


def test_a_month_half_unpaid_told_as_the_half_not_paid() -> None:
    # "一半没给" is the half owed, like "只发了一半"
    text = "八月份的工资一半没给，九月份的全没给，一个月四千八"
    assert _amount(text) == Decimal("7200")
    assert _period(text) == ("2026-08", "2026-09")
    # Cantonese 人工得一半: only half the pay got
    assert _amount("十月份人工得一半，十一月就冇出过，我一个月五千二") == Decimal("7800")
    # the other side: nothing said half, both months whole
    assert _amount("八月份的工资没给，九月份的也没给，一个月四千八") == Decimal("9600")


def test_a_part_month_told_in_days_without_a_verb_is_asked() -> None:
    # "加十一月十天的工资": ten days of November, never a whole third month at the month's pay
    story = extract_story(
        "我在工厂食堂干到十一月十号走的，九月十月两个月加十一月十天的工资都没给，一个月三千四", DEC1
    )
    assert "amount_owed" not in story.fields
    # the other side: whole months only, pay x months stands
    assert _amount("我在工厂食堂做帮工，九月十月两个月的工资都没给，一个月三千四") == Decimal("6800")


def test_a_rough_part_under_the_share_still_agrees() -> None:
    # "大概两万五" x 7 is 175,000; 178,000 told: the total (its share 25,429)
    assert _amount("我们班组连我7个，每个人大概两万五，总的还差十七万八千") == Decimal("178000")

"""Issue 10: the months owed, the worker's own trade and the head count read from a story.
A span begun in an earlier year ends in the next one (去年十月干到二月); months paid before the
months owed are left out and a month paid only in part is owed (八月就结了一千); the first month's
pay held at hiring opens the period when the month work began is told; each month's work told
with its amount makes a run. The trade is the worker's own: a driver is in transport whoever he
drives for, a builder's trade in a factory is factory work, a crop picked with another chore is
farm work. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.engine import Engine
from bot.core.extract.periods import find_period
from tests.story_reading import read_story, story_value
from tests.unit.conftest import inc

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a span's start in an earlier year, its end with no year said
        ("从去年十月干到二月，一个月四千二，老板一直没给", "2025-10", "2026-02"),
        ("前年十一月到二月的工钱都没结，一个月三千八", "2024-11", "2025-02"),
        ("去年冬月进的场 干到今年四月 工钱一分没结", "2025-12", "2026-04"),
        ("俺去年九月开始在他那看仓库，看到今年一月，一个月三千五，都没给", "2025-09", "2026-01"),
        # 一月 before another month is a month, not "per month"
        ("去年十二月的发了一半，今年一月二月三月的都没发，一个月四千六", "2025-12", "2026-03"),
        # months paid named before the months owed; a month paid only in part is owed
        (
            "从六月干到九月，干了四个月，一个月四千八，六月七月的都结了，八月就结了一千，九月的一分没结",
            "2026-08",
            "2026-09",
        ),
        # the first month's pay held at hiring, the month work began told
        (
            "我是四月份进的超市 头一个月的工资押着 说干满一年才给 五月到七月的发了 八月九月都没发 一个月三千二 我走了押的那个月也不退",
            "2026-04",
            "2026-09",
        ),
        # months named across the new year, then how many they are
        ("去年十月、十一月，十二月，三个月的工钱都没结", "2025-10", "2025-12"),
        ("前年腊月 去年一月 二月 三个月都没给 一个月三千六", "2024-12", "2025-02"),
        ("去年十二月，今年一月，两个月的工资没给", "2025-12", "2026-01"),
        # the month work began, nothing paid up to now
        ("俺去年十月份进的厂 到现在一分没发 一个月四千四", "2025-10", "2026-12"),
        # part of every month's pay held and asked back: owed from the month work began
        (
            "我四月进的厂 每个月压六百块 说干满一年才给 八月的工资也没发 我八月底走了 压的钱也不退",
            "2026-04",
            "2026-08",
        ),
        ("从二月开始做 每月扣八百押着 六月份的工资没给 押的钱也不给", "2026-02", "2026-06"),
        # the first month held, the month work began told after it
        ("头一个月押着 我是八月份去的 九月十月也没发 一个月三千九 押的那个月也不退", "2026-08", "2026-10"),
    ],
)
def test_months_owed(text: str, start: str, end: str) -> None:
    assert story_value(text, "arrears_period", TODAY) == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("阿姨我在针织厂套口 九月套了一万一千件 十月套了九千八百件 十月底我就不做了", "2026-09", "2026-10"),
        ("八月做了二十六天 九月做了二十五天 老板讲年底结", "2026-08", "2026-09"),
    ],
)
def test_each_months_work_told_makes_a_run(text: str, start: str, end: str) -> None:
    """Each month's work told with its amount, nothing said owed month by month (read on its own,
    before any pay figure is matched to the months)."""
    found = find_period(text, TODAY, [])
    assert found is not None and found.value == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("text", "category", "word"),
    [
        # a driver, whoever the passengers or the goods belong to
        (
            "我在开发区给一家纸箱厂开通勤车，接送厂里的工人，九月十月的工资没发",
            "交通运输仓储和邮政业",
            "司机",
        ),
        ("在实验小学开校车，一个月三千九，两个月没给了", "交通运输仓储和邮政业", "司机"),
        (
            "我给一个做家具的老板开厢式货车，拉家具送到各地，十月的运费没结",
            "交通运输仓储和邮政业",
            "货车司机",
        ),
        # a builder's trade in a factory is factory work; on a site it stays building work
        ("我在宏发机械厂做电焊，厂里两个月没发工资了", "制造业", "电焊"),
        ("在华美家具厂当木工，厂里十月十一月工资没发，一个月六千", "制造业", "木工"),
        ("在滨湖新城的工地上做电焊，包工头欠了两个月", "建筑业", "电焊"),
        ("我在机场开摆渡车，三个月工资没发", "交通运输仓储和邮政业", "司机"),
        ("俺在县城开出租，公司欠俺两个月的钱", "交通运输仓储和邮政业", "开出租"),
        # trades of no listed category are kept in the worker's words under 其他
        ("我在街道当环卫工，三个月工资没发", "其他", "环卫工"),
        ("跟着师傅装空调，十月十一月的工钱没给", "建筑业", "装空调"),
        # a crop picked with another chore after it
        ("俺两口子在一个柚子园帮人摘柚子施肥，一天一百三，老板欠着没给", "农、林、牧、渔业", "摘柚子"),
        ("在山上果园里摘梨套袋，干了一个月，一天一百二，没给钱", "农、林、牧、渔业", "摘梨"),
    ],
)
def test_the_workers_own_trade(text: str, category: str, word: str) -> None:
    story = read_story(text, TODAY)
    assert story.industry_category == category
    assert word in str(story.fields["industry"].value).split("、")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a factory told by what it makes
        ("我在一家做箱包的厂里车包，老板欠我两个月工资", "箱包厂"),
        # a job word said with the rest of its name
        ("我在电子厂当品检员，十月的工资没发", "品检员"),
    ],
)
def test_the_trade_in_the_workers_words(text: str, words: str) -> None:
    assert words in str(story_value(text, "industry", TODAY)).split("、")


@pytest.mark.parametrize(
    "text",
    [
        "我在车间做包装，九月十月一个月四千一都没发，车间十几个人都一样，我先替自己讲",
        "我在写字楼搞保洁 九月十月一个月两千八没发 一起的几个姐妹也没拿到 她们自己来 我就讲我自己的",
        "阮佇仓库做打包 九月十月一个月四千没发 同组的阿香嘛无领着 阮干焦替家己问",
    ],
)
def test_others_owed_who_complain_on_their_own_leave_one(text: str) -> None:
    assert story_value(text, "workers_affected", TODAY) == 1


def test_months_half_paid_run_together_across_the_year() -> None:
    """Two months half paid named with no pause between them ("十一月十二月"), the year before
    the months unpaid: both halves are owed, and the period runs over the new year."""
    story = read_story("去年十一月十二月的只发了一半，今年一月二月的都没发，一个月五千", TODAY)
    assert story.fields["arrears_period"].value == {"start": "2025-11", "end": "2026-02"}
    assert story.fields["amount_owed"].value == 15000


async def test_an_account_told_with_meide_and_a_question_is_kept_with_its_months(real_engine: Engine) -> None:
    """South-western 没得发 (not paid) with 哪样搞 (what to do) and a typed 工姿: the account is
    kept, and the complaint opened next reads its months, asking none of them again."""
    story = "我在七星区一家米粉店当帮厨 九月十月两个月工姿都没得发 一个月三千三 老板娘讲再等下 哪样搞嘛"
    replies = await real_engine.handle(inc("meide", text=story))
    assert all(r.expects != "consent" for r in replies)
    await real_engine.handle(inc("meide", text="我要投诉"))
    replies = await real_engine.handle(inc("meide", button="form:consent:yes"))
    assert "2026年9月 至 2026年10月" in replies[0].text, replies[0].text


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("我跟我儿子 爷俩在镇上的工地扎钢筋 欠了我们三万二", 2),
        ("俺们仨在物流园卸货 九月十月的钱都没给", 3),
        ("我们一家三口都在那个鞋厂做 两个月没发工资", 3),
        ("老家的四个老乡跟我一起在工地 干了三个月一分没拿", 5),
    ],
)
def test_a_group_told_by_its_words_is_counted(text: str, heads: int) -> None:
    assert story_value(text, "workers_affected", TODAY) == heads


@pytest.mark.parametrize(
    ("text", "words"),
    [("我是美团员工，两个月工资没发", "美团"), ("我在一家做什么的厂里也说不上来，反正欠了两个月", "厂里")],
)
def test_no_trade_is_made_up_from_the_words_around(text: str, words: str) -> None:
    """员工 is an employee, not a job's name; 做什么的厂 names no kind of factory."""
    assert story_value(text, "industry", TODAY) == words

"""Issue 10: who owes and who the worker is, when the story names a workplace and its boss.

* A farm, a quarry or a yard told by its own name and what it grows or digs (an oyster yard, a
  stone yard, a vegetable base) is the employer, before the boss said after it; with no workplace
  named, the boss named in full stays the employer.
* Words said before the name are no part of it: Hakka and Cantonese 系 (在) after who is there,
  and a time said before "the company" ("十月份开始公司…" names no company at all).
* The boss's own customer, named as his excuse for not paying ("老板说X没给他结账"), is not the
  employer; a crew's main contractor named that way still may be.
* The head of a household who hired a nanny or a carer is the employer, never the worker.
The answer to "who owes" keeps the workplace when the boss is told after it, and 众包 heard as 中包
by voice input is read as meant. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.intake.fields import employer_name_answer
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # an oyster yard in Cantonese, its boss told after it by a title
        ("我哋几个喺阳江闸坡镇福记蚝场剥蚝，按斤计，老细陈生净系俾咗三千，仲欠好多", "福记蚝场"),
        # a stone yard, the boss named in full after it
        ("我在易县高村镇鑫盛石料场开铲车，一个月七千，老板杜永军三个月没给钱了", "鑫盛石料场"),
        # a vegetable base, the boss by surname and title
        ("我们在绿源蔬菜基地摘辣椒，一天一百二，干了五十天，李老板说等菜卖了再给", "绿源蔬菜基地"),
        # a quarry said with 采石场, the boss named by surname
        ("在大山采石场打炮眼，老板姓郑，欠了我八月到十月的工钱，一个月六千", "大山采石场"),
        # a brick yard with its place before it, the worker's own name told first
        ("我叫马德胜，在临夏红台乡兴旺砖场拉砖坯，老板马占林欠我两个月工资一万二", "兴旺砖场"),
    ],
)
def test_a_named_farm_or_yard_is_the_employer_before_its_boss(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # guard: a boat's master who hires directly, no workplace named
        ("我儿子在宁德跟船打鱼，船老大叫林国富，九月到十一月的工钱两万四一直没给", "林国富"),
        # guard: a boss named in full who hires directly
        ("我跟着老板周建平跑运输，一个月八千，十月十一月他都没发工资", "周建平"),
    ],
)
def test_a_boss_who_hires_directly_stays_the_employer(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # Hakka 𠊎系 (I am at) before a place and the factory
        ("𠊎系五华水寨镇鸿发石材厂磨石板，一个月四千八，老板两个月冇俾钱", "鸿发石材厂"),
        # Hakka 𠊎兜系 (we are at)
        ("𠊎兜系蕉岭新铺镇永兴木材厂锯板，八月到十月冇发人工，一个月四千", "永兴木材厂"),
        # Cantonese 阮/佢 forms: "他们都是在…"
        ("佢哋都系顺德龙江镇金利家具厂做油漆，老板拖咗三个月人工", "金利家具厂"),
    ],
)
def test_dialect_is_before_the_name_is_no_part_of_it(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize(
    "text",
    [
        "我在一个小区当保安，十月份开始公司就说钱不够周转，三个月工资一直拖着，一个月三千",
        "我在商场做保洁，后来公司讲生意不好，九月到十一月的工资都没有发，一个月两千八",
        "我在厂里做包装，八月底厂里说没订单，就一直拖着我两个月工资没给，一个月四千五",
    ],
)
def test_a_time_before_the_company_names_no_employer(text: str) -> None:
    assert story_value(text, "employer_name", TODAY) is None


def test_a_name_that_starts_with_a_month_of_its_own_is_kept() -> None:
    # guard: a shop's own name with a month in it, and a firm whose name starts with its place
    text = "我在五月花酒楼做传菜，一个月三千五，十月十一月都没发"
    assert story_value(text, "employer_name", TODAY) == "五月花酒楼"
    text = "我在广州市天河区鸿运物流有限公司开车，两个月工资一万四没给"
    assert story_value(text, "employer_name", TODAY) == "广州市天河区鸿运物流有限公司"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the boss's customer (a mixing plant) given as his excuse, the stone yard is who employs
        ("我在兴隆石料场开翻斗车，按车算钱，老板说搅拌站没给他结账，剩下两万一直不给", "兴隆石料场"),
        # the customer (a brick works) said to owe the boss money for goods
        ("我在宏达砂场装车，一个月六千，老板讲砖厂还欠他货款，三个月没给我们发", "宏达砂场"),
    ],
)
def test_the_bosss_customer_is_not_the_employer(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


def test_the_bosss_customer_alone_names_no_employer() -> None:
    text = "我给老板开渣土车，一趟两百，还差一万八，老板说混凝土站没给他结账，一直拖着"
    assert story_value(text, "employer_name", TODAY) is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a niece files for her aunt; the household head is told after a few words about him
        ("替我小姨问一下，她在人家家里做住家保姆，三个月工资没拿到，户主是他家大儿子，叫钱立强", "钱立强"),
        # a son files for his mother; the head told as the one who hired her
        (
            "帮我妈反映下，她在别人家照顾瘫痪老人，一个月五千五，雇主是老人的女儿，名叫苏晓燕，欠了两个月",
            "苏晓燕",
        ),
        # the worker herself, with her own name: the head is not she
        ("我叫田秀梅，在一户人家带小孩，户主叫邱志明，九月十月一共欠我一万一", "邱志明"),
    ],
)
def test_a_household_head_is_the_employer_never_the_worker(text: str, head: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["employer_name"].value == head
    worker = story.fields.get("worker_name")
    assert worker is None or worker.value != head


def test_the_worker_told_beside_the_household_head_is_kept() -> None:
    text = "帮我姑姑问问，她叫龚桂兰，在人家家里当保姆，户主是家里的男的，叫邓永刚，欠她八千"
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == "龚桂兰"
    assert story.fields["employer_name"].value == "邓永刚"


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("祥记蚝场，老细姓梁，全称我唔知", "祥记蚝场"),
        ("就叫金沙石料场 老板姓吴 叫吴振国 执照没看到过", "金沙石料场"),
        ("丰收蔬菜基地，老板叫孔德旺，别的不清楚", "丰收蔬菜基地"),
        # guard: a boss alone, with a title
        ("船老大吴海明，船是他的", "吴海明"),
    ],
)
def test_the_answer_keeps_the_workplace_told_before_its_boss(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


def test_crowd_delivery_heard_as_a_like_sounding_word_is_read_as_meant() -> None:
    # voice input writes 众包 (crowd-sourced delivery) as 中包: the firm's name is read as meant
    text = "我在滨江区跑外卖 管我们的是一个叫杭州飞骑中包配送的公司 十月十一月的工资都没发 一单四块"
    employer = story_value(text, "employer_name", TODAY)
    assert isinstance(employer, str) and "众包" in employer

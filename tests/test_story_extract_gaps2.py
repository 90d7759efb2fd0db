"""The classes QA run 2 of story-first complaints showed: stories in traditional characters,
employer read-backs that are no name, short forms of well-known parks, periods and fields the
first message held. The phrasings here are written for this file (not taken from the QA
stories)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.core.extract import extract_story, find_district
from bot.core.intake.fields import FormContext, parse
from bot.core.types import Incoming
from knowledge_base.industries import load_industries

TODAY = date(2026, 11, 30)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _fields(text: str) -> dict:
    return extract_story(text, TODAY, INDUSTRIES).fields


TRADITIONAL = (
    "你好，我在廣州天河區的美味餐廳當廚師，老闆說生意不好，從7月到10月的薪水都沒發，"
    "每個月6000，總共欠我兩萬四千元，請幫我投訴。我叫張國華，電話 139-2233-4455"
)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("employer_name", "美味餐厅"),
        ("work_location", "广州天河区"),
        ("amount_owed", 24000),
        ("worker_name", "张国华"),
        ("contact_phone", "13922334455"),
    ],
)
def test_a_story_in_traditional_characters_is_read_in_simplified(field: str, value: object) -> None:
    f = _fields(TRADITIONAL)
    assert field in f, sorted(f)
    assert f[field].value == value


def test_traditional_story_keeps_the_workers_words_and_finds_the_trade() -> None:
    story = extract_story(TRADITIONAL, TODAY, INDUSTRIES)
    assert story.district == "天河区"
    assert story.industry_category == "住宿和餐饮业"
    assert "厨师" in story.fields["industry"].value
    assert story.fields["arrears_period"].value == {"start": "2026-07", "end": "2026-10"}
    assert story.fields["description"].value == TRADITIONAL  # as written


@pytest.mark.parametrize(
    ("field", "answer", "value"),
    [
        ("amount_owed", "2萬", Decimal(20000)),
        ("amount_owed", "一萬五千塊", Decimal(15000)),
        ("workers_affected", "我們三個人", 3),
        ("industry", "麵包師傅", "面包师傅"),
        ("work_location", "廣州天河區體育西路", "广州天河区体育西路"),
    ],
)
def test_answers_in_traditional_characters(field: str, answer: str, value: object) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    parsed = parse(field, Incoming(channel="web", user_key="u", text=answer), ctx)
    assert getattr(parsed, "value", parsed) == value


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the worker says the name is unknown: nothing read from it, the person who owes is
        ("老板姓王，厂名叫啥我也不清楚，拖了我两个月工资", "王老板"),
        ("公司叫什么不晓得 欠我六千", None),
        ("在一家不知道什么名字的公司做保洁 欠了三千", None),
        # a bare kind word is no name: asked, not read back
        ("在码头给外包公司开叉车 欠我一万二", None),
        ("我们是派遣公司派过去的 欠了两个月", None),
        ("给承包公司干装修 欠八千", None),
        # a bracket opened and not closed is a fragment; the company after it is the name
        (
            "在宝安那个站点送餐（西乡站），站点是深圳快达人力资源有限公司管的，欠我五千",
            "深圳快达人力资源有限公司",
        ),
        ("华强（深圳）电子有限公司欠薪四千", "华强（深圳）电子有限公司"),  # balanced: kept whole
    ],
)
def test_employer_read_backs_are_names(text: str, employer: str | None) -> None:
    f = _fields(text)
    assert (f["employer_name"].value if "employer_name" in f else None) == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # a district, town, village or banner is never who owes, even when it ends like a shop
        ("我在太原小店区亲贤北街的彩印厂做晒版，欠我四千", None),
        ("在太原小店一家复印店打工 欠我三千", None),
        ("在乌审旗一个饭店做帮厨 老板欠我五千", None),
        ("我在溪口镇的永丰纸箱厂做工 欠我六千", "永丰纸箱厂"),
        ("在厦门湖里区的面包房当学徒 欠我两千", None),
        ("在石门村的葡萄园剪枝 欠我一千五", None),
        ("我在城南街道上班 欠我三千", None),
        ("在宝安福永上班 欠我三千", None),  # a district and its town, said together
    ],
)
def test_places_and_kinds_are_never_the_employer(text: str, employer: str | None) -> None:
    f = _fields(text)
    assert (f["employer_name"].value if "employer_name" in f else None) == employer


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("劳务公司是江苏恒远建设劳务有限公司", "江苏恒远建设劳务有限公司"),
        ("单位是宏达物流", "宏达物流"),
        ("老板叫陈国华", "陈国华"),
        ("公司全称是广州顺景餐饮管理有限公司", "广州顺景餐饮管理有限公司"),
        ("鑫达五金厂", "鑫达五金厂"),
        # who the employer is, said after the name, is not part of it (kept in the description)
        ("蒋德胜，他是个人承包工程的老板，没有公司", "蒋德胜"),
        ("向春林，是果园的园主，个人", "向春林"),
        ("老板是孟繁华，他是个体户", "孟繁华"),
        ("永兴砖厂，老板姓罗", "永兴砖厂"),
        ("深圳市宏达建筑劳务有限公司", "深圳市宏达建筑劳务有限公司"),
        ("宏达，公司在龙岗", "宏达，公司在龙岗"),  # no whole name before the comma: kept as said
        ("就是那个包工头韦老三，他是个人", "包工头韦老三"),
        ("柯老板，全名不知道", "柯老板"),
        ("严志刚（个人老板）", "严志刚"),
        ("个人老板，叫胡文斌", "胡文斌"),
        ("我也不知道公司叫啥 老板姓高", "高老板"),
        ("华强（深圳）电子有限公司", "华强（深圳）电子有限公司"),  # brackets inside a name stay
    ],
)
def test_employer_answer_without_its_lead_words(answer: str, value: str) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    parsed = parse("employer_name", Incoming(channel="web", user_key="u", text=answer), ctx)
    assert getattr(parsed, "value", parsed) == value


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("在苏州工业园那边做保安", "苏州工业园区"),  # 工业园 without 区 is the 工业园区
        ("苏州市苏州工业园区娄葑街道", "苏州工业园区"),
        ("合肥高新区的一家电子厂", "合肥高新区"),
        ("在长沙经开区做仓管", "长沙经开区"),
        ("武汉东湖高新区的工地", "武汉东湖高新区"),  # 东湖 is 南昌's 东湖区, not Wuhan's zone
        ("青岛西海岸新区的船厂", "黄岛区"),  # run as one with the district
        ("深圳龙华新区的厂", "龙华区"),  # a district of that city: the district
        ("我在工业园上班", None),  # no city: no zone
        ("在工业园路18号", None),
    ],
)
def test_development_zones_with_their_city(text: str, district: str | None) -> None:
    found = find_district(text)
    assert (found.name if found else None) == district


def test_a_zone_is_the_work_location_read_back() -> None:
    story = extract_story("我在苏州工业园斜塘那边做保安，保安公司欠了我们三个月工资", TODAY, INDUSTRIES)
    assert story.district == "苏州工业园区"
    assert story.fields["work_location"].value.startswith("苏州工业园")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a start with no end, then a range from the same month: the range says where it ends
        ("从8月起工资就没按时发过，8月到10月三个月一共欠我一万五", ("2026-08", "2026-10")),
        ("从六月开始一直拖着，六月到九月的钱都没给", ("2026-06", "2026-09")),
        ("8到9月两个月的工资没发，一共九千", ("2026-08", "2026-09")),  # a range with its count
        # the start alone runs to the last month mostly worked (told on 1 December: November)
        ("从9月开始就没发过工资，欠我一万", ("2026-09", "2026-11")),
        ("从9月开始到现在就没发过工资，欠我一万", ("2026-09", "2026-12")),
        # a range from another month is another matter: the open start stays
        ("从7月开始拖工资，去年3月到5月的早就结了", ("2026-07", "2026-11")),
    ],
)
def test_an_open_start_yields_to_the_range_told_with_it(text: str, period: tuple[str, str]) -> None:
    f = extract_story(text, date(2026, 12, 1), INDUSTRIES).fields
    assert (f["arrears_period"].value["start"], f["arrears_period"].value["end"]) == period


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("我们在“锦江花园”项目做木工，欠了三个月", "锦江花园"),  # in quotes
        ('在"翠湖名邸"工地扎钢筋 欠我八千', "翠湖名邸"),
        ("天河区石牌街道天誉华府项目刷墙的 欠了两万", "天誉华府"),  # the address before it dropped
        ("在龙岗区坂田街道万科城市花园工地 欠五个月", "万科城市花园"),
        ("万科城市花园工地欠了我五千", "万科城市花园"),  # no address: kept whole
    ],
)
def test_project_names_in_quotes_or_after_an_address(text: str, project: str) -> None:
    f = _fields(text)
    assert f["project_name"].value == project


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("我们园5个老师都没发工资，欠三个月", 5),  # a job noun ending in 师
        ("我们店4个厨师被拖了两个月工资", 4),
        ("车间好几个人都没拿到钱，不过我先投我自己的，欠我八千", 1),  # files for themself only
        ("别人也被欠了，我只投诉我自己的，欠我五千", 1),
    ],
)
def test_head_counts_of_job_nouns_and_filing_for_oneself(text: str, heads: int) -> None:
    f = _fields(text)
    assert f["workers_affected"].value == heads


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # a park named with a kind word in it is where the work is; the person who owes is named
        ("在嘉兴现代物流园给老板姓刘的卸货，欠我九千", "刘老板"),
        ("在南山科技园那边做保洁，包工头老周欠我四千", "包工头老周"),
    ],
)
def test_a_park_is_no_employer(text: str, employer: str) -> None:
    s = extract_story(text, TODAY, INDUSTRIES)
    assert "employer_name" not in s.fields and s.employer_hint == employer  # a nickname: asked


@pytest.mark.parametrize(
    ("text", "words", "cat"),
    [
        ("在船厂干电焊的，欠我一万八", "电焊", "制造业"),  # the shipyard decides the category
        ("在工地干电焊 欠我六千", "电焊", "建筑业"),
        ("我是培训机构的老师，三个月工资没发", "老师", "其他"),  # no category of its own: kept in words
    ],
)
def test_job_words_without_a_longer_one(text: str, words: str, cat: str) -> None:
    story = extract_story(text, TODAY, INDUSTRIES)
    assert words in story.fields["industry"].value
    assert story.industry_category == cat


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "天河区石牌街道天誉华府项目刷墙的 欠了两万",
            "天河区石牌街道天誉华府项目",
        ),  # the trade after it is no place
        ("白云区太和镇金沙洲工地扎钢筋 欠我一万", "白云区太和镇金沙洲工地"),
    ],
)
def test_the_place_ends_at_the_site_word(text: str, place: str) -> None:
    assert _fields(text)["work_location"].value == place


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("老板总共欠我2万4千元，拖了三个月", 24000),  # a digit after 万, then 千
        ("一共欠我3千5 一直不给", 3500),
        ("欠了我们2万，4个人都没拿到", 20000),  # the digit after the comma counts people
    ],
)
def test_digits_after_the_unit(text: str, amount: int) -> None:
    assert _fields(text)["amount_owed"].value == amount


@pytest.mark.parametrize(("answer", "confirm"), [("確認提交", True), ("確認", True), ("還沒好", False)])
def test_confirm_words_in_traditional_characters(answer: str, confirm: bool) -> None:
    from bot.core.intake.vocabulary import confirms, said

    assert confirms(None, answer) is confirm
    assert said("跳過。") == "跳过"


@pytest.mark.parametrize(
    ("answer", "phone"),
    [
        ("一五八 二六七零 四四九一", "15826704491"),
        ("幺三六幺二零八七七五三", "13612087753"),
        ("我手机是一八六零零四五三二一七", "18600453217"),
    ],
)
def test_phone_answer_in_chinese_digits(answer: str, phone: str) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    parsed = parse("contact_phone", Incoming(channel="web", user_key="u", text=answer), ctx)
    assert getattr(parsed, "value", parsed) == phone

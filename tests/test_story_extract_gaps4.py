"""The classes story set 4 showed (the phrasings here are written for this file, not taken
from the set): trades said in the worker's words (rice mills, cooks, truck drivers, crops,
plumbing on a site), employers named with a verb before them (归…管), institutions that hire
through a company, parks and "no company" that are no employer, names spelled out."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Story
from bot.core.intake.fields import FormContext, parse
from bot.core.types import Incoming
from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _story(text: str) -> Story:
    return read_story(text, TODAY)


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("在双城那个大米厂扛米袋，老板欠我两个月工资", "大米厂", "制造业"),
        ("我在粮油厂做装袋的，三个月没发钱", "装袋", "制造业"),
        ("在后街的江湖菜馆掌勺，老板欠了我八千", "掌勺", "住宿和餐饮业"),
        ("帮人家炒菜炒了半年，工钱一分没给", "炒菜", "住宿和餐饮业"),
        ("给老板开大车拉砂石，三个月没给钱", "开大车", "交通运输仓储和邮政业"),
        ("在矿上拉煤的司机，工资拖了半年", "拉煤", "交通运输仓储和邮政业"),
        ("在坝子那边的甘蔗地砍甘蔗，老板欠我们一万多", "砍甘蔗", "农、林、牧、渔业"),
        ("在荔枝园摘荔枝一个月，钱没结", "荔枝", "农、林、牧、渔业"),
        ("在工地上做水电的，包工头跑了", "做水电", "建筑业"),
        ("给人家装房子刷油漆，干完了钱不给", "刷油漆", "建筑业"),
    ],
)
def test_trades_in_the_workers_words(text: str, word: str, category: str) -> None:
    story = _story(text)
    assert story.industry_category == category
    assert word in story.fields["industry"].value  # the worker's own words beside the category


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the verb before who they answer to is no part of the name
        ("我在城西医院做护工，归安心护理服务有限公司管，工资拖了三个月", "安心护理服务有限公司"),
        ("我们属于宏基劳务派遣有限公司，派到电子厂上班，两个月没发", "宏基劳务派遣有限公司"),
        # a canteen, school or compound hires through a company: the company owes
        ("我在实验小学食堂做帮厨，食堂是包给鑫味餐饮管理有限公司的，欠了两个月", "鑫味餐饮管理有限公司"),
        ("我是阳光小区的保洁，我们是恒洁物业服务有限公司招的，三个月工资没发", "恒洁物业服务有限公司"),
        # a park is where the work is; "没公司" says there is none
        ("在空港物流园里搬货，两个月工资没发", None),
        ("给张老三开车，车是他个人的，没公司，欠了一万二", None),
        ("老板是个人，没有公司，欠我六千五", None),
    ],
)
def test_who_owes_is_never_a_verb_a_park_or_no_company(text: str, employer: str | None) -> None:
    found = _story(text).fields.get("employer_name")
    value = found.value if found else None
    if employer is None:
        assert value is None or not value.startswith(("没", "空港")), value
    else:
        assert value == employer


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("钟国平，钟表的钟，国家的国", "钟国平"),
        ("岩罕，山石岩", "岩罕"),
        ("吴志刚，口天吴", "吴志刚"),
        ("章立新，立早章，新旧的新", "章立新"),
        ("我叫覃海燕 覃是西字头那个覃", "覃海燕"),
        ("班长 王德顺", "王德顺"),  # a role before the name: the name, as before
    ],
)
def test_a_name_spelled_out_keeps_the_name(answer: str, name: str) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    parsed = parse("worker_name", Incoming("web", "u", text=answer), ctx)
    assert parsed.value == name


def test_a_name_answer_spelled_out_is_not_read_as_a_second_name() -> None:
    """Two real names stay the last one said ("免贵姓赵，赵建军" style), an explanation is dropped."""
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    assert parse("worker_name", Incoming("web", "u", text="免贵姓钱，钱有福"), ctx).value == "钱有福"


@pytest.mark.parametrize(
    ("text", "district", "place"),
    [
        # a 区 inside a project's name is no district (东区 is 攀枝花's, said with its city only)
        ("在登封市大冶镇的登封西区还建房二标段工地扎钢筋，三个月没发", "登封市", "登封市大冶镇"),
        ("在攀枝花东区的一个工地做木工，欠了两万", "东区", "攀枝花东区"),
        # state-level new areas: no county of their own, kept with their name
        ("在西咸新区秦汉新城一个饭店洗碗，两个月没给钱", "西咸新区", "西咸新区秦汉新城"),
        ("在郑州航空港区的手机厂上班，欠我九千", "郑州航空港区", "郑州航空港区"),
        ("在两江新区鱼复街道的仓库搬货，工资拖了两个月", "两江新区", "两江新区鱼复街道"),
        # a village's 家 and a school's number stay in the place
        ("在榆林市神木市店塔镇王家沟给人开车，欠了三万", "神木市", "榆林市神木市店塔镇王家沟"),
        (
            "在绵阳市涪城区第二十一中学食堂打饭，食堂包给了川香餐饮管理有限公司，三个月没发钱",
            "涪城区",
            "绵阳市涪城区第二十一中学食堂",
        ),
    ],
)
def test_places_inside_names_and_new_areas(text: str, district: str, place: str) -> None:
    story = _story(text)
    assert story.district == district
    assert story.fields["work_location"].value == place


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("在登封市大冶镇的登封西区还建房二标段工地扎钢筋", "登封西区还建房二标段"),
        ("在青羊区光华街道蜀锦华庭工地贴砖，欠了三个月", "蜀锦华庭"),  # the address pieces dropped
    ],
)
def test_a_project_named_with_a_district_like_word_keeps_it(text: str, project: str) -> None:
    assert _story(text).fields["project_name"].value == project


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("额叫马彩霞，在地里摘花椒，老板欠了额们三千", "马彩霞"),  # 额 = 我 (Shaanxi)
        ("我是锦江区春熙路好又来火锅店的厨师刘德全，老板三个月没发工资", "刘德全"),
        ("我是阳光花园小区的保安班长赵永福，公司两个月没发工资了", "赵永福"),
    ],
)
def test_own_name_after_a_long_workplace_and_role(text: str, name: str) -> None:
    assert _story(text).fields["worker_name"].value == name


def test_an_amount_word_is_not_me() -> None:
    """金额 ends in 额 but says nothing about who speaks."""
    assert "worker_name" not in _story("欠薪金额是王老板算的，一共八千，三个月没发").fields


@pytest.mark.parametrize(
    ("text", "employer", "hint"),
    [
        ("在城南给一户人家看孩子，主家是许先生，两个月工资没给", None, "许先生"),
        ("给三娃开拖拉机，三娃大名叫冉德明，个人的车，欠了我两万", "冉德明", None),
        ("在五金厂做事，厂名叫精工五金制品有限公司，欠了三个月", "精工五金制品有限公司", None),
    ],
)
def test_a_title_is_no_name_a_real_name_is(text: str, employer: str | None, hint: str | None) -> None:
    story = _story(text)
    found = story.fields.get("employer_name")
    assert (found.value if found else None) == employer
    assert story.employer_hint == hint


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("瘦猴，大名叫侯建军，活是他包的，他没公司", "侯建军"),
        ("问了我哥，全称是贵州黔通路桥工程有限公司，那个老张是带班的", "贵州黔通路桥工程有限公司"),
        ("归黔南安保服务有限公司管", "黔南安保服务有限公司"),
        ("宏达，公司在龙岗", "宏达，公司在龙岗"),  # no whole name in it: kept as said
    ],
)
def test_employer_answers_with_the_name_inside(answer: str, employer: str) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    assert parse("employer_name", Incoming("web", "u", text=answer), ctx).value == employer


@pytest.mark.parametrize(
    ("answer", "amount"),
    [
        ("一共一万五，老板给了四千，还欠我一万一", 11000),
        ("工钱八千，预支了两千，剩下六千一直没给", 6000),
        ("还差七千五，前面发了的三千不算", 7500),
        ("还欠我一万", 10000),  # nothing paid said: the figure as it is
        ("一共一万二", 12000),
    ],
)
def test_an_amount_answer_with_a_part_paid_is_the_rest(answer: str, amount: int) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    assert parse("amount_owed", Incoming("web", "u", text=answer), ctx).value == amount

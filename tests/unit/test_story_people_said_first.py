"""Issue 10: who is owed and who owes, as the first messages told them, kept so that nothing
said is asked again or read back wrong. Classes found on story probe 3 and story set 28 (the
wordings here are my own: other names, trades, places and dialects):

* a relative said with their place among siblings (二舅, 三叔, 大姨, 幺叔) or as 大大 (father in
  Gansu, Shaanxi and Henan speech) is complained for, and the name told for them is the worker;
* 就给了 + a figure ("老板就给了两千块") is pay given only in part: the story is an account of pay
  owed and is kept when the message is routed elsewhere;
* a name's characters explained by their parts or with 是 ("邱是丘耳邱", "吴 口天吴", "诸葛的葛")
  are no part of the name, in the worker's answer and in the employer's;
* an employer answer that names the boss and then his company ("他那个合作社叫X专业合作社") files
  the registered name;
* the one cared for (老太太, 老爷爷) is no employer; who hired the carer (请我的是她儿子叫X) is;
* a county, city or town said bare before a shop's, fleet's or factory's own name is where it is
  (遵化鸿运车队 -> 鸿运车队), unless only a kind is left (兰州拉面馆); the Wu classifier 一爿
  (一家) names no one; the county town said with its county (临澧县城丽景花园) is no part of an
  estate's name."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core import told
from bot.core.extract import extract_story
from bot.core.intake.fields import employer_name_answer
from bot.core.parsers import strip_said

TODAY = date(2026, 12, 2)


def _fields(text: str) -> dict[str, object]:
    story = extract_story(text, TODAY, [])
    return {k: v.value for k, v in story.fields.items() if k != "description"}


@pytest.mark.parametrize(
    ("text", "relative", "name"),
    [
        (
            "我替我三叔问问 他在绍兴柯桥一个印染厂烧锅炉 八月到十月三个月没发工资 我三叔叫蒋长顺",
            "叔叔",
            "蒋长顺",
        ),
        ("帮我大姨登记一下 我大姨叫许凤霞 在嘉兴南湖区一家食品厂包粽子 两个月工资一分没给", "阿姨", "许凤霞"),
        ("我大大在定西安定区一个砖厂拉砖坯 今年五月到九月的钱老板一直拖着 我大大叫马福林", "父亲", "马福林"),
        ("替我幺叔反映一下 幺叔叫冉光荣 在黔江修路 老板欠了他八千", "叔叔", "冉光荣"),
    ],
)
def test_a_relative_by_birth_order_or_dialect_is_complained_for(text: str, relative: str, name: str) -> None:
    story = extract_story(text, TODAY, [])
    assert story.relative == relative
    assert story.fields["worker_name"].value == name


def test_a_young_woman_is_no_aunt() -> None:
    story = extract_story("帮一个小姑娘问问 她在奶茶店打工 两个月工资没给 她叫叶晓雯", TODAY, [])
    assert story.relative != "姑姑"


@pytest.mark.parametrize(
    "text",
    [
        "在运城盐湖区一个冷库搬货 一天一百八 十月干了二十五天 老板就给了两千块",
        "俺在汝州一个瓷厂装窑 九月十月两个月 一个月四千 就给过一个月的",
    ],
)
def test_only_so_much_given_is_pay_owed(text: str) -> None:
    assert told.owed(text)


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("邱立民 邱是丘耳邱 立正的立 民主的民", "邱立民"),
        ("佘海 佘是人示佘 大海的海", "佘海"),
        ("严文斌 严格的严 文化的文 文武斌", "严文斌"),
    ],
)
def test_a_name_answer_without_its_spelling(answer: str, name: str) -> None:
    assert strip_said(answer, name=True) == name


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("雇主叫欧阳红 欧阳锋的欧阳 红色的红 是个人", "欧阳红"),
        ("吴建华 口天吴 建设的建 中华的华 就是小区里的业主", "吴建华"),
        ("老板叫马德贵 他那个合作社叫临夏县福源养殖专业合作社", "临夏县福源养殖专业合作社"),
        ("老细叫黄炳坤 佢间公司叫东莞市坤达五金制品有限公司", "东莞市坤达五金制品有限公司"),
    ],
)
def test_an_employer_answer_without_spelling_and_with_the_registered_name(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


def test_who_hired_a_carer_owes_not_the_one_cared_for() -> None:
    got = _fields("在城南给一个瘫痪的老太太当护工 请我的是她儿子叫邓立新 九月十月两个月工资没给")
    assert got.get("employer_name") == "邓立新"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在遵化鸿运车队跑运输 七月到十月工资一直没发 一个月六千", "鸿运车队"),
        ("在柳市华通电器厂做装配 三个月工资没发 欠了一万五", "华通电器厂"),
        ("我在兰州拉面馆端盘子 两个月工资没给 欠六千", "兰州拉面馆"),
    ],
)
def test_a_place_said_bare_before_a_shops_own_name_is_where(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_a_wu_classifier_names_no_one() -> None:
    assert "employer_name" not in _fields("勒嘉善一爿五金厂做冲床 三个月工钿勿发 一个号头五千")


def test_the_county_town_is_no_part_of_an_estates_name() -> None:
    assert _fields("我们在临澧县城丽景花园贴瓷砖 老板欠了三万多 六个人").get("project_name") == "丽景花园"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我是领班 姓禤 禤国的禤 叫禤志勇 我们五个人在增城修路 三个月没发工资", "禤志勇"),
        ("喂 我黎平 不是黎平县哈 是我的名字 在晋城一个煤矿开铲车 九月十月两个月工资没发 欠一万二", "黎平"),
    ],
)
def test_the_tellers_name_said_with_its_surname_or_said_to_be_a_name(text: str, name: str) -> None:
    assert _fields(text).get("worker_name") == name


def test_a_boss_with_a_rare_surname_is_not_the_teller() -> None:
    assert _fields("老板姓禤 叫禤志勇 我在增城修路 三个月没发工资").get("worker_name") != "禤志勇"


def test_a_four_character_name_complained_for() -> None:
    story = extract_story("我替我们村的马尔沙木反映一下 她在临夏一个地毯厂织毯子 三个月没发工资", TODAY, [])
    assert story.fields["worker_name"].value == "马尔沙木"


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("在修文县扎佐镇安置房二期工地做钢筋 老板欠了两万", "扎佐镇安置房二期"),
        ("我们在大柴旦那边光伏二期工地上装支架 五个人 三个月没发", "大柴旦光伏二期"),
    ],
)
def test_a_project_with_no_name_but_its_kind_keeps_its_place(text: str, project: str) -> None:
    assert _fields(text).get("project_name") == project


def test_a_tunnel_on_a_motorway_is_the_project() -> None:
    text = "我们是打隧道的班组 在渝湘高速武隆隧道 总包是中铁某局 今年三月进场 八月完工 还欠四万"
    assert _fields(text).get("project_name") == "渝湘高速武隆隧道"

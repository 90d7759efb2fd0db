"""Issue 10, items read back wrong at the story's summary (classes seen on story set 20, dev; every
wording here is written for this file, none taken from a story set): a generic word or a company
spoken of by where it stands is no employer's name; land worked for its owner told by his nickname
asks for his name; a farm-stay's or an e-commerce firm's own name is an employer, never a person; a
kin word with 阿 is no name; a name answer spelled out with a dialect 的 or a surname told by its
parts gives the whole name, an employer told as "X屋下" (X's home) is X; a county said short before a
town the data knows elsewhere is the county said, and before a project is where, not the project;
工资 typed by sound; one unit paid at two prices adds each count at its own price.
Each rule is tested on both sides."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.employer_answer import employer_answer
from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.places import find_district
from tests.story_reading import read_story

TODAY = date(2026, 12, 2)


def _fields(text: str) -> dict[str, object]:
    return {k: v.value for k, v in read_story(text, TODAY).fields.items() if k != "description"}


# --- a name answer: the given name spelled with a dialect 的, a surname told by its parts ---------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("我叫孙富强 子小孙 富强嘞富强", "孙富强"),
        ("她叫周玉兰，玉兰个玉兰", "周玉兰"),
        ("弓长张 志明", "张志明"),
        ("耳东陈 小燕 小燕子的小 燕子的燕", "陈小燕"),
        ("木子李，建军", "李建军"),
        ("口天吴 海涛 大海的海", "吴海涛"),
        ("立早章 丽", "章丽"),
        # guards: the whole name told first stays; a full name after the parts is the name
        ("赵建国 走肖赵 建设的建", "赵建国"),
        ("木子李 李红梅", "李红梅"),
        ("我叫刘志强", "刘志强"),
    ],
)
def test_name_answer_spelled(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


# --- the worker's name: a kin word with 阿 is how the caller calls her, no name -------------------


@pytest.mark.parametrize(
    "text",
    [
        "我系帮阿婶问嘅，阿婶喺镇上一间酒楼洗碗，一个月两千八，八月到十月三个月冇畀钱",
        "帮阿姑问一下 阿姑在县城给人家看孩子 一个月三千 九月十月都没给",
        "替阿舅来问，阿舅在砖厂搬砖，一个月四千，欠了两个月",
    ],
)
def test_kin_word_with_a_is_no_name(text: str) -> None:
    story = read_story(text, TODAY)
    assert "worker_name" not in story.fields
    assert story.relative is not None


# --- the employer: a generic word is asked, never read back --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我在城南扫马路 给环卫公司干的 一个月两千一 八月到十月都没发",
        "骑手站点九月十月都没发钱 一单四块 站长说上头公司没打钱下来",
        "我在桐城市范岗镇快递网点分拣 一个月三千二 九月十月两个月没给",
        "小区保洁 给绿化公司干 一个月两千六 十月十一月没给",
    ],
)
def test_generic_employer_is_not_read(text: str) -> None:
    assert _fields(text).get("employer_name") is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("我在老周家养鸡场喂鸡捡蛋 一天一百五 干了二十天 钱一分没给", "老周家养鸡场"),
        ("今年夏天在小吴家鱼塘帮工 一个月三千五 七八两个月没给", "小吴家鱼塘"),
    ],
)
def test_owners_land_by_nickname_asks_his_name(text: str, hint: str) -> None:
    story = read_story(text, TODAY)
    assert "employer_name" not in story.fields
    assert story.employer_hint == hint


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # a shop so told keeps its own name (guard)
        ("我在老马家面馆端盘子 一个月三千 九月十月没发工资", "老马家面馆"),
        ("在青城山竹林人家农家乐做服务员 一个月三千二 八月到十月都没给 老板姓周", "竹林人家农家乐"),
    ],
)
def test_shop_names_are_employers(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_ecommerce_name_is_no_person() -> None:
    f = _fields("我在电商公司仓库打包 叫优选电商 一个月四千 欠了我三个月工资")
    assert f.get("worker_name") is None
    assert f.get("employer_name") == "优选电商"


# --- the place: a county said short right before a town it has ------------------------------------


def test_short_county_before_its_town() -> None:
    for text in ("我们是进贤民和镇一家超市的理货员", "老公是进贤民和镇开货车的"):
        found = find_district(text)
        assert found is not None and found.name == "进贤县"
    # guard: a town alone keeps the county the data knows
    alone = find_district("我在安溪城厢镇做茶")
    assert alone is not None and alone.name == "安溪县"


# --- the amount: 工资 typed by sound; one unit at two prices ---------------------------------------


def test_wage_typed_by_sound_half_paid() -> None:
    f = _fields("一个月五千 八月份公资只发了一半 九月十月的都没发")
    assert f["amount_owed"] == 12500


@pytest.mark.parametrize(
    ("text", "amount", "months"),
    [
        ("九月一件两块 做了八百件 十月涨了 一件两块五 做了六百件 都没给", 3100, ("2026-09", "2026-10")),
        ("三月摘了30斤 一斤12块 四月摘了50斤 一斤8块 钱都没给", 760, ("2026-03", "2026-04")),
    ],
)
def test_one_unit_two_prices(text: str, amount: int, months: tuple[str, str]) -> None:
    f = _fields(text)
    assert f["amount_owed"] == amount
    period = f["arrears_period"]
    assert isinstance(period, dict) and (period["start"], period["end"]) == months


def test_one_price_many_counts_unchanged() -> None:
    f = _fields("一件三毛五 九月做了四千件 十月三千八百件 都没给")
    assert f["amount_owed"] == 2730


# --- the project: a county said short before it is where; a household told by its head -----------


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("俺们六个瓦工在宿松复兴中学教学楼工地上干 欠了八万", "复兴中学教学楼"),
        ("我们几个在桐城龙眠小学综合楼工地干 包工头跑了 欠五万", "龙眠小学综合楼"),
    ],
)
def test_county_said_before_project_is_where(text: str, project: str) -> None:
    assert _fields(text).get("project_name") == project


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("系刘建明屋下", "刘建明"),
        ("就是陈国华家里", "陈国华"),
        ("是周海生屋企，佢老豆系我照顾嘅", "周海生"),
        # guards: a name of a place or a shop holding 家 stays whole
        ("张家界旅游公司", "张家界旅游公司"),
        ("老马家面馆", "老马家面馆"),
    ],
)
def test_household_told_by_its_head(answer: str, employer: str) -> None:
    assert employer_answer(answer)[0] == employer


# --- the period and the head count: a month with its own count; the teller and one relative -------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("一件八毛 十月做了三千件 十一月两千五百件 从进厂做到十一月底 钱都没给", ("2026-10", "2026-11")),
        (
            "一斤一块二 九月摘了九百斤 十月一千一百斤 开始到现在 干到十月中就不干了 钱没给",
            ("2026-09", "2026-10"),
        ),
    ],
)
def test_month_with_its_own_count_is_owed(text: str, months: tuple[str, str]) -> None:
    period = _fields(text)["arrears_period"]
    assert isinstance(period, dict) and (period["start"], period["end"]) == months


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("我跟我嫂子两个在仓库给快递装袋 一个月三千 十月没给钱", 2),
        ("俺跟俺小姑子两个在厂里剪线头 一个月三千 十月没给钱", 2),
        # guard: 两个月 is a time, no people
        ("我跟我妈两个月没见了 我在厂里一个月四千 九月十月没发", None),
    ],
)
def test_teller_and_one_relative(text: str, heads: int | None) -> None:
    assert _fields(text).get("workers_affected") == heads

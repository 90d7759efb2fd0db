"""Issue 10: names and employers in a story and in the answers after it.

* A relative complained for, called by a dialect word (Minnan 阮 "my" before 老爸 / 阿母, the
  north-east's 老爷们儿 / 老娘们儿) or by a household word no list holds ("替我家当家的问"), then
  named: that person is the worker and the caller's own name is kept apart.
* A surname spelled by its parts ("木子李") is how a character is written, never the name.
* A workplace's own name introduced with 叫 (a fleet, a crew, a shop said with 子) is who owes,
  before the boss named beside it; a workshop told only by what it makes ("羽绒加工厂") names no
  one; a count of work ("八百五十件厂子…") is talk, no name.
* A project's name without where it was read ("牌子上写的…"); a project introduced with 叫 is
  never who owes.
Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.employer_answer import registered_in
from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.projects import project_name
from bot.core.intake.fields import employer_name_answer
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "worker", "caller"),
    [
        # Minnan 阮 (my) before a family word
        ("我替阮阿母来问 伊佇泉州一间鞋厂车鞋面 阮阿母叫蔡玉霞 老板欠伊三个月", "蔡玉霞", None),
        ("帮阮老爸问一下，阮老爸叫陈金土，在石狮码头扛货，老板两个月没给", "陈金土", None),
        # the north-east's husband and wife words, the caller named after
        ("我替我家老爷们儿问问，他在道里区一个木材厂开吊车，他叫于长海，我叫孙桂兰", "于长海", "孙桂兰"),
        ("帮俺家老娘们儿问问，她在饭店后厨洗碗，她叫赵春梅，俺叫李二柱", "赵春梅", "李二柱"),
        ("我帮阮阿兄问一下 阮阿兄叫黄志明 伊在工地做模板 老板欠两个月", "黄志明", None),
        # a household word no list holds, the worker named with 他叫
        ("替我家那位问一下 他在砖厂烧窑 他叫郑宝山 我叫吴秀兰 老板欠他四个月", "郑宝山", "吴秀兰"),
    ],
)
def test_a_relative_called_by_a_dialect_or_household_word_is_the_worker(
    text: str, worker: str, caller: str | None
) -> None:
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == worker
    assert story.relative is not None
    assert story.caller_name == caller


@pytest.mark.parametrize(
    ("text", "worker"),
    [
        # guard: 阮 the surname, before how a man is called
        ("我叫阮大海，在船厂焊船，阮大哥是我们工头，欠了三个月", "阮大海"),
        # guard: "my family" with no one named but the caller
        ("我替我家里问问 我叫王强 在工地干活 老板欠了两万", "王强"),
    ],
)
def test_the_caller_stays_the_worker_when_no_relative_is_named(text: str, worker: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == worker
    assert story.relative is None


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("𠊎喊张桂香，弓长张，桂花个桂", "张桂香"),
        ("我叫胡小兰，古月胡，小小的小", "胡小兰"),
        ("俺叫吴德旺，口天吴，道德的德", "吴德旺"),
    ],
)
def test_a_surname_spelled_by_its_parts_is_no_name(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我帮一个老板开渣土车 老板叫黄德明 他个车队叫安通运输 欠我两个月", "安通运输"),
        ("在镇上给人开挖掘机，老板叫潘国栋，工程队叫国栋土方，欠了三万", "国栋土方"),
    ],
)
def test_a_fleet_or_crew_called_by_its_name_is_the_employer_before_its_boss(text: str, employer: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["employer_name"].value == employer
    assert story.shop_named  # its registered name is offered at the summary


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("老板叫钟伟明厂子就叫伟明鞋材其他的不清楚", "伟明鞋材"),
        ("店子叫川味小馆，全称不晓得", "川味小馆"),
        ("铺子叫福兴粮油 全名不知道", "福兴粮油"),
        ("馆子叫老灶台，全名不晓得", "老灶台"),
        ("车队叫速安物流，老板叫韦国强", "速安物流"),
        # the boss run on after the shop's name with no pause
        ("店名叫福满楼酸菜鱼馆老板姓潘别的不清楚", "福满楼酸菜鱼馆"),
        ("厂子叫恒昌塑料厂老板叫邱建华", "恒昌塑料厂"),
        ("铺子叫广顺五金店老细姓梁", "广顺五金店"),
    ],
)
def test_the_workplace_name_answered_beside_its_boss_or_a_shop_word(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


def test_a_registered_name_after_dialect_is_words() -> None:
    assert registered_in("车队登记的系百色市安达运输有限公司") == "百色市安达运输有限公司"


@pytest.mark.parametrize(
    "text",
    [
        "我在城郊那个羽绒加工厂充绒，一个月四千，老板欠了两个月",
        "在那个石材加工厂磨石板，老板欠了半年",
        "在那家茶叶加工厂炒茶，一个月五千，老板欠了三个月",
        "计件的九月一共做了八百五十件厂子老板说下个月给",
    ],
)
def test_a_workshop_told_by_what_it_makes_or_a_count_names_no_employer(text: str) -> None:
    assert story_value(text, "employer_name", TODAY) is None


def test_a_workshop_with_its_own_name_is_still_the_employer() -> None:
    text = "我在鑫源木材加工厂干了半年 老板欠我八千"
    assert story_value(text, "employer_name", TODAY) == "鑫源木材加工厂"


@pytest.mark.parametrize(
    ("answer", "project"),
    [
        ("牌子上写的滨江悦府三期", "滨江悦府三期"),
        ("工地围挡上印着翠湖名苑二期", "翠湖名苑二期"),
        ("项目名称是南湖路改造工程", "南湖路改造工程"),
        ("工地大门口牌子上写着金域蓝湾二期", "金域蓝湾二期"),
        ("滨江悦府三期项目", "滨江悦府三期"),  # guard: 项目 as the field's label
    ],
)
def test_the_project_answer_without_where_it_was_read(answer: str, project: str) -> None:
    assert project_name(answer) == project


def test_a_project_called_by_its_name_is_never_the_employer() -> None:
    text = "我在工地干木工，项目叫锦绣华府二期，包工头欠了三个月"
    assert story_value(text, "employer_name", TODAY) != "锦绣华府二期"
    assert story_value(text, "project_name", TODAY) == "锦绣华府二期"


def test_a_salon_said_by_its_work_keeps_its_trade_when_the_shop_is_named() -> None:
    # the shop's own name read as the employer no longer lends its kind: the work itself says the trade
    story = read_story("我在县城一个剪头发的店子做，店子叫发艺坊，老板欠我两个月工资", TODAY)
    assert story.fields["employer_name"].value == "发艺坊"
    assert story.industry_category == "居民服务"

"""Story reader gaps found on story sets 8 and 9 (dev), tested on wordings written for this file
(never the dev stories): the worker's name far after 我是 (a long description, a dialect 的, Hakka
𠊎系), a neighbour complained for, a three-character name with no common surname, a name answer
followed by how it is written or how the worker is called, and the words before an employer's or a
project's name (通过…介绍, a classifier, "X那边", a road)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_story
from bot.core.parsers.text import strip_said
from knowledge_base.industries import load_industries

TODAY = date(2026, 12, 1)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _fields(text: str) -> dict[str, object]:
    s = extract_story(text, TODAY, INDUSTRIES)
    return {k: v.value for k, v in s.fields.items() if k != "description"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the role a long way after 我是, then the name
        ("我是龙华区大浪那边送快递嘞快递员谢国栋，两个月提成没结", "谢国栋"),
        ("你好我是城阳区棘洪滩那个冷库搬货的装卸工鲁长顺 九月十月都没发钱", "鲁长顺"),
        # Hakka 𠊎系 (我是) and 个 (的)
        ("𠊎系石城个泥水师傅温春来，老板欠𠊎三个月工钱", "温春来"),
        ("我是水泥班嘞班长庞大海，我们班八个人都没拿到钱", "庞大海"),
        # a name of three characters with no common surname, introduced and standing alone
        ("你好，我叫其其格，在锡林浩特一家奶茶店上班，老板欠我两个月工资", "其其格"),
    ],
)
def test_worker_named_after_a_long_description(text: str, name: str) -> None:
    assert _fields(text).get("worker_name") == name


def test_neighbour_complained_for_is_read_as_the_worker() -> None:
    s = extract_story(
        "我是替隔壁邻居王大娘来问的，她叫王桂芝，在镇上的砖厂烧砖，老板欠她四个月工资，我姓鲍，电话 139 5521 0087",
        TODAY,
        INDUSTRIES,
    )
    assert s.fields["worker_name"].value == "王桂芝"  # never 王大娘, how the neighbour calls her
    assert s.relative == "邻居"
    assert s.fields["contact_phone"].value == "13955210087"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我老婆通过长沙市安居乐家政服务有限公司介绍去人家里做保姆，三个月没发工资",
            "长沙市安居乐家政服务有限公司",
        ),
        ("今年在于都县银坑镇个金丰木器厂做油漆，老板拖了四个月", "金丰木器厂"),
        ("我喺南海区桂城嗰间富临茶楼做楼面，老细两个月冇出粮", "富临茶楼"),
        ("我在吴江区盛泽那边华通丝绸厂当挡车工，九月十月两个月没发", "华通丝绸厂"),
        ("我是江北区建新北路好又多便利店的店员，老板欠我两个月工资", "好又多便利店"),
    ],
)
def test_words_before_the_employer_are_no_part_of_its_name(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_place_pointed_at_before_a_project_is_dropped() -> None:
    f = _fields("我们在南明区花果园那边嘞翠湖春天二期工地砌墙，包工头欠我们八万")
    assert f.get("project_name") == "翠湖春天二期"


def test_work_place_ends_where_the_employer_name_starts() -> None:
    f = _fields("我是江北区建新北路好又多便利店的店员，老板欠我两个月工资")
    assert f.get("work_location") == "江北区建新北路"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("陈永生，耳东个陈", "陈永生"),  # how the surname is written, with a dialect 的
        ("黎少华，黎明嘞黎", "黎少华"),
        ("王桂芝，王大娘，我是她邻居", "王桂芝"),  # how a neighbour calls her, not her name
        ("郭大勇，郭师傅", "郭大勇"),
        ("免贵姓赵，赵建军", "赵建军"),  # still: the surname, then the whole name
    ],
)
def test_name_answer_keeps_the_name_not_how_it_is_written_or_called(answer: str, name: str) -> None:
    assert strip_said(answer, name=True) == name


def test_employer_answer_read_off_a_sign() -> None:
    from bot.core.intake.fields import employer_name_answer

    assert employer_name_answer("厂门口招牌上写着金华市恒通五金制品有限公司") == "金华市恒通五金制品有限公司"
    assert employer_name_answer("鸡场大门牌子上写的是六安市绿源禽业有限公司") == "六安市绿源禽业有限公司"

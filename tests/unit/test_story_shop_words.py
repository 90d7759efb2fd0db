"""Issue 10: a shop's own name read without the words said before it: the road it is on
(解放路上X), a town tied to it by a dialect particle (Hakka 镇个X), and a name told in passing
before the trade and kind of shop it is (一家叫X的蛋糕店: X is the shop's own name, its
registered name offered at the summary). Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "employer", "place"),
    [
        ("我在城关区解放路上王记砂锅店做服务员，一个月四千，十月十一月没发", "王记砂锅店", "城关区解放路"),
        ("在雁塔区长安南路边上刘家肉夹馍店帮工，九月十月的工钱没给", "刘家肉夹馍店", "雁塔区长安南路"),
        (
            "我在海曙区中山东路口阿芳家常菜馆包饺子，一个月三千八，两个月没发",
            "阿芳家常菜馆",
            "海曙区中山东路",
        ),
    ],
)
def test_the_road_a_shop_is_on_is_no_part_of_its_name(text: str, employer: str, place: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer
    assert story_value(text, "work_location", TODAY) == place


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("𠊎在下坝乡个金穗茶叶合作社采茶，一日一百二，做咗三十日冇畀钱", "金穗茶叶合作社"),
        ("我喺石龙镇嗰间宏发五金厂做啤机，十月十一月人工冇出", "宏发五金厂"),
        ("俺在柳林村个兴旺养殖场喂猪，一个月三千，半年没给", "兴旺养殖场"),
    ],
)
def test_a_town_tied_to_the_name_by_a_particle_is_where(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在海曙区一家叫甜心坊的蛋糕店做裱花，一个月五千，九月十月没发", "甜心坊"),
        ("帮我姐问问，她在一个叫速好的快递驿站分拣，十月工资四千没给", "速好"),
        ("我在一间叫靓家的美发店做助理，十月十一月冇出粮", "靓家"),
    ],
)
def test_a_name_told_before_the_trade_and_kind_of_shop_is_the_shops_own(text: str, employer: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["employer_name"].value == employer
    assert story.shop_named  # its registered name is offered once at the summary


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我给一家叫福来顺的饭馆送菜，老板欠我两个月工资", "福来顺饭馆"),  # a bare kind: one name
        ("在庐阳区搞装修，跟着一个叫吴大海的包工头干，他欠我八千", "吴大海"),  # a person
    ],
)
def test_a_bare_kind_joins_the_name_and_a_person_stays_a_person(text: str, employer: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["employer_name"].value == employer
    assert not story.shop_named or employer.endswith("馆")

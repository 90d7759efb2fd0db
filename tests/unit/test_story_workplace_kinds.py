"""Issue 10: a workplace or a chore told in passing inside a story, by what is kept, grown or
made there (a deer farm, a stone yard, a fruit store, a tofu workshop, feeding the pigs), gives
the industry category and the worker's own words, so the industry is not asked again; a place
that is no workplace (a bank, a relative's hospital, the home town, a market, a housing estate,
a town named like a farm) gives none. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)
FARM, OTHER, MAKING, TRANSPORT = "农、林、牧、渔业", "其他", "制造业", "交通运输仓储和邮政业"


@pytest.mark.parametrize(
    ("text", "said", "category"),
    [
        ("我在坝上一个马鹿场干杂活，老板欠我三个月的钱", "马鹿场", FARM),
        ("俺在镇上的牛场给人喂牛，每个月三千八，欠了俩月", "喂牛", FARM),
        ("我给人家喂猪，一个月三千，老板欠了半年没结", "喂猪", FARM),
        ("在县城边上的养鹅场干了半年，一分没拿到", "养鹅场", FARM),
        ("我们两口子在海边的蟹塘上干，老板拖了四个月", "蟹塘", FARM),
        ("我在合作社的菜棚里干活，工钱拖着不给", "菜棚", FARM),
        ("在他家的桃园里干了一季，说好的六千没给", "桃园", FARM),
        ("我们几个给老板挑土豆，一天一百二，干了二十天", "挑土豆", FARM),
        ("我在冷库那边给梨子装筐，一筐五毛钱，老板欠着", "梨子装筐", None),
        ("我在山脚的石场干了两个月，一天两百", "石场", OTHER),
        ("我们四个在山上开石头，一天二百，老板跑了", "开石头", OTHER),
        ("给人打炮眼，干了一个月没拿到钱", "打炮眼", OTHER),
        ("在乡里的砖窑干了一个夏天，窑主欠我五千", "砖窑", MAKING),
        ("在村口的豆腐坊帮人干活，一个月两千五", "豆腐坊", MAKING),
        ("我在他的运沙船上干了半年，船老板一直拖", "运沙船", TRANSPORT),
        ("在李老板的果库里干了一个月，一天一百五", "果库", TRANSPORT),
    ],
)
def test_a_workplace_or_chore_told_by_what_it_handles_gives_the_industry(
    text: str, said: str, category: str | None
) -> None:
    story = read_story(text, TODAY)
    assert "industry" in story.fields, text
    assert said in str(story.fields["industry"].value).split("、")
    if category is not None:
        assert story.industry_category == category


@pytest.mark.parametrize(
    "text",
    [
        "工资说好打到农业银行的卡上，到现在一分没到",
        "我妈在县医院住院要花钱，老板欠我的八千就是不给",
        "我家住在东湖花园小区，老板欠我八千",
        "去菜场买菜的时候碰到老板，他说没钱",
        "我在花果园那边租房子住，老板欠我工资",
        "喂 你好 老板欠了我两个月的钱",
        "我们那个镇叫梨园镇，老板欠钱跑了",
        "看马路对面那家人也被欠了钱",
    ],
)
def test_a_place_that_is_no_workplace_gives_no_industry(text: str) -> None:
    assert "industry" not in read_story(text, TODAY).fields


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("我老家是养鸡的 现在出来在工地上做木工", "木工", "养鸡"),
        ("老家开了个养猪场 我出来在饭店当服务员", "服务员", "养猪场"),
        ("我妈住院在医院躺着 我在县里的鹿场喂料", "鹿场", "医院"),
        ("钱打到农业银行的卡上 我在一家超市当收银", "收银", "农业"),
    ],
)
def test_the_home_town_a_hospital_or_a_bank_is_not_the_workplace(text: str, said: str, not_said: str) -> None:
    words = str(read_story(text, TODAY).fields["industry"].value).split("、")
    assert said in words
    assert not_said not in words

"""Issue 10: the employer when an owner hires directly and the worker names the owner, not a
company. The owner of the workplace ("X那个砖窑", "X的船", "X承包的果园"), the one worked for
("给X打工", "在X家做保姆"), a household's head named alone ("女主人叫X") and a family shop known
by the owner's surname ("老韩家烧烤") are the employer; the worker's own name, a relative, a
place pointed at before a shop with its own name, a town said without 镇 and a company named
beside the owner are not taken for the owner. The answer to "who owes" without its talk: fillers
("就…呗"), where the person is ("…那里"), who they are after a space ("X 砖窑是他的") and the
stamp a registered name is read from ("…上盖的X有限公司"). Wordings are my own, not from a
story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.engine import Engine
from bot.core.intake.fields import employer_name_answer
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.story_reading import read_story, story_value
from tests.unit.conftest import inc

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the owner, then 那个 and the workplace (a brick kiln), after a town
        ("我在宁乡双江口镇孙立新那个砖窑搬砖，八月到十月，一天两百四，一分没给", "孙立新"),
        # the owner's boat, after the village's last character, in Hokkien-flavoured words
        ("阮跟后湖村吴金福的船去讨海，九月到十一月，一个月六千，伊讲鱼价低拢无发", "吴金福"),
        # the one who rents the orchard
        ("我们五个人在邓国平承包的果园里摘苹果，一天一百五，十月做了二十天，钱没结", "邓国平"),
        # the owner's workshop, named with what it makes
        ("俺在范家庄邵春生的豆腐坊帮工，十月十一月一个月三千二，一直拖着不给", "邵春生"),
        # the one worked for, then the work
        ("我去年给邹海涛打工开挖机，干了七个月，一个月八千，还欠我两万三", "邹海涛"),
        # the household a nanny works in, by the head's name
        ("我在冯立军家做保姆带孩子，一个月六千五，九月十月的工资都没给我", "冯立军"),
    ],
)
def test_an_owner_who_hires_directly_is_the_employer(text: str, owner: str) -> None:
    assert story_value(text, "employer_name", TODAY) == owner


def test_a_households_head_named_alone_is_the_employer() -> None:
    text = "我姑在静安一户人家当住家阿姨，女主人叫彭丽，一个月八千，两个月没发工资，我替她问问"
    assert story_value(text, "employer_name", TODAY) == "彭丽"


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("我在南岗那个老韩家烧烤串串，九月到十一月，一个月四千二，就给了两千", "老韩家烧烤"),
        ("我在张家小炒当服务员，十月份一个月三千八没发，老板天天推", "张家小炒"),
    ],
)
def test_a_family_shop_known_by_the_owners_surname(text: str, shop: str) -> None:
    assert story_value(text, "employer_name", TODAY) == shop


def test_the_workers_own_name_is_never_the_owner() -> None:
    # voice input with no pauses: the teller's name runs straight into the owner's
    story = read_story("我叫唐秋生在龙井村骆建平的茶园采茶九月十月的工钱没给一共六千", TODAY)
    assert story.fields["worker_name"].value == "唐秋生"
    assert story.fields["employer_name"].value == "骆建平"


@pytest.mark.parametrize(
    "text",
    [
        # a relative's and a pronoun's workplace: no one named
        "我在我舅那个砖厂拉砖，八月到十月，一个月五千，一直没发",
        "我在他家的果园摘果子，十月做了二十天，一天一百二，都没给",
        # a place pointed at before a shop with a name of its own: the place is no owner
        "我在万象城那家柠檬小馆做兼职，十一月上了一百二十个小时，时薪二十，一分没发",
        # a street pointed at before a shop: no owner, however like a name it looks
        "我在王府井那家烤鸭店做服务员，十月十一月两个月没发，一个月五千",
    ],
)
def test_no_relative_pronoun_or_place_is_taken_for_the_owner(text: str) -> None:
    value = story_value(text, "employer_name", TODAY)
    assert value not in ("我舅", "舅那", "他家", "万象城", "王府井")


def test_the_workers_own_land_said_again_is_no_owner() -> None:
    text = "我叫邝大勇 邝大勇的地里活干完了又去帮人摘果子 十月做了二十天 一天一百二 没给"
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == "邝大勇"
    assert "employer_name" not in story.fields or story.fields["employer_name"].value != "邝大勇"


def test_a_town_said_without_its_suffix_is_no_workplace() -> None:
    # 盛泽 is 盛泽镇: where the worker works, not who owes
    assert story_value("我在盛泽做喷水织机，九月十月工资没发，一个月六千", "employer_name", TODAY) != "盛泽"


def test_a_company_named_wins_over_the_owner_of_the_site() -> None:
    text = "我在孙立新那个砖窑搬砖，工资是宁乡鑫旺建材有限公司发的，八月到十月一天两百四，一分没给"
    assert "鑫旺建材有限公司" in str(story_value(text, "employer_name", TODAY))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("就老韩家烧烤呗 全称我不晓得", "老韩家烧烤"),
        ("孙立新 砖窑是他开的 就是他叫我们来的", "孙立新"),
        ("吴金福 船是伊个", "吴金福"),
        ("就是冯立军那里", "冯立军"),
        ("他给我开的工资证明上盖的宁乡鑫旺建材有限公司", "宁乡鑫旺建材有限公司"),
        # a name whose second word goes on with it stays whole
        ("宏达 建筑公司", "宏达 建筑公司"),
    ],
)
def test_the_answer_without_the_talk_around_the_name(said: str, name: str) -> None:
    assert employer_name_answer(said) == name


async def _to_summary(
    engine: Engine, user: str, story: str, answers: dict[str, str]
) -> tuple[list[str], Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    assert replies[-1].expects == "consent", [r.text for r in replies]
    replies = await engine.handle(inc(user, button="form:consent:yes"))
    asked: list[str] = []
    for _ in range(14):
        expects = replies[-1].expects
        if expects == "confirm":
            return asked, replies[-1]
        asked.append(str(expects))
        if expects in answers:
            replies = await engine.handle(inc(user, text=answers[expects]))
        else:
            replies = await engine.handle(inc(user, button="form:skip"))
    raise AssertionError([r.text for r in replies])


async def test_an_owner_named_in_the_story_is_not_asked_again(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = (
        "你好 我叫詹秋菊 在双江口镇孙立新那个砖窑搬砖 八月到十月 一天两百四 一共干了七十天 "
        "一分钱没给 我想投诉他 电话 135 7310 8842"
    )
    answers = {"work_location": "宁乡市双江口镇", "workers_affected": "就我一个", "industry": "砖窑搬砖"}
    asked, summary = await _to_summary(real_engine, "owner-kiln", story, answers)
    assert "employer_name" not in asked
    assert "被反映单位：孙立新" in summary.text
    filed = await real_engine.handle(inc("owner-kiln", button="form:confirm:submit"))
    assert filed[-1].case_no
    assert store.world.cases[-1].fields["employer_name"] == "孙立新"


CREW = (
    "我们六个人跟着包工头符德旺干活 在城南安置房三期扎钢筋 一天三百二 七月做到十月 每人九十个工 "
    "符德旺只给了三万 说是总包一直没拨款 我叫龙春生 电话 139 0731 6625"
)


def test_only_the_crews_boss_named_with_a_main_contractor_spoken_of_asks_who_it_is() -> None:
    story = read_story(CREW, TODAY)
    assert "employer_name" not in story.fields
    assert story.employer_hint == "符德旺" and story.crew_boss


def test_the_crews_boss_with_no_main_contractor_spoken_of_is_the_employer() -> None:
    text = "我们六个人跟着包工头符德旺干活 在乡下修水渠 一天三百二 七月做到十月 钱一直没给"
    assert story_value(text, "employer_name", TODAY) == "符德旺"


async def test_the_main_contractor_is_asked_with_one_tap_for_the_boss(
    real_engine: Engine, store: MemoryStore
) -> None:
    user = "crew-boss"
    replies = await real_engine.handle(inc(user, text=CREW))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await real_engine.handle(inc(user, button="form:story"))
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    for _ in range(8):
        if replies[-1].expects == "employer_name":
            break
        replies = await real_engine.handle(inc(user, button="form:skip"))
    ask = replies[-1]
    assert ask.expects == "employer_name" and "总包" in ask.text and "符德旺" in ask.text
    assert any("符德旺" in b.label for b in ask.buttons)
    replies = await real_engine.handle(inc(user, text="总包是湘江宏远建设工程有限公司 工地牌子上写的"))
    assert any("被反映单位：湘江宏远建设工程有限公司" in r.text for r in replies)

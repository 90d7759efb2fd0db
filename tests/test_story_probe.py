"""Shapes of telling found by stories_probe1 (issue 10), in wordings written for these tests: a
story sent in several short messages, more of it (or a slip corrected in free text) typed at the
consent question, a phone given twice with the first out of use, a name after a title (喊我王师傅，
大名…), Shanghai 阿拉 for 我, a name with its middle dot. Each rule is tested on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import texts
from bot.core.engine import Engine
from bot.core.extract.corrections import corrected, is_correction
from bot.core.extract.figures import find_contact_phone
from bot.core.extract.people import find_self_name
from bot.core.types import Incoming, Reply
from tests.story_fixtures import sqlite_db, story_engine  # noqa: F401 (the db and engine fixtures)

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


# ---------------------------------------------------------------- corrections in free text
@pytest.mark.parametrize(
    ("story", "message", "name", "expected"),
    [
        (
            "在仓库理货，一个月七千，十月没发",
            "不对，是九千不是七千",
            None,
            "在仓库理货，一个月九千，十月没发",
        ),
        (
            "在仓库理货，一个月七千，十月没发",
            "说错了，不是七千而是九千",
            None,
            "在仓库理货，一个月九千，十月没发",
        ),
        # the unit after the figure stays where it was: 三个人 -> 六个人, not 六个人人
        (
            "我们三个人在码头卸货，九月没发",
            "搞错了，不是三个，是六个人",
            None,
            "我们六个人在码头卸货，九月没发",
        ),
        ("我叫罗春妹，在洗车行上班", "名字打错了，应该是罗春梅", "罗春妹", "我叫罗春梅，在洗车行上班"),
    ],
)
def test_a_slip_corrected_is_replaced_in_the_story(story, message, name, expected) -> None:
    assert corrected(story, message, name) == expected


@pytest.mark.parametrize(
    ("story", "message"),
    [
        ("一个月七千，十月没发", "七千是税前的，到手六千五"),  # no slip named: nothing replaced
        ("一个月七千，十月没发", "不对，是八千不是六千"),  # the slip is not in the story
        ("一个月七千，十月没发", "感觉不对劲，是不是老板要跑"),  # 不对劲 is no correction
    ],
)
def test_no_correction_leaves_the_story(story, message) -> None:
    assert corrected(story, message) is None


def test_is_correction_opens_with_the_slip() -> None:
    assert is_correction("刚才说错了，是五个月")
    assert not is_correction("老板说错过这个月就不发了")


# ---------------------------------------------------------------- phones, names
def test_the_number_in_use_after_one_out_of_use() -> None:
    text = "以前那个号13512340987停机了，现在用18698761234，有事打这个"
    assert find_contact_phone(text).value == "18698761234"


def test_two_numbers_without_a_slip_keep_the_first() -> None:
    text = "电话13512340987，我姐的电话18698761234"
    assert find_contact_phone(text).value == "13512340987"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("车间里都喊我老周，大名周长林，在冲压线", "周长林"),
        ("大家都叫我小霍就行，大名霍明亮", "霍明亮"),
        ("阿拉叫顾美娟，在饭店里汏碗", "顾美娟"),
        ("我是古丽米拉·吐尔逊，在服装厂踩缝纫机", "古丽米拉·吐尔逊"),
        ("我是王建华，在工地开挖机", "王建华"),  # a plain name read as before
    ],
)
def test_the_workers_own_name(text, name) -> None:
    assert find_self_name(text).value == name


@pytest.mark.parametrize(
    "text",
    [
        "阿拉善盟那边的煤矿欠钱不给",  # 阿拉善 is a place, not 阿拉 "I"
        "大家都喊我师傅，工资三个月没发",  # a title alone is no name
    ],
)
def test_no_name_read(text) -> None:
    assert find_self_name(text) is None


# ---------------------------------------------------------------- the chat, in several messages


async def _say(engine: Engine, user: str, *messages: str) -> list[Reply]:
    replies: list[Reply] = []
    for text in messages:
        replies = await engine.handle(Incoming("web", user, text=text))
    return replies


async def _consent(engine: Engine, user: str) -> list[Reply]:
    return await engine.handle(Incoming("web", user, button="form:consent:yes"))


def _found(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def test_a_story_in_pieces_opens_the_form_with_every_piece_read(engine) -> None:
    replies = await _say(
        engine,
        "u-pieces",
        "我在武侯区一个小区当保洁",
        "物业公司八月九月的工资都没发，一个月三千二",
        "我叫庞秀云 电话13679012345",
    )
    assert replies[-1].expects == "consent"
    replies = await _consent(engine, "u-pieces")
    asked = replies[-1].expects
    assert asked not in ("worker_name", "contact_phone", "work_location")
    shown = _found(replies)
    assert "2026年8月" in shown or "3,200" in shown


async def test_pieces_with_no_pay_owed_open_nothing(engine) -> None:
    replies = await _say(engine, "u-nopay", "我在武侯区一个小区当保洁", "我叫庞秀云 电话13679012345")
    assert all(r.expects != "consent" for r in replies)


async def test_a_question_before_a_name_opens_nothing(engine) -> None:
    replies = await _say(
        engine, "u-ask", "在武侯区做保洁，试用期工资能打八折吗？", "我叫庞秀云 电话13679012345"
    )
    assert all(r.expects != "consent" for r in replies)


async def test_a_story_typed_at_the_consent_question_is_kept(engine) -> None:
    await _say(engine, "u-consent", "我要投诉老板拖欠工资")
    replies = await _say(
        engine,
        "u-consent",
        "我叫盛丽华，在越秀区北京路的服装店卖衣服，九月十月没发工资，一个月四千，电话13760012345",
    )
    assert replies[-1].expects == "consent"
    assert replies[-1].text == texts.CONSENT_STORY_KEPT
    replies = await _consent(engine, "u-consent")
    assert replies[-1].expects not in ("worker_name", "contact_phone", "work_location", "arrears_period")


async def test_a_question_at_the_consent_question_is_not_kept(engine) -> None:
    await _say(engine, "u-consent-q", "我要投诉老板拖欠工资")
    replies = await _say(engine, "u-consent-q", "这个要多久才有结果")
    assert replies[-1].text == texts.CONSENT_REPROMPT


async def test_a_slip_corrected_before_consent_is_read_corrected(engine) -> None:
    user = "u-fix"
    story = "我叫阎德胜，在碑林区南门的餐馆当厨师，西安长安味餐饮有限公司，九月十月工资没发，一个月七千，电话13991234567"
    replies = await _say(engine, user, story)
    assert replies[-1].expects == "consent"
    await _say(engine, user, "不对，是九千不是七千")
    replies = await _consent(engine, user)
    shown = _found(replies)
    assert "18,000" in shown and "14,000" not in shown


async def test_a_phone_corrected_before_consent(engine) -> None:
    user = "u-phone"
    story = "我叫阎德胜，在碑林区南门的餐馆当厨师，西安长安味餐饮有限公司，九月十月工资没发，一个月七千，电话13991234567"
    await _say(engine, user, story, "电话打错了，应该是13991234576")
    replies = await _consent(engine, user)
    assert replies[-1].expects != "contact_phone"
    fields = await _fields(engine, user)
    assert fields["contact_phone"] == "13991234576"
    # the description keeps both messages as the worker typed them
    assert "13991234567" in fields["description"] and "打错了" in fields["description"]


async def test_a_head_count_corrected_after_a_story_with_a_question(engine) -> None:
    user = "u-count"
    story = "我们三个人在鼓楼区的钢构厂做焊工，十月十一月没发，每人每月八千，我叫施国栋，电话13851234567，这种怎么办？"
    replies = await _say(engine, user, story, "说错了，不是三个，是四个人")
    assert replies[-1].text == texts.STORY_FIXED
    await engine.handle(Incoming("web", user, button="form:story"))
    await _consent(engine, user)
    fields = await _fields(engine, user)
    assert fields["workers_affected"] == 4
    assert "说错了" in fields["description"] and "我们三个人" in fields["description"]


async def test_no_correction_without_a_story_kept(engine) -> None:
    replies = await _say(engine, "u-nostory", "说错了，不是三个，是四个人")
    assert all(r.text != texts.STORY_FIXED for r in replies)


STORY_FORM = (
    "我要投诉欠薪。我叫尤春生，在新城区的小区当保安，八月到十月三个月工资没给，一个月三千五，电话13947712345"
)


async def test_a_slip_corrected_while_the_form_asks_is_read_again(engine) -> None:
    user = "u-inform"
    await _say(engine, user, STORY_FORM)
    replies = await _consent(engine, user)
    waiting = replies[-1].expects
    assert "10,500" in _found(replies)
    replies = await _say(engine, user, "不对，是四千不是三千五")
    assert "12,000" in _found(replies)
    assert (
        replies[-1].expects == waiting
    )  # the question waiting is asked again, nothing recorded as its answer
    fields = await _fields(engine, user)
    assert fields.get("employer_name") is None
    assert "不对，是四千不是三千五" in fields["description"]


async def test_a_slip_never_told_is_no_answer(engine) -> None:
    user = "u-inform-no"
    await _say(engine, user, STORY_FORM)
    replies = await _consent(engine, user)
    waiting = replies[-1].expects
    replies = await _say(engine, user, "不对，是五千不是六千")  # 六千 was never told
    assert texts.SLIP_NOT_FOUND.format(slip="六千") in _found(replies)
    assert replies[-1].expects == waiting
    fields = await _fields(engine, user)
    assert float(fields["amount_owed"]) == 10500 and fields.get("employer_name") is None


async def _fields(engine: Engine, user: str) -> dict:
    state = engine.store
    async with state.unit("web", user) as tx:
        return dict((tx.form.data or {}).get("fields") or {})


async def test_an_account_signed_with_name_and_phone_opens_the_form(engine) -> None:
    # whole account, no question, the teller's name and phone: filed, not answered with the hotlines
    text = "我们两个人在天宁区的五金厂做抛光，九月十月没发，每人每月六千，我叫柏海涛，电话13961234567"
    replies = await _say(engine, "u-signed", text)
    assert replies[-1].expects == "consent"


async def test_a_question_signed_with_name_and_phone_is_answered(engine) -> None:
    text = "我叫柏海涛，电话13961234567，在天宁区五金厂做抛光，九月十月没发，可以打哪个热线？"
    replies = await _say(engine, "u-signed-q", text)
    assert all(r.expects != "consent" for r in replies)

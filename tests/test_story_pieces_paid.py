"""A story told in pieces whose later piece tells only what was paid and what is still owed
("老板就给了三千 剩下的一直拖着"): no case field by itself, yet a piece of the story kept before
it, read with it, so the amount owed is worked out and never asked. A payment said as sent over
("转来两千") or taken off aloud ("减掉两千") is money paid. A question aside is still answered."""

from __future__ import annotations

from decimal import Decimal

from bot.core import told
from bot.core.engine import Engine
from bot.core.extract.sums import find_amounts
from bot.core.types import Incoming, Reply
from tests.story_fixtures import sqlite_db, story_engine  # noqa: F401 (the db and engine fixtures)


async def _say(engine: Engine, user: str, *messages: str) -> list[Reply]:
    replies: list[Reply] = []
    for text in messages:
        replies = await engine.handle(Incoming("web", user, text=text))
    return replies


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


# the work and the figures first, no owing told; then only the part paid and the rest unpaid
_WORK = "我们三个人在栖霞区帮果农周德旺摘苹果 按斤算 一斤三毛 十月份一共摘了四万斤"
_PAID = "周德旺就给了三千块 剩下的一直拖着没给"


async def test_the_payment_piece_opens_the_form_with_the_amount_worked_out(engine) -> None:
    replies = await _say(engine, "u-paid-piece", _WORK, _PAID)
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "u-paid-piece", button="form:consent:yes"))
    assert "9,000" in _text(replies)
    assert all(r.expects != "amount_owed" for r in replies)


async def test_a_question_about_the_payment_is_answered_not_joined(engine) -> None:
    replies = await _say(engine, "u-paid-asks", _WORK, "周德旺就给了三千块 剩下的还能要回来吗？")
    assert all(r.expects != "consent" for r in replies)


def test_paid_and_owed_with_a_figure_is_a_payment_told() -> None:
    assert told.pays_told("老板就给了五百块 剩下的没给")
    assert not told.pays_told("剩下的一直没给")  # no figure
    assert not told.pays_told("一个月五千块 干了两个月")  # nothing owed told


def test_money_sent_over_is_paid() -> None:
    found = find_amounts("活干完一共是九千 上个月老板微信转来两千 剩下的不肯发", None)
    assert found.total is not None and found.total.value == Decimal("7000")


def test_a_payment_taken_off_aloud_is_counted_once() -> None:
    found = find_amounts("老板上个月打来两千 剩下的不肯发 一共应该是九千 减掉两千", None)
    assert found.total is not None and found.total.value == Decimal("7000")
    assert find_amounts("工钱一共应该是九千 减掉两千", None).total.value == Decimal("7000")

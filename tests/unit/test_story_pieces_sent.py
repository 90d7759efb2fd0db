"""Issue 10: a story sent in pieces (a greeting, the story, more figures or a correction) ends with
the same fields as the same words sent in one message, whatever the bot asked in between. The
pieces are my own wordings, none from a story set."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.core import texts
from bot.core.engine import Engine
from bot.core.introduction import bare_greeting
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc

STORY = "我在江门蓬江区一家家具厂打磨 厂名叫木森家具 今年五月到七月三个月工资没发 一共欠我一万二"
DEPOSIT = "还有进厂交的六百块押金 我走了也不退"
DEPOSIT_ASKING = "还有进厂交的六百块押金 我走了也不退 这种咋整"


async def _say(engine: Engine, user: str, *messages: str) -> list[Reply]:
    replies: list[Reply] = []
    for m in messages:
        replies = await engine.handle(
            inc(user, button=m.removeprefix("btn:")) if m.startswith("btn:") else inc(user, text=m)
        )
    return replies


def _fields(store: MemoryStore, user: str) -> dict[str, Any]:
    return dict((store.world.workers[("web", user)].form.data or {}).get("fields") or {})


def _step(store: MemoryStore, user: str) -> str | None:
    return store.world.workers[("web", user)].form.step


def test_a_greeting_alone_is_told_apart_from_a_greeting_with_a_case() -> None:
    for hello in ("你好 在吗", "在不在嘛", "您好，请问有人吗？", "师傅你好 我想问个事", "hello"):
        assert bare_greeting(hello), hello
    for more in ("你好 我叫刘二妹", "在吗 厂里两个月没发工资", "请问年假有几天", "老板不给钱"):
        assert not bare_greeting(more), more


async def test_a_bare_greeting_invites_the_story_then_the_story_opens_the_complaint(
    real_engine: Engine, store: MemoryStore
) -> None:
    first = await _say(real_engine, "hello1", "你好 在不在")
    assert [r.text for r in first] == [texts.GREETING]
    assert not any(r.buttons for r in first) and all(r.expects is None for r in first)
    opened = await _say(real_engine, "hello1", STORY)
    assert _step(store, "hello1") == "consent", [r.text for r in opened]


async def test_a_greeting_from_a_known_worker_gets_the_same_short_word(real_engine: Engine) -> None:
    await _say(real_engine, "hello2", "年假有几天")
    again = await _say(real_engine, "hello2", "在吗？")
    assert [r.text for r in again] == [texts.GREETING]


async def test_a_piece_asking_what_to_do_at_the_consent_question_is_kept(
    real_engine: Engine, store: MemoryStore
) -> None:
    await _say(real_engine, "piece1", STORY, DEPOSIT_ASKING)
    await _say(real_engine, "piece1", "btn:form:consent:yes")
    fields = _fields(store, "piece1")
    assert Decimal(fields["amount_owed"]) == Decimal(12600), fields.get("_echo")
    assert DEPOSIT_ASKING in fields["description"]


async def test_a_deposit_sent_at_the_name_question_joins_the_amount_and_is_no_name(
    real_engine: Engine, store: MemoryStore
) -> None:
    await _say(real_engine, "piece2", STORY, "btn:form:consent:yes")
    assert _step(store, "piece2") == "worker_name"
    replies = await _say(real_engine, "piece2", DEPOSIT_ASKING)
    fields = _fields(store, "piece2")
    assert Decimal(fields["amount_owed"]) == Decimal(12600), [r.text for r in replies]
    assert "worker_name" not in fields  # "这种咋整" is nobody's name
    assert _step(store, "piece2") == "worker_name"
    assert replies[-1].expects == "worker_name"


async def test_pieces_end_with_the_fields_of_the_same_words_in_one_message(
    real_engine: Engine, store: MemoryStore
) -> None:
    """The deposit sent before the complaint opens, at the consent question, or at the name
    question: the amount and every other field the same as the whole told at once."""
    await _say(real_engine, "whole", f"{STORY} {DEPOSIT}", "btn:form:consent:yes")
    whole = _fields(store, "whole")
    ways = {
        "at-consent": (STORY, DEPOSIT, "btn:form:consent:yes"),
        "at-name": (STORY, "btn:form:consent:yes", DEPOSIT),
    }
    for user, messages in ways.items():
        await _say(real_engine, user, *messages)
        got = _fields(store, user)
        for field in ("employer_name", "work_location", "industry", "arrears_period", "amount_owed"):
            assert got.get(field) == whole.get(field), (user, field, got.get(field), whole.get(field))


async def test_a_third_piece_with_one_field_is_kept_with_the_story(
    real_engine: Engine, store: MemoryStore
) -> None:
    """Pieces answered from the FAQ (no complaint opened yet), the last with one case field and
    no question: answered on the quick path it was lost; the story kept in the chat reads it."""
    user = "piece3"
    await _say(real_engine, user, "我在南宁西乡塘区一个快递点派件 一件算一块五")
    await _say(real_engine, user, "九月十月两个月派了八千件 站长只转了我三千")
    await _say(real_engine, user, "另外十一月还送了十天 三百件 也没算钱")
    await _say(real_engine, user, "我要投诉", "btn:form:consent:yes")
    fields = _fields(store, user)
    assert fields["arrears_period"]["end"].endswith("-11"), fields.get("_echo")
    assert Decimal(fields["amount_owed"]) == Decimal("1.5") * 8300 - 3000, fields.get("_echo")


async def test_a_correction_sent_at_the_phone_question_replaces_the_months(
    real_engine: Engine, store: MemoryStore
) -> None:
    user = "piece4"
    await _say(real_engine, user, STORY, "btn:form:consent:yes", "卢春燕")
    assert _step(store, user) == "contact_phone"
    replies = await _say(real_engine, user, "不对 五月的发了 欠的是六七两个月")
    fields = _fields(store, user)
    assert fields["arrears_period"]["start"].endswith("-06"), [r.text for r in replies]
    assert fields["arrears_period"]["end"].endswith("-07")
    assert fields["worker_name"] == "卢春燕"  # the answer given stays
    assert "contact_phone" not in fields and replies[-1].expects == "contact_phone"


async def test_a_correction_that_changes_nothing_is_no_answer_to_the_question(
    real_engine: Engine, store: MemoryStore
) -> None:
    user = "piece5"
    await _say(real_engine, user, STORY, "btn:form:consent:yes")
    replies = await _say(real_engine, user, "不对不对 是五月到七月 三个月")
    assert "worker_name" not in _fields(store, user)  # "不对不对" is nobody's name
    assert replies[-1].expects == "worker_name"


async def test_a_name_spelled_out_is_an_answer_not_a_piece(real_engine: Engine, store: MemoryStore) -> None:
    user = "piece6"
    await _say(real_engine, user, STORY, "btn:form:consent:yes")
    await _say(real_engine, user, "我叫田秀英 田野的田 秀气的秀 英雄的英")
    fields = _fields(store, user)
    assert fields["worker_name"] == "田秀英"
    assert fields["employer_name"] == "木森家具"

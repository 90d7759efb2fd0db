"""Repeated texts (issue 9, throughput): the story and calculator checks read a text once per
day and knowledge base, and a question that asks to be filed but tells no story is answered
on the quick path, as the full path would answer it."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest

from bot import clock
from bot.core import text_checks as checks_module
from bot.core.engine import Engine
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc

NO_STORY = "劳动监察能帮我要回补偿金吗 还是得走仲裁"  # asks for help, tells no story
OWED_QUESTION = "公司拖欠我半年工资 协商了好几次都没用 打算去申请劳动仲裁 需要准备哪些东西"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the engine's story reader (bot/core/text_checks.py) reads."""
    seen: list[str] = []
    real = checks_module.extract_story

    def counted(text: str, *args: Any, **kw: Any) -> Any:
        seen.append(text)
        return real(text, *args, **kw)

    monkeypatch.setattr(checks_module, "extract_story", counted)
    return seen


def _units(store: MemoryStore) -> list[str]:
    """Counts the units of work the store opens (the quick path opens none)."""
    opened: list[str] = []
    real = store.unit

    def unit(channel: str, user_key: str, **kw: Any) -> Any:
        opened.append(user_key)
        return real(channel, user_key, **kw)

    store.unit = unit  # type: ignore[method-assign]
    return opened


async def test_a_repeated_text_is_read_for_a_story_once_a_day(
    real_engine: Engine, store: MemoryStore, reads: list[str]
) -> None:
    await real_engine.handle(inc("m1", text="你好"))
    first = await real_engine.handle(inc("m1", text=OWED_QUESTION))
    for _ in range(3):
        again = await real_engine.handle(inc("m1", text=OWED_QUESTION))
        assert [r.text for r in again] == [r.text for r in first]
    assert reads.count(OWED_QUESTION) == 1
    clock.travel(timedelta(days=1))  # dates in a story are read against today
    await real_engine.handle(inc("m1", text=OWED_QUESTION))
    assert reads.count(OWED_QUESTION) == 2


SAID_NOT_ASKED = "厂里这个月又停工了 大家都在宿舍待着"  # short, asks nothing, for no one else


async def test_a_short_remark_is_read_once_whoever_it_might_be_for(
    real_engine: Engine, reads: list[str]
) -> None:
    """Whom the worker speaks for (told_pieces.for_whom) comes from the same remembered reading
    as the other checks, on the quick path and on the full one."""
    await real_engine.handle(inc("m3", text="你好"))
    for _ in range(4):
        await real_engine.handle(inc("m3", text=SAID_NOT_ASKED))
    assert reads.count(SAID_NOT_ASKED) == 1


async def test_a_reloaded_knowledge_base_reads_texts_afresh(real_engine: Engine, reads: list[str]) -> None:
    await real_engine.handle(inc("m2", text="你好"))
    await real_engine.handle(inc("m2", text=OWED_QUESTION))
    knowledge = real_engine.knowledge
    loaded = knowledge.current
    try:
        knowledge.current = dataclasses.replace(loaded)  # what a reload swaps in
        await real_engine.handle(inc("m2", text=OWED_QUESTION))
    finally:
        knowledge.current = loaded
    assert reads.count(OWED_QUESTION) == 2


async def test_asking_to_be_filed_without_a_story_takes_the_quick_path(
    real_engine: Engine, store: MemoryStore
) -> None:
    full = await real_engine.handle(inc("new-worker", text=NO_STORY))  # a new worker: full path
    await real_engine.handle(inc("m3", text="你好"))
    opened = _units(store)
    quick = await real_engine.handle(inc("m3", text=NO_STORY, delivery_id="q1"))
    assert opened == []
    assert [(r.text, r.buttons) for r in quick] == [(r.text, r.buttons) for r in full]
    assert not store.world.workers[("web", "m3")].form.data  # nothing kept for filing
    # a story that asks to be filed still opens the form
    story = "我在宝安区的宏运鞋厂做车位 老板拖了我三个月工资 一个月五千二 帮我登记"
    replies = await real_engine.handle(inc("m3", text=story, delivery_id="q2"))
    assert opened == ["m3"] and replies[-1].expects == "consent"

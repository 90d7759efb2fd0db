"""Issue 10, played through the engine: a guard's or a cleaner's answer naming the compound they
work at when asked where is no project (the premises are asked on their own, one tap, and may be
skipped); the words spelling out a name in the name answer ("吴江的江") give no place. Wordings
are my own, not from a story set."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc


async def _to_questions(engine: Engine, user: str, story: str) -> list[Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    assert replies[-1].expects == "consent", [r.text for r in replies]
    return await engine.handle(inc(user, button="form:consent:yes"))


async def _file(engine: Engine, user: str, replies: list[Reply], answers: dict[str, str]) -> list[str]:
    asked: list[str] = []
    for _ in range(14):
        expects = replies[-1].expects
        if expects == "confirm":
            filed = await engine.handle(inc(user, button="form:confirm:submit"))
            assert filed[-1].case_no
            return asked
        asked.append(str(expects))
        if expects in answers:
            replies = await engine.handle(inc(user, text=answers[expects]))
        else:
            replies = await engine.handle(inc(user, button="form:skip"))
    raise AssertionError([r.text for r in replies])


async def test_a_guards_compound_told_as_where_is_no_project(real_engine: Engine, store: MemoryStore) -> None:
    story = (
        "我在一个小区门岗当保安，发工资的是金盾保安公司，八月九月十月三个月没开支，"
        "一个月三千二，老板说甲方物业没给钱"
    )
    replies = await _to_questions(real_engine, "g1", story)
    asked = await _file(
        real_engine,
        "g1",
        replies,
        {
            "worker_name": "韩立军",
            # where, told beside the phone before the premises are asked
            "contact_phone": "13604121234 上班地方是甘井子区红旗西路锦华苑小区",
            "workers_affected": "就我一个",
        },
    )
    assert "work_location" not in asked
    fields = store.world.cases[-1].fields
    assert not fields.get("project_name")
    assert "锦华苑" in str(fields.get("work_location"))


async def test_the_words_spelling_a_name_give_no_place(real_engine: Engine, store: MemoryStore) -> None:
    story = "在一家饺子馆当服务员，九月十月工资没发，一个月三千六，老板一直拖着，电话13907311234"
    replies = await _to_questions(real_engine, "g2", story)
    assert replies[-1].expects == "worker_name", [r.text for r in replies]
    replies = await real_engine.handle(inc("g2", text="孙江涛 孙子的孙 吴江的江 波涛的涛"))
    assert not any("工作地点" in r.text for r in replies), [r.text for r in replies]
    assert any("姓名：孙江涛" in r.text for r in replies), [r.text for r in replies]

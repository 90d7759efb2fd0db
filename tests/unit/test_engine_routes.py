"""Routing, commands, notices and the reply relay on the in-memory store."""

from __future__ import annotations

from datetime import timedelta

from bot import clock
from bot.core.engine import Engine
from tests.fakes.memory_store import MemoryStore
from tests.test_engine_intake import ANSWERS
from tests.unit.conftest import inc


async def _file(engine: Engine, user: str) -> str:
    await engine.handle(inc(user, text="/complain"))
    for kind, value, _ in ANSWERS:
        await engine.handle(inc(user, **{kind: value}))
    return (await engine.handle(inc(user, button="form:confirm:submit")))[-1].case_no


async def test_commands_and_unknown_ones(engine: Engine, store: MemoryStore) -> None:
    assert "智能助手" in (await engine.handle(inc("u", text="/start")))[0].text
    assert "/complain" in (await engine.handle(inc("u", text="/nonsense")))[0].text
    assert "没有进行中" in (await engine.handle(inc("u", text="/cancel")))[0].text
    r = await engine.handle(inc("13800138000", button="cmd:human"))
    assert "人工" in r[0].text and store.world.outbox[-1]["kind"] == "human_request"
    assert "13800138000" not in store.world.outbox[-1]["user_masked"]  # staff see it masked


async def test_other_users_case_is_not_reachable(engine: Engine) -> None:
    case_no = await _file(engine, "owner")
    r = await engine.handle(inc("intruder", text=f"/status {case_no}"))
    assert "没有找到" in r[0].text and "张三" not in r[0].text
    assert "待受理" in (await engine.handle(inc("owner", text=f"/status {case_no.lower()}")))[0].text


async def test_notices_come_first_and_updates_hand_them_over_once(engine: Engine, store: MemoryStore) -> None:
    await engine.handle(inc("n", text="/start"))
    store.add_notice("web", "n", "您的投诉已受理")
    r = await engine.handle(inc("n", text="/help"))
    assert "您的投诉已受理" in r[0].text and "/complain" in r[1].text
    store.add_notice("web", "n", "请补充材料")
    assert "请补充材料" in (await engine.updates("web", "n"))[0].text
    assert await engine.updates("web", "n") == [] and await engine.updates("web", "never-seen") == []


async def test_relay_to_own_case_until_ended_or_expired(engine: Engine, store: MemoryStore) -> None:
    case_no = await _file(engine, "r")
    other_no = await _file(engine, "other")
    store.open_relay("web", "r", case_no)
    r = await engine.handle(inc("r", text="工资条明天拍 电话13912345678"))
    assert case_no in r[-1].text and [b.payload for b in r[-1].buttons] == ["cmd:endreply"]
    event = store.case(case_no).events[-1]
    assert event["kind"] == "worker_message" and "13912345678" in event["note"]
    assert "13912345678" not in store.world.outbox[-1]["text"]
    assert "结束回复" in (await engine.handle(inc("r", button="cmd:endreply")))[0].text
    await engine.handle(inc("r", text="还有一件事"))
    assert len([e for e in store.case(case_no).events if e["kind"] == "worker_message"]) == 1

    store.open_relay("web", "r", other_no)  # never another worker's case
    await engine.handle(inc("r", text="补充一下"))
    assert not [e for e in store.case(other_no).events if e["kind"] == "worker_message"]
    assert store.world.workers[("web", "r")].form.reply_case_id is None

    store.open_relay("web", "r", case_no, hours=1)
    clock.travel(timedelta(hours=2))
    await engine.handle(inc("r", text="材料明天交"))
    assert len([e for e in store.case(case_no).events if e["kind"] == "worker_message"]) == 1


async def test_mydata_and_delete(engine: Engine, store: MemoryStore) -> None:
    assert "没有" in (await engine.handle(inc("d", text="/mydata")))[0].text
    case_no = await _file(engine, "d")
    await engine.handle(inc("d", text="/complain"))
    await engine.handle(inc("d", button="form:consent:yes"))
    await engine.handle(inc("d", text="李四"))
    r = await engine.handle(inc("d", text="/mydata"))
    assert case_no in r[0].text and "13800138000" in r[0].text and "李四" in r[0].text
    r = await engine.handle(inc("d", text="/delete"))
    form = store.world.workers[("web", "d")].form
    assert form.flow is None and form.consent_at is None and store.world.deletion_requests == [("web", "d")]
    assert store.case(case_no).events[-1]["kind"] == "deletion_request"
    assert case_no in r[0].text and "仍然保存" in r[0].text  # the worker is told what is kept and why


async def test_quick_and_full_paths_answer_alike(engine: Engine, store: MemoryStore) -> None:
    questions = ["加班费怎么算", "公积金怎么提取", "试用期最长多久", "今天天气怎么样"]
    first = [await engine.handle(inc("q-" + q, text=q)) for q in questions]
    again = [await engine.handle(inc("q-" + q, text=q, delivery_id="d-" + q)) for q in questions]
    assert [[(r.text, r.buttons) for r in rs] for rs in first] == [
        [(r.text, r.buttons) for r in rs] for rs in again
    ]
    # A repeated delivery gets the same answer again, and is not logged twice (probe L8).
    repeat = await engine.handle(inc("q-" + questions[0], text=questions[0], delivery_id="d-" + questions[0]))
    assert [(r.text, r.buttons) for r in repeat] == [(r.text, r.buttons) for r in again[0]]


async def test_a_question_mid_form_is_answered_then_the_step_asked_again(engine: Engine) -> None:
    await engine.handle(inc("a", text="/complain"))
    await engine.handle(inc("a", button="form:consent:yes"))
    r = await engine.handle(inc("a", text="投诉了老板会不会知道是我"))
    assert len(r) == 3 and r[-1].expects == "worker_name" and not r[0].buttons


async def test_the_service_centre_answer_lists_the_centres(engine: Engine) -> None:
    centre = engine.knowledge.current.kb.centres[0]
    r = await engine.handle(inc("sc", button="faq:service.service_center"))
    assert f"{centre.name}：{centre.address}" in r[0].text and f"电话 {centre.phone}" in r[0].text

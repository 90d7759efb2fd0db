"""A correction typed right after a read-back, without pressing 改… first: "人数是9个" while
the next question waits, "金额应该是一万七千二" at the summary. Workers type; the buttons still work."""

from __future__ import annotations

from decimal import Decimal

from bot.core.engine import Engine
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc

STORY = (
    "我叫孙海波 在龙华区观澜做冲压 从七月到十月工资没发 我们组十几个人 一共一万六 电话18612345678 帮我登记"
)


async def test_item_said_again_is_changed_and_the_question_waits(
    real_engine: Engine, store: MemoryStore
) -> None:
    await real_engine.handle(inc("t1", text=STORY))
    r = await real_engine.handle(inc("t1", button="form:consent:yes"))
    assert "10 人" in r[0].text and r[-1].expects == "employer_name"  # 十几个 read as 10
    r = await real_engine.handle(inc("t1", text="人数是9个"))  # not the employer's name
    assert "涉及人数：9 人" in r[0].text and r[-1].expects == "employer_name"
    r = await real_engine.handle(inc("t1", text="单位是鑫达五金制品有限公司"))  # the item asked: its answer
    assert "被反映单位：鑫达五金制品有限公司" in r[0].text and r[-1].expects == "confirm"
    r = await real_engine.handle(inc("t1", text="金额应该是一万七千二"))
    assert "17,200" in r[0].text and r[-1].expects == "confirm" and "17,200" in r[-1].text
    r = await real_engine.handle(inc("t1", text="电话是139 1234 5678"))
    assert r[-1].expects == "confirm" and "139 1234 5678" in r[-1].text and not store.world.cases
    r = await real_engine.handle(inc("t1", button="form:confirm:submit"))
    f = store.case(r[-1].case_no).fields
    assert (f["workers_affected"], Decimal(f["amount_owed"]), f["contact_phone"]) == (9, 17200, "13912345678")
    assert f["employer_name"] == "鑫达五金制品有限公司"


async def test_label_words_of_an_unread_item_are_an_answer(real_engine: Engine, store: MemoryStore) -> None:
    """Step by step: "名字是张三" answers the name asked; said again once recorded, it changes it."""
    await real_engine.handle(inc("t2", text="/complain"))
    await real_engine.handle(inc("t2", button="form:consent:yes"))
    r = await real_engine.handle(inc("t2", text="名字是张三"))
    assert "姓名：张三" in r[0].text and r[-1].expects == "contact_phone"
    r = await real_engine.handle(inc("t2", text="姓名是李四"))  # the name, already given: changed
    assert "姓名：李四" in r[0].text and r[-1].expects == "contact_phone"

"""A form step is one short write transaction (no session), on a SQLite file and on
PostgreSQL (the `db` fixture runs both); anything more, or a form changed meanwhile, is
handled again in a full unit of work and nothing is lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from knowledge_base.service import KnowledgeService
from storage.db import Database
from storage.models import Case, Conversation, Delivery
from storage.uow import SqlWorkerStore

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


class Spy:
    def __init__(self, db: Database) -> None:
        self.sessions = self.writes = 0
        session, write_now = db.session, db.write_now

        def counted_session():  # noqa: ANN202
            self.sessions += 1
            return session()

        async def counted_write(fn):  # noqa: ANN001, ANN202
            self.writes += 1
            return await write_now(fn)

        db.session, db.write_now = counted_session, counted_write  # type: ignore[method-assign]


async def test_a_field_step_is_one_short_write(db: Database, tmp_path: Path) -> None:
    engine = Engine(Settings(data_dir=tmp_path / "d"), SqlWorkerStore(db), KnowledgeService(KB))
    await engine.handle(Incoming("web", "f1", text="/complain", delivery_id="d1"))
    spy = Spy(db)
    replies = await engine.handle(Incoming("web", "f1", button="form:consent:yes", delivery_id="d2"))
    assert replies[-1].expects == "worker_name"
    replies = await engine.handle(Incoming("web", "f1", text="张三", delivery_id="d3"))
    assert replies[-1].expects == "contact_phone"
    assert (spy.sessions, spy.writes) == (0, 2)
    # a repeated delivery changes nothing and gets the same reply again (probe L8)
    again = await engine.handle(Incoming("web", "f1", text="李四", delivery_id="d3"))
    assert [r.text for r in again] == [r.text for r in replies]
    async with db.session() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.data["fields"]["worker_name"] == "张三" and conv.step == "contact_phone"
        assert {d.delivery_id for d in (await s.execute(select(Delivery))).scalars()} == {"d1", "d2", "d3"}


async def test_filing_and_a_changed_form_take_the_full_unit(db: Database, tmp_path: Path) -> None:
    store = SqlWorkerStore(db)
    engine = Engine(Settings(data_dir=tmp_path / "d"), store, KnowledgeService(KB))
    story = (
        "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 "
        "我自己被欠了一万六左右 电话18612345678 帮我登记"
    )
    for msg in ({"text": story}, {"button": "form:consent:yes"}):
        await engine.handle(Incoming("web", "f2", **msg))
    # staff-side or another process changes the form between the read and the write
    real_read = db.read
    changed = False

    async def read_then_change(fn):  # noqa: ANN001, ANN202
        nonlocal changed
        result = await real_read(fn)
        if not changed:
            changed = True
            async with db.session() as s:
                conv = (await s.execute(select(Conversation))).scalar_one()
                conv.data = {**conv.data, "touched": True}
        return result

    db.read = read_then_change  # type: ignore[method-assign]
    spy = Spy(db)
    replies = await engine.handle(Incoming("web", "f2", text="人数写错了 改成12个", delivery_id="x1"))
    assert replies[-1].expects == "confirm" and spy.sessions == 2  # the change, then the full unit
    async with db.session() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.data["touched"] is True and conv.step == "confirm"  # neither write lost
        assert conv.data["fields"]["workers_affected"] == 12
    db.read = real_read  # type: ignore[method-assign]
    replies = await engine.handle(Incoming("web", "f2", button="form:confirm:submit", delivery_id="x2"))
    assert replies[-1].case_no
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
        assert case.worker_name == "孙海波" and story in case.description


async def test_an_idle_workers_calculator_or_story_turn_is_one_short_write(
    db: Database, tmp_path: Path
) -> None:
    """A plain question that keeps state (a calculation with its figures, a story kept for a
    later one-tap filing) is one short write too, with its replies kept for a repeat."""
    engine = Engine(Settings(data_dir=tmp_path / "d"), SqlWorkerStore(db), KnowledgeService(KB))
    await engine.handle(Incoming("web", "f3", text="你好", delivery_id="h1"))  # a known worker
    spy = Spy(db)
    calc = await engine.handle(
        Incoming(
            "web",
            "f3",
            text="公司说要搬去外地 不去的就解除合同 我在这干了四年 能拿到什么补偿",
            delivery_id="c1",
        )
    )
    story = "我在宝安区的宏运鞋厂做车位 老板拖了我三个月工资 一个月五千二 这种情况能要回来吗"
    told = await engine.handle(Incoming("web", "f3", text=story, delivery_id="s1"))
    assert told[-1].buttons[0].payload == "form:story"
    assert (spy.sessions, spy.writes) == (0, 2)
    async with db.session() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        # the story kept, and when (a complaint opened shortly after reads it)
        assert conv.flow is None and set(conv.data) == {"pending_story", "pending_at"}
        assert conv.data["pending_story"] == story
        kept = {d.delivery_id: d.replies for d in (await s.execute(select(Delivery))).scalars()}
        assert kept["c1"] and kept["s1"]
    # repeats: the same replies again, nothing written
    assert [r.text for r in await engine.handle(Incoming("web", "f3", text="x", delivery_id="c1"))] == [
        r.text for r in calc
    ]
    assert [r.text for r in await engine.handle(Incoming("web", "f3", text=story, delivery_id="s1"))] == [
        r.text for r in told
    ]
    # the story kept by the short write files with one tap
    replies = await engine.handle(Incoming("web", "f3", button="form:story", delivery_id="s2"))
    assert replies[-1].expects == "consent"
    async with db.session() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.flow == "complaint" and conv.data["story"] == story

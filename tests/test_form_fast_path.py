"""A form step on SQLite is one short write transaction (no session); anything more, or a
form changed meanwhile, is handled again in a full unit of work and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from knowledge_base.service import KnowledgeService
from storage.db import Database
from storage.models import Case, Conversation, Delivery
from storage.uow import SqlWorkerStore

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


@pytest.fixture
async def db(tmp_path: Path):
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'f.sqlite3'}")
    await database.upgrade()
    yield database
    await database.dispose()


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
    replies = await engine.handle(Incoming("web", "f2", button="form:skip", delivery_id="x1"))
    assert replies[-1].expects == "confirm" and spy.sessions == 2  # the change, then the full unit
    async with db.session() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.data["touched"] is True and conv.step == "confirm"  # neither write lost
    db.read = real_read  # type: ignore[method-assign]
    replies = await engine.handle(Incoming("web", "f2", button="form:confirm:submit", delivery_id="x2"))
    assert replies[-1].case_no
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
        assert case.worker_name == "孙海波" and story in case.description

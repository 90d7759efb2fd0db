"""Database connections under a crowd, on a real PostgreSQL server: messages get the pool's
connections in order of arrival (storage/fair_gate.py), a tiny pool still serves many
conversations at once, and a message that gets no connection in time is answered in plain
Chinese with nothing written, so sending it again works."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from bot.config import Settings
from bot.core import texts
from bot.core.engine import Engine
from knowledge_base.service import KnowledgeService
from storage.db import Database
from storage.models import Case, Conversation, Delivery
from storage.uow import SqlWorkerStore
from tests.conftest import TEMPLATE
from tests.pg import PgServer
from tests.test_engine_intake import ANSWERS, KB, inc

pytestmark = pytest.mark.postgres
_n = itertools.count()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    return pg_server.create_database(f"pool{next(_n)}", template=TEMPLATE)


@pytest.fixture
async def tiny(pg_url: str) -> AsyncIterator[Database]:
    """Two connections for messages and two for reads, as a centre's server has twenty."""
    db = Database(pg_url, pool_size=2, reader_pool_size=2, pool_timeout=300)
    yield db
    await db.dispose()


def _engine(db: Database, tmp_path: Path) -> Engine:
    kb = tmp_path / "kb"
    kb.mkdir(exist_ok=True)
    (kb / "kb.yaml").write_text(KB, encoding="utf-8")
    return Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(kb))


async def test_a_message_waiting_for_a_connection_is_served_before_later_ones(tiny: Database) -> None:
    """Two tasks that take the connections again the moment they give them back, and one
    message that arrives meanwhile: it gets a connection after at most a turn of each, not
    when the others happen to pause (SQLAlchemy's own queue let them take it first again and
    again, and the message failed at the pool's timeout). Counted in turns, not seconds."""
    turns = 0
    served_at: list[int] = []
    stop = asyncio.Event()

    async def hog() -> None:
        nonlocal turns
        while not stop.is_set() and turns < 400:
            async with tiny.session() as s:
                await s.execute(text("SELECT 1"))
                turns += 1

    async def late() -> None:
        while turns < 10:
            await asyncio.sleep(0)
        queued = turns
        async with tiny.session() as s:
            await s.execute(text("SELECT 1"))
            served_at.append(turns - queued)
        stop.set()

    await asyncio.gather(hog(), hog(), late())
    assert served_at and served_at[0] <= 3, served_at


async def test_two_connections_serve_twenty_complaints_at_once(tiny: Database, tmp_path: Path) -> None:
    """Nothing holds one connection while it waits for another (that would stall a small
    pool for good): sixty whole complaints at once on two connections, every one filed right,
    and the messages' transactions never held more connections than the pool has."""
    engine = _engine(tiny, tmp_path)
    pool = tiny.engine.sync_engine.pool
    most = 0

    def checked_out(*_args: object) -> None:
        nonlocal most
        most = max(most, pool.checkedout())

    event.listen(pool, "checkout", checked_out)
    users = [f"tiny-{i}" for i in range(20)]

    async def one(user: str) -> str:
        await engine.handle(inc(user, text="/complain"))
        for kind, value, _ in ANSWERS:
            if value == "张三":
                value = f"工人{user.removeprefix('tiny-')}号"
            await engine.handle(inc(user, **{kind: value}))
        r = await engine.handle(inc(user, button="form:confirm:submit"))
        return r[-1].case_no

    numbers = await asyncio.gather(*(one(u) for u in users))
    assert len(set(numbers)) == 20 and all(numbers)
    async with tiny.session() as s:
        names = dict((await s.execute(select(Case.case_no, Case.worker_name))).all())
    assert {names[no] for no in numbers} == {f"工人{i}号" for i in range(20)}
    assert most <= 2


async def test_no_connection_in_time_asks_to_send_again_and_loses_nothing(
    pg_url: str, tmp_path: Path
) -> None:
    """Every connection busy past the timeout: the worker is told in Chinese to send the
    message again, nothing of it is written (form step, delivery id), the form filled so far
    stands, and the same message sent again (same delivery id) is handled."""
    db = Database(pg_url, pool_size=1, pool_timeout=0.5)
    engine = _engine(db, tmp_path)
    decisions: list[str] = []
    engine.observers.append(lambda _channel, decision: decisions.append(decision))
    try:
        await engine.handle(inc("busy-1", text="/complain"))
        await engine.handle(inc("busy-1", button="form:consent:yes"))
        r = await engine.handle(inc("busy-1", text="钱九"))
        assert r[-1].expects == "contact_phone"

        held, done = asyncio.Event(), asyncio.Event()

        async def hold_the_only_connection() -> None:
            async with db.session() as s:
                await s.execute(text("SELECT 1"))
                held.set()
                await done.wait()

        holder = asyncio.create_task(hold_the_only_connection())
        await held.wait()
        r = await engine.handle(inc("busy-1", text="13600001234", delivery="d-phone"))
        assert [x.text for x in r] == [texts.BUSY] and decisions[-1] == "busy"
        assert "稍" in texts.BUSY and "再发" in texts.BUSY
        done.set()
        await holder

        async with db.session() as s:
            step = (await s.execute(select(Conversation.step))).scalar_one()
            kept = (await s.execute(select(func.count()).select_from(Delivery))).scalar_one()
        assert step == "contact_phone" and kept == 0
        r = await engine.handle(inc("busy-1", text="13600001234", delivery="d-phone"))
        assert r[-1].expects == "employer_name"
    finally:
        await db.dispose()

"""Database.first (storage/fast_read.py): the chat's once-per-message read on the driver's own
connection gives what SQLAlchemy's read gives, converted values included (a reply relay's
end time), and falls back to SQLAlchemy when the driver fails, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from storage.models import Conversation, Identity
from storage.services.workers import _WORKER_STATE, worker_state


async def _worker(db, user_key: str, reply_until: datetime | None) -> None:
    async with db.session() as s:
        ident = Identity(channel="web", user_key=user_key, created_at=datetime.now(UTC))
        s.add(ident)
        await s.flush()
        s.add(Conversation(identity_id=ident.id, reply_until=reply_until))


def _params(user_key: str) -> dict[str, object]:
    return {"channel": "web", "user_key": user_key, "delivery_id": None}


async def test_first_reads_what_sqlalchemy_reads(db) -> None:
    until = datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    await _worker(db, "relay", until)
    fast = await db.first(_WORKER_STATE, _params("relay"))
    slow = await db.read(lambda conn: tuple(conn.execute(_WORKER_STATE, _params("relay")).first()))
    assert fast == slow
    assert fast[2] == until and fast[2].tzinfo is not None
    assert await db.first(_WORKER_STATE, _params("nobody")) is None
    state = await worker_state(db, "web", "relay")
    assert state is not None and state.busy and not state.pending and not state.delivered
    await _worker(db, "idle", datetime.now(UTC) - timedelta(minutes=1))
    state = await worker_state(db, "web", "idle")
    assert state is not None and state.idle


async def test_a_failing_driver_falls_back_to_sqlalchemy(db) -> None:
    await _worker(db, "w", None)
    assert await db.first(_WORKER_STATE, _params("w")) is not None  # the fast connection is open
    if db.is_postgres:
        # every connection of the fast pool is cut, as a server restart would
        async with db.engine.begin() as conn:
            await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
    else:
        db._fast.close()  # its connections closed under it
        db._fast._local.conn = _Closed()
    row = await db.first(_WORKER_STATE, _params("w"))
    assert row is not None and row[1] is None
    assert await db.first(_WORKER_STATE, _params("w")) == row


async def test_errors_are_sqlalchemys(db) -> None:
    async with db.engine.begin() as conn:
        await conn.execute(text("DROP TABLE worker_notices"))
    with pytest.raises(DBAPIError):
        await db.first(_WORKER_STATE, _params("w"))


class _Closed:
    def execute(self, *_args: object) -> None:
        import sqlite3

        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")


def test_a_second_event_loop_gets_its_own_connections(db_url: str) -> None:
    """A command-line run may use one Database from successive event loops (asyncio.run
    twice): the fast read opens its connections in the loop that reads."""
    import asyncio

    from storage.db import Database

    db = Database(db_url)

    async def setup() -> None:
        await db.upgrade()
        await _worker(db, "w", None)
        assert await db.first(_WORKER_STATE, _params("w")) is not None
        await db.engine.dispose()

    async def fell_back(_fn: object) -> None:
        raise AssertionError("the fast read failed in the second loop")

    async def again() -> object:
        db.read = fell_back  # type: ignore[method-assign]
        try:
            return await db.first(_WORKER_STATE, _params("w"))
        finally:
            await db.dispose()

    asyncio.run(setup())
    row = asyncio.run(again())
    assert row is not None and row[1] is None

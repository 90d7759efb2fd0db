"""The web chat's abuse-limit counters (rate_counters table), shared by every server process.

Every change is one atomic INSERT ... ON CONFLICT DO UPDATE (SQLite and PostgreSQL): two
processes counting the same key at once both count. Keys are written in sorted order, so two
processes adding to the same keys cannot deadlock on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import RateCounter

Counter = tuple[str, datetime]  # (key, window start)
T = TypeVar("T")


def _insert(db: Any) -> Any:
    return pg_insert if db.is_postgres else sqlite_insert


async def _write(db: Any, fn: Callable[[Connection], T]) -> T:
    """One short write transaction: on a SQLite file synchronously (Database.write_now, no
    thread hop and no lock held across an await); elsewhere in the async engine."""
    if db.can_write_now:
        return await db.write_now(fn)
    async with db.engine.begin() as conn:
        return await conn.run_sync(fn)


_UPSERTS: dict[str, Any] = {}


def _add_statement(db: Any) -> Any:
    """INSERT ... ON CONFLICT DO UPDATE ... RETURNING, built once per dialect: run with a list
    of rows, SQLAlchemy sends them as multi-row statements ("insertmanyvalues") from one
    cached compilation, and returns the rows in the order given."""
    if db.dialect not in _UPSERTS:
        stmt = _insert(db)(RateCounter)
        _UPSERTS[db.dialect] = stmt.on_conflict_do_update(
            index_elements=[RateCounter.key, RateCounter.window_start],
            set_={"hits": RateCounter.hits + stmt.excluded.hits},
        ).returning(RateCounter.hits, sort_by_parameter_order=True)
    return _UPSERTS[db.dialect]


async def add(db: Any, deltas: dict[Counter, int]) -> dict[Counter, int]:
    """Add each delta to its counter; the totals after (every process's hits included). The
    rows go in key order, so two processes adding to the same keys cannot deadlock."""
    counters = sorted(deltas)
    if not counters:
        return {}
    rows = [
        {"key": key[:200], "window_start": window, "hits": deltas[(key, window)]} for key, window in counters
    ]
    stmt = _add_statement(db)

    def write(conn: Connection) -> list[int]:
        return [int(hits) for hits in conn.execute(stmt, rows).scalars()]

    return dict(zip(counters, await _write(db, write), strict=True))


async def add_below(db: Any, key: str, window: datetime, limit: int) -> bool:
    """Count one unless the counter has reached `limit` already; whether it was counted."""
    if limit <= 0:
        return False
    stmt = _insert(db)(RateCounter).values(key=key[:200], window_start=window, hits=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[RateCounter.key, RateCounter.window_start],
        set_={"hits": RateCounter.hits + 1},
        where=RateCounter.hits < limit,
    ).returning(RateCounter.hits)
    return await _write(db, lambda conn: conn.execute(stmt).scalar_one_or_none()) is not None


_TOTALS = (
    select(RateCounter.key, RateCounter.window_start, RateCounter.hits)
    .where(RateCounter.key.in_(bindparam("keys", expanding=True)))
    .where(RateCounter.window_start.in_(bindparam("windows", expanding=True)))
)  # built once: a read on the chat's path must cost little


async def totals(db: Any, counters: list[Counter]) -> dict[Counter, int]:
    """Each counter's value, 0 where nothing was counted (one cheap read)."""
    if not counters:
        return {}
    params = {"keys": sorted({key[:200] for key, _ in counters}), "windows": sorted({w for _, w in counters})}

    def read(conn: Connection) -> dict[Counter, int]:
        return {(key, window): int(hits) for key, window, hits in conn.execute(_TOTALS, params)}

    found = await db.read(read)
    return {(key, window): found.get((key[:200], window), 0) for key, window in counters}


async def prune(db: Any, before: datetime) -> int:
    stmt = delete(RateCounter).where(RateCounter.window_start < before)
    return await _write(db, lambda conn: int(conn.execute(stmt).rowcount or 0))

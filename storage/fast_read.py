"""A hot read without SQLAlchemy's per-statement machinery: a prebuilt SELECT compiled once
per dialect and run on the driver's own connection (the stdlib sqlite3 module on a SQLite
file, asyncpg's prepared statements on PostgreSQL), its values converted by the columns'
own types. The chat's quick path reads a worker's state once per message; through a
SQLAlchemy Connection that read cost more than the rest of the answer.

Any error on this path (a stale pooled connection, a locked or missing table) is not
raised from here: the caller runs the read again through SQLAlchemy (Database.read), which
retries a stale connection once and raises SQLAlchemy's own exceptions."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select


class FastReadFailed(Exception):
    """The driver refused the read; run it through SQLAlchemy instead."""


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # bind parameter names in positional order
    binds: tuple[Callable[[Any], Any] | None, ...]
    results: tuple[Callable[[Any], Any] | None, ...]


def compile_for(stmt: Select[Any], dialect: Dialect) -> _Compiled:
    """The statement's SQL in the driver's positional style, with its parameters' bind
    converters and its columns' result converters (e.g. SQLite's datetime strings)."""
    compiled = stmt.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    binds = tuple(compiled.binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)
    results = tuple(
        c.type.dialect_impl(dialect).result_processor(dialect, None) for c in stmt.selected_columns
    )
    return _Compiled(str(compiled), names, binds, results)


def _convert(compiled: _Compiled, row: Any) -> tuple[Any, ...] | None:
    if row is None:
        return None
    return tuple(v if f is None else f(v) for f, v in zip(compiled.results, row, strict=True))


def _args(compiled: _Compiled, params: dict[str, Any]) -> list[Any]:
    return [
        params[n] if f is None else f(params[n]) for n, f in zip(compiled.names, compiled.binds, strict=True)
    ]


class SqliteFastReader:
    """One query-only sqlite3 connection per thread on a SQLite file, in autocommit: each
    SELECT sees the last committed write (WAL), like Database.read's reader."""

    def __init__(self, path: str, dialect: Dialect) -> None:
        self.path, self.dialect = path, dialect
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._compiled: dict[Select[Any], _Compiled] = {}

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA busy_timeout=200")
            self._local.conn = conn
            self._all.append(conn)
        return conn

    def first(self, stmt: Select[Any], params: dict[str, Any]) -> tuple[Any, ...] | None:
        compiled = self._compiled.get(stmt)
        if compiled is None:
            compiled = self._compiled[stmt] = compile_for(stmt, self.dialect)
        try:
            cursor = self._connection().execute(compiled.sql, _args(compiled, params))
            row = cursor.fetchone()
            cursor.close()  # the statement ends here: no read transaction stays open
        except sqlite3.Error as exc:
            raise FastReadFailed from exc
        return _convert(compiled, row)

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()


async def _nothing_to_reset(_conn: Any) -> None:
    """These connections run single SELECTs and change no session state, so a connection
    goes back to the pool without asyncpg's reset round trip (RESET ALL, UNLISTEN...); one
    left inside a transaction is still rolled back by asyncpg."""


class AsyncpgFastReader:
    """The statement on a small asyncpg pool of its own (autocommit, like the reader engine),
    opened on first use with the connection arguments SQLAlchemy's asyncpg dialect would
    use: a SQLAlchemy pooled connection costs more to check out and return than the read
    itself. asyncpg's statement cache prepares the statement once per connection."""

    def __init__(self, engine: Any, size: int) -> None:
        self.engine, self.size = engine, size
        self._compiled: dict[Select[Any], _Compiled] = {}
        self._pool: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the pool's (it serves no other)
        self._opening: asyncio.Lock | None = None

    async def _open(self) -> Any:
        import asyncpg

        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # first use, or a new event loop (a CLI command's next run)
            self._loop, self._pool, self._opening = loop, None, asyncio.Lock()
        assert self._opening is not None
        async with self._opening:
            if self._pool is None:
                _args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
                kwargs.pop("async_creator_fn", None)
                self._pool = await asyncpg.create_pool(
                    min_size=1, max_size=self.size, reset=_nothing_to_reset, **kwargs
                )
        return self._pool

    async def first(self, stmt: Select[Any], params: dict[str, Any]) -> tuple[Any, ...] | None:
        compiled = self._compiled.get(stmt)
        if compiled is None:
            compiled = self._compiled[stmt] = compile_for(stmt, self.engine.dialect)
        try:
            pool = self._pool
            if pool is None or self._loop is not asyncio.get_running_loop():
                pool = await self._open()
            async with pool.acquire() as conn:
                row = await conn.fetchrow(compiled.sql, *_args(compiled, params))
        except Exception as exc:  # noqa: BLE001 - a stale connection or any driver error
            raise FastReadFailed from exc
        return _convert(compiled, row)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            try:
                await asyncio.wait_for(pool.close(), 10)
            except (TimeoutError, Exception):  # noqa: BLE001 - a connection still busy: cut it
                pool.terminate()

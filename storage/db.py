"""Database handle: async engine, sessions, schema upgrade. SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.sql import Select

from bot.core.ports import StoreBusy
from storage.fair_gate import FairGate
from storage.fast_read import AsyncpgFastReader, FastReadFailed, SqliteFastReader

log = logging.getLogger(__name__)
T = TypeVar("T")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE: writers queue on the lock
    # instead of failing with SQLITE_BUSY when a read transaction turns into a write.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


READ_ONLY = "laborbot_read_only"
FAST_POOL_SIZE = 8  # PostgreSQL connections of first() (storage/fast_read.py), per process
# PostgreSQL, per process. Messages take the pool's connections in turn (storage/fair_gate.py),
# at most POOL_SIZE at once; the overflow serves what holds a connection outside those turns
# (the staff dispatcher's advisory lock, health checks, migrations), so a turn never waits in
# the pool. A turn not given within POOL_TIMEOUT seconds raises StoreBusy (nothing written).
POOL_SIZE, MAX_OVERFLOW, POOL_TIMEOUT = 15, 5, 30.0
READER_POOL_SIZE = 20
# event loop -> SQLite file -> its in-process write queue; see Database._write_lock
_SQLITE_WRITE_LOCKS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = (
    weakref.WeakKeyDictionary()
)


def _sqlite_reader_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA busy_timeout=200")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


class Database:
    """One per process. `async with db.session() as s:` commits on success, rolls back on error."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int = POOL_SIZE,
        reader_pool_size: int = READER_POOL_SIZE,
        pool_timeout: float = POOL_TIMEOUT,
    ) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        # hide_parameters: an error's text never carries the statement's values (workers' texts).
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs.update(
                pool_size=pool_size, max_overflow=MAX_OVERFLOW, pool_timeout=pool_timeout, pool_pre_ping=True
            )
        # first come, first served at the pools (PostgreSQL; SQLite queues on its write lock)
        self._gate: FairGate | None = None if self.is_sqlite else FairGate(pool_size, pool_timeout)
        self._reader_gate: FairGate | None = None
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        self._resolved: str | None = None  # the SQLite file's absolute path (_write_lock)
        self._reader: Engine | AsyncEngine | None = None
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            self._reader = create_engine(self.url.set(drivername="sqlite"), hide_parameters=True)
            event.listen(self._reader, "connect", _sqlite_reader_pragmas)
        elif self.is_postgres:
            # No pre-ping here: a stale connection is caught and the read retried once.
            # A fixed pool: overflow connections are closed on return, and opening one costs
            # far more than waiting a moment for a pooled one.
            self._reader = create_async_engine(
                self.url,
                pool_size=reader_pool_size,
                max_overflow=0,
                pool_timeout=pool_timeout,
                isolation_level="AUTOCOMMIT",
                hide_parameters=True,
            )
            self._reader_gate = FairGate(reader_pool_size, pool_timeout)
        # first(): a hot read on the driver's own connection (storage/fast_read.py)
        self._fast: SqliteFastReader | AsyncpgFastReader | None = None
        if isinstance(self._reader, Engine):
            self._fast = SqliteFastReader(str(self.url.database), self._reader.dialect)
        elif isinstance(self._reader, AsyncEngine):
            self._fast = AsyncpgFastReader(self._reader, size=FAST_POOL_SIZE)
        # a synchronous writer for short transactions on a SQLite file (write_now)
        self._writer: Engine | None = None
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            self._writer = create_engine(
                self.url.set(drivername="sqlite"), hide_parameters=True, connect_args={"timeout": 30}
            )
            event.listen(self._writer, "connect", _sqlite_pragmas)
            event.listen(self._writer, "begin", _sqlite_begin)
        # SQLite has one writer: queue writers in-process instead of letting them spin in
        # SQLite's busy handler, whose back-off sleeps dominate latency under load.

    @property
    def dialect(self) -> str:
        return self.url.get_backend_name()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        if self.is_sqlite:
            async with self._write_lock():
                async with self._session() as session:
                    yield session
            return
        async with self._turn(self._gate), self._session() as session:
            yield session

    @asynccontextmanager
    async def _turn(self, gate: FairGate | None) -> AsyncIterator[None]:
        """This task's turn at a pool (none on SQLite). A pool that still times out (a
        connection held outside the turns) is StoreBusy too: nothing was written."""
        if gate is None:
            yield
            return
        async with gate.turn():
            try:
                yield
            except SATimeoutError as exc:
                raise StoreBusy(str(exc)) from exc

    def _write_lock(self) -> asyncio.Lock:
        """The write queue of this SQLite file in this event loop, shared by every Database on
        the file: a synchronous write_now blocks the loop, so it must never wait on another
        instance's transaction that needs the same loop to finish (two apps in one process)."""
        locks = _SQLITE_WRITE_LOCKS.setdefault(asyncio.get_running_loop(), {})
        path = self._resolved
        if path is None:  # resolved once: a file system call per write cost more than the write
            path = self._resolved = str(Path(self.url.database or "").resolve())
        lock = locks.get(path)
        if lock is None:
            lock = locks[path] = asyncio.Lock()
        return lock

    @property
    def can_write_now(self) -> bool:
        """A short write transaction is possible: a SQLite file, or PostgreSQL."""
        return self._writer is not None or not self.is_sqlite

    async def write_now(self, fn: Callable[[Connection], T]) -> T:
        """A short write transaction. On a SQLite file, run synchronously in this thread:
        queued behind the other writers of this process, then BEGIN IMMEDIATE, `fn`, COMMIT
        with no thread hops (keep `fn` to a few statements: the event loop waits for it).
        On PostgreSQL, one transaction on a pooled connection, `fn`'s statements and COMMIT
        with no ORM session around them."""
        if self._writer is None:
            assert not self.is_sqlite, "write_now needs a SQLite file or PostgreSQL"
            async with self._turn(self._gate), self.engine.begin() as conn:
                return await conn.run_sync(fn)
        async with self._write_lock():
            with self._writer.begin() as conn:
                return fn(conn)

    async def read(self, fn: Callable[[Connection], T]) -> T:
        """Run a small read-only query function on a connection, as cheaply as the database
        allows: on a SQLite file, synchronously on a query-only connection in this thread
        (a WAL read of a few cached pages takes microseconds, far less than a hop to
        aiosqlite's thread); on PostgreSQL in autocommit, one round trip. Never takes the
        write lock."""
        if isinstance(self._reader, Engine):
            with self._reader.connect() as conn:
                return fn(conn)
        if isinstance(self._reader, AsyncEngine):
            for attempt in (1, 2):
                try:
                    async with self._turn(self._reader_gate), self._reader.connect() as conn:
                        return await conn.run_sync(fn)
                except DBAPIError as exc:
                    if attempt == 2 or not exc.connection_invalidated:
                        raise
        async with self.engine.connect() as conn:
            await conn.execution_options(**{READ_ONLY: True})
            return await conn.run_sync(fn)

    async def first(self, stmt: Select[Any], params: dict[str, Any]) -> tuple[Any, ...] | None:
        """The first row of a prebuilt read-only SELECT (a module-level constant: it is compiled
        once), its values converted by the columns' types; None when there is none. On a SQLite
        file or PostgreSQL it runs on the driver's own connection, far cheaper than `read`;
        should the driver fail, it runs again through `read`, whose errors are raised."""
        fast = self._fast
        if fast is not None:
            try:
                if isinstance(fast, SqliteFastReader):
                    return fast.first(stmt, params)
                return await fast.first(stmt, params)
            except FastReadFailed:
                log.debug("fast read failed; reading through SQLAlchemy", exc_info=True)

        def first_row(conn: Connection) -> tuple[Any, ...] | None:
            row = conn.execute(stmt, params).first()
            return None if row is None else tuple(row)

        return await self.read(first_row)

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    async def upgrade(self) -> None:
        """Bring the schema to the newest Alembic revision (safe with several processes)."""
        async with self.engine.begin() as conn:
            if self.is_postgres:
                await conn.execute(text("SELECT pg_advisory_xact_lock(7242011)"))
            await conn.run_sync(_run_alembic_upgrade)

    async def current_revision(self) -> str | None:
        async with self.engine.connect() as conn:
            return await conn.run_sync(_current_revision)

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - health check reports, never raises
            log.exception("database ping failed")
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._writer is not None:
            self._writer.dispose()
        if isinstance(self._fast, SqliteFastReader):
            self._fast.close()
        elif isinstance(self._fast, AsyncpgFastReader):
            await self._fast.close()
        if isinstance(self._reader, Engine):
            self._reader.dispose()
        elif isinstance(self._reader, AsyncEngine):
            await self._reader.dispose()


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _run_alembic_upgrade(connection: Any) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")


def _current_revision(connection: Any) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def run(coro: Any) -> Any:
    """Run a coroutine from synchronous command-line code."""
    return asyncio.run(coro)

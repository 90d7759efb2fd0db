"""Rows that may be written a moment later, in batches: one INSERT per interval instead of a
write transaction per message. Unstarted, every row is written at once (tests, CLI);
started (the server), a background task writes the buffer every `flush_seconds` and
`close()` writes what is left. A crash loses at most one interval's rows, so only rows
whose loss costs little belong here (the FAQ query log, delivery ids of read-only answers).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

log = logging.getLogger(__name__)
MAX_BUFFERED = 50_000  # if the database stays down, the oldest rows are dropped first


class WriteBehind:
    def __init__(
        self,
        db: Any,
        table: Table,
        *,
        flush_seconds: float = 0.5,
        batch_size: int = 1000,
        ignore_duplicates: bool = False,
    ) -> None:
        self.db = db
        self.table = table
        self.flush_seconds = flush_seconds
        self.batch_size = batch_size
        self.ignore_duplicates = ignore_duplicates
        self._buffer: list[dict[str, Any]] = []
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._closing = False
        self._failures = 0

    @property
    def started(self) -> bool:
        return self._task is not None

    @property
    def buffered(self) -> list[dict[str, Any]]:
        return self._buffer

    async def add(self, row: dict[str, Any]) -> None:
        if self._task is None:
            await self._write([row])
            return
        self._buffer.append(row)
        if len(self._buffer) >= self.batch_size:
            self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._closing = False
            self._task = asyncio.get_running_loop().create_task(self._run(), name=f"write-{self.table.name}")

    async def close(self) -> None:
        # A flag, not task.cancel(): Python 3.11's wait_for can swallow a cancellation that
        # arrives as the event fires, and the task would never end.
        task, self._closing = self._task, True
        if task is not None:
            self._wake.set()
            await task
            self._task = None
        await self.flush()

    async def flush(self) -> None:
        while self._buffer:
            rows = self._buffer[: self.batch_size]
            try:
                await self._write(rows)
            except Exception as exc:  # noqa: BLE001 - see _salvage
                if not await self._salvage(rows, exc):
                    self._buffer = self._buffer[-MAX_BUFFERED:]
                    return
            self._failures = 0
            del self._buffer[: len(rows)]

    async def _salvage(self, rows: list[dict[str, Any]], exc: Exception) -> bool:
        """A batch failed. With the database down, keep the rows for the next interval (False).
        With it up, one row is bad (e.g. a NUL on PostgreSQL): write the rows one by one and
        drop only those refused, so one bad row cannot block the log for ever (True).
        Logs name the error class only: the statement's parameters are workers' texts."""
        self._failures += 1
        if not await self.db.ping():
            if self._failures & (self._failures - 1) == 0:  # 1, 2, 4, 8... failures in a row
                log.error(
                    "could not write %d %s rows (%s, database unreachable); will retry",
                    len(rows),
                    self.table.name,
                    type(exc).__name__,
                )
            return False
        dropped = 0
        for row in rows:
            try:
                await self._write([row])
            except Exception as row_exc:  # noqa: BLE001 - this row only
                dropped += 1
                last = type(row_exc).__name__
        if dropped:
            log.error("dropped %d %s row(s) the database refused (%s)", dropped, self.table.name, last)
        return True

    async def _run(self) -> None:
        while not self._closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.flush_seconds)
            self._wake.clear()
            await self.flush()

    async def _write(self, rows: list[dict[str, Any]]) -> None:
        stmt: Any = insert(self.table)
        if self.ignore_duplicates:
            dialect_insert = pg_insert if self.db.is_postgres else sqlite_insert
            stmt = dialect_insert(self.table).on_conflict_do_nothing()
        if self.db.can_write_now:
            # One short transaction without an ORM session (on SQLite: in this thread, no hops
            # to aiosqlite's thread while holding the write lock that short units queue for).
            await self.db.write_now(lambda conn: conn.execute(stmt, rows))
            return
        async with self.db.session() as s:
            await s.execute(stmt, rows)

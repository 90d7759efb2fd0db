"""Two Database handles on one SQLite file in one event loop (two apps in one process, as the
multi-process tests run them) queue their writes: a synchronous write_now never waits inside
SQLite's busy handler for a transaction that needs the blocked loop to finish."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sqlalchemy import text

from storage.db import Database


async def test_a_short_write_waits_for_the_other_handles_transaction(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'q.sqlite3'}"
    a, b = Database(url), Database(url)
    try:
        await b.write_now(lambda c: c.exec_driver_sql("CREATE TABLE t (x INTEGER)"))
        inside = asyncio.Event()

        async def slow_transaction() -> None:
            async with a.session() as s:
                await s.execute(text("INSERT INTO t VALUES (1)"))
                inside.set()
                await asyncio.sleep(0.3)  # holds SQLite's write lock across an await

        task = asyncio.create_task(slow_transaction())
        await inside.wait()
        started = time.monotonic()
        await b.write_now(lambda c: c.exec_driver_sql("INSERT INTO t VALUES (2)"))
        waited = time.monotonic() - started
        await task
        rows = await b.read(lambda c: [r[0] for r in c.exec_driver_sql("SELECT x FROM t ORDER BY x")])
        assert rows == [1, 2]
        assert waited < 10, f"the short write waited {waited:.1f} s in SQLite's busy handler"
    finally:
        await a.engine.dispose()
        await b.engine.dispose()

"""Form steps one after another on PostgreSQL through the engine: the short unit of work
(storage/fast_unit.py: one read, one short write transaction) against the full unit (ORM
session), forced by turning can_write_now off. 40 workers x 9 field steps per mode, 2 rounds.
Run: .venv/bin/python bench/bench_pg_form_steps.py   (starts its own throwaway PostgreSQL)"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.bench_throughput import FORM  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.types import Incoming  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.uow import SqlWorkerStore  # noqa: E402
from tests.pg import start_postgres  # noqa: E402

# the form's own steps, from its name to the head count: the same answers bench_throughput sends
STEPS = FORM[2:11]


async def run(url, force_full):
    db = Database(url)
    await db.upgrade()
    if force_full:
        type(db).can_write_now = property(lambda self: False)
    eng = Engine(
        Settings(data_dir=Path(tempfile.mkdtemp())),
        SqlWorkerStore(db),
        KnowledgeService(REPO / "knowledge_base" / "data"),
    )
    times = []
    for i in range(40):
        u = f"u{i}"
        await eng.handle(Incoming("web", u, text="/complain", delivery_id=f"{u}a"))
        await eng.handle(Incoming("web", u, button="form:consent:yes", delivery_id=f"{u}b"))
        for j, (k, v) in enumerate(STEPS):
            t = time.perf_counter()
            await eng.handle(Incoming("web", u, **{k: v}, delivery_id=f"{u}{j}"))
            times.append((time.perf_counter() - t) * 1000)
    await db.dispose()
    return statistics.median(times), statistics.mean(times)


async def main():
    pg = start_postgres()
    try:
        orig = Database.can_write_now
        for rnd in range(2):
            for full in (False, True):
                Database.can_write_now = orig
                med, mean = await run(pg.create_database(f"b{rnd}{int(full)}"), full)
                print(
                    f"{'full unit ' if full else 'short unit'}: median {med:.2f} ms, mean {mean:.2f} ms per form step",
                    flush=True,
                )
    finally:
        pg.stop()


if __name__ == "__main__":
    asyncio.run(main())

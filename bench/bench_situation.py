"""Situation page with 100,000 cases on PostgreSQL: time to render /staff/situation (the HTML,
whose figures are computed in SQL), its data.json and its XLSX, over real HTTP with a
logged-in admin (who sees every centre). The cases are generated here: one year, 12 districts, 20 industries,
3,000 employers (a few large), 6 centres, 60 % closed.
Run: .venv/bin/python bench/bench_situation.py [--cases 100000] [--runs 7]"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiohttp import web  # noqa: E402
from aiohttp.test_utils import TestClient, TestServer  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.context import CTX, AppContext  # noqa: E402
from bot.staff.passwords import hash_password  # noqa: E402
from bot.staff.web import setup  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import Case, Identity, StaffAccount  # noqa: E402
from tests.pg import start_postgres  # noqa: E402

DISTRICTS = [f"{n}区" for n in "东西南北中高新开发滨江城关经开港口临空"][:12]
INDUSTRIES = [f"行业{i:02d}" for i in range(20)]
CENTRES = ["central", "east", "west", "south", "north", "hitech"]


async def fill(db: Database, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    batch = 5000
    async with db.engine.begin() as conn:
        await conn.execute(
            insert(Identity.__table__),
            [{"channel": "web", "user_key": f"b{i}", "created_at": now} for i in range(n)],
        )
        first_id = (await conn.execute(text("SELECT min(id) FROM identities"))).scalar_one()
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(n, start + batch)):
            created = now - timedelta(seconds=rng.randrange(0, 365 * 86400))
            closed = rng.random() < 0.6
            emp = int(rng.paretovariate(1.2)) % 3000
            rows.append(
                {
                    "case_no": f"B{i:08d}",
                    "identity_id": first_id + i,
                    "status": "resolved" if closed else rng.choice(["submitted", "accepted", "mediating"]),
                    "priority": "normal",
                    "priority_reasons": [],
                    "centre_id": rng.choice(CENTRES),
                    "district": rng.choice(DISTRICTS),
                    "consent_at": created,
                    "worker_name": "王某",
                    "contact_phone": "13900000000",
                    "employer_name": f"单位{emp:04d}",
                    "work_location": "某地",
                    "industry": rng.choice(INDUSTRIES),
                    "arrears_start": "2026-01",
                    "arrears_end": "2026-03",
                    "amount_owed": Decimal(rng.randrange(1000, 200000)),
                    "amount_approximate": False,
                    "workers_affected": rng.randrange(1, 40),
                    "workers_approximate": False,
                    "description": "拖欠工资",
                    "created_at": created,
                    "updated_at": created,
                    "accept_by": created + timedelta(days=7),
                    "resolve_by": created + timedelta(days=45),
                    "closed_at": created + timedelta(days=rng.randrange(1, 80)) if closed else None,
                    "outcome": rng.choice(["mediation", "resolved", "arbitration"]) if closed else None,
                }
            )
        async with db.engine.begin() as conn:
            await conn.execute(insert(Case.__table__), rows)
    async with db.engine.begin() as conn:
        await conn.execute(text("ANALYZE"))


async def timed(client: TestClient, url: str, runs: int) -> tuple[list[float], int]:
    times = []
    size = 0
    for _ in range(runs):
        t = time.perf_counter()
        resp = await client.get(url)
        body = await resp.read()
        times.append(time.perf_counter() - t)
        assert resp.status == 200, (url, resp.status)
        size = len(body)
    return times, size


async def main(n: int, runs: int) -> None:
    server = start_postgres()
    try:
        db = Database(server.create_database("bench_situation"))
        await db.upgrade()
        t = time.perf_counter()
        await fill(db, n)
        print(f"generated {n} cases in {time.perf_counter() - t:.1f} s")
        async with db.session() as s:
            s.add(
                StaffAccount(
                    username="sup",
                    display_name="sup",
                    password_hash=hash_password("x" * 12),
                    role="admin",  # sees every centre's cases: the whole 100,000
                    centre_id=None,
                )
            )
        app = web.Application()
        app[CTX] = AppContext(
            settings=Settings(data_dir=Path(tempfile.mkdtemp())), db=db, knowledge=None, engine=None
        )
        setup(app, app[CTX])
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            page = await (await client.get("/staff/login")).text()
            token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            await client.post("/staff/login", data={"csrf": token, "username": "sup", "password": "x" * 12})
            for period in (30, 365):
                fig = await (await client.get(f"/staff/situation/data.json?period={period}")).json()
                print(
                    f"period {period} days: {fig['totals']['current']['n']} cases this period, "
                    f"{len(fig['by_employer'])} employers shown, {len(fig['by_district'])} district rows"
                )
            print(f"{'request':45} {'median':>8} {'max':>8}  bytes   ({runs} runs, first run included)")
            for url in (
                "/staff/situation?period=30",
                "/staff/situation?period=365",
                "/staff/situation/data.json?period=30",
                "/staff/situation/data.json?period=365",
                "/staff/situation.xlsx?period=365",
            ):
                times, size = await timed(client, url, runs)
                print(f"{url:45} {statistics.median(times) * 1000:7.0f}ms {max(times) * 1000:7.0f}ms  {size}")
        await db.dispose()
    finally:
        server.stop()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    asyncio.run(main(a.cases, a.runs))

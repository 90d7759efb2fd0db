"""Warnings under a scripted surge: eight weeks of ordinary complaints (about 60 a week over
12 districts), then 300 complaints within one hour, 40 of them from different workers about
one employer (5 of those mention 集体); the earlier complaints are all accepted. The warning rules run once a simulated minute, as the
server's watch does. Prints the warnings raised, their levels, how many pushes went to the
supervisors, and the time one pass of the rules takes. PostgreSQL (started here).
Run: .venv/bin/python bench/bench_alert_surge.py"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert, select, text  # noqa: E402

from bot.staff.alerts.detect import detect  # noqa: E402
from bot.staff.alerts.rules import load_rules  # noqa: E402
from bot.staff.alerts.store import apply  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import Alert, AlertEvent, Case, Identity, OutboxMessage  # noqa: E402
from tests.pg import start_postgres  # noqa: E402

DISTRICTS = [
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "高新区",
    "开发区",
    "滨江区",
    "城关区",
    "港口区",
    "临空区",
    "经开区",
]
INDUSTRIES = ["建筑业", "制造业", "餐饮住宿", "交通物流", "居民服务", "批发零售"]
START = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 China time, far from the Spring Festival
TARGET = "某建设集团有限公司"


def _case(i: int, ident: int, created: datetime, rng: random.Random, **kw: object) -> dict:
    row = {
        "case_no": f"S{i:07d}",
        "identity_id": ident,
        "status": "submitted",
        "priority": "normal",
        "priority_reasons": [],
        "centre_id": "central",
        "district": rng.choice(DISTRICTS),
        "consent_at": created,
        "worker_name": "王某",
        "contact_phone": "13900000000",
        "employer_name": f"单位{rng.randrange(5000):04d}",
        "work_location": "某地",
        "industry": rng.choice(INDUSTRIES),
        "arrears_start": "2026-08",
        "arrears_end": "2026-10",
        "amount_owed": Decimal(rng.randrange(2000, 30000)),
        "amount_approximate": False,
        "workers_affected": rng.randrange(1, 4),
        "workers_approximate": False,
        "description": "拖欠工资",
        "created_at": created,
        "updated_at": created,
        "accept_by": created + timedelta(days=7),
        "resolve_by": created + timedelta(days=45),
    }
    row.update(kw)
    return row


async def main() -> None:
    rng = random.Random(12)
    server = start_postgres()
    try:
        db = Database(server.create_database("surge"))
        await db.upgrade()
        background = [
            START - timedelta(days=56) + timedelta(minutes=rng.randrange(56 * 24 * 60 - 60 * 24))
            for _ in range(480)
        ]
        surge_times = sorted(START + timedelta(seconds=rng.randrange(3600)) for _ in range(300))
        target_slots = set(rng.sample(range(300), 40))
        async with db.engine.begin() as conn:
            await conn.execute(
                insert(Identity.__table__),
                [{"channel": "web", "user_key": f"s{i}", "created_at": START} for i in range(780)],
            )
            first = (await conn.execute(text("SELECT min(id) FROM identities"))).scalar_one()
            await conn.execute(
                insert(Case.__table__),
                [_case(i, first + i, t, rng, status="accepted") for i, t in enumerate(background)],
            )
        rules = load_rules()
        surge_rows = []
        k = 0
        for j, t in enumerate(surge_times):
            extra: dict = {}
            if j in target_slots:
                extra = {"employer_name": TARGET, "district": "东区", "industry": "建筑业"}
                if k < 5:
                    extra["description"] = "我们几十个人打算集体去讨薪"
                k += 1
            surge_rows.append(_case(480 + j, first + 480 + j, t, rng, **extra))
        pass_times = []
        opened_at: dict[tuple[str, str], int] = {}
        for minute in range(1, 61):
            now = START + timedelta(minutes=minute)
            due = [r for r in surge_rows if r["created_at"] <= now and not r.get("_in")]
            if due:
                for r in due:
                    r["_in"] = True
                async with db.engine.begin() as conn:
                    await conn.execute(
                        insert(Case.__table__), [{k: v for k, v in r.items() if k != "_in"} for r in due]
                    )
            t = time.perf_counter()
            await apply(db, await detect(db, rules, now), now)
            pass_times.append(time.perf_counter() - t)
            async with db.session() as s:
                for a in (await s.execute(select(Alert))).scalars():
                    opened_at.setdefault((a.kind, a.subject), minute)
        async with db.session() as s:
            alerts = list((await s.execute(select(Alert).order_by(Alert.id))).scalars())
            events = Counter((await s.execute(select(AlertEvent.kind))).scalars())
            pushes = list(
                (await s.execute(select(OutboxMessage).where(OutboxMessage.kind == "alert"))).scalars()
            )
        print(
            f"cases: {len(background)} background over 8 weeks, {len(surge_rows)} in one hour "
            f"({len(target_slots)} about {TARGET})"
        )
        print(f"warnings raised: {len(alerts)}; pushes to supervisors: {len(pushes)}; events: {dict(events)}")
        for a in alerts:
            n_push = sum(1 for p in pushes if p.payload.get("alert_id") == a.id)
            print(
                f"  [{a.level}] {a.kind:16} {a.subject:24} cases={len(a.cases):3} pushes={n_push} "
                f"first seen at minute {opened_at[(a.kind, a.subject)]:2}: {a.reason}"
            )
        print(
            f"one pass of the rules: median {statistics.median(pass_times) * 1000:.0f} ms, "
            f"max {max(pass_times) * 1000:.0f} ms (60 passes)"
        )
        await db.dispose()
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())

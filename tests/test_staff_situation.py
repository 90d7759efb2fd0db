"""Situation figures: the SQL aggregates agree with a count in Python over the same cases (on
SQLite and PostgreSQL), the XLSX export holds the same numbers, and in Chromium the charts
are drawn from the figures the server hands out."""

from __future__ import annotations

import io
import random
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from openpyxl import load_workbook
from sqlalchemy import select

from bot import clock
from bot.staff.situation.figures import TOP, compute
from bot.staff.situation.xlsx import to_xlsx
from storage.models import Case
from tests.alert_cases import add_case

TZ = clock.tz()
NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


async def _random_cases(db, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    districts = ["东区", "西区", "南区", "北区", None]
    industries = ["建筑业", "制造业", "餐饮", "物流", "家政"]
    for _ in range(n):
        created = NOW - timedelta(minutes=rng.randrange(0, 60 * 24 * 62))
        closed = None
        outcome = None
        status = "submitted"
        if rng.random() < 0.5:
            closed = created + timedelta(days=rng.choice([3, 20, 44.9, 45.1, 60]))
            outcome = rng.choice(["mediation", "resolved", "arbitration"])
            status = "resolved"
        await add_case(
            db,
            created=created,
            employer=f"单位{rng.randrange(30)}",
            district=rng.choice(districts),
            industry=rng.choice(industries),
            centre=rng.choice(["central", "east"]),
            workers=rng.randrange(1, 30),
            amount=rng.randrange(1000, 90000),
            status=status,
            closed_at=closed,
            outcome=outcome,
        )


def _python_figures(cases: list[Case], start: datetime, end: datetime) -> dict:
    mine = [c for c in cases if start <= c.created_at < end]
    by_district: Counter = Counter(c.district or "未填" for c in mine)
    by_employer: Counter = Counter(c.employer_name for c in mine)
    amount_by_district: dict = defaultdict(float)
    for c in mine:
        amount_by_district[c.district or "未填"] += float(c.amount_owed)
    per_day: Counter = Counter(c.created_at.astimezone(TZ).date().isoformat() for c in mine)
    centres: dict = {}
    for centre in {c.centre_id for c in mine}:
        rows = [c for c in mine if c.centre_id == centre]
        closed = [c for c in rows if c.closed_at]
        within = [c for c in closed if c.closed_at - c.created_at <= timedelta(days=45)]
        centres[centre] = (len(rows), len(closed), len(within), sum(c.outcome == "mediation" for c in closed))
    return {
        "n": len(mine),
        "amount": round(sum(float(c.amount_owed) for c in mine), 2),
        "workers": sum(c.workers_affected for c in mine),
        "by_district": by_district,
        "amount_by_district": amount_by_district,
        "by_employer": by_employer,
        "per_day": per_day,
        "centres": centres,
    }


async def test_sql_aggregates_match_a_python_count(db) -> None:
    await _random_cases(db, 400)
    fig = await compute(db, 30, now=NOW)
    async with db.session() as s:
        cases = list((await s.execute(select(Case))).scalars())
    end = datetime(2026, 11, 21, tzinfo=TZ)
    cur = _python_figures(cases, end - timedelta(days=30), end)
    prev = _python_figures(cases, end - timedelta(days=60), end - timedelta(days=30))
    assert fig.totals["current"] == {"n": cur["n"], "amount": cur["amount"], "workers": cur["workers"]}
    assert fig.totals["previous"]["n"] == prev["n"] and prev["n"] > 50
    assert sum(fig.series["current"]["n"]) == cur["n"] and sum(fig.series["previous"]["n"]) == prev["n"]
    assert dict(zip(fig.series["labels"], fig.series["current"]["n"], strict=True)) == {
        d: cur["per_day"].get(d, 0) for d in fig.series["labels"]
    }
    district = {r["name"]: r for r in fig.by_district}
    assert {k: v["n"] for k, v in district.items()} == dict(cur["by_district"])
    assert {k: v["prev_n"] for k, v in district.items()} == {
        k: prev["by_district"].get(k, 0) for k in district
    }
    for k, v in district.items():
        assert abs(v["amount"] - cur["amount_by_district"][k]) < 0.01
    top = cur["by_employer"].most_common()
    assert len(fig.by_employer) == min(TOP, len(top))
    assert [r["n"] for r in fig.by_employer] == [n for _, n in top[:TOP]]
    assert all(cur["by_employer"][r["name"]] == r["n"] for r in fig.by_employer)
    for row in fig.centres:
        n, closed, within, mediation = cur["centres"][row["centre"]]
        assert (row["n"], row["closed"], row["closed_within"], row["mediation"]) == (
            n,
            closed,
            within,
            mediation,
        )
        assert row["share_closed_within"] == round(within / closed, 4)
    # a centre's staff see their own centre's figures only
    east = await compute(db, 30, now=NOW, scope=["east"])
    assert east.totals["current"]["n"] == cur["centres"]["east"][0] < cur["n"]


async def test_industry_other_row_and_xlsx_round_trip(db) -> None:
    for i in range(25):
        await add_case(
            db, created=NOW - timedelta(hours=i + 1), employer=f"=HYPERLINK(单位{i})", district=f"区{i}"
        )
    fig = await compute(db, 7, now=NOW)
    assert len(fig.by_district) == TOP + 1 and fig.by_district[-1]["name"] == "其他"
    assert sum(r["n"] for r in fig.by_district) == 25
    book = load_workbook(io.BytesIO(to_xlsx(fig)))
    assert book.sheetnames == ["总量", "趋势", "地区", "行业", "单位", "中心", "预警"]
    rows = list(book["地区"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2]) for r in rows] == [(r["name"], r["n"], r["amount"]) for r in fig.by_district]
    employers = [r[0] for r in book["单位"].iter_rows(min_row=2, values_only=True)]
    assert employers == [r["name"] for r in fig.by_employer] and employers[0].startswith("=HYPERLINK")
    assert book["单位"]["A2"].data_type == "s"  # text, never a formula
    trend = list(book["趋势"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in trend] == fig.series["current"]["n"]

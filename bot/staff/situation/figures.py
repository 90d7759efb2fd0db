"""The situation figures, aggregated in the database (GROUP BY over created_at ranges on
indexed columns); never every case loaded into Python.

Periods are in China time: a period of N days ends now and is compared with the N days
before it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Float, Integer, and_, case, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import clock
from bot.staff.alerts.detect import dimension_column, employer_column
from storage.models import ALERT_LEVELS, Alert, Case
from storage.types import utcnow

PERIODS = (7, 30, 90, 365)
TOP = 20
OTHER = "其他"
UNKNOWN = "未填"


@dataclass
class Figures:
    period_days: int
    start: str
    end: str
    totals: dict[str, dict[str, float]] = field(
        default_factory=dict
    )  # current|previous -> n, amount, workers
    series: dict[str, Any] = field(default_factory=dict)  # labels, current{n,amount,workers}, previous{...}
    by_district: list[dict[str, Any]] = field(default_factory=list)
    by_industry: list[dict[str, Any]] = field(default_factory=list)
    by_employer: list[dict[str, Any]] = field(default_factory=list)
    alerts: dict[str, int] = field(default_factory=dict)
    centres: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "period_days": self.period_days,
            "start": self.start,
            "end": self.end,
            "totals": self.totals,
            "series": self.series,
            "by_district": self.by_district,
            "by_industry": self.by_industry,
            "by_employer": self.by_employer,
            "alerts": self.alerts,
            "centres": self.centres,
        }


EPOCH = date(1970, 1, 1)


def _day(dialect: str, offset: int) -> Any:
    """The local calendar day of created_at (offset: the zone's seconds east of UTC), as days
    since 1970-01-01: integer arithmetic, far cheaper than formatting a date per row."""
    if dialect == "sqlite":
        return cast(func.julianday(Case.created_at) - 2440587.5 + offset / 86400, Integer)
    return cast(func.floor((func.extract("epoch", Case.created_at) + offset) / 86400), Integer)


def _days_to_close(dialect: str) -> Any:
    if dialect == "sqlite":
        return func.julianday(Case.closed_at) - func.julianday(Case.created_at)
    return func.extract("epoch", Case.closed_at - Case.created_at) / 86400.0


def _measures() -> list[Any]:
    return [
        func.count(Case.id),
        func.coalesce(func.sum(cast(Case.amount_owed, Float)), 0.0),
        func.coalesce(func.sum(Case.workers_affected), 0),
    ]


def _scoped(stmt: Any, scope: list[str] | None) -> Any:
    return stmt if scope is None else stmt.where(Case.centre_id.in_(scope))


def _in(start: datetime, end: datetime) -> Any:
    return and_(Case.created_at >= start, Case.created_at < end)


async def _grouped(
    s: AsyncSession, col: Any, start: datetime, end: datetime, scope: list[str] | None, keys: list[Any] | None
) -> list[tuple[Any, int, float, int]]:
    """Groups by count, largest first: the top TOP, or (keys given) just those groups."""
    stmt = select(col, *_measures()).where(_in(start, end)).group_by(col)
    if keys is None:
        stmt = stmt.order_by(func.count(Case.id).desc(), col).limit(TOP)
    else:
        known = [k for k in keys if k is not None]
        wanted = [col.in_(known)] if known else []
        if None in keys:
            wanted.append(col.is_(None))
        if not wanted:
            return []
        stmt = stmt.where(or_(*wanted))
    return [(r[0], int(r[1]), float(r[2]), int(r[3])) for r in (await s.execute(_scoped(stmt, scope))).all()]


def _row(name: Any, now: tuple[int, float, int], then: tuple[int, float, int]) -> dict[str, Any]:
    return {
        "name": name if name not in (None, "") else UNKNOWN,
        "n": now[0],
        "amount": round(now[1], 2),
        "workers": now[2],
        "prev_n": then[0],
        "prev_amount": round(then[1], 2),
        "prev_workers": then[2],
    }


async def _by(
    s: AsyncSession,
    col: Any,
    cur: tuple[datetime, datetime],
    prev: tuple[datetime, datetime],
    scope: list[str] | None,
    *,
    label: Any = None,
) -> list[dict[str, Any]]:
    """The top groups of this period with the same groups' figures in the last one."""
    top = await _grouped(s, col, *cur, scope, None)
    keys = [r[0] for r in top]
    then = {r[0]: r[1:] for r in await _grouped(s, col, *prev, scope, keys)} if keys else {}
    names: dict[Any, str] = {}
    known = [k for k in keys if k is not None]
    if label is not None and known:
        stmt = select(col, func.max(label)).where(_in(*cur), col.in_(known)).group_by(col)
        names = dict((await s.execute(_scoped(stmt, scope))).all())
    return [_row(names.get(k) or k, (n, a, w), then.get(k, (0, 0.0, 0))) for k, n, a, w in top]


def _add_other(rows: list[dict[str, Any]], totals: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    """Everything outside the top groups, as one row 其他."""
    c, p = totals["current"], totals["previous"]
    rest = (
        int(c["n"] - sum(r["n"] for r in rows)),
        c["amount"] - sum(r["amount"] for r in rows),
        int(c["workers"] - sum(r["workers"] for r in rows)),
    )
    prev_rest = (
        int(p["n"] - sum(r["prev_n"] for r in rows)),
        p["amount"] - sum(r["prev_amount"] for r in rows),
        int(p["workers"] - sum(r["prev_workers"] for r in rows)),
    )
    if rest[0] or prev_rest[0]:
        rows.append(_row(OTHER, rest, prev_rest))
    return rows


async def _series(
    s: AsyncSession, dialect: str, start: datetime, end: datetime, scope: list[str] | None
) -> dict[str, list[float]]:
    offset = int(clock.local(start).utcoffset().total_seconds())  # type: ignore[union-attr]
    day = _day(dialect, offset)
    rows = (
        await s.execute(_scoped(select(day, *_measures()).where(_in(start, end)).group_by(day), scope))
    ).all()
    found = {
        (EPOCH + timedelta(days=int(r[0]))).isoformat(): (int(r[1]), float(r[2]), int(r[3])) for r in rows
    }
    first = clock.local(start).date()
    days = (clock.local(end).date() - first).days + 1
    out: dict[str, list[float]] = {"n": [], "amount": [], "workers": []}
    for i in range(days):
        n, amount, workers = found.get((first + timedelta(days=i)).isoformat(), (0, 0.0, 0))
        out["n"].append(n)
        out["amount"].append(round(amount, 2))
        out["workers"].append(workers)
    return out


def _fold_weeks(
    labels: list[str], values: dict[str, list[float]]
) -> tuple[list[str], dict[str, list[float]]]:
    """Long periods are shown by week: 7-day sums, labelled by their first day."""
    out_labels = labels[::7]
    out = {k: [round(sum(v[i : i + 7]), 2) for i in range(0, len(v), 7)] for k, v in values.items()}
    return out_labels, out


async def _centres(
    s: AsyncSession, dialect: str, start: datetime, end: datetime, resolve_days: int, scope: list[str] | None
) -> list[dict[str, Any]]:
    closed = Case.closed_at.is_not(None)
    within = and_(closed, _days_to_close(dialect) <= resolve_days)
    stmt = (
        select(
            Case.centre_id,
            func.count(Case.id),
            func.sum(case((closed, 1), else_=0)),
            func.sum(case((within, 1), else_=0)),
            func.sum(case((Case.outcome == "mediation", 1), else_=0)),
        )
        .where(_in(start, end))
        .group_by(Case.centre_id)
        .order_by(Case.centre_id)
    )
    out = []
    for centre, n, n_closed, n_within, n_mediation in (await s.execute(_scoped(stmt, scope))).all():
        n_closed = int(n_closed or 0)
        out.append(
            {
                "centre": centre,
                "n": int(n),
                "closed": n_closed,
                "closed_within": int(n_within or 0),
                "mediation": int(n_mediation or 0),
                "share_closed_within": round(int(n_within or 0) / n_closed, 4) if n_closed else None,
                "share_mediation": round(int(n_mediation or 0) / n_closed, 4) if n_closed else None,
            }
        )
    return out


async def _gather(db: Any, jobs: list[Callable[[AsyncSession], Awaitable[Any]]]) -> list[Any]:
    """PostgreSQL: the queries side by side, each on its own pooled connection; SQLite: in turn."""
    if getattr(db, "is_postgres", False):

        async def one(job: Callable[[AsyncSession], Awaitable[Any]]) -> Any:
            async with db.session() as s:
                return await job(s)

        return list(await asyncio.gather(*(one(j) for j in jobs)))
    async with db.session() as s:
        return [await job(s) for job in jobs]


async def _totals(
    s: AsyncSession, start: datetime, end: datetime, scope: list[str] | None
) -> dict[str, float]:
    row = (await s.execute(_scoped(select(*_measures()).where(_in(start, end)), scope))).one()
    return {"n": int(row[0]), "amount": round(float(row[1]), 2), "workers": int(row[2])}


async def _alert_levels(s: AsyncSession, scope: list[str] | None) -> dict[str, int]:
    stmt = select(Alert.level, func.count(Alert.id)).where(Alert.status != "closed").group_by(Alert.level)
    if scope is not None:
        stmt = stmt.where(Alert.centre_id.in_(scope))
    counts = dict((await s.execute(stmt)).all())
    return {lv: int(counts.get(lv, 0)) for lv in ALERT_LEVELS}


async def compute(
    db: Any,
    period_days: int = 30,
    *,
    scope: list[str] | None = None,
    now: datetime | None = None,
    resolve_days: int = 45,
) -> Figures:
    now = now or utcnow()
    local_today: date = clock.local(now).date()
    end = datetime.combine(local_today + timedelta(days=1), datetime.min.time(), clock.tz())
    start = end - timedelta(days=period_days)
    prev = (start - timedelta(days=period_days), start)
    cur = (start, end)
    fig = Figures(period_days, start.date().isoformat(), local_today.isoformat())
    dialect = db.dialect
    emp = employer_column()
    results = await _gather(
        db,
        [
            lambda s: _totals(s, *cur, scope),
            lambda s: _totals(s, *prev, scope),
            lambda s: _series(s, dialect, *cur, scope),
            lambda s: _series(s, dialect, *prev, scope),
            lambda s: _by(s, Case.district, cur, prev, scope),
            lambda s: _by(s, dimension_column("industry"), cur, prev, scope),
            lambda s: _by(s, emp, cur, prev, scope, label=Case.employer_name),
            lambda s: _alert_levels(s, scope),
            lambda s: _centres(s, dialect, *cur, resolve_days, scope),
        ],
    )
    fig.totals = {"current": results[0], "previous": results[1]}
    this, last = results[2], results[3]
    labels = [(start.date() + timedelta(days=i)).isoformat() for i in range(period_days)]
    this = {k: v[:period_days] for k, v in this.items()}
    last = {k: v[:period_days] for k, v in last.items()}
    if period_days > 60:
        _l, last = _fold_weeks(labels, last)
        labels, this = _fold_weeks(labels, this)
    fig.series = {"labels": labels, "current": this, "previous": last}
    fig.by_district = _add_other(results[4], fig.totals)
    fig.by_industry = _add_other(results[5], fig.totals)
    fig.by_employer = results[6]
    fig.alerts = results[7]
    fig.centres = results[8]
    return fig

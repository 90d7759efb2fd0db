"""The warning rules as SQL over the cases: each returns the situations that reach a level.

Every query filters on created_at (indexed) and groups in the database; only the few groups
that reach a threshold come back to Python, with their case numbers."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import clock
from bot.staff import texts
from bot.staff.alerts.festival import before_spring_festival
from bot.staff.alerts.rules import Rules, Thresholds
from storage.models import ALERT_LEVELS, Case

MAX_CASES = 500


@dataclass
class Candidate:
    kind: str
    key: str
    subject: str
    level: str
    reason: str
    cases: list[str] = field(default_factory=list)
    centre_id: str | None = None


def employer_column() -> Any:
    """The employer of a case: its normalised key (linked complaints), else the name as typed."""
    return func.coalesce(Case.employer_key, Case.employer_name)


def dimension_column(name: str) -> Any:
    """District, or industry category (else the worker's own words for the industry)."""
    if name == "industry":
        return func.coalesce(Case.industry_category, Case.industry)
    return Case.district


def level_for(
    value: float, thresholds: Thresholds, factor: float = 1.0, *, counts: bool = True
) -> str | None:
    """The highest level whose (festival-lowered) threshold the value reaches."""
    found = None
    for level in ALERT_LEVELS:
        if level not in thresholds:
            continue
        limit = thresholds[level] * factor
        if counts:
            limit = max(1, math.ceil(limit - 1e-9))
        if value >= limit:
            found = level
    return found


def _lowest(thresholds: Thresholds, factor: float) -> float:
    values = [v * factor for v in thresholds.values()]
    return max(1, math.ceil(min(values) - 1e-9)) if values else math.inf


def _centre(centres: list[str | None]) -> str | None:
    known = [c for c in centres if c]
    return Counter(known).most_common(1)[0][0] if known else None


async def _cases_of(
    s: AsyncSession, column: Any, values: list[Any], since: datetime, *extra: Any
) -> dict[Any, list[tuple[str, str | None]]]:
    out: dict[Any, list[tuple[str, str | None]]] = defaultdict(list)
    if not values:
        return out
    rows = await s.execute(
        select(column, Case.case_no, Case.centre_id)
        .where(Case.created_at >= since, column.in_(values), *extra)
        .order_by(Case.created_at, Case.id)
    )
    for value, case_no, centre in rows:
        if len(out[value]) < MAX_CASES:
            out[value].append((case_no, centre))
    return out


async def employer_repeat(s: AsyncSession, rules: Rules, now: datetime, factor: float) -> list[Candidate]:
    if not rules.employer_levels:
        return []
    emp = employer_column()
    since = now - timedelta(days=rules.employer_window_days)
    workers = func.count(func.distinct(Case.identity_id))
    rows = (
        await s.execute(
            select(emp, workers, func.count(Case.id), func.max(Case.employer_name))
            .where(Case.created_at >= since, Case.created_at <= now)
            .group_by(emp)
            .having(workers >= _lowest(rules.employer_levels, factor))
        )
    ).all()
    found = {r[0]: r for r in rows}
    cases = await _cases_of(s, emp, list(found), since, Case.created_at <= now)
    out = []
    for key, (_k, n_workers, n_cases, name) in found.items():
        level = level_for(n_workers, rules.employer_levels, factor)
        if level is None:
            continue
        reason = texts.ALERT_REASON["employer_repeat"].format(
            days=rules.employer_window_days, workers=n_workers, count=n_cases
        )
        out.append(
            Candidate(
                "employer_repeat",
                str(key),
                name or str(key),
                level,
                reason,
                [c for c, _ in cases[key]],
                _centre([ce for _, ce in cases[key]]),
            )
        )
    return out


async def large_case(s: AsyncSession, rules: Rules, now: datetime, factor: float) -> list[Candidate]:
    if not rules.large_workers and not rules.large_amount:
        return []
    emp = employer_column()
    since = now - timedelta(days=rules.large_window_days)
    most_workers = func.max(Case.workers_affected)
    amount = func.sum(Case.amount_owed)
    rows = (
        await s.execute(
            select(
                emp,
                most_workers,
                func.count(func.distinct(Case.identity_id)),
                amount,
                func.count(Case.id),
                func.max(Case.employer_name),
            )
            .where(Case.created_at >= since, Case.created_at <= now)
            .group_by(emp)
            .having(
                or_(
                    most_workers >= _lowest(rules.large_workers, factor),
                    func.count(func.distinct(Case.identity_id)) >= _lowest(rules.large_workers, factor),
                    amount >= _lowest(rules.large_amount, factor),
                )
            )
        )
    ).all()
    found = {}
    for key, top, distinct, total, n_cases, name in rows:
        workers = max(int(top or 0), int(distinct or 0))
        levels = [
            level_for(workers, rules.large_workers, factor),
            level_for(float(total or 0), rules.large_amount, factor),
        ]
        levels = [lv for lv in levels if lv]
        if levels:
            level = max(levels, key=ALERT_LEVELS.index)
            found[key] = (level, workers, float(total or 0), n_cases, name)
    cases = await _cases_of(s, emp, list(found), since, Case.created_at <= now)
    return [
        Candidate(
            "large_case",
            str(key),
            name or str(key),
            level,
            texts.ALERT_REASON["large_case"].format(workers=workers, amount=f"{total:,.0f}", count=n_cases),
            [c for c, _ in cases[key]],
            _centre([ce for _, ce in cases[key]]),
        )
        for key, (level, workers, total, n_cases, name) in found.items()
    ]


async def risk_words(s: AsyncSession, rules: Rules, now: datetime, factor: float) -> list[Candidate]:
    if not rules.risk_words:
        return []
    emp = employer_column()
    since = now - timedelta(days=rules.risk_window_days)
    likes = [Case.description.contains(w, autoescape=True) for w in rules.risk_words]
    rows = (
        await s.execute(
            select(emp, Case.employer_name, Case.case_no, Case.centre_id, Case.description)
            .where(Case.created_at >= since, Case.created_at <= now, or_(*likes))
            .order_by(Case.created_at, Case.id)
            .limit(5000)
        )
    ).all()
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row[0]].append(row)
    out = []
    for key, items in groups.items():
        words = [w for w in rules.risk_words if any(w in (r[4] or "") for r in items)]
        level = max((rules.risk_words[w] for w in words), key=ALERT_LEVELS.index)
        out.append(
            Candidate(
                "risk_words",
                str(key),
                items[0][1] or str(key),
                level,
                texts.ALERT_REASON["risk_words"].format(words="、".join(words), count=len(items)),
                [r[2] for r in items][:MAX_CASES],
                _centre([r[3] for r in items]),
            )
        )
    return out


async def surge(s: AsyncSession, rules: Rules, now: datetime, factor: float) -> list[Candidate]:
    if not rules.surge_ratio:
        return []
    week_ago = now - timedelta(days=7)
    since = week_ago - timedelta(weeks=rules.surge_baseline_weeks)
    min_count = max(1, math.ceil(rules.surge_min_count * factor - 1e-9))
    ratios = {lv: 1 + (r - 1) * factor for lv, r in rules.surge_ratio.items()}
    out = []
    for dim in rules.surge_by:
        col = dimension_column(dim)
        current = func.sum(case((Case.created_at >= week_ago, 1), else_=0)).cast(Integer)
        rows = (
            await s.execute(
                select(col, current, func.count(Case.id))
                .where(Case.created_at >= since, Case.created_at <= now, col.is_not(None))
                .group_by(col)
                .having(current >= min_count)
            )
        ).all()
        found = {}
        for value, cur, total in rows:
            baseline = (int(total) - int(cur)) / rules.surge_baseline_weeks
            ratio = int(cur) / max(baseline, 1.0)
            level = level_for(ratio, ratios, counts=False)
            if level is not None:
                found[value] = (level, int(cur), baseline, ratio)
        cases = await _cases_of(s, col, list(found), week_ago, Case.created_at <= now)
        for value, (level, cur, baseline, ratio) in found.items():
            out.append(
                Candidate(
                    "surge",
                    f"{dim}:{value}",
                    f"{texts.ALERT_DIMENSION[dim]}：{value}",
                    level,
                    texts.ALERT_REASON["surge"].format(
                        dim=texts.ALERT_DIMENSION[dim],
                        value=value,
                        current=cur,
                        weeks=rules.surge_baseline_weeks,
                        baseline=f"{baseline:.1f}",
                        ratio=f"{ratio:.1f}",
                    ),
                    [c for c, _ in cases[value]],
                    _centre([ce for _, ce in cases[value]]),
                )
            )
    return out


async def accept_deadline(s: AsyncSession, rules: Rules, now: datetime, factor: float) -> list[Candidate]:
    if not rules.accept_hours_left:
        return []
    horizon = now + timedelta(hours=max(rules.accept_hours_left.values()))
    rows = (
        await s.execute(
            select(Case.centre_id, Case.case_no, Case.accept_by)
            .where(and_(Case.status == "submitted", Case.accept_by <= horizon))
            .order_by(Case.accept_by, Case.id)
            .limit(5000)
        )
    ).all()
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row[0]].append(row)
    out = []
    for centre, items in groups.items():
        hours_left = (items[0][2] - now).total_seconds() / 3600
        level = None
        for lv in ALERT_LEVELS:
            if lv in rules.accept_hours_left and hours_left <= rules.accept_hours_left[lv]:
                level = lv
        if level is None:
            continue
        when = clock.local_minute(items[0][2])
        out.append(
            Candidate(
                "accept_deadline",
                str(centre),
                str(centre),
                level,
                texts.ALERT_REASON["accept_deadline"].format(count=len(items), when=when),
                [r[1] for r in items][:MAX_CASES],
                centre,
            )
        )
    return out


RULES = (employer_repeat, large_case, risk_words, surge, accept_deadline)


async def detect(db: Any, rules: Rules, now: datetime) -> list[Candidate]:
    """Every situation that reaches a level now (before the Spring Festival, thresholds lowered)."""
    festive = before_spring_festival(now, rules.festival_weeks_before)
    factor = rules.festival_factor if festive else 1.0
    out: list[Candidate] = []
    async with db.session() as s:
        for rule in RULES:
            found = await rule(s, rules, now, factor)
            if festive:
                for c in found:
                    c.reason += texts.ALERT_FESTIVAL
            out.extend(found)
    return out

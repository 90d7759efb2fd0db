"""Linked complaints: cases about one employer (compared by employer key) within a window
share a link group; staff see the group on each case and its head count raises priority."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, literal, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OPEN_STATUSES, PRIORITIES, Case, OutboxMessage


async def link_case(
    s: AsyncSession,
    case: Case,
    *,
    window_days: int,
    same: Callable[[str, str], bool],
    now: datetime,
) -> tuple[int, int, int] | None:
    """Put `case` (flushed, with employer_key) in the group of the earlier cases about the
    same employer within the window. Returns (group id, cases, workers) of the group, or None
    when nothing matched. Candidates are found in SQL (equal keys, or one key inside the
    other), so the cost does not grow with the cases of other employers."""
    key = case.employer_key
    if not key:
        return None
    if s.bind.dialect.name == "postgresql":
        # one linker at a time (until commit): concurrent filings about one employer would
        # otherwise lock each other's rows in opposite orders
        await s.execute(text("SELECT pg_advisory_xact_lock(7242012)"))
    since = now - timedelta(days=window_days)
    inside = Case.employer_key.contains(key, autoescape=True)
    around = literal(key).contains(Case.employer_key)
    rows = (
        await s.execute(
            select(Case.id, Case.link_group, Case.employer_key).where(
                Case.id != case.id,
                Case.employer_key.is_not(None),
                Case.created_at >= since,
                or_(Case.employer_key == key, inside, around),
            )
        )
    ).all()
    matches = [r for r in rows if same(key, r.employer_key or "")]
    if not matches:
        return None
    groups = {r.link_group or r.id for r in matches}
    group = min(groups)
    await s.execute(
        update(Case)
        .where(
            or_(Case.link_group.in_(groups), Case.id.in_([r.id for r in matches] + [case.id])),
            or_(Case.link_group.is_(None), Case.link_group != group),
        )
        .values(link_group=group)
        .execution_options(synchronize_session=False)
    )
    case.link_group = group
    count, workers = (
        await s.execute(
            select(func.count(Case.id), func.sum(Case.workers_affected)).where(Case.link_group == group)
        )
    ).one()
    return group, int(count), int(workers or 0)


async def raise_group_priority(s: AsyncSession, group: int, priority: str, reasons: list[str]) -> None:
    """Every case of the group below `priority` is raised to it, its waiting notice too."""
    lower = [p for p in PRIORITIES[: PRIORITIES.index(priority)]]
    if not lower:
        return
    ids = list(
        (await s.execute(select(Case.id).where(Case.link_group == group, Case.priority.in_(lower)))).scalars()
    )
    if not ids:
        return
    await s.execute(
        update(Case)
        .where(Case.id.in_(ids))
        .values(priority=priority, priority_reasons=reasons)
        .execution_options(synchronize_session=False)
    )
    await s.execute(
        update(OutboxMessage)
        .where(OutboxMessage.case_id.in_(ids), OutboxMessage.status == "pending")
        .values(priority=priority)
        .execution_options(synchronize_session=False)
    )


async def related_numbers(s: AsyncSession, cases: Iterable[Case]) -> dict[int, list[str]]:
    """case id -> case numbers of the other cases in its link group."""
    cases = list(cases)
    groups = {c.link_group for c in cases if c.link_group is not None}
    out: dict[int, list[str]] = {c.id: [] for c in cases}
    if not groups:
        return out
    rows = (
        await s.execute(
            select(Case.id, Case.case_no, Case.link_group)
            .where(Case.link_group.in_(groups))
            .order_by(Case.id)
        )
    ).all()
    for c in cases:
        if c.link_group is not None:
            out[c.id] = [no for cid, no, g in rows if g == c.link_group and cid != c.id]
    return out


async def open_case_about(
    s: AsyncSession, identity_id: int, key: str, same: Callable[[str, str], bool]
) -> Case | None:
    """The worker's own open case about this employer, if any (offered instead of a duplicate)."""
    if not key:
        return None
    rows = (
        await s.execute(
            select(Case)
            .where(Case.identity_id == identity_id, Case.status.in_(OPEN_STATUSES))
            .order_by(Case.created_at.desc())
        )
    ).scalars()
    return next((c for c in rows if c.employer_key and same(key, c.employer_key)), None)

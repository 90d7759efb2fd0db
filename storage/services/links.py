"""Linked complaints: cases about one employer (compared by employer key) within a window
share a link group; staff see the group on each case and its head count raises priority."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OPEN_STATUSES, Case


async def link_case(
    s: AsyncSession,
    case: Case,
    *,
    window_days: int,
    same: Callable[[str, str], bool],
    now: datetime,
) -> list[Case]:
    """Put `case` (flushed, with employer_key) in the group of the earlier cases about the
    same employer within the window; returns the whole group (with `case`), or [case]."""
    if not case.employer_key:
        return [case]
    since = now - timedelta(days=window_days)
    rows = (
        await s.execute(
            select(Case).where(
                Case.id != case.id,
                Case.employer_key.is_not(None),
                Case.created_at >= since,
            )
        )
    ).scalars()
    matches = [c for c in rows if same(case.employer_key, c.employer_key or "")]
    if not matches:
        return [case]
    groups = {c.link_group or c.id for c in matches}
    group = min(groups)
    members = list(
        (await s.execute(select(Case).where((Case.link_group.in_(groups)) | (Case.id.in_(groups))))).scalars()
    )
    for c in [*members, *matches, case]:
        c.link_group = group
    seen: dict[int, Case] = {}
    for c in [*members, *matches, case]:
        seen[c.id] = c
    return sorted(seen.values(), key=lambda c: c.id)


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

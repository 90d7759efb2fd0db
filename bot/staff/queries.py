"""Case list filters shared by the dashboard, its exports and its statistics."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_, select

from bot.clock import utcnow
from storage.models import CASE_STATUSES, OPEN_STATUSES, PRIORITIES, Case

MAX_ROWS = 5000


@dataclass
class CaseFilter:
    status: str | None = None
    centre: str | None = None
    priority: str | None = None
    overdue: bool = False
    q: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> CaseFilter:
        status = query.get("status") or None
        priority = query.get("priority") or None
        return cls(
            status=status if status in CASE_STATUSES else None,
            centre=(query.get("centre") or "").strip()[:64] or None,
            priority=priority if priority in PRIORITIES else None,
            overdue=query.get("overdue") in ("1", "on", "true"),
            q=(query.get("q") or "").strip()[:100] or None,
        )

    def query_string(self) -> str:
        from urllib.parse import urlencode

        items = {
            "status": self.status,
            "centre": self.centre,
            "priority": self.priority,
            "overdue": "1" if self.overdue else None,
            "q": self.q,
        }
        return urlencode({k: v for k, v in items.items() if v})


def overdue_clause(now: datetime) -> Any:
    return or_(
        and_(Case.status == "submitted", Case.accept_by < now),
        and_(Case.status.in_(OPEN_STATUSES), Case.resolve_by < now),
    )


def is_overdue(case: Case, now: datetime | None = None) -> bool:
    now = now or utcnow()
    if case.status == "submitted" and case.accept_by < now:
        return True
    return case.status in OPEN_STATUSES and case.resolve_by < now


def case_query(f: CaseFilter, now: datetime | None = None) -> Select[tuple[Case]]:
    stmt = select(Case)
    if f.status:
        stmt = stmt.where(Case.status == f.status)
    if f.centre:
        stmt = stmt.where(Case.centre_id == f.centre)
    if f.priority:
        stmt = stmt.where(Case.priority == f.priority)
    if f.overdue:
        stmt = stmt.where(overdue_clause(now or utcnow()))
    if f.q:
        like = f"%{f.q.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(
            or_(
                Case.case_no.ilike(like),
                Case.employer_name.ilike(like),
                Case.project_name.ilike(like),
                Case.work_location.ilike(like),
            )
        )
    # urgent first, then newest
    rank = {"urgent": 0, "high": 1, "normal": 2}
    from sqlalchemy import case as sql_case

    return stmt.order_by(sql_case(rank, value=Case.priority, else_=3), Case.created_at.desc()).limit(MAX_ROWS)

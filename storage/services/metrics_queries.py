"""Figures for /metrics that every process must report alike, read from the database at
scrape time: cases by status, the outbox (pending, retrying, dead, age of the oldest
pending row) and open warnings by level."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from storage.models import Alert, Case, OutboxMessage
from storage.types import utcnow


@dataclass
class DatabaseFigures:
    cases_by_status: dict[str, int] = field(default_factory=dict)
    outbox_by_status: dict[str, int] = field(default_factory=dict)
    outbox_retrying: int = 0  # pending rows that failed at least once
    outbox_oldest_pending_seconds: float = 0.0  # 0 when nothing waits
    alerts_by_level_status: dict[tuple[str, str], int] = field(default_factory=dict)


def _as_naive_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=None) if value.tzinfo else value


def _read(conn: Connection) -> DatabaseFigures:
    figures = DatabaseFigures()
    rows = conn.execute(select(Case.status, func.count()).group_by(Case.status))
    figures.cases_by_status = {status: int(n) for status, n in rows}
    rows = conn.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
    figures.outbox_by_status = {status: int(n) for status, n in rows}
    pending = OutboxMessage.status == "pending"
    figures.outbox_retrying = int(
        conn.execute(select(func.count()).where(pending, OutboxMessage.attempts > 0)).scalar_one()
    )
    oldest = conn.execute(select(func.min(OutboxMessage.created_at)).where(pending)).scalar_one()
    if oldest is not None:
        lag = (_as_naive_utc(utcnow()) - _as_naive_utc(oldest)).total_seconds()
        figures.outbox_oldest_pending_seconds = max(0.0, lag)
    rows = conn.execute(
        select(Alert.level, Alert.status, func.count())
        .where(Alert.status != "closed")
        .group_by(Alert.level, Alert.status)
    )
    figures.alerts_by_level_status = {(level, status): int(n) for level, status, n in rows}
    return figures


async def database_figures(db: Any) -> DatabaseFigures:
    """One read of a few GROUP BY counts (indexes: cases status, outbox status, alerts status)."""
    return await db.read(_read)

"""The figures a centre reports upward."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from bot import clock
from storage.models import Case


@dataclass
class Stats:
    total: int = 0
    per_week: list[tuple[str, int]] = field(default_factory=list)
    by_district: list[tuple[str, int]] = field(default_factory=list)
    by_industry: list[tuple[str, int]] = field(default_factory=list)
    owed: float = 0.0
    recovered: float = 0.0
    days_to_accept: float | None = None
    days_to_close: float | None = None
    closed_within_45: float | None = None  # share of closed cases
    by_mediation: float | None = None  # share of resolved cases


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def compute(cases: Sequence[Case], resolve_days: int = 45) -> Stats:
    st = Stats(total=len(cases))
    weeks: Counter[str] = Counter()
    for c in cases:
        local = c.created_at.astimezone(clock.tz())
        monday = (local - timedelta(days=local.weekday())).strftime("%Y-%m-%d")
        weeks[monday] += 1
    st.per_week = sorted(weeks.items())[-12:]
    st.by_district = Counter(c.district or "未匹配" for c in cases).most_common(10)
    st.by_industry = Counter(c.industry_category or c.industry or "未填" for c in cases).most_common(10)
    st.owed = float(sum(c.amount_owed for c in cases))
    st.recovered = float(sum(c.amount_recovered or 0 for c in cases))
    st.days_to_accept = _mean(
        [(c.accepted_at - c.created_at).total_seconds() / 86400 for c in cases if c.accepted_at]
    )
    closed = [c for c in cases if c.closed_at]
    st.days_to_close = _mean([(c.closed_at - c.created_at).total_seconds() / 86400 for c in closed])
    if closed:
        within = sum(1 for c in closed if c.closed_at - c.created_at <= timedelta(days=resolve_days))
        st.closed_within_45 = round(within / len(closed), 3)
    resolved = [c for c in cases if c.status == "resolved"]
    if resolved:
        st.by_mediation = round(sum(1 for c in resolved if c.outcome == "mediation") / len(resolved), 3)
    return st

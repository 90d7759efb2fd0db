"""Tables of the graded early warnings (分级预警) and their events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.model_base import Base
from storage.types import utcnow

ALERT_LEVELS = ("蓝", "黄", "橙", "红")  # graded early warning, lowest first
ALERT_STATUSES = ("open", "acknowledged", "closed")


class Alert(Base):
    """A graded early warning (分级预警) raised by a rule over the cases.

    `active_key` is "<kind>:<key>" while the warning is open or acknowledged and NULL once
    closed: one active warning per situation, across every server process."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_status_opened", "status", "opened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(300))
    active_key: Mapped[str | None] = mapped_column(String(340), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(4))
    reason: Mapped[str] = mapped_column(Text)
    cases: Mapped[list[Any]] = mapped_column(default=list)  # case numbers behind it
    centre_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="open")
    disposition: Mapped[str | None] = mapped_column(String(24))  # inspection|arbitration|interview|joint
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    pushed_level: Mapped[str | None] = mapped_column(String(4))  # the level last pushed to supervisors
    pushed_at: Mapped[datetime | None]

    events: Mapped[list[AlertEvent]] = relationship(
        back_populates="alert", order_by="AlertEvent.id", cascade="all, delete-orphan"
    )


class AlertEvent(Base):
    """Every step of a warning: opened, escalated, acknowledged, handled, closed."""

    __tablename__ = "alert_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[str | None] = mapped_column(String(4))
    actor: Mapped[str] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    alert: Mapped[Alert] = relationship(back_populates="events")

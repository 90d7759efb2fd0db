"""The shared database schema (SQLAlchemy 2 typed ORM). Schema changes go through Alembic."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.model_base import NAMING, Base  # noqa: F401 (NAMING re-exported)
from storage.models_access import (  # noqa: F401 (re-exported: every table imports from storage.models)
    AppSecret,
    LoginAttempt,
    LoginThrottle,
    RateCounter,
    StaffSession,
    WebhookNonce,
)
from storage.models_alerts import ALERT_LEVELS, ALERT_STATUSES, Alert, AlertEvent  # noqa: F401 (re-exported)
from storage.types import utcnow

# Case status values (DESIGN.md "A wage-arrears case").
CASE_STATUSES = ("submitted", "accepted", "mediating", "resolved", "referred", "rejected", "withdrawn")
OPEN_STATUSES = ("submitted", "accepted", "mediating")
CLOSED_STATUSES = ("resolved", "referred", "rejected", "withdrawn")
PRIORITIES = ("normal", "high", "urgent")


class Identity(Base):
    """A worker as one channel knows them: (channel, user_key)."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "user_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    user_key: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_inbound_at: Mapped[datetime | None]  # last message from the worker (WeChat 48 h window)


class Conversation(Base):
    """Form state of one identity; survives restarts and is shared by all server processes."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id", ondelete="CASCADE"), unique=True)
    flow: Mapped[str | None] = mapped_column(String(32))  # None: idle; "complaint"
    step: Mapped[str | None] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consent_at: Mapped[datetime | None]
    # After staff reply to the worker, the worker's next messages go to this case until then.
    reply_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    reply_until: Mapped[datetime | None]
    # What a channel must remember between messages of this worker, shared by every process
    # (WeChat: the numbered choices last shown, the 48-hour window, a pending one-time code).
    channel_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Delivery(Base):
    """A channel delivery id seen once (Telegram update_id, WeChat FromUserName+MsgId)."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    replies: Mapped[list[Any] | None] = mapped_column(JSON)  # the replies given, for a repeat


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16), default="staff")  # staff | supervisor | admin
    centre_id: Mapped[str | None] = mapped_column(String(64))
    telegram_user_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_priority", "status", "priority"),
        Index("ix_cases_centre_status", "centre_id", "status"),
        # situation figures and warning rules: a created_at range within one group
        Index("ix_cases_district_created", "district", "created_at"),
        Index("ix_cases_industry_created", "industry_category", "created_at"),
        Index("ix_cases_employer_created", "employer_key", "created_at"),
        Index("ix_cases_centre_created", "centre_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    priority_reasons: Mapped[list[Any]] = mapped_column(default=list)
    centre_id: Mapped[str] = mapped_column(String(64))
    district: Mapped[str | None] = mapped_column(String(64))

    consent_at: Mapped[datetime]
    worker_name: Mapped[str] = mapped_column(String(64))
    contact_phone: Mapped[str] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    project_name: Mapped[str | None] = mapped_column(String(200))
    work_location: Mapped[str] = mapped_column(String(300))
    industry: Mapped[str] = mapped_column(String(100))  # the worker's own words
    industry_category: Mapped[str | None] = mapped_column(String(32))  # industries.yaml category
    # "鑫达五金" for 鑫达五金制品有限公司: complaints about one employer meet on it
    employer_key: Mapped[str | None] = mapped_column(String(64), index=True)
    # linked complaints (the same employer from other workers) share the first case's id
    link_group: Mapped[int | None] = mapped_column(Integer, index=True)
    arrears_start: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    arrears_end: Mapped[str] = mapped_column(String(7))
    amount_owed: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    amount_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    workers_affected: Mapped[int] = mapped_column(Integer)
    workers_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text)
    amount_recovered: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    outcome: Mapped[str | None] = mapped_column(String(32))  # mediation | arbitration | inspection | ...

    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    accept_by: Mapped[datetime]
    resolve_by: Mapped[datetime]
    accepted_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # deadline watcher bookkeeping: when a reminder / escalation was sent
    accept_reminded_at: Mapped[datetime | None]
    accept_escalated_at: Mapped[datetime | None]
    resolve_reminded_at: Mapped[datetime | None]
    resolve_escalated_at: Mapped[datetime | None]

    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", order_by="CaseEvent.id", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(back_populates="case", order_by="Attachment.id")


class CaseEvent(Base):
    """Every change of a case: who, when, what, and whether the worker sees it."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(
        String(24)
    )  # submitted|status|assign|note|reply|worker_message|reminder|escalation|deletion_request
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(80))  # "worker", "system", "staff:<username>"
    note: Mapped[str | None] = mapped_column(Text)
    visible_to_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="events")


class Attachment(Base):
    """Evidence file stored under data_dir/attachments/<sha256>; never served publicly."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case | None] = relationship(back_populates="attachments")


class WorkerNotice(Base):
    """A message for a worker; pushed when the channel can, else shown on their next message."""

    __tablename__ = "worker_notices"
    __table_args__ = (Index("ix_worker_notices_pending", "identity_id", "delivered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None]
    delivered_via: Mapped[str | None] = mapped_column(String(16))  # "push" | "next_message"


class OutboxMessage(Base):
    """A staff notification waiting to be sent (at least once; claimed with SKIP LOCKED)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # case_created|human_request|reminder|escalation|digest|deletion_request
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    centre_id: Mapped[str | None] = mapped_column(String(64))
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    target: Mapped[str | None] = mapped_column(String(300))  # None: the dispatcher routes it
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|sent|dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class FaqQuery(Base):
    """Every FAQ query and the matcher's decision (admins' unanswered list)."""

    __tablename__ = "faq_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text)
    route: Mapped[str] = mapped_column(String(16))
    topic_id: Mapped[str | None] = mapped_column(String(80))
    score: Mapped[float]
    decision: Mapped[str] = mapped_column(String(16))  # answer | suggest | fallback
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    channel: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class DeletionRequest(Base):
    """A worker asked for their personal data to be deleted (个人信息保护法 第四十七条)."""

    __tablename__ = "deletion_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_at: Mapped[datetime | None]
    handled_by: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)


class AuditLog(Base):
    """Every staff action."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ip: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class CannedReply(Base):
    """Staff reply templates with case placeholders, e.g. {case_no}, {employer_name}."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    centre_id: Mapped[str | None] = mapped_column(String(64))
    created_by: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

"""Tables of staff access and abuse limits: login sessions, attempts and throttles, the web chat's
rate counters, webhook replay nonces and generated secrets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.model_base import Base
from storage.types import utcnow


class StaffSession(Base):
    """A dashboard login session; the cookie holds the token, the table its SHA-256."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key_time", "key", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128))  # "user:<name>" or "ip:<addr>"
    success: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginThrottle(Base):
    """Failed logins counted atomically per key ("user:<name>", "ip:<addr>")."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(default=utcnow)
    next_allowed_at: Mapped[datetime] = mapped_column(default=utcnow)


class RateCounter(Base):
    """The web chat's abuse-limit counters (bot/channels/web_limits.py), shared by every server
    process: one row per key ("msg_ip:<addr>", "filed_user:<key>", ...) and window start (a
    minute, an hour or a local day). Rows of past windows are pruned."""

    __tablename__ = "rate_counters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True, index=True)
    hits: Mapped[int] = mapped_column(Integer, default=0)


class WebhookNonce(Base):
    """A signed webhook request seen once (WeChat timestamp+nonce), kept for the freshness
    window so a replay with another body is refused by every process."""

    __tablename__ = "webhook_nonces"
    __table_args__ = (UniqueConstraint("source", "nonce"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    nonce: Mapped[str] = mapped_column(String(160))
    body_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class AppSecret(Base):
    """A secret generated once and shared by every server process (Telegram webhook secret)."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

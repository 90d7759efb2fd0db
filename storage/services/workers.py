"""Identities, their conversation state, delivery ids and pending notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Conversation, Delivery, Identity, WorkerNotice
from storage.types import utcnow


async def identity_for(
    s: AsyncSession, channel: str, user_key: str, display_name: str | None = None
) -> Identity:
    ident = (
        await s.execute(
            select(Identity)
            .where(Identity.channel == channel, Identity.user_key == user_key)
            .with_for_update()
        )
    ).scalar_one_or_none()
    if ident is None:
        ident = Identity(channel=channel, user_key=user_key, display_name=display_name)
        s.add(ident)
        await s.flush()
    ident.last_inbound_at = utcnow()
    return ident


async def conversation_for(s: AsyncSession, ident: Identity) -> Conversation:
    conv = (
        await s.execute(select(Conversation).where(Conversation.identity_id == ident.id).with_for_update())
    ).scalar_one_or_none()
    if conv is None:
        conv = Conversation(identity_id=ident.id, data={})
        s.add(conv)
        await s.flush()
    return conv


REPLY_WINDOW = timedelta(hours=72)


def open_reply_relay(conv: Conversation, case_id: int, now: datetime | None = None) -> None:
    """After a staff reply, the worker's next messages go to that case for REPLY_WINDOW."""
    conv.reply_case_id = case_id
    conv.reply_until = (now or utcnow()) + REPLY_WINDOW


def close_reply_relay(conv: Conversation) -> None:
    conv.reply_case_id, conv.reply_until = None, None


def reply_relay_case(conv: Conversation, now: datetime | None = None) -> int | None:
    """The case a worker's free text is relayed to, or None when no relay is open."""
    if conv.reply_case_id is None or conv.reply_until is None:
        return None
    return conv.reply_case_id if conv.reply_until > (now or utcnow()) else None


async def record_delivery(s: AsyncSession, delivery_id: str, channel: str) -> None:
    """Adds the delivery row; the unique key makes a repeat fail at flush (IntegrityError)."""
    s.add(Delivery(delivery_id=delivery_id[:200], channel=channel))
    await s.flush()


async def take_pending_notices(s: AsyncSession, ident: Identity) -> list[str]:
    rows = (
        (
            await s.execute(
                select(WorkerNotice)
                .where(WorkerNotice.identity_id == ident.id, WorkerNotice.delivered_at.is_(None))
                .order_by(WorkerNotice.id)
            )
        )
        .scalars()
        .all()
    )
    now = utcnow()
    for row in rows:
        row.delivered_at = now
        row.delivered_via = "next_message"
    return [r.text for r in rows]


@dataclass(frozen=True)
class IdleState:
    """What one read says about a worker: known, no form open, no relay, nothing waiting."""

    identity_id: int
    idle: bool
    delivered: bool  # the delivery id asked about is already recorded


# Built once: constructing a statement costs more than running this one on SQLite.
_IDLE_STATE = (
    select(
        Identity.id,
        Conversation.flow,
        Conversation.reply_until,
        exists()
        .where(WorkerNotice.identity_id == Identity.id, WorkerNotice.delivered_at.is_(None))
        .label("pending"),
        exists().where(Delivery.delivery_id == bindparam("delivery_id")).label("delivered"),
    )
    .outerjoin(Conversation, Conversation.identity_id == Identity.id)
    .where(Identity.channel == bindparam("channel"), Identity.user_key == bindparam("user_key"))
)


def idle_state(
    conn: Connection, channel: str, user_key: str, delivery_id: str | None = None
) -> IdleState | None:
    """One read-only query (run it with Database.read); None for a worker never seen."""
    params = {"channel": channel, "user_key": user_key, "delivery_id": (delivery_id or "")[:200] or None}
    row = conn.execute(_IDLE_STATE, params).first()
    if row is None:
        return None
    relay_open = row.reply_until is not None and row.reply_until > utcnow()
    return IdleState(
        row.id, idle=row.flow is None and not relay_open and not row.pending, delivered=bool(row.delivered)
    )


_PENDING = (
    select(WorkerNotice.id)
    .join(Identity, Identity.id == WorkerNotice.identity_id)
    .where(
        Identity.channel == bindparam("channel"),
        Identity.user_key == bindparam("user_key"),
        WorkerNotice.delivered_at.is_(None),
    )
    .limit(1)
)


def has_pending_notices(conn: Connection, channel: str, user_key: str) -> bool:
    """A read-only check (run it with Database.read) before taking the write lock."""
    return conn.execute(_PENDING, {"channel": channel, "user_key": user_key}).first() is not None

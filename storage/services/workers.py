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


def _relay_open(until: datetime | None, now: datetime | None = None) -> bool:
    return until is not None and until > (now or utcnow())


def reply_relay_case(conv: Conversation, now: datetime | None = None) -> int | None:
    """The case a worker's free text is relayed to, or None when no relay is open."""
    return conv.reply_case_id if _relay_open(conv.reply_until, now) else None


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
class WorkerState:
    """What one read says about a known worker."""

    busy: bool  # a form or a reply relay is open
    pending: bool  # staff updates are waiting to be shown
    delivered: bool  # the delivery id asked about is already recorded

    @property
    def idle(self) -> bool:
        return not (self.busy or self.pending)


# Built once: constructing a statement costs more than running this one on SQLite.
_WORKER_STATE = (
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


def worker_state(
    conn: Connection, channel: str, user_key: str, delivery_id: str | None = None
) -> WorkerState | None:
    """One read-only query (run it with Database.read); None for a worker never seen."""
    params = {"channel": channel, "user_key": user_key, "delivery_id": (delivery_id or "")[:200] or None}
    row = conn.execute(_WORKER_STATE, params).first()
    if row is None:
        return None
    return WorkerState(
        busy=row.flow is not None or _relay_open(row.reply_until),
        pending=bool(row.pending),
        delivered=bool(row.delivered),
    )

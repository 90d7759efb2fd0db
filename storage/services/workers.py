"""Identities, their conversation state, delivery ids and pending notices."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, exists, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.ports import DuplicateDelivery, WorkerState
from storage.models import Conversation, Delivery, Identity, WorkerNotice
from storage.types import utcnow


def _insert(s: AsyncSession, table: Any) -> Any:
    """INSERT for this session's dialect, with ON CONFLICT support."""
    return pg_insert(table) if s.bind.dialect.name == "postgresql" else sqlite_insert(table)


async def identity_for(
    s: AsyncSession, channel: str, user_key: str, display_name: str | None = None
) -> Identity:
    """The identity row, locked for this transaction; created if new. Two first messages of a
    new worker at once both get the same row (INSERT ... ON CONFLICT DO NOTHING, then SELECT)."""
    query = (
        select(Identity).where(Identity.channel == channel, Identity.user_key == user_key).with_for_update()
    )
    ident = (await s.execute(query)).scalar_one_or_none()
    if ident is None:
        await s.execute(
            _insert(s, Identity.__table__)
            .values(channel=channel, user_key=user_key, display_name=display_name, created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["channel", "user_key"])
        )
        ident = (await s.execute(query)).scalar_one()
    ident.last_inbound_at = utcnow()
    return ident


async def conversation_for(s: AsyncSession, ident: Identity) -> Conversation:
    query = select(Conversation).where(Conversation.identity_id == ident.id).with_for_update()
    conv = (await s.execute(query)).scalar_one_or_none()
    if conv is None:
        now = utcnow()
        await s.execute(
            _insert(s, Conversation.__table__)
            .values(identity_id=ident.id, data={}, updated_at=now)
            .on_conflict_do_nothing(index_elements=["identity_id"])
        )
        conv = (await s.execute(query)).scalar_one()
    return conv


REPLY_WINDOW = timedelta(hours=72)


def open_reply_relay(conv: Conversation, case_id: int, now: datetime | None = None) -> None:
    """After a staff reply, the worker's next messages go to that case for REPLY_WINDOW."""
    conv.reply_case_id = case_id
    conv.reply_until = (now or utcnow()) + REPLY_WINDOW


def _relay_open(until: datetime | None, now: datetime | None = None) -> bool:
    return until is not None and until > (now or utcnow())


async def record_delivery(s: AsyncSession, delivery_id: str, channel: str) -> None:
    """Adds the delivery row; raises DuplicateDelivery when the id is already recorded (on
    PostgreSQL a concurrent insert of the same id waits for the other transaction's end)."""
    inserted = (
        await s.execute(
            _insert(s, Delivery.__table__)
            .values(delivery_id=delivery_id[:200], channel=channel, received_at=utcnow())
            .on_conflict_do_nothing(index_elements=["delivery_id"])
            .returning(Delivery.__table__.c.id)
        )
    ).first()
    if inserted is None:
        raise DuplicateDelivery(delivery_id)


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


async def worker_state(
    db: Any, channel: str, user_key: str, delivery_id: str | None = None
) -> WorkerState | None:
    """One read-only query (Database.first: once per chat message, so on the driver's own
    connection); None for a worker never seen."""
    params = {"channel": channel, "user_key": user_key, "delivery_id": (delivery_id or "")[:200] or None}
    row = await db.first(_WORKER_STATE, params)
    if row is None:
        return None
    _id, flow, reply_until, pending, delivered = row
    return WorkerState(
        busy=flow is not None or _relay_open(reply_until),
        pending=bool(pending),
        delivered=bool(delivered),
    )

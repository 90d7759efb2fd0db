"""Per-worker channel memory kept in the conversation row, so every process (and a restarted
one) reads the same: WeChat's numbered choices, its 48-hour window, a pending one-time code."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from storage.models import Conversation, Identity
from storage.services.workers import conversation_for, identity_for


def _read(conn: Connection, channel: str, user_key: str) -> dict[str, Any]:
    row = conn.execute(
        select(Conversation.channel_state)
        .join(Identity, Identity.id == Conversation.identity_id)
        .where(Identity.channel == channel, Identity.user_key == user_key)
    ).first()
    return dict(row[0] or {}) if row is not None else {}


async def load_channel_state(db: Any, channel: str, user_key: str) -> dict[str, Any]:
    key = user_key[:128]
    return await db.read(lambda conn: _read(conn, channel, key))


async def update_channel_state(
    db: Any, channel: str, user_key: str, changes: dict[str, Any], *, inbound: bool = False
) -> None:
    """Merges `changes` into the stored state (a None value removes the key). `inbound`: the
    worker just wrote (creates the identity and stamps last_inbound_at)."""
    async with db.session() as s:
        if inbound:
            ident = await identity_for(s, channel, user_key[:128])
        else:
            ident = await s.scalar(
                select(Identity).where(Identity.channel == channel, Identity.user_key == user_key[:128])
            )
            if ident is None:
                return
        conv = await conversation_for(s, ident)
        state = dict(conv.channel_state or {})
        for k, v in changes.items():
            if v is None:
                state.pop(k, None)
            else:
                state[k] = v
        conv.channel_state = state


def _last_inbound(conn: Connection, channel: str, user_key: str) -> datetime | None:
    return conn.execute(
        select(Identity.last_inbound_at).where(Identity.channel == channel, Identity.user_key == user_key)
    ).scalar()


async def last_inbound_at(db: Any, channel: str, user_key: str) -> datetime | None:
    """When the worker last wrote, as any process recorded it (None: never)."""
    key = user_key[:128]
    value = await db.read(lambda conn: _last_inbound(conn, channel, key))
    if isinstance(value, str):  # SQLite through the plain reader returns text
        value = datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value

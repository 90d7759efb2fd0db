"""Failed-login counters, updated atomically in the database so that concurrent attempts and
several server processes all count (login_throttle table).

`reserve` takes a key's slot with one conditional UPDATE (next_allowed_at <= now): of many
concurrent attempts only one gets it, the rest are told to wait. `finish` records the result
and sets when the key may try again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import LoginThrottle

IN_FLIGHT = timedelta(seconds=30)  # a crashed attempt frees its slot after this


class Busy(Exception):
    def __init__(self, retry_at: datetime) -> None:
        super().__init__("login slot taken")
        self.retry_at = retry_at


async def reserve(db: Any, keys: list[str], now: datetime) -> None:
    """Take every key's slot at once, or raise Busy (nothing taken) with when to retry."""
    insert = pg_insert if db.is_postgres else sqlite_insert
    async with db.session() as s:
        for key in keys:
            await s.execute(
                insert(LoginThrottle)
                .values(key=key, failures=0, window_start=now, next_allowed_at=now)
                .on_conflict_do_nothing()
            )
        for key in keys:
            got = await s.execute(
                update(LoginThrottle)
                .where(LoginThrottle.key == key, LoginThrottle.next_allowed_at <= now)
                .values(next_allowed_at=now + IN_FLIGHT)
            )
            if got.rowcount != 1:
                retry = await s.scalar(select(LoginThrottle.next_allowed_at).where(LoginThrottle.key == key))
                raise Busy(retry or now)


async def finish(
    db: Any,
    keys: list[str],
    *,
    failed: bool,
    forget_on_success: set[str],
    now: datetime,
    window: timedelta,
    delay: Callable[[str, int], timedelta],
) -> None:
    """After an attempt: count a failure (a new window when the last began too long ago) and
    set each key's next allowed time to `delay(key, failures)`; on success forget the keys in
    `forget_on_success` and free the others' slots."""
    async with db.session() as s:
        for key in keys:
            row = await s.get(LoginThrottle, key)
            if row is None:
                continue
            if not failed and key in forget_on_success:
                await s.delete(row)
                continue
            if failed:
                if now - row.window_start > window:
                    row.failures, row.window_start = 0, now
                row.failures += 1
            row.next_allowed_at = now + delay(key, row.failures)

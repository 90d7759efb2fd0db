"""Delivery ids of read-only answers, written behind: a repeat is recognised from the table
or, before the next batch is written, from this process's buffer."""

from __future__ import annotations

from typing import Any

from storage.models import Delivery
from storage.services.write_behind import WriteBehind
from storage.types import utcnow


class DeliveryLog(WriteBehind):
    def __init__(self, db: Any, **kw: Any) -> None:
        super().__init__(db, Delivery.__table__, ignore_duplicates=True, **kw)
        self._pending: set[str] = set()

    def is_pending(self, delivery_id: str) -> bool:
        return delivery_id[:200] in self._pending

    async def record(self, delivery_id: str, channel: str) -> None:
        key = delivery_id[:200]
        if self.started:
            self._pending.add(key)
        await self.add({"delivery_id": key, "channel": channel, "received_at": utcnow()})

    async def flush(self) -> None:
        await super().flush()
        self._pending = {row["delivery_id"] for row in self.buffered}

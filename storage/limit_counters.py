"""bot.context.LimitCounters on the shared database (the web chat's abuse-limit counters),
so channel code never imports storage."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database
from storage.services import rate_counters


class SqlLimitCounters:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, deltas: dict[tuple[str, datetime], int]) -> dict[tuple[str, datetime], int]:
        return await rate_counters.add(self.db, deltas)

    async def add_below(self, key: str, window: datetime, limit: int) -> bool:
        return await rate_counters.add_below(self.db, key, window, limit)

    async def totals(self, keys: list[tuple[str, datetime]]) -> dict[tuple[str, datetime], int]:
        return await rate_counters.totals(self.db, keys)

    async def prune(self, before: datetime) -> int:
        return await rate_counters.prune(self.db, before)

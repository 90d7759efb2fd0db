"""Where every query and its decision goes (storage implements this protocol)."""

from __future__ import annotations

from typing import Protocol


class QueryLog(Protocol):
    async def record(
        self,
        *,
        query: str,
        normalized: str,
        route: str,
        topic_id: str | None,
        score: float,
        decision: str,
        candidates: list[dict],
        channel: str | None,
    ) -> None: ...

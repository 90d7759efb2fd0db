"""FAQ query log (implements knowledge_base.querylog.QueryLog)."""

from __future__ import annotations

from typing import Any

from storage.models import FaqQuery


class QueryLogStore:
    def __init__(self, db: Any) -> None:
        self.db = db

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
    ) -> None:
        async with self.db.session() as s:
            s.add(
                FaqQuery(
                    query=query[:2000],
                    normalized=normalized[:2000],
                    route=route,
                    topic_id=topic_id,
                    score=float(score),
                    decision=decision,
                    candidates=candidates,
                    channel=channel,
                )
            )

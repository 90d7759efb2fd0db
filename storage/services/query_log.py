"""FAQ query log (implements knowledge_base.querylog.QueryLog), written behind in batches."""

from __future__ import annotations

from typing import Any

from bot.core.masking import mask_text
from storage.models import FaqQuery
from storage.services.write_behind import WriteBehind
from storage.types import utcnow


class QueryLogStore(WriteBehind):
    def __init__(self, db: Any, **kw: Any) -> None:
        super().__init__(db, FaqQuery.__table__, **kw)

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
        await self.add(
            {
                # Questions can carry phones and ID numbers; the log keeps them masked.
                "query": mask_text(query)[:2000],
                "normalized": mask_text(normalized)[:2000],
                "route": route,
                "topic_id": topic_id,
                "score": float(score),
                "decision": decision,
                "candidates": candidates,
                "channel": channel,
                "created_at": utcnow(),
            }
        )

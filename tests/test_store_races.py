"""The SQL store under concurrency: first messages of a new worker arriving at once, and the
same delivery at once (on PostgreSQL these really run in parallel transactions)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func, select

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from knowledge_base.service import KnowledgeService
from storage.models import Conversation, Delivery, Identity
from storage.uow import SqlWorkerStore

KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "data"


async def test_two_first_messages_from_a_new_worker_both_get_replies(db, tmp_path: Path) -> None:
    engine = Engine(Settings(data_dir=tmp_path), SqlWorkerStore(db), KnowledgeService(KB))
    await engine.handle(Incoming("telegram", "warm-up", text="/start"))
    users = [f"new-{i}" for i in range(20)]
    messages = [
        Incoming("telegram", user, text=text, delivery_id=f"{user}:{n}")
        for user in users
        for n, text in enumerate(("/start", "/help"))
    ]
    results = await asyncio.gather(*(engine.handle(m) for m in messages))
    assert all(results), [i for i, r in enumerate(results) if not r]  # nobody dropped
    async with db.session() as s:
        assert await s.scalar(select(func.count(Identity.id))) == len(users) + 1
        assert await s.scalar(select(func.count(Conversation.id))) == len(users) + 1
        assert await s.scalar(select(func.count(Delivery.id))) == len(messages)


async def test_the_same_first_delivery_at_once_is_answered_once(db, tmp_path: Path) -> None:
    engine = Engine(Settings(data_dir=tmp_path), SqlWorkerStore(db), KnowledgeService(KB))
    msg = Incoming("wechat", "brand-new", text="/complain", delivery_id="wx:1")
    results = await asyncio.gather(*(engine.handle(msg) for _ in range(4)))
    # Answered once; the repeats get the same reply again (probe L8), nothing is redone.
    assert all(r for r in results) and len({tuple(x.text for x in r) for r in results}) == 1
    again = await engine.handle(
        Incoming("wechat", "brand-new", button="form:consent:yes", delivery_id="wx:2")
    )
    assert again[-1].expects == "worker_name"  # the form was opened exactly once

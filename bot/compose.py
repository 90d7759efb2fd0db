"""The composition root: the one place that builds the parts and wires them together.
`laborbot serve` (bot/server.py) and `laborbot chat` (bot/channels/console_cli.py) both use it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot import clock
from bot.config import Settings
from bot.context import ChannelMemory, LimitCounters


@dataclass
class Services:
    settings: Settings
    db: Any  # storage.db.Database
    knowledge: Any  # knowledge_base.service.KnowledgeService
    query_log: Any  # storage.services.query_log.QueryLogStore
    engine: Any  # bot.core.engine.Engine
    channel_memory: ChannelMemory
    limit_counters: LimitCounters

    def start(self) -> None:
        """In a server: hot reload and the write-behind buffers run in the background."""
        self.knowledge.start()
        self.query_log.start()
        self.engine.start()

    async def close(self) -> None:
        self.knowledge.stop()
        await self.engine.close()
        await self.query_log.close()
        await self.db.dispose()


async def build_services(settings: Settings) -> Services:
    """Clock, database (schema upgraded), knowledge base, query log and engine."""
    from bot.core.engine import Engine
    from knowledge_base.service import KnowledgeService
    from storage.channel_memory import SqlChannelMemory
    from storage.db import Database
    from storage.limit_counters import SqlLimitCounters
    from storage.services.query_log import QueryLogStore
    from storage.uow import SqlWorkerStore

    clock.configure(settings.timezone)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.effective_database_url)
    await db.upgrade()
    restrict_files(settings.data_dir, db)
    query_log = QueryLogStore(db)
    knowledge = KnowledgeService(
        settings.effective_kb_dir, query_log=query_log, model_cache=settings.data_dir / "model_cache"
    )
    engine = Engine(settings, SqlWorkerStore(db), knowledge)
    return Services(settings, db, knowledge, query_log, engine, SqlChannelMemory(db), SqlLimitCounters(db))


def restrict_files(data_dir: Any, db: Any) -> None:
    """The data folder 0700 and the SQLite files 0600: they hold every complainant's name and phone."""
    import os
    from pathlib import Path

    os.chmod(data_dir, 0o700)
    database = getattr(db.url, "database", None)
    if db.is_sqlite and database and database != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            path = Path(database + suffix)
            if path.exists():
                os.chmod(path, 0o600)


def wire_telegram_staff(telegram_application: Any, ctx: Any) -> None:
    """Staff commands share the worker bot's Telegram application (bot/staff/telegram_staff.py)."""
    from bot.staff.telegram_staff import register_staff_handlers

    register_staff_handlers(telegram_application, ctx)

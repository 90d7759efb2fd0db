"""The conversation fixtures of the story tests: an engine on the real knowledge base over a
fresh SQLite file. Imported by a test module, they serve as its `db` and `engine`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from knowledge_base.service import KnowledgeService
from storage.db import Database
from storage.uow import SqlWorkerStore

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


@pytest.fixture(name="db")
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'story.sqlite3'}")
    await database.upgrade()
    yield database
    await database.dispose()


@pytest.fixture(name="engine")
def story_engine(db: Database, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(KB))

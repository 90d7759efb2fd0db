"""Engine and intake unit tests: the real engine on an in-memory store, with a table of match
results (`engine`) or the real knowledge base, loaded once (`real_engine`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from tests.fakes.knowledge import FakeKnowledge
from tests.fakes.memory_store import MemoryStore

REAL_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "data"


@pytest.fixture(scope="session")
def real_kb() -> Any:
    """The built-in knowledge base with its matcher (imported here: loading it takes seconds)."""
    from knowledge_base.service import KnowledgeService

    return KnowledgeService(REAL_KB)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def knowledge() -> FakeKnowledge:
    return FakeKnowledge()


@pytest.fixture
def engine(store: MemoryStore, knowledge: FakeKnowledge, tmp_path: Path) -> Engine:
    """The engine on an in-memory store and a table of match results: milliseconds a test."""
    return Engine(Settings(data_dir=tmp_path), store, knowledge)


@pytest.fixture
def real_engine(store: MemoryStore, real_kb: Any, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path), store, real_kb)


def inc(user: str, **kw: object) -> Incoming:
    return Incoming("web", user, **kw)  # type: ignore[arg-type]

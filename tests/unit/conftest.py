"""Engine and intake unit tests: the real engine and knowledge base on an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from knowledge_base.service import KnowledgeService
from tests.fakes.memory_store import MemoryStore

REAL_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "data"
SMALL_KB = """
entries:
  - id: wage.arrears.report
    question: 被拖欠工资怎么办？可以去哪里投诉？
    alternates: [老板不发工资咋办, 公司欠薪去哪告, 干完活不给钱怎么办]
    keywords: [欠薪, 拖欠工资]
    answer: 可以先协商，也可以投诉。
    follow_ups: []
    sources: [《劳动合同法》第三十条]
    updated: 2026-11-23
    actions: [complaint]
centres:
  - id: central
    name: 示例市中心（示例数据）
    districts: []
    fallback: true
  - id: east
    name: 东区服务站（示例数据）
    districts: [东区]
"""


@pytest.fixture(scope="session")
def small_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeService:
    d = tmp_path_factory.mktemp("kb")
    (d / "kb.yaml").write_text(SMALL_KB, encoding="utf-8")
    return KnowledgeService(d)


@pytest.fixture(scope="session")
def real_kb() -> KnowledgeService:
    return KnowledgeService(REAL_KB)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def engine(store: MemoryStore, small_kb: KnowledgeService, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path), store, small_kb)


@pytest.fixture
def real_engine(store: MemoryStore, real_kb: KnowledgeService, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path), store, real_kb)


def inc(user: str, **kw: object) -> Incoming:
    return Incoming("web", user, **kw)  # type: ignore[arg-type]

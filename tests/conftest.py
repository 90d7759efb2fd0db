"""Shared fixtures: `db` runs a test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import itertools
import shutil
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.pg import PgServer, start_postgres

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
_db_counter = itertools.count()


_MATCHERS: dict[tuple[str, tuple], object] = {}


@pytest.fixture(autouse=True)
def _one_matcher_per_knowledge_base() -> None:
    """Training the matcher on a knowledge base takes seconds, and dozens of tests load the
    same built-in files: a KnowledgeService built on files already seen in this session reuses
    the matcher trained on them. The key holds every file's size and mtime, so a test that
    edits its knowledge base still gets a fresh matcher. Patched once the service module is
    imported, so tests that never load a knowledge base do not pay for importing it."""
    service = sys.modules.get("knowledge_base.service")
    if service is None or getattr(service.Matcher, "shared_in_tests", False):
        return
    real = service.Matcher

    def matcher(kb: object, *args: object, **kwargs: object) -> object:
        root = getattr(kb, "root", None)
        if args or kwargs or root is None:
            return real(kb, *args, **kwargs)
        key = (str(Path(root).resolve()), service._fingerprint(Path(root)))
        if key not in _MATCHERS:
            _MATCHERS[key] = real(kb)
        return _MATCHERS[key]

    matcher.shared_in_tests = True  # type: ignore[attr-defined]
    service.Matcher = matcher


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    """Every test starts on the real time in the default zone (bot/clock.py)."""
    from bot import clock

    clock.reset()
    yield
    clock.reset()


@pytest.fixture(autouse=True)
def _no_centre_tree() -> Iterator[None]:
    """No test inherits another's centre tree (bot/staff/scope.py)."""
    from bot.staff import scope

    scope.use_centres(lambda: ())
    yield
    scope.use_centres(lambda: ())


def _upgraded(url: str) -> None:
    """Bring a fresh database to the newest schema with the real migrations."""
    from storage.db import Database

    async def go() -> None:
        database = Database(url)
        try:
            await database.upgrade()
        finally:
            await database.dispose()

    asyncio.run(go())


TEMPLATE = "laborbot_template"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server per session, with a template database migrated once: each test's
    database is a copy of it (CREATE DATABASE ... TEMPLATE), not a fresh run of the migrations."""
    server = start_postgres()
    try:
        _upgraded(server.create_database(TEMPLATE))
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    _upgraded(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database(f"t{next(_db_counter)}_{id(request)}", template=TEMPLATE)


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[object]:
    from storage.db import Database

    database = Database(db_url)
    await database.upgrade()
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
async def targets() -> AsyncIterator[object]:
    """Fake Telegram sendMessage + WeCom robot server on loopback (tests/fakes/notify_targets.py)."""
    from tests.fakes.notify_targets import NotifyTargets

    fake = NotifyTargets()
    await fake.start()
    yield fake
    await fake.close()

"""Shared fixtures: `db` runs a test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import itertools
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.pg import PgServer, start_postgres

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
_db_counter = itertools.count()


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

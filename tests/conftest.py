"""Shared fixtures: `db` runs a test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database(f"t{next(_db_counter)}_{id(request)}")


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

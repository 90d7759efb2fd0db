"""Shared fixtures: `db` runs a test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import itertools
import shutil
import sys
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import PgServer, start_postgres
from tests.small_kb import small_kb  # noqa: F401 (a fixture for the model life-cycle tests)

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
_db_counter = itertools.count()


# (folder, files' size and mtime) -> the matcher built on them; training key
# (knowledge_base/model_cache.training_key) -> a model trained in this session. Both keep the
# newest few only: a model is ~55 MB, and a suite that kept each one ran out of memory.
_MATCHERS: OrderedDict[tuple[str, tuple], object] = OrderedDict()
_MODELS: OrderedDict[str, object] = OrderedDict()
KEPT = 6
_own_models = False  # a test marked own_models: every model cache is its own, as in production


def _share_trained_models() -> None:
    """Training the FAQ model on the built-in knowledge base takes seconds of CPU, and dozens of
    tests build a matcher or a knowledge service on the same texts:

    * a KnowledgeService built on files already seen in this session (same folder, every file's
      size and mtime) reuses the matcher built on them, so a test that edits its knowledge base
      still gets a fresh one;
    * a model cache without a folder (every Matcher's and service's default) reads a model
      trained in this session on the same training texts, tokenizer and code (the model cache's
      own key), as a process reads one from its folder (counted as a load, not a training).

    * a model cache given a folder (every app a test serves in process) reads its folder first
      and, when the folder has no model for these texts, the session's one, so an app started in
      a fresh data directory does not train again (each such start cost ~5 s of CPU and, summed
      over the suite, gigabytes of memory the allocator kept).

    Every cache of a test marked ``own_models`` (tests/test_model_cache.py) is its own, as in
    production. Patched once the modules
    are imported, so tests that never load a knowledge base do not pay for importing them."""
    service = sys.modules.get("knowledge_base.service")
    if service is not None and not getattr(service.Matcher, "shared_in_tests", False):
        _share_matchers(service)
    cache = sys.modules.get("knowledge_base.model_cache")
    if cache is not None and not getattr(cache.ModelCache, "shared_in_tests", False):
        _share_models(cache)


def _share_matchers(service: Any) -> None:
    real = service.Matcher

    def matcher(kb: Any, *args: Any, **kwargs: Any) -> Any:
        root = getattr(kb, "root", None)
        models = kwargs.get("models")
        if args or set(kwargs) - {"models", "quick"} or root is None or _own_models:
            return real(kb, *args, **kwargs)
        if models is not None and models.folder is not None:
            return real(kb, *args, **kwargs)
        key = (str(Path(root).resolve()), service._fingerprint(Path(root)))
        if key not in _MATCHERS:
            _MATCHERS[key] = real(kb, *args, **kwargs)
            _keep_newest(_MATCHERS)
        _MATCHERS.move_to_end(key)
        return _MATCHERS[key]

    matcher.shared_in_tests = True  # type: ignore[attr-defined]
    service.Matcher = matcher


def _share_models(cache: Any) -> None:
    cls = cache.ModelCache
    real_init, real_read, real_write_later = cls.__init__, cls._read, cls._write_later

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        if not _own_models:
            # an app a test serves answers with the fully trained model from its first message, as
            # the shared models above: a first model (knowledge_base/model_cache.py) swapped for the
            # full one at a moment of the background training's choosing would make answers racy
            self.first_model = False

    def read(self: Any, key: str, words: Any, temperature: float) -> Any:
        if _own_models:
            return real_read(self, key, words, temperature)
        if self.folder is not None:
            # the folder's own model first: a test that wrote one reads it back
            found = real_read(self, key, words, temperature)
            if found is not None:
                return found
        model = _MODELS.get(key)
        if model is None:
            return None
        _MODELS.move_to_end(key)
        return cache._with(model, words, temperature)

    def write_later(self: Any, key: str, model: Any, *args: Any) -> None:
        if not _own_models:
            _MODELS[key] = model
            _keep_newest(_MODELS)
        real_write_later(self, key, model, *args)

    cls.__init__, cls._read, cls._write_later = init, read, write_later
    cls.shared_in_tests = True


def _keep_newest(kept: OrderedDict) -> None:
    while len(kept) > KEPT:
        kept.popitem(last=False)


@pytest.hookimpl(tryfirst=True)
def pytest_fixture_setup(fixturedef: Any, request: pytest.FixtureRequest) -> None:
    """Before every fixture (a module-scoped matcher too): share models once they can be built."""
    _share_trained_models()


@pytest.fixture(autouse=True)
def _shared_models(request: pytest.FixtureRequest) -> Iterator[None]:
    global _own_models
    _share_trained_models()
    _own_models = request.node.get_closest_marker("own_models") is not None
    yield
    _own_models = False


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


@pytest.fixture(scope="module")
def matcher() -> Any:
    """The matcher on the shipped knowledge base (knowledge_base/data), one per test module."""
    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.matcher import Matcher

    return Matcher(load_knowledge_base(Path(__file__).resolve().parent.parent / "knowledge_base" / "data"))

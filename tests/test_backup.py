"""`laborbot db backup FILE` / `laborbot db restore FILE` as commands, on SQLite and PostgreSQL:
a case filed, backed up, the database wiped, restored, the case back (and a case filed after
the backup gone); bad files refused with a clear message and the database left alone."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from storage.db import Database
from storage.models import Case
from tests.factories import file_cases

REPO = Path(__file__).resolve().parent.parent


def laborbot(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LABORBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def case_numbers(url: str) -> list[str]:
    db = Database(url)
    try:
        async with db.session() as s:
            return sorted((await s.execute(select(Case.case_no))).scalars())
    finally:
        await db.dispose()


async def wipe(url: str) -> None:
    """Lose the database: the SQLite file deleted, or every PostgreSQL table dropped."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(u.database + suffix).unlink(missing_ok=True)
        return
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await db.dispose()


async def test_round_trip(db, db_url: str, tmp_path: Path) -> None:
    kept = await file_cases(db, 3)
    await db.dispose()
    backup_file = tmp_path / "backups" / "laborbot.backup"
    # the backup runs while the database is in use (another connection holds it open)
    busy = Database(db_url)
    async with busy.session() as s:
        await s.execute(select(Case.id))
    done = await asyncio.to_thread(laborbot, "db", "backup", str(backup_file), "--database-url", db_url)
    await busy.dispose()
    assert done.returncode == 0, done.stderr
    assert "backup written" in done.stdout
    assert oct(backup_file.stat().st_mode & 0o777) == "0o600"  # personal data inside
    later = Database(db_url)
    after_backup = await file_cases(later, 1)  # not in the backup
    await later.dispose()

    await wipe(db_url)
    if make_url(db_url).get_backend_name() == "postgresql":
        assert "does not exist" in str(await _error_of(case_numbers(db_url)))

    done = await asyncio.to_thread(laborbot, "db", "restore", str(backup_file), "--database-url", db_url)
    assert done.returncode == 0, done.stderr
    assert await case_numbers(db_url) == sorted(kept)
    assert after_backup[0] not in await case_numbers(db_url)
    current = await asyncio.to_thread(laborbot, "db", "current", "--database-url", db_url)
    assert current.returncode == 0 and "schema revision: None" not in current.stdout
    # the restored database takes new cases (sequences restored too)
    again = Database(db_url)
    await file_cases(again, 1)
    await again.dispose()
    assert len(await case_numbers(db_url)) == len(kept) + 1


async def _error_of(coro: object) -> BaseException | None:
    try:
        await coro  # type: ignore[misc]
    except Exception as exc:  # noqa: BLE001
        return exc
    return None


async def test_bad_backup_files_refused_and_database_untouched(db, db_url: str, tmp_path: Path) -> None:
    kept = await file_cases(db, 2)
    await db.dispose()
    garbage = tmp_path / "garbage.backup"
    garbage.write_bytes(b"this is not a backup\n" * 10)
    missing = tmp_path / "nope.backup"
    for path, says in ((garbage, "is not a"), (missing, "no backup file")):
        done = await asyncio.to_thread(laborbot, "db", "restore", str(path), "--database-url", db_url)
        assert done.returncode == 1
        assert says in done.stderr and "Traceback" not in done.stderr
    # a backup of the other kind of database is refused by its header
    other = tmp_path / "other.backup"
    other.write_bytes(b"PGDMP" + b"\0" * 100 if "sqlite" in db_url else b"SQLite format 3\x00" + b"\0" * 100)
    done = await asyncio.to_thread(laborbot, "db", "restore", str(other), "--database-url", db_url)
    assert done.returncode == 1 and "is not a" in done.stderr
    assert await case_numbers(db_url) == sorted(kept)

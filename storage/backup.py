"""`laborbot db backup FILE` / `laborbot db restore FILE`.

SQLite: the online backup API of Python's sqlite3 (a consistent copy while the servers keep
writing; the copy is an ordinary SQLite file). PostgreSQL: pg_dump in its custom format
(`-Fc`, consistent by MVCC snapshot while the servers run) and pg_restore --clean into the
configured database. Restoring replaces the database: stop the servers first.
Evidence files are not in the database: copy the evidence folder alongside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, for an administrator."""


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(url.database)


def _pg_tool(name: str) -> str:
    """pg_dump/pg_restore: from PATH, else the newest /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]), reverse=True
    )
    if not candidates:
        raise BackupError(f"{name} not found (install postgresql-client)")
    return str(candidates[0])


def _pg_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection options for libpq tools; the password goes in the environment, not argv."""
    args = ["-h", url.host or "localhost", "-p", str(url.port or 5432), "-d", url.database or "postgres"]
    if url.username:
        args += ["-U", url.username]
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise BackupError(f"{Path(cmd[0]).name} failed: " + " | ".join(lines[-5:]))


def backup(database_url: str, target: Path) -> Path:
    """Write a consistent copy of the database to `target` (replaced if it exists)."""
    url = make_url(database_url)
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if url.get_backend_name() == "sqlite":
            source = _sqlite_path(url)
            if not source.is_file():
                raise BackupError(f"no database at {source}")
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
        elif url.get_backend_name() == "postgresql":
            args, env = _pg_args(url)
            _run([_pg_tool("pg_dump"), "-Fc", "--no-owner", "--no-acl", "-f", str(partial), *args], env)
        else:
            raise BackupError(f"backups of {url.get_backend_name()} are not supported")
        os.chmod(partial, 0o600)  # workers' personal data
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _check_sqlite_backup(source: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source} is not a readable SQLite database: {exc}") from None
    if ok != "ok":
        raise BackupError(f"{source} is damaged: {ok}")
    if not has_version:
        raise BackupError(f"{source} is not a laborbot backup (no alembic_version table)")


def restore(database_url: str, source: Path) -> None:
    """Replace the database with the backup in `source`. Stop every server first."""
    url = make_url(database_url)
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    head = source.read_bytes()[:16]
    if url.get_backend_name() == "sqlite":
        if not head.startswith(SQLITE_MAGIC):
            raise BackupError(f"{source} is not a SQLite backup (a PostgreSQL dump goes to a PostgreSQL URL)")
        _check_sqlite_backup(source)
        target = _sqlite_path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)  # page by page under SQLite's lock, WAL included
        finally:
            dst.close()
            src.close()
        os.chmod(target, 0o600)
    elif url.get_backend_name() == "postgresql":
        if not head.startswith(PGDUMP_MAGIC):
            raise BackupError(f"{source} is not a pg_dump custom-format file (made by 'laborbot db backup')")
        args, env = _pg_args(url)
        _run(
            [
                _pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "--exit-on-error",
                *args,
                str(source),
            ],
            env,
        )
    else:
        raise BackupError(f"restores to {url.get_backend_name()} are not supported")

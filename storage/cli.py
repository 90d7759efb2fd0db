"""`laborbot db upgrade|current|backup FILE|restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database schema")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    for name, helptext in (
        ("upgrade", "upgrade the schema to the newest revision"),
        ("current", "print the schema revision"),
    ):
        q = dsub.add_parser(name, help=helptext)
        q.add_argument("--database-url", default=None)
        q.add_argument("--data-dir", default=None)
        q.set_defaults(func=_run, action=name)
    for name, helptext in (
        ("backup", "write a consistent copy of the database to FILE (servers may keep running)"),
        ("restore", "replace the database with FILE made by 'db backup' (stop the servers first)"),
    ):
        q = dsub.add_parser(name, help=helptext)
        q.add_argument("file", type=Path)
        q.add_argument("--database-url", default=None)
        q.add_argument("--data-dir", default=None)
        q.set_defaults(func=_backup, action=name)


def _backup(args: argparse.Namespace) -> int:
    import sys

    from bot.config import load_settings
    from storage.backup import BackupError, backup, restore

    settings = load_settings(database_url=args.database_url, data_dir=args.data_dir)
    url = settings.effective_database_url
    try:
        if args.action == "backup":
            written = backup(url, args.file)
            print(f"backup written: {written} ({written.stat().st_size} bytes)")
        else:
            restore(url, args.file)
            print(f"database restored from {args.file}")
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _run(args: argparse.Namespace) -> int:
    import asyncio

    from bot.config import load_settings
    from storage.db import Database

    settings = load_settings(database_url=args.database_url, data_dir=args.data_dir)

    async def go() -> str | None:
        db = Database(settings.effective_database_url)
        try:
            if args.action == "upgrade":
                await db.upgrade()
            return await db.current_revision()
        finally:
            await db.dispose()

    rev = asyncio.run(go())
    print(f"schema revision: {rev}")
    return 0

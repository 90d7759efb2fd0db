"""`laborbot db upgrade|current`."""

from __future__ import annotations

import argparse


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

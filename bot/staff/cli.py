"""`laborbot staff add|list|passwd`: dashboard accounts."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Awaitable, Callable
from typing import Any

ROLES = ("staff", "supervisor", "admin")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="staff dashboard accounts")
    ssub = p.add_subparsers(dest="staff_command", metavar="ACTION")
    add = ssub.add_parser("add", help="create an account (password asked, or read from stdin)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, default="staff")
    add.add_argument("--name", default=None, help="display name (default: the username)")
    add.add_argument("--centre", default=None, help="centre id from the service-centre file")
    add.add_argument("--telegram-user-id", type=int, default=None)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--database-url", default=None)
    add.add_argument("--data-dir", default=None)
    add.set_defaults(func=_add)
    ls = ssub.add_parser("list", help="list accounts")
    ls.add_argument("--database-url", default=None)
    ls.add_argument("--data-dir", default=None)
    ls.set_defaults(func=_list)
    rules = ssub.add_parser("alert-rules", help="check a warning-rules file (default: the built-in rules)")
    rules.add_argument("file", nargs="?", default=None)
    rules.set_defaults(func=_alert_rules)
    from bot.staff import account_cli

    account_cli.register(ssub)


def _alert_rules(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.staff.alerts.rules import RulesError, load_rules

    try:
        rules = load_rules(Path(args.file) if args.file else None)
    except RulesError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"ok: {rules.source}")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise SystemExit("passwords differ")
    return first


def checked_password(args: argparse.Namespace) -> str | None:
    """The new password (asked, or read from stdin) if it keeps the rules; None after saying why."""
    from bot.staff.passwords import password_problem

    password = _read_password(args.password_stdin)
    if problem := password_problem(password, args.username):
        print(f"error: {problem}", file=sys.stderr)
        return None
    return password


def in_database(args: argparse.Namespace, step: Callable[[Any], Awaitable[int]]) -> int:
    """Run `step(session)` in one transaction on the configured, migrated database."""
    import asyncio

    from bot.config import load_settings
    from storage.db import Database

    settings = load_settings(database_url=args.database_url, data_dir=args.data_dir)

    async def go() -> int:
        db = Database(settings.effective_database_url)
        try:
            await db.upgrade()
            async with db.session() as s:
                return await step(s)
        finally:
            await db.dispose()

    return asyncio.run(go())


def _add(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from bot.staff.passwords import hash_password
    from storage.models import StaffAccount

    if not args.username.isascii() or not args.username.replace("_", "").replace(".", "").isalnum():
        print("error: username must be letters, digits, '.' or '_'", file=sys.stderr)
        return 2
    if args.role != "admin" and not args.centre:
        print(
            "error: --centre is required: a staff account belongs to a centre (only admins see all)",
            file=sys.stderr,
        )
        return 2
    password = checked_password(args)
    if password is None:
        return 2

    async def create(s: Any) -> int:
        exists = await s.scalar(select(StaffAccount.id).where(StaffAccount.username == args.username))
        if exists:
            print(f"error: account {args.username!r} exists", file=sys.stderr)
            return 1
        s.add(
            StaffAccount(
                username=args.username,
                display_name=args.name or args.username,
                password_hash=hash_password(password),
                role=args.role,
                centre_id=args.centre,
                telegram_user_id=args.telegram_user_id,
            )
        )
        print(f"created {args.role} account {args.username!r}")
        return 0

    return in_database(args, create)


def _list(args: argparse.Namespace) -> int:
    import asyncio

    from sqlalchemy import select

    from bot.config import load_settings
    from storage.db import Database
    from storage.models import StaffAccount

    settings = load_settings(database_url=args.database_url, data_dir=args.data_dir)

    async def go() -> None:
        db = Database(settings.effective_database_url)
        try:
            await db.upgrade()
            async with db.session() as s:
                for a in (await s.execute(select(StaffAccount).order_by(StaffAccount.username))).scalars():
                    state = "active" if a.active else "disabled"
                    print(f"{a.username}\t{a.role}\t{a.centre_id or '-'}\t{state}")
        finally:
            await db.dispose()

    asyncio.run(go())
    return 0

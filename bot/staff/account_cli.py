"""`laborbot staff disable|enable|reset-password USER`: take an account out of use at once
(its sessions end), or give it a new password (sessions end, waits after failed logins forgotten)."""

from __future__ import annotations

import argparse
import sys


def register(ssub: argparse._SubParsersAction) -> None:
    for name, helptext in (
        ("disable", "disable an account and end its sessions"),
        ("enable", "enable a disabled account"),
        ("reset-password", "set a new password (asked, or read from stdin) and end the account's sessions"),
    ):
        p = ssub.add_parser(name, help=helptext)
        p.add_argument("username")
        if name == "reset-password":
            p.add_argument("--password-stdin", action="store_true")
        p.add_argument("--database-url", default=None)
        p.add_argument("--data-dir", default=None)
        p.set_defaults(func=_run, action=name)


def _run(args: argparse.Namespace) -> int:
    import asyncio

    from sqlalchemy import delete, select

    from bot.config import load_settings
    from bot.staff.cli import _read_password
    from bot.staff.passwords import hash_password, password_problem
    from storage.db import Database
    from storage.models import AuditLog, LoginThrottle, StaffAccount, StaffSession

    password = None
    if args.action == "reset-password":
        password = _read_password(args.password_stdin)
        if problem := password_problem(password, args.username):
            print(f"error: {problem}", file=sys.stderr)
            return 2
    settings = load_settings(database_url=args.database_url, data_dir=args.data_dir)

    async def go() -> int:
        db = Database(settings.effective_database_url)
        try:
            await db.upgrade()
            async with db.session() as s:
                account = await s.scalar(select(StaffAccount).where(StaffAccount.username == args.username))
                if account is None:
                    print(f"error: no account {args.username!r}", file=sys.stderr)
                    return 1
                if args.action == "enable":
                    account.active = True
                else:
                    await s.execute(delete(StaffSession).where(StaffSession.staff_id == account.id))
                    if args.action == "disable":
                        account.active = False
                    else:
                        account.password_hash = hash_password(password or "")
                        name = args.username.lower()
                        await s.execute(
                            delete(LoginThrottle).where(
                                LoginThrottle.key.like(f"pair:{name}|%")
                                | (LoginThrottle.key == f"acct:{name}")
                            )
                        )
                s.add(AuditLog(actor="cli", action=f"account_{args.action}", target=args.username, detail={}))
            print(f"{args.action}: {args.username}")
            return 0
        finally:
            await db.dispose()

    return asyncio.run(go())

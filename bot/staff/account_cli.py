"""`laborbot staff disable|enable|reset-password USER`: take an account out of use at once
(its sessions end), or give it a new password (sessions end, waits after failed logins forgotten)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


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
    from sqlalchemy import delete, select

    from bot.staff.cli import checked_password, in_database
    from bot.staff.passwords import hash_password
    from storage.models import AuditLog, LoginThrottle, StaffAccount, StaffSession

    password = None
    if args.action == "reset-password":
        password = checked_password(args)
        if password is None:
            return 2

    async def change(s: Any) -> int:
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
                        LoginThrottle.key.like(f"pair:{name}|%") | (LoginThrottle.key == f"acct:{name}")
                    )
                )
        s.add(AuditLog(actor="cli", action=f"account_{args.action}", target=args.username, detail={}))
        print(f"{args.action}: {args.username}")
        return 0

    return in_database(args, change)

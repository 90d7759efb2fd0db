"""`laborbot chat`: talk to the engine in a terminal (no server, no token)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("chat", help="a conversation with the bot in this terminal")
    p.add_argument("--user", default="console", help="who you are (conversation state is kept per user)")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--database-url", default=None)
    p.add_argument("--kb", type=Path, default=None, dest="kb_dir")
    p.set_defaults(func=_chat)


def _chat(args: argparse.Namespace) -> int:
    import asyncio

    from bot.channels.console import run
    from bot.config import load_settings

    settings = load_settings(data_dir=args.data_dir, database_url=args.database_url, kb_dir=args.kb_dir)
    return asyncio.run(run(settings, args.user))

"""`laborbot serve` arguments."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the server: web chat, /api/chat, WeChat, Telegram, staff dashboard")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--database-url", default=None)
    p.add_argument("--kb", type=Path, default=None, dest="kb_dir", help="knowledge-base folder")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    import logging
    import os

    from bot.config import load_settings
    from bot.server import install_log_filter, serve

    settings = load_settings(
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        database_url=args.database_url,
        kb_dir=args.kb_dir,
    )
    if logging.getLogger().level > logging.INFO:
        logging.getLogger().setLevel(settings.log_level.upper())
    # httpx logs every request URL at INFO, and Telegram's URLs hold the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    os.umask(0o077)  # the database, its WAL and every evidence file: readable by this user only
    install_log_filter()
    with asyncio.Runner(loop_factory=_loop_factory(settings.event_loop)) as runner:
        runner.run(serve(settings))
    return 0


def _loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop when chosen and installed (not on Windows); else asyncio's."""
    if name != "uvloop":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop

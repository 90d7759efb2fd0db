"""`laborbot` command line. Each part registers its own subcommands; heavy imports stay lazy."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

# Modules that expose `register(subparsers)`. Each must import nothing heavy at module level.
_COMMAND_MODULES = (
    "bot.server_cli",  # serve
    "bot.channels.console_cli",  # chat
    "knowledge_base.cli",  # faq ask | eval | validate
    "storage.cli",  # db upgrade
    "bot.staff.cli",  # staff add | list
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="laborbot", description="劳动关系公共服务中心 chat assistant")
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO, WARNING (default from settings)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:  # every part exists: a renamed module is an error, not a gap
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=(args.log_level or "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    if args.command == "faq" and None in (getattr(args, "kb", ""), getattr(args, "model_cache", "")):
        # knowledge_base knows nothing of bot: the configured folders are handed to it here (the
        # server's model cache: a model trained by the server or an earlier call is read, not trained)
        from bot.config import load_settings

        settings = load_settings()
        if getattr(args, "kb", "") is None:
            args.kb = settings.effective_kb_dir
        if getattr(args, "model_cache", "") is None:
            args.model_cache = settings.data_dir / "model_cache"
    return int(func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

"""Shared database: models, sessions, migrations, services, and the stores core and channels use.
May import: sqlalchemy, alembic, bot.core.ports, bot.context, bot.clock, bot.config; never aiohttp, telegram."""

from __future__ import annotations

from typing import Any

__all__ = ["Database"]


def __getattr__(name: str) -> Any:  # lazy: `laborbot faq ...` must not pay for SQLAlchemy
    if name == "Database":
        from storage.db import Database

        return Database
    raise AttributeError(name)

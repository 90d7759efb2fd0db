"""Secrets generated once and shared by every server process (e.g. the Telegram webhook secret
when none is configured): the first process to ask creates it, every other one reads it."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.models import AppSecret


async def shared_secret(db: Any, name: str) -> str:
    async with db.session() as s:
        value = await s.scalar(select(AppSecret.value).where(AppSecret.name == name))
    if value:
        return value
    try:
        async with db.session() as s:
            s.add(AppSecret(name=name, value=secrets.token_urlsafe(32)))
    except IntegrityError:
        pass  # another process created it first: use theirs
    async with db.session() as s:
        return str(await s.scalar(select(AppSecret.value).where(AppSecret.name == name)))

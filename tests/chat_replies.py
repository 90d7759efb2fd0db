"""Talking to the real engine in tests: send one web-chat message, read a labelled line of the replies."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Incoming, Reply


async def send(engine: Engine, user: str, **kw: str) -> list[Reply]:
    """One web-chat message (text=..., or payload=... for a button) from ``user``."""
    return await engine.handle(Incoming("web", user, **kw))


def labelled_line(replies: list[Reply], label: str) -> str | None:
    """What follows "label：" in the replies (a read-back line such as "欠薪金额："), or None."""
    for r in replies:
        for line in r.text.splitlines():
            if line.startswith(label + "："):
                return line.split("：", 1)[1]
    return None

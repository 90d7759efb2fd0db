"""What `laborbot serve` builds once and hands to every part's `setup(app, ctx)`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from bot.core.types import Reply

if TYPE_CHECKING:
    from bot.config import Settings


class Pusher(Protocol):
    """A channel that can send to a worker unprompted. Returns False when it cannot now
    (e.g. WeChat's 48-hour customer-service window has closed); the notice then waits
    and the engine shows it the next time the worker writes."""

    async def __call__(self, user_key: str, replies: list[Reply]) -> bool: ...


@dataclass
class AppContext:
    settings: Settings
    db: Any  # storage.Database
    knowledge: Any  # knowledge_base.KnowledgeService
    engine: Any  # bot.core.engine.Engine
    pushers: dict[str, Pusher] = field(default_factory=dict)  # channel name -> pusher
    background: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


def _app_key() -> Any:
    from aiohttp import web

    return web.AppKey("ctx", AppContext)


CTX = _app_key()  # aiohttp application key: app[CTX] is the AppContext

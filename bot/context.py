"""What `laborbot serve` builds once (bot/compose.py) and hands to every part's
`setup(app, ctx)`, and the protocols channels use instead of importing storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from bot.core.types import Reply

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.core.engine import Engine
    from knowledge_base.service import KnowledgeService
    from storage.db import Database


class Pusher(Protocol):
    """A channel that can send to a worker unprompted. Returns False when it cannot now
    (e.g. WeChat's 48-hour customer-service window has closed); the notice then waits
    and the engine shows it the next time the worker writes."""

    async def __call__(self, user_key: str, replies: list[Reply]) -> bool: ...


class ChannelMemory(Protocol):
    """Per-worker channel memory shared by every process (storage/channel_memory.py): numbered
    choices, the last inbound time, one-time codes, and webhook nonces seen."""

    async def load_channel_state(self, channel: str, user_key: str) -> dict[str, Any]: ...

    async def update_channel_state(
        self, channel: str, user_key: str, changes: dict[str, Any], *, inbound: bool = False
    ) -> None: ...

    async def last_inbound_at(self, channel: str, user_key: str) -> datetime | None: ...

    async def claim_nonce(self, source: str, nonce: str, body: bytes) -> bool: ...

    async def prune_nonces(self) -> int: ...

    async def shared_secret(self, name: str) -> str:
        """A random secret made once and the same in every process (e.g. the webhook secret)."""
        ...


class LimitCounters(Protocol):
    """Abuse-limit counters shared by every process (storage/limit_counters.py), one per key
    and window start; the web chat's limits (bot/channels/web_limits.py) count through it."""

    async def add(self, deltas: dict[tuple[str, datetime], int]) -> dict[tuple[str, datetime], int]:
        """Add each delta to its (key, window start) counter atomically; the totals after."""
        ...

    async def add_below(self, key: str, window: datetime, limit: int) -> bool:
        """Count one if the counter is below `limit` (atomically); False (nothing counted) if not."""
        ...

    async def totals(self, keys: list[tuple[str, datetime]]) -> dict[tuple[str, datetime], int]:
        """The counters' values (0 for a counter never counted)."""
        ...

    async def prune(self, before: datetime) -> int:
        """Forget the counters of windows that started before `before`; how many went."""
        ...


@dataclass
class AppContext:
    settings: Settings
    db: Database
    knowledge: KnowledgeService | None  # None in staff-only tests
    engine: Engine | None
    channel_memory: ChannelMemory | None = None
    limit_counters: LimitCounters | None = None
    pushers: dict[str, Pusher] = field(default_factory=dict)  # channel name -> pusher


def _app_key() -> Any:
    from aiohttp import web

    return web.AppKey("ctx", AppContext)


CTX = _app_key()  # aiohttp application key: app[CTX] is the AppContext

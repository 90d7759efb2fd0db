"""bot.context.ChannelMemory on the shared database (what channels remember per worker, and
webhook nonces), so channel code never imports storage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.db import Database
from storage.services import app_secrets, channel_state, webhook_nonces


class SqlChannelMemory:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def load_channel_state(self, channel: str, user_key: str) -> dict[str, Any]:
        return await channel_state.load_channel_state(self.db, channel, user_key)

    async def update_channel_state(
        self, channel: str, user_key: str, changes: dict[str, Any], *, inbound: bool = False
    ) -> None:
        await channel_state.update_channel_state(self.db, channel, user_key, changes, inbound=inbound)

    async def last_inbound_at(self, channel: str, user_key: str) -> datetime | None:
        return await channel_state.last_inbound_at(self.db, channel, user_key)

    async def claim_nonce(self, source: str, nonce: str, body: bytes) -> bool:
        return await webhook_nonces.claim_nonce(self.db, source, nonce, body)

    async def prune_nonces(self) -> int:
        return await webhook_nonces.prune_nonces(self.db)

    async def shared_secret(self, name: str) -> str:
        return await app_secrets.shared_secret(self.db, name)

"""Replay protection for signed webhooks: each (source, nonce) is accepted once per body.

WeChat's plaintext signature covers only token+timestamp+nonce, not the body, so a signature
copied from anywhere could carry any body. The nonce row, shared by every process through
the database, lets the same request be delivered again (WeChat retries) but refuses the same
nonce with another body.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from storage.models import WebhookNonce
from storage.types import utcnow

KEEP = timedelta(minutes=15)  # longer than any freshness window in use


async def claim_nonce(db: Any, source: str, nonce: str, body: bytes) -> bool:
    """True when this nonce is new, or was seen with exactly this body; False for a replay."""
    digest = hashlib.sha256(body).hexdigest()
    try:
        async with db.session() as s:
            s.add(WebhookNonce(source=source, nonce=nonce[:160], body_hash=digest))
    except IntegrityError:
        async with db.session() as s:
            seen = await s.scalar(
                select(WebhookNonce.body_hash).where(
                    WebhookNonce.source == source, WebhookNonce.nonce == nonce[:160]
                )
            )
        return seen == digest
    return True


async def prune_nonces(db: Any) -> int:
    async with db.session() as s:
        result = await s.execute(delete(WebhookNonce).where(WebhookNonce.created_at < utcnow() - KEEP))
    return int(result.rowcount or 0)

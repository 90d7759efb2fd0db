"""Evidence sweep: draft evidence of workers with no open form (a cancelled draft, a /delete)
is forgotten, and files no attachment row names any more are removed from the folder.
Runs in every server process now and then; safe to run concurrently."""

from __future__ import annotations

import logging
import os
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from storage.models import Attachment, Conversation
from storage.types import utcnow

log = logging.getLogger(__name__)
GRACE = timedelta(hours=1)  # an upload and its form step commit together; this is ample


async def sweep_evidence(db: Any, folder: Path, grace: timedelta = GRACE) -> tuple[int, int]:
    """(rows forgotten, files removed)."""
    cutoff = utcnow() - grace
    open_forms = select(Conversation.identity_id).where(Conversation.flow.is_not(None))
    async with db.session() as s:
        result = await s.execute(
            delete(Attachment).where(
                Attachment.case_id.is_(None),
                Attachment.created_at < cutoff,
                Attachment.identity_id.not_in(open_forms),
            )
        )
        rows = int(result.rowcount or 0)
        named = set((await s.execute(select(Attachment.sha256).distinct())).scalars())
    removed = 0
    folder = Path(folder)
    if folder.is_dir():
        oldest = time.time() - grace.total_seconds()
        for path in folder.iterdir():
            if path.name in named or not path.is_file():
                continue
            try:
                if path.stat().st_mtime < oldest:
                    os.remove(path)
                    removed += 1
            except FileNotFoundError:
                continue  # another process removed it first
    if rows or removed:
        log.info("evidence sweep: %d draft attachment rows forgotten, %d files removed", rows, removed)
    return rows, removed

"""Evidence files: stored as <evidence folder>/<sha256> (default data_dir/attachments; set
LABORBOT_EVIDENCE_DIR to a folder every server process shares), never executed or served publicly.
What is accepted is decided before (bot/core/evidence.py)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Attachment


async def save_attachment(
    s: AsyncSession, identity_id: int, filename: str, content_type: str, data: bytes, folder: Path
) -> Attachment:
    digest = hashlib.sha256(data).hexdigest()
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / digest
    if not path.exists():
        tmp = folder / f".{digest}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        tmp.replace(path)
    att = Attachment(
        identity_id=identity_id,
        sha256=digest,
        filename=(filename or "file")[:200],
        content_type=content_type[:100],
        size=len(data),
    )
    s.add(att)
    await s.flush()
    return att

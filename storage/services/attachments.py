"""Evidence files: stored under data_dir/attachments/<sha256>, never executed or served publicly."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Attachment, Identity

ALLOWED = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),
    "application/pdf": (b"%PDF",),
}


class AttachmentRefused(Exception):
    pass


def check(content_type: str, data: bytes, max_bytes: int) -> None:
    if not data:
        raise AttachmentRefused("文件是空的")
    if len(data) > max_bytes:
        raise AttachmentRefused(f"文件太大（{len(data) // 1048576 + 1} MB）")
    magic = ALLOWED.get(content_type.split(";")[0].strip().lower())
    if magic is None or not any(data.startswith(m) for m in magic):
        raise AttachmentRefused("只接收照片（JPG/PNG/WEBP）或 PDF")


async def save_attachment(
    s: AsyncSession,
    ident: Identity,
    filename: str,
    content_type: str,
    data: bytes,
    data_dir: Path,
    max_bytes: int,
) -> Attachment:
    check(content_type, data, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    folder = Path(data_dir) / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / digest
    if not path.exists():
        tmp = folder / f".{digest}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        tmp.replace(path)
    att = Attachment(
        identity_id=ident.id,
        sha256=digest,
        filename=(filename or "file")[:200],
        content_type=content_type[:100],
        size=len(data),
    )
    s.add(att)
    await s.flush()
    return att

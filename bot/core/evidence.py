"""Which evidence files are accepted: photos (JPG/PNG/WEBP) and PDF, checked by their first
bytes, not their name, and no larger than the configured limit."""

from __future__ import annotations

from bot.core import texts

ALLOWED = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),
    "application/pdf": (b"%PDF",),
}


def refusal(content_type: str, data: bytes, max_bytes: int) -> str | None:
    """Why this file is refused (for the worker), or None when it is accepted."""
    if not data:
        return texts.FILE_EMPTY
    if len(data) > max_bytes:
        return texts.FILE_TOO_BIG.format(mb=len(data) // 1048576 + 1)
    magic = ALLOWED.get(content_type.split(";")[0].strip().lower())
    if magic is None or not any(data.startswith(m) for m in magic):
        return texts.FILE_WRONG_TYPE
    return None

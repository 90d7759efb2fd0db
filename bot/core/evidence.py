"""Which evidence files are accepted: photos (JPG/PNG/WEBP) and PDF, checked by their first
bytes, not their name, and no larger than the configured limit."""

from __future__ import annotations

import re

from bot.core import texts

# Markers of web pages, scripts and Windows programs hidden behind an allowed file's first bytes.
_ACTIVE = re.compile(
    rb"(?i)<\s*(?:html|script|svg|iframe|body)\b|<!doctype\s+html|This program cannot be run in DOS"
)

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
    kind = content_type.split(";")[0].strip().lower()
    magic = ALLOWED.get(kind)
    if magic is None or not any(data.startswith(m) for m in magic):
        return texts.FILE_WRONG_TYPE
    if kind == "image/webp" and data[8:12] != b"WEBP":
        return texts.FILE_WRONG_TYPE  # any RIFF file (a WAV, an AVI) is not a photo
    if _ACTIVE.search(data[:8192]):
        return texts.FILE_WRONG_TYPE  # a page or a program wearing a photo's or a PDF's first bytes
    return None

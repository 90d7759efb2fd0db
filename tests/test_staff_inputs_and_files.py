"""Probe L10 and L11: ?err= shows only our own messages; file types are checked beyond the
first bytes."""

from __future__ import annotations

import pytest

from bot.core import texts as core_texts
from bot.core.evidence import refusal
from bot.staff import texts
from bot.staff.web.known_errors import known_error

MB = 10 * 1_048_576


def test_only_our_own_error_texts_are_shown() -> None:
    assert known_error(texts.ERR_REASON_REQUIRED) == texts.ERR_REASON_REQUIRED
    assert known_error(texts.ERR_AMOUNT) == texts.ERR_AMOUNT
    assert known_error("请立即拨打 400-123-4567 核实账户") is None
    assert known_error(None) is None and known_error("x" * 400) is None


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("image/webp", b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 100),
        ("application/pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>"),
        (
            "image/jpeg",
            b"\xff\xd8\xff\xe0" + b"\x00" * 64 + b"MZ\x90\x00This program cannot be run in DOS mode",
        ),
        ("image/png", b"\x89PNG\r\n\x1a\n<svg onload=alert(1)>"),
        ("image/jpeg", b"MZ\x90\x00"),
    ],
)
def test_disguised_files_are_refused(kind: str, data: bytes) -> None:
    assert refusal(kind, data, MB) == core_texts.FILE_WRONG_TYPE


def test_real_looking_files_pass() -> None:
    assert refusal("image/webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 100, MB) is None
    assert refusal("application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", MB) is None
    assert refusal("image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 5000 + b"\xff\xd9", MB) is None

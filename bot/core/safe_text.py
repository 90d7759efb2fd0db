"""Characters no part of the system should ever store: C0/C1 controls other than tab and
newline, lone UTF-16 surrogates (a half emoji from JavaScript), and the non-characters
U+FFFE/U+FFFF. PostgreSQL refuses NUL in text, and an unpaired surrogate cannot be encoded
as UTF-8 anywhere; both are removed at the boundary, where a message enters."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from bot.core.types import Incoming

_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def strip_unsafe(text: str) -> str:
    """The text without unsafe characters (\\r\\n and \\t are kept)."""
    return _UNSAFE.sub("", text) if _UNSAFE.search(text) else text


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def clean_value(value: Any) -> Any:
    """Strings inside a JSON-like value (dicts, lists) cleaned; other values unchanged."""
    if isinstance(value, str):
        return strip_unsafe(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    return value


def clean_incoming(inc: Incoming) -> Incoming:
    """The message with every text field cleaned (the same object when nothing changes)."""
    changes: dict[str, Any] = {}
    for name in ("user_key", "text", "button", "delivery_id", "display_name"):
        value = getattr(inc, name)
        if isinstance(value, str) and has_unsafe(value):
            changes[name] = strip_unsafe(value)
    if inc.attachment is not None and has_unsafe(inc.attachment.filename):
        changes["attachment"] = dataclasses.replace(
            inc.attachment, filename=strip_unsafe(inc.attachment.filename) or "file"
        )
    if inc.contact is not None:
        contact = inc.contact
        fields = {
            k: strip_unsafe(v)
            for k in ("phone", "user_id", "name")
            if isinstance(v := getattr(contact, k), str)
        }
        if any(fields[k] != getattr(contact, k) for k in fields):
            changes["contact"] = dataclasses.replace(contact, **fields)
    return dataclasses.replace(inc, **changes) if changes else inc

"""The ?err= of a redirect is shown only when it is one of our own messages (bot/staff/texts.py,
with its placeholders filled): a link like ?err=请立即拨打 400-… cannot put words on our page."""

from __future__ import annotations

import re
from functools import cache

from bot.staff import texts


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


@cache
def _patterns() -> list[re.Pattern[str]]:
    out = []
    for name in dir(texts):
        if name.startswith("_"):
            continue
        for text in _strings(getattr(texts, name)):
            parts = re.split(r"\{[^{}]*\}", text)
            if sum(len(p) for p in parts) >= 4:
                out.append(re.compile(".{0,80}".join(re.escape(p) for p in parts), re.S))
    return out


def known_error(err: str | None) -> str | None:
    if not err or len(err) > 300:
        return None
    return err if any(p.fullmatch(err) for p in _patterns()) else None

"""Fit a WeChat text reply into the 2,000 characters a text message may carry.

A long reply is shortened in its longest part (usually a read-back holding the worker's whole
story), so the numbered choices at the end always arrive."""

from __future__ import annotations

MAX_CHARS = 2000
SEPARATOR = "\n\n"
ELLIPSIS = "……"


def fit_message(parts: list[str], limit: int = MAX_CHARS) -> str:
    """Join the parts; when too long, cut the longest part (never the choices list) to fit."""
    parts = list(parts)
    while True:
        joined = SEPARATOR.join(parts)
        over = len(joined) - limit
        if over <= 0:
            return joined
        i = max(range(len(parts)), key=lambda k: len(parts[k]))
        keep = len(parts[i]) - over - len(ELLIPSIS)
        if keep <= 0 or len(parts) == 1:
            return joined[: limit - len(ELLIPSIS)] + ELLIPSIS
        parts[i] = parts[i][:keep] + ELLIPSIS

"""Replies as plain JSON values, kept with a delivery id so that a repeated delivery gets the
same answer again (WeChat retries, a double-tapped button, a web page resending)."""

from __future__ import annotations

from typing import Any

from bot.core.types import Button, Reply


def encode(replies: list[Reply]) -> list[dict[str, Any]]:
    return [
        {
            "text": r.text,
            "buttons": [[b.label, b.payload] for b in r.buttons],
            "expects": r.expects,
            "case_no": r.case_no,
            "request_contact": r.request_contact,
        }
        for r in replies
    ]


def decode(values: list[Any] | None) -> list[Reply]:
    out: list[Reply] = []
    for v in values or []:
        if not isinstance(v, dict) or not isinstance(v.get("text"), str):
            continue
        out.append(
            Reply(
                v["text"],
                buttons=[Button(str(b[0]), str(b[1])) for b in v.get("buttons") or [] if len(b) == 2],
                expects=v.get("expects"),
                case_no=v.get("case_no"),
                request_contact=bool(v.get("request_contact")),
            )
        )
    return out

"""Telegram updates -> Incoming, and Replies -> Telegram messages (plain text, no parse mode)."""

from __future__ import annotations

import hashlib

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.channels.texts import SHARE_PHONE
from bot.core.types import Reply

LIMIT = 4096


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Split on paragraph, then line, then hard boundaries so no message exceeds the limit."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    if rest:
        parts.append(rest)
    return parts


class PayloadMap:
    """callback_data is limited to 64 bytes: long payloads travel as a short digest."""

    def __init__(self) -> None:
        self._long: dict[str, str] = {}

    def encode(self, payload: str) -> str:
        if len(payload.encode()) <= 64:
            return payload
        key = "h:" + hashlib.sha256(payload.encode()).hexdigest()[:40]
        self._long[key] = payload
        return key

    def decode(self, data: str) -> str:
        return self._long.get(data, data)


def markup(reply: Reply, payloads: PayloadMap) -> object | None:
    if reply.request_contact:
        return ReplyKeyboardMarkup(
            [[KeyboardButton(SHARE_PHONE, request_contact=True)]],
            one_time_keyboard=True,
            resize_keyboard=True,
        )
    if reply.buttons:
        rows = [
            [InlineKeyboardButton(b.label[:60], callback_data=payloads.encode(b.payload))]
            for b in reply.buttons
        ]
        return InlineKeyboardMarkup(rows)
    return None


def remove_keyboard() -> ReplyKeyboardRemove:
    return ReplyKeyboardRemove()

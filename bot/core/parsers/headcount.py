"""Number of workers owed: '二十几个人', '我们班组12个', '就我一个', '三四十个'."""

from __future__ import annotations

import re

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.numerals import to_number

_ALONE = re.compile(r"(就我(一个|自己)?|只有我|我自己|我一个|本人|一个人)")
_RANGE = re.compile(r"([一二三四五六七八九])([一二三四五六七八九])(十|百)")
_NUM = re.compile(r"[0-9]+|[零一二两三四五六七八九十百千万]+")


def parse_headcount(text: str | None) -> Parsed | ParseError:
    raw = (text or "")[:200]
    if _ALONE.search(raw) and not re.search(r"\d|[两三四五六七八九十百]", raw.replace("一个", "")):
        return Parsed(1, "1 人")
    approx = bool(re.search(r"(几|多|来|左右|大概|差不多|约)", raw))
    m = _RANGE.search(raw)
    if m:
        value = to_number(m.group(1) + m.group(3))
        approx = True
    else:
        value = None
        for tok in _NUM.findall(raw):
            v = to_number(tok)
            if v is not None:
                value = v
                break
    if value is None:
        if re.search(r"(我和|我跟)", raw):
            return Parsed(2, "2 人")
        return ParseError("headcount_missing", texts.HEADCOUNT_MISSING)
    value = int(value)
    if value <= 0:
        return ParseError("headcount_not_positive", texts.HEADCOUNT_NOT_POSITIVE)
    if value > 100_000:
        return ParseError("headcount_too_large", texts.HEADCOUNT_TOO_LARGE)
    return Parsed(value, ("约 " if approx else "") + f"{value} 人", approx)

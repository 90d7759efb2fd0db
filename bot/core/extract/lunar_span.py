"""The months worked told as two lunar months ("去年腊月干到今年正月底", "农历八月到腊月", "冬月到正月"):
a lunar month straddles two calendar months, so the period (first to last calendar month touched,
bot/core/parsers/period.py) holds one month more than the months worked; pay per month x time
counts the lunar months instead, and the read-back says so."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers.numerals import to_number

_MONTH = r"(?:(?P<w{k}>[正冬腊])月|(?:农历|阴历)(?P<n{k}>十[一二]?|[一二三四五六七八九])月)"
_SPAN = re.compile(
    r"(?P<ya>今年|去年|前年)?" + _MONTH.format(k="a") + r"(?:份)?(?:初|中|底|[初十廿二三]{0,3}[0-9]*[号日]?)?"
    r"[^。；;！!？?0-9]{0,12}?(?:到|至)\s*(?P<yb>今年|去年|前年)?" + _MONTH.format(k="b")
)
_NAMED = {"正": 1, "冬": 11, "腊": 12}
_YEAR = {"今年": 0, "去年": -1, "前年": -2}


def _month(m: re.Match[str], k: str) -> int | None:
    if m.group(f"w{k}"):
        return _NAMED[m.group(f"w{k}")]
    n = to_number(m.group(f"n{k}"))
    return int(n) if n is not None else None


def lunar_months(text: str) -> Decimal | None:
    """How many lunar months the span told holds (腊月 to 正月: 2), or None with no such span."""
    m = _SPAN.search(text)
    if m is None:
        return None
    a, b = _month(m, "a"), _month(m, "b")
    if a is None or b is None:
        return None
    if m.group("ya") and m.group("yb"):
        count = (_YEAR[m.group("yb")] - _YEAR[m.group("ya")]) * 12 + b - a + 1
    else:
        count = (b - a) % 12 + 1
    return Decimal(count) if 0 < count <= 24 else None


LUNAR_NOTE = "，按农历月份算"

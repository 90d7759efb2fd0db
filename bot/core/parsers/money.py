"""Amount owed in yuan from how people type it."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.numerals import to_number

_APPROX = re.compile(r"(左右|大概|大约|约|差不多|多|来块|上下|估计)")
_AMOUNT = re.compile(
    r"(?P<num>[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿点]+)"
    r"\s*(?P<unit>万|w|W|千|k|K|百)?(?P<tail>[0-9一二三四五六七八九])?"
)
MAX = Decimal(100_000_000)


def parse_amount(text: str | None) -> Parsed | ParseError:
    raw = (text or "")[:200].replace("块钱", "元").replace("块", "元").replace("¥", "").replace("￥", "")
    if re.search(r"-\s*\d", raw) or "负" in raw:
        return ParseError("amount_not_positive", texts.AMOUNT_NOT_POSITIVE)
    best: Decimal | None = None
    for m in _AMOUNT.finditer(raw):
        num, unit, tail = m.group("num"), m.group("unit"), m.group("tail")
        token = (
            num + ({"w": "万", "W": "万", "k": "千", "K": "千"}.get(unit or "", unit or "")) + (tail or "")
        )
        value = to_number(token)
        if value is None and unit:
            base = to_number(num)
            value = (
                base
                * {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000, "百": 100}[unit]
                if base is not None
                else None
            )
        if value is not None and (best is None or value > best):
            best = value
    if best is None:
        return ParseError("amount_missing", texts.AMOUNT_MISSING)
    if best <= 0:
        return ParseError("amount_not_positive", texts.AMOUNT_NOT_POSITIVE)
    if best > MAX:
        return ParseError("amount_too_large", texts.AMOUNT_TOO_LARGE)
    approx = bool(_APPROX.search(raw))
    best = best.quantize(Decimal("0.01"))
    shown = f"{best:,.2f}".rstrip("0").rstrip(".")
    return Parsed(best, ("约 " if approx else "") + f"{shown} 元", approx)

"""Chinese numerals with the shorthand people type: 八千五 = 8500, 两万三 = 23000, 1万2 = 12000."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
UNITS = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
}
NUM = re.compile(r"[0-9０-９.,，]+|[" + DIGITS + "十拾百佰千仟万萬亿点]+")
_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def neighbours(a: str, b: str) -> bool:
    """Two Chinese digits in a row, as people give a range: 七八个, 八九千, 三四月."""
    return a in _SMALL and b in _SMALL and _SMALL[b] == _SMALL[a] + 1


_SHORT = re.compile(r"^([0-9.]+|[" + DIGITS + "十]+)([万千百])([0-9]|[" + DIGITS + "])$")


def _digit(ch: str) -> int | None:
    try:
        return int(cn2an.cn2an(ch, "smart")) if not ch.isdigit() else int(ch)
    except (ValueError, KeyError):
        return None


# "1万2千5", "2万4千5百": Arabic digits written between Chinese units; read as 一万二千五
_MIXED = re.compile(r"(?<![0-9.])[0-9]+(?=[万千百])|(?<=[万千百])[0-9](?![0-9.])")


def mixed_to_chinese(text: str) -> str:
    """Arabic digits that sit between Chinese units rewritten in Chinese digits ("1万2千5" ->
    "一万二千五"), so the Chinese reading with its omitted units applies; other text unchanged."""
    if not re.search(r"[0-9][万千百][0-9]", text):
        return text
    return _MIXED.sub(lambda m: cn2an.an2cn(m.group(0)), text)


def to_number(token: str) -> Decimal | None:
    """'八千五' -> 8500, '两万三' -> 23000, '1万2' -> 12000, '3.5万' -> 35000, '12,000' -> 12000."""
    token = token.replace(",", "").replace("，", "").strip()
    if not token:
        return None
    m = _SHORT.match(token)
    if m:
        head, unit, tail = m.groups()
        base = to_number(head)
        d = _digit(tail)
        if base is not None and d is not None:
            u = UNITS[unit]
            return base * u + d * (u // 10)
    try:
        return Decimal(token)
    except InvalidOperation:
        pass
    mixed = mixed_to_chinese(token)
    if mixed != token:
        return to_number(mixed)
    try:
        return Decimal(str(cn2an.cn2an(token, "smart")))
    except (ValueError, KeyError, IndexError):
        return None

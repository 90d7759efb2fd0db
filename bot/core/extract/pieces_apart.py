"""Pay by the piece at more than one price for the same unit ("三月采了24斤 40块一斤 四月58斤 20块
一斤", "九月一件两块 做了八百件 十月一件两块五 做了六百件"): each count is paid at the price told
nearest to it, and the sums are added. Used by bot/core/extract/pieces.py."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.pieces import counted_unit, price_value
from bot.core.parsers.numerals import to_number

_MONTH = re.compile(r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?")
# a figure followed by money or time is no count of pieces
_NOT_PIECES = re.compile(r"\s*(?:块|元|钱|毛|角|蚊|天|个?月|年|人|号|日)")

Apart = tuple[Decimal, list[str], list[str], list[tuple[int, int]]]


def priced_apart(text: str, prices: list[tuple[re.Match[str], str]], qty: str) -> Apart | None:
    """(total, how each price was counted, the months, the spans) when one unit is priced twice
    or more at different prices, each price has a count of its own nearest to it, and every
    count is taken; None otherwise (one price, or counts that cannot be told apart)."""
    by_unit: dict[str, list[tuple[re.Match[str], Decimal, Decimal]]] = {}
    for m, unit in prices:
        priced = price_value(m, unit)
        if priced is not None and priced[0] > 0:
            by_unit.setdefault(unit, []).append((m, *priced))
    several = [(u, ps) for u, ps in by_unit.items() if len(ps) >= 2 and len({p[1] for p in ps}) >= 2]
    if len(several) != 1:
        return None
    unit, priced_list = several[0]
    taken = [(m.start(), m.end()) for m, _ in prices]
    counts: list[tuple[int, int, Decimal]] = []
    for c in re.finditer(rf"{qty}{counted_unit(unit)}", text):
        if any(c.start() < b and a < c.end() for a, b in taken) or _NOT_PIECES.match(text, c.end()):
            continue
        n = to_number(c.group("q"))
        if n is not None and n > 0:
            counts.append((c.start(), c.end(), n))
    if not counts:
        return None
    owned: dict[int, list[tuple[int, int, Decimal]]] = {}
    for c in counts:
        gaps = [max(m.start() - c[1], c[0] - m.end()) for m, _, _ in priced_list]
        owned.setdefault(gaps.index(min(gaps)), []).append(c)
    if len(owned) != len(priced_list):
        return None  # a price with no count of its own: which count is whose is unclear
    total = Decimal(0)
    hows: list[str] = []
    months: list[str] = []
    spans: list[tuple[int, int]] = []
    for i, (m, value, batch) in enumerate(priced_list):
        mine = owned[i]
        total += value * sum((n for _, _, n in mine), Decimal(0)) / batch
        how = " + ".join(f"{n:,.0f}" for _, _, n in mine)
        per = f"每{unit}" if batch == 1 else f"每 {batch:,.0f} {unit}"
        hows.append(f"{per} {value:,g} 元 × {how} {unit}")
        spans += [(m.start(), m.end())] + [(a, b) for a, b, _ in mine]
        lead = min([m.start()] + [a for a, _, _ in mine])
        said = list(_MONTH.finditer(text, max(0, lead - 12), lead))
        if said:
            months.append(said[-1].group(0).replace(" ", ""))
    return total, hows, (months if len(months) == len(priced_list) else []), spans

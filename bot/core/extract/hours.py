"""The hours worked for a pay by the hour ("时薪二十三，九月做了120小时，十月做了98小时"): one
count told, or each month's hours added up with the months they were in. Read by
bot/core/extract/amounts.py."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers.numerals import to_number

HOURS = re.compile(
    # a month's hours told right after the month, no verb: "十一月二百二十个钟头"
    r"(?:(?:干|做|上|加班|打|出)了?|(?:一共|总共|合计|加起来)(?:是|有|干了|做了)?|(?<=[0-9一二三四五六七八九十]月)|(?<=月份))\s*(?P<n>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:多)?\s*个?\s*(?:小时|钟头)"
)
_MONTH_BEFORE = re.compile(
    r"(?P<m>(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?)(?:的|里|份)?(?:我|又|一共|总共)?\s*$"
)


def hours_after(text: str, start: int) -> tuple[Decimal, list[str]] | None:
    """The hours told after `start`: each month's added when every count follows its month
    (the months returned), else the first count alone."""
    found = list(HOURS.finditer(text, start))
    if not found:
        return None
    months = [_MONTH_BEFORE.search(text, max(0, h.start() - 8), h.start()) for h in found]
    counts = [to_number(h.group("n")) for h in found]
    if len(found) > 1 and all(months) and all(c is not None for c in counts):
        said = [m.group("m") for m in months if m is not None]
        if len(set(said)) == len(said):
            return sum((c for c in counts if c is not None), Decimal(0)), said
    first = counts[0]
    return None if first is None else (first, [])

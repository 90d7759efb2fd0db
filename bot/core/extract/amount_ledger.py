"""Amounts told person by person or month by month ("我自己还差一万八，我弟一万六，另外七个兄弟每人
一万二"): each share added up, less what was paid of the months (bot/core/extract/shares.py reads
the shares). Used by bot/core/extract/amounts.py before any other reading."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.amounts_found import Amounts
from bot.core.extract.figures import Figure
from bot.core.extract.money_tokens import _RATE_AFTER, _RATE_BEFORE
from bot.core.extract.paid import paid_total
from bot.core.extract.shares import find_shares


def ledger_amounts(
    text: str,
    tokens: list[tuple[re.Match[str], Decimal]],
    paid_parts: list[tuple[re.Match[str], Decimal]],
) -> Amounts | None:
    """The shares told added up into the total (with the spans used and the months they name),
    or None when the figures are no ledger of shares; `paid_parts` are parts paid beside each
    month's pay, taken off the months added up."""
    res = Amounts()
    ledger = find_shares(
        text,
        [
            (m.start(), m.end(), v)
            for m, v in tokens
            if not (
                _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
                or _RATE_AFTER.match(text[m.end() :])
                or (m, v) in paid_parts
            )
        ],
    )
    if ledger is None:
        return None
    parts, res.heads = ledger
    total = sum((p.value for p in parts), Decimal(0))
    how = " + ".join(p.who if "每人" in p.who else f"{p.who} {p.value:,.0f} 元" for p in parts)
    done = paid_total([v for _, v in paid_parts]) if paid_parts else Decimal(0)
    if res.heads == 0 and 0 < done < total:  # months added up, less what was paid of them
        total -= done
        how += f" − 已付 {done:,.0f} 元"
    first = next(m for m, _ in tokens if m.end() == parts[0].end)
    res.total = Figure(total, f"{total:,.0f} 元（{how}）", first.start(), parts[-1].end)
    res.used = [(p.start, p.end) for p in parts] + [(m.start(), m.end()) for m, _ in paid_parts]
    res.months = [p.who for p in parts if p.people == 0]
    return res

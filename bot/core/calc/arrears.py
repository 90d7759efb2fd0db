"""Wage-arrears totals, read with the complaint form's own parser (pay x time, ranges)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.core.calc import texts
from bot.core.calc.result import Line, Result
from bot.core.parsers import Parsed

ARTICLES = ["《劳动法》第五十条", "《劳动合同法》第三十条"]


def compute(parsed: Parsed, period: Parsed | None = None) -> Result:
    amount: Decimal = parsed.value
    notes = []
    if parsed.approximate:
        notes.append(texts.AR_APPROX)
    if period is not None:
        notes.append(texts.AR_PERIOD.format(period=period.echo))
    line = Line(texts.AR_LINE, amount, parsed.echo)
    # the complaint form's own shape: value, echo and whether it is approximate
    handoff: dict[str, Any] = {
        "amount_owed": {"value": str(amount), "echo": parsed.echo, "approximate": parsed.approximate}
    }
    if period is not None:
        handoff["arrears_period"] = {"value": dict(period.value), "echo": period.echo, "approximate": False}
    return Result(
        "arrears",
        amount,
        [line],
        list(ARTICLES),
        [texts.AR_CAVEAT],
        notes,
        headline=texts.AR_HEAD,
        handoff=handoff,
    )

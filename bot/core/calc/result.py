"""What every calculator returns: an outcome (amount, or why it needs more, or why nothing is due)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class Line:
    """One part of the result: a label, its amount and the formula with the worker's numbers."""

    label: str
    amount: Decimal
    formula: str
    payer: str = ""  # who pays it (injury benefits), else ""


@dataclass
class Result:
    kind: str
    total: Decimal
    lines: list[Line]
    articles: list[str]
    caveats: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts used: "按上限…", "按较低的数…"
    headline: str = ""  # what the total is ("经济补偿", "违法解除赔偿金 2N")
    alternative: str = ""  # a second result shown beside (e.g. with the cap)
    monthly: list[Line] = field(default_factory=list)  # amounts paid every month (not in total)
    nothing_due: str = ""  # why no money is due (then total is 0)
    handoff: dict[str, Any] = field(default_factory=dict)  # complaint form prefill

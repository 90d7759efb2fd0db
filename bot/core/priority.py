"""Case priority from head count, amount and risk words (thresholds from settings)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.core import texts


def compute_priority(
    workers: int, amount: Decimal | float, description: str, settings: Any
) -> tuple[str, list[str]]:
    reasons: list[str] = []
    words = [w for w in settings.risk_words if w and w in (description or "")]
    if words:
        reasons.append(texts.PRIORITY_RISK_WORDS.format(words="、".join(words)))
    if workers >= settings.urgent_workers:
        reasons.append(texts.PRIORITY_WORKERS.format(n=workers))
    if float(amount) >= settings.urgent_amount:
        reasons.append(texts.PRIORITY_AMOUNT.format(amount=float(amount)))
    if reasons:
        return "urgent", reasons
    if workers >= settings.high_workers or float(amount) >= settings.high_amount:
        return "high", [texts.PRIORITY_HIGH.format(n=workers, amount=float(amount))]
    return "normal", []

"""Case priority from head count, amount and risk words (thresholds from settings)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def compute_priority(
    workers: int, amount: Decimal | float, description: str, settings: Any
) -> tuple[str, list[str]]:
    reasons: list[str] = []
    words = [w for w in settings.risk_words if w and w in (description or "")]
    if words:
        reasons.append("风险词：" + "、".join(words))
    if workers >= settings.urgent_workers:
        reasons.append(f"涉及 {workers} 人")
    if float(amount) >= settings.urgent_amount:
        reasons.append(f"金额 {float(amount):,.0f} 元")
    if reasons:
        return "urgent", reasons
    if workers >= settings.high_workers or float(amount) >= settings.high_amount:
        return "high", [f"涉及 {workers} 人，金额 {float(amount):,.0f} 元"]
    return "normal", []

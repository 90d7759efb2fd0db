"""Money in Decimal: exact arithmetic throughout, rounded to the fen only when shown or returned."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
DAYS_PER_MONTH = Decimal("21.75")  # 月计薪天数
HOURS_PER_DAY = Decimal(8)


def fen(value: Decimal) -> Decimal:
    """Round to the fen (0.01 yuan), half up, as payslips do."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    """12345.6 -> '12,345.60'; whole amounts keep their fen too, so every figure looks alike."""
    return f"{fen(value):,.2f}"


def num(value: Decimal) -> str:
    """A count or multiplier without trailing zeros: 4.50 -> '4.5', 12.0 -> '12'."""
    text = f"{value.normalize():f}"
    return text


def pct(value: Decimal) -> str:
    """0.75 -> '75%'."""
    return num(value * 100) + "%"

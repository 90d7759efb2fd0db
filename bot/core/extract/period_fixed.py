"""Months told again in a later message that corrects them ("不对 是十月份开始的 九月份发过了
就十月十一月两个月"): the story then holds both the old months and the new; the months the
correction states are the period, and the pay per month counts those."""

from __future__ import annotations

from datetime import date

from bot.core.extract.corrections import is_correction
from bot.core.extract.figures import Figure
from bot.core.extract.periods import find_period
from bot.core.extract.periods_told import COUNTED


def corrected_period(flat: str, today: date) -> Figure | None:
    """The period read in the last line of `flat` (the story, lines kept) that corrects an
    earlier one, at its place in `flat`; None when no later line corrects the months."""
    lines = flat.split("\n")
    at = len(lines[0]) + 1
    found: Figure | None = None
    for line in lines[1:]:
        p = find_period(line, today, []) if is_correction(line) else None
        if p is not None and p.note != COUNTED:  # months named, not "三个月" counted back from today
            found = Figure(p.value, p.echo, p.start + at, p.end + at, p.approximate, p.note)
        at += len(line) + 1
    return found

"""Months told again in a later message that corrects them ("不对 是十月份开始的 九月份发过了
就十月十一月两个月"): the story then holds both the old months and the new; the months the
correction states are the period, and the pay per month counts those."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.corrections import SLIP, is_correction
from bot.core.extract.figures import Figure
from bot.core.extract.periods import find_period
from bot.core.extract.periods_told import COUNTED

# a slip owned inside one message, after what it corrects: "九月十月没发 哦不对我记错了 九月的发了 是…"
_SLIP_INSIDE = re.compile(rf"(?<=[\s，,。！!；;])(?:哦|啊|噢|呃)?[\s，,]*(?:我)?(?:记|算|看)?{SLIP}")


def _corrections(flat: str) -> list[tuple[int, str]]:
    """(where it starts, the words) of every later line that corrects, and of the words after a
    slip owned inside a line, each up to the next slip."""
    parts: list[tuple[int, str]] = []
    at = 0
    for n, line in enumerate(flat.split("\n")):
        cuts = [m.start() for m in _SLIP_INSIDE.finditer(line) if m.start() > 0]
        starts = ([0] if n > 0 else []) + cuts
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(line)
            parts.append((at + start, line[start:end]))
        at += len(line) + 1
    return parts


def corrected_period(flat: str, today: date) -> Figure | None:
    """The period read in the last correction in `flat` (the story, lines kept): a later line,
    or the words after a slip owned inside a line, at its place in `flat`; None when nothing
    corrects the months."""
    found: Figure | None = None
    for at, words in _corrections(flat):
        p = find_period(words, today, []) if is_correction(words) else None
        if p is not None and p.note != COUNTED:  # months named, not "三个月" counted back from today
            found = Figure(p.value, p.echo, p.start + at, p.end + at, p.approximate, p.note)
    return found

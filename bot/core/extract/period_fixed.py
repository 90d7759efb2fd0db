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


# a month named only as the label of a figure corrected ("不对 十一月是二百二十个钟头", "十月的是
# 六千八"): the figure is corrected, not the months
_MONTH_FIGURE = re.compile(
    r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?\s*(?:的|的工资|的工钱)?\s*(?:是|应该是|其实是|实际是|只有|才)?\s*"
    r"(?:干了|做了|上了|跑了|加了)?\s*(?:[0-9]+(?:\.[0-9]+)?|[一两二三四五六七八九十][千百十万零一两二三四五六七八九十]*)\s*(?:多)?\s*"
    r"(?:个钟头|个小时|小时|个钟|天|个工|工|件|条|单|趟|块|元|千|万|百|[0-9])"
)
_MONTH_WORD = re.compile(r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月|[正冬腊]月|年[底初]")


def _about_months(words: str) -> bool:
    """A correction says which months, not only a figure of a month told before."""
    return bool(_MONTH_WORD.search(_MONTH_FIGURE.sub(" ", words)))


def corrected_period(flat: str, today: date) -> Figure | None:
    """The period read in the last correction in `flat` (the story, lines kept): a later line,
    or the words after a slip owned inside a line, at its place in `flat`; None when nothing
    corrects the months."""
    found: Figure | None = None
    for at, words in _corrections(flat):
        p = find_period(words, today, []) if is_correction(words) and _about_months(words) else None
        if p is not None and p.note != COUNTED:  # months named, not "三个月" counted back from today
            found = Figure(p.value, p.echo, p.start + at, p.end + at, p.approximate, p.note)
    return found

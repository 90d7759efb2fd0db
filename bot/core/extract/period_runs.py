"""Periods counted from months: each month's work told in a run ("九月车了…条，十月车了…条"), how
many months a clause names, and a start "到现在" cut to the months the worker counted."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.figures import Figure
from bot.core.extract.period_words import COUNT, PAID_CLAUSE, UNTIL_NOW, WORK_DONE
from bot.core.extract.periods_joined import MONTH_NAMED, PART_OWED
from bot.core.parsers import ParseError, parse_headcount, parse_period


def worked_run(told: list[str], owed: re.Pattern[str], today: date) -> Figure | None:
    """ "九月车了一万二千条，十月车了一万一千八百条" with no month told as owed or paid: each
    month's work told on its own, in a run, is the period (not the first month alone), also
    when what was paid is told for them all ("两个月一共就借支了两千")."""
    # a part paid or owed for the whole run, no month named ("两个月就给俺借支了两千"), says no
    # other months
    if any(
        (owed.search(c) or PAID_CLAUSE.search(c) or PART_OWED.search(c)) and MONTH_NAMED.search(c)
        for c in told
    ):
        return None
    months = []
    for c in told:
        if not WORK_DONE.search(c):
            continue
        parsed = parse_period(c.strip(), today)
        if isinstance(parsed, ParseError) or parsed.value["start"] != parsed.value["end"]:
            continue
        months.append(parsed.value["start"])
    if len(set(months)) < 2 or months != sorted(months):
        return None
    (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (months[0], months[-1]))
    n = (y2 - y1) * 12 + m2 - m1 + 1
    if n != len(set(months)):
        return None  # a gap: not one run
    return Figure({"start": months[0], "end": months[-1]}, f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）", 0, 0)


def months_in(clause: str, today: date) -> int:
    """How many months a clause names (0 when none)."""
    parsed = parse_period(clause.strip(), today)
    if isinstance(parsed, ParseError):
        return 0
    (y1, m1), (y2, m2) = (map(int, parsed.value[k].split("-")) for k in ("start", "end"))
    return (y2 - y1) * 12 + m2 - m1 + 1


def until_now_count(
    clause: str, blank: str, value: dict[str, str], echo: str, today: date
) -> tuple[dict[str, str], str]:
    """ "从7月到现在 … 五个月": the months the worker counted decide whether the month just
    begun is owed (told on 1 December, 7月到现在 and 五个月 is July to November)."""
    if not UNTIL_NOW.search(clause):
        return value, echo
    counts = {c for c in (COUNT.findall(blank.replace(clause.removesuffix("到现在"), " "))) if c}
    if len(counts) != 1:
        return value, echo
    parsed = parse_headcount(counts.pop() + "个人")
    if isinstance(parsed, ParseError):
        return value, echo
    n = int(parsed.value)
    y, m = map(int, value["start"].split("-"))
    y2, m2 = map(int, value["end"].split("-"))
    if (y2 - y) * 12 + m2 - m + 1 != n + 1:
        return value, echo  # only the month just begun is in question
    end_y, end_m = divmod(y * 12 + m - 1 + n - 1, 12)
    end = f"{end_y:04d}-{end_m + 1:02d}"
    shown = f"{y}年{m}月 至 {end_y}年{end_m + 1}月（共{n}个月）"
    return {"start": value["start"], "end": end}, shown

"""The days worked told as a first and a last day ("一天三百五，从9月3号干到10月12号",
"十一月二号到二十一号"): the months they fall in are the period, and a pay per day x those days
(both days counted, less the days off told with a count: "除了两天下雨没干", "中间歇了三天") is
the amount, an estimate read back with how it was made. Days off told without a count ("中间休息
了几天") leave the days unknown: the amount is asked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.core.extract.figures import Figure
from bot.core.parsers import ParseError, parse_period
from bot.core.parsers.numerals import to_number

_N = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
_SPAN = re.compile(
    rf"(?:(?P<y1>今年|去年)?(?P<m1>{_N})\s*月份?)?\s*(?P<d1>{_N})\s*[号日]"
    r"[^，,。；;！!？?0-9]{0,6}?(?:到|至|~|～|-|—)\s*"
    rf"(?:(?P<y2>今年|去年)?(?P<m2>{_N})\s*月份?)?\s*(?P<d2>{_N})\s*[号日](?![子期])"
)
# days off told with a count: "除了两天下雨没干", "中间歇了三天", "请了两天假", "有三天没上工"
_OFF = re.compile(
    rf"(?:除了|歇了|休息了|停了|停工|请了|请假|病了|少干了?|缺了|有)\s*(?P<n>{_N})\s*天"
    r"(?:[^，,。；;]{0,6}?(?:没干|没做|没上|没去|休息|歇|停|假|下雨))?"
)
_OFF_VERB = re.compile(r"除了|歇了|休息了|停了|停工|请了|请假|病了|少干|缺了")
# days off told without a count: the days worked are not known
_OFF_VAGUE = re.compile(
    r"(?:歇|休息|停|请假|请了|下雨|没干)[^，,。；;]{0,4}?(?:几天|些天|一阵|一段)|(?:几天|些天)[^，,。；;]{0,4}?(?:没干|没做|休息|歇|停|下雨)"
)


@dataclass
class DaySpan:
    start: date
    end: date
    at: tuple[int, int]  # where the span was told

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _num(word: str | None) -> int | None:
    n = to_number(word) if word else None
    return int(n) if n is not None else None


def find_day_span(text: str, today: date) -> DaySpan | None:
    """The first and last day worked, both with a month (the second may share the first's)."""
    for m in _SPAN.finditer(text):
        m1, d1, m2, d2 = (_num(m.group(k)) for k in ("m1", "d1", "m2", "d2"))
        if m1 is None or d1 is None or d2 is None:
            continue
        m2 = m2 or m1
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
            continue
        y2 = today.year - (
            1 if m.group("y2") == "去年" or (m.group("y2") is None and m2 > today.month) else 0
        )
        y1 = today.year - 1 if m.group("y1") == "去年" else (y2 if m1 <= m2 else y2 - 1)
        try:
            first, last = date(y1, m1, d1), date(y2, m2, d2)
        except ValueError:
            continue
        if first <= last <= today and (last - first).days <= 366:
            return DaySpan(first, last, (m.start(), m.end()))
    return None


def days_worked(text: str, span: DaySpan) -> int | None:
    """The days of the span less the days off told with a count; None when days off are told
    without one ("中间歇了几天")."""
    if _OFF_VAGUE.search(text):
        return None
    off = 0
    for m in _OFF.finditer(text):
        if m.group(0).startswith("有") and not _OFF_VERB.search(m.group(0)) and "没" not in m.group(0):
            continue  # "有三天" alone says nothing of work
        n = _num(m.group("n"))
        if n is not None:
            off += n
    days = span.days - off
    return days if days > 0 else None


def span_figures(
    text: str, today: date, rate: tuple[Decimal, str] | None, heads: int | None, heads_rough: bool = False
) -> tuple[Figure | None, Figure | None, tuple[list[Decimal], tuple[int, str]] | None]:
    """The period of the days told; pay per day x the days worked for one worker (an estimate,
    read back with how it was made); or, told beside several people (`heads`), the teller's
    alone and every one's, to ask which (the choices and (head count, how it was worked out))."""
    span = find_day_span(text, today)
    if span is None:
        return None, None, None
    first, last = f"{span.start.year}年{span.start.month}月", f"{span.end.year}年{span.end.month}月"
    parsed = parse_period(first if first == last else f"{first}到{last}", today)
    period = None if isinstance(parsed, ParseError) else Figure(parsed.value, parsed.echo, *span.at)
    if rate is None or rate[1] != "天" or (n := days_worked(text, span)) is None:
        return period, None, None
    total = rate[0] * n
    if heads is not None and heads > 1:  # "我们三个人…一人一天三百，从10月1号干到10月20号": asked
        how = f"每天 {rate[0]:,.0f} 元 × {n} 天"
        return period, None, None if heads_rough else ([total, total * heads], (heads, how))
    dates = f"{span.start.month}月{span.start.day}日至{span.end.month}月{span.end.day}日"
    echo = f"约 {total:,.0f} 元（按每天 {rate[0]:,.0f} 元 × {n} 天估算，{dates}）"
    return period, Figure(total, echo, *span.at, True), None

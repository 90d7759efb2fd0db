"""Months told again in a later message that corrects them ("不对 是十月份开始的 九月份发过了
就十月十一月两个月"): the story then holds both the old months and the new; the months the
correction states are the period, and the pay per month counts those."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.corrections import SLIP, is_correction
from bot.core.extract.figures import Figure
from bot.core.extract.periods import find_period
from bot.core.extract.periods_told import COUNTED, to_month

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


def _fixes(flat: str, today: date) -> list[tuple[int, Figure]]:
    """(where the correction starts, the period it states at its place in `flat`) of every
    correction that says which months."""
    found: list[tuple[int, Figure]] = []
    for at, words in _corrections(flat):
        p = find_period(words, today, []) if is_correction(words) and _about_months(words) else None
        if p is None and is_correction(words) and _about_months(words):
            p = _end_alone(words, flat[:at], today)  # "不对 是干到十一月": the start told before
        if p is not None and p.note != COUNTED:  # months named, not "三个月" counted back from today
            p = _one_end(words, p, flat[:at], today)
            found.append((at, Figure(p.value, p.echo, p.start + at, p.end + at, p.approximate, p.note)))
    return found


def corrected_period(flat: str, today: date, plain: str) -> tuple[str, Figure | None]:
    """The period read in the last correction in `flat` (the story, lines kept): a later line,
    or the words after a slip owned inside a line, at its place in `flat`; None when nothing
    corrects the months. A correction that names one end only ("不对 是八月开始的") keeps the
    other end told before it, or the months it counts ("七月开始的 四个月"). With it `plain`
    (the story as the money readers see it, the same length as `flat`), the months counted
    before the correction blanked: the months it states are the months owed ("欠了两个月 …
    说错了 是八月到十月")."""
    fixes = _fixes(flat, today)
    if not fixes:
        return plain, None
    at, found = fixes[-1]
    if len(plain) == len(flat):
        plain = _MONTHS_COUNT.sub(lambda m: " " * len(m.group(0)), plain[:at]) + plain[at:]
    return plain, found


# the words of a start or an end of the months owed, and of months running on to now
_STARTS = re.compile(r"开始|[起从]|进(?:的)?(?:厂|场|店)|来的|上班")
_ENDS = re.compile(r"到|至|为止|结束|走的|走了|不干|没干|离开|辞")
_TO_NOW = re.compile(r"现在|至今|今天|目前|如今")
# a count of months standing alone: "七八九十 四个月", "一共四个月"
_COUNT = re.compile(
    r"(?:(?<=[\s，,])|一共|总共|共|干了|做了|欠了)(?P<n>[两二三四五六七八九]|十[一二]?|[2-9]|1[0-2])\s*个\s*月(?!\s*[0-9一二两三四五六七八九十])"
)
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _count_of(words: str) -> int | None:
    counts = {m.group("n") for m in _COUNT.finditer(words)}
    if len(counts) != 1:
        return None
    n = counts.pop()
    if n.isdigit():
        return int(n)
    return 10 + _COUNTS.get(n[1:], 0) if n.startswith("十") else _COUNTS.get(n)


def _ym(value: str) -> int:
    y, m = map(int, value.split("-"))
    return y * 12 + m - 1


def _month_str(n: int) -> str:
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _one_end(words: str, p: Figure, before: str, today: date) -> Figure:
    """`p`, the period a correction states, with the end it leaves unsaid: a start alone runs to
    the months it counts, or to the end told before it; an end alone keeps the start told before."""
    named = _MONTH_WORD.findall(_MONTH_FIGURE.sub(" ", words))
    if len(named) != 1 or _TO_NOW.search(words):
        return p
    start, end = _ym(p.value["start"]), _ym(p.value["end"])
    starts, ends = bool(_STARTS.search(words)), bool(_ENDS.search(words))
    earlier = find_period(before, today, []) if before.strip() else None
    old = None if earlier is None or earlier.note == COUNTED else earlier.value
    if starts and not ends:
        n = _count_of(words)
        if n is not None:
            end = start + n - 1
        elif old is not None and _ym(old["end"]) >= start:
            end = _ym(old["end"])
        else:
            return p
    elif ends and not starts and old is not None and _ym(old["start"]) <= end:
        start = _ym(old["start"])
    else:
        return p
    if end < start or (end, start) == (_ym(p.value["end"]), _ym(p.value["start"])):
        return p
    value = {"start": _month_str(start), "end": _month_str(end)}
    (y1, m1), (y2, m2) = divmod(start, 12), divmod(end, 12)
    echo = f"{y1}年{m1 + 1}月 至 {y2}年{m2 + 1}月（共{end - start + 1}个月）"
    return Figure(value, echo, p.start, p.end, p.approximate, p.note)


def _end_alone(words: str, before: str, today: date) -> Figure | None:
    """The period told before with the end a correction names alone ("说错了 干到十一月")."""
    named = _MONTH_WORD.findall(_MONTH_FIGURE.sub(" ", words))
    if len(named) != 1 or not _ENDS.search(words) or _STARTS.search(words) or not before.strip():
        return None
    earlier = find_period(before, today, [])
    month = re.match(r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])", named[0].strip())
    if earlier is None or earlier.note == COUNTED or month is None:
        return None
    start, now = _ym(earlier.value["start"]), today.year * 12 + today.month - 1
    m = to_month(month.group(0)) - 1
    ends = [y * 12 + m for y in (today.year - 1, today.year) if start <= y * 12 + m <= now]
    if not ends:
        return None
    end = ends[0]
    value = {"start": earlier.value["start"], "end": _month_str(end)}
    (y1, m1), (y2, m2) = divmod(start, 12), divmod(end, 12)
    echo = f"{y1}年{m1 + 1}月 至 {y2}年{m2 + 1}月（共{end - start + 1}个月）"
    at = words.find(named[0])
    return Figure(value, echo, max(at, 0), max(at, 0) + len(named[0]))


# a count of months told as owed, paid or worked, not a pay per month ("一个月五千")
_MONTHS_COUNT = re.compile(
    r"(?<![每0-9一二两三四五六七八九十])(?:[两二三四五六七八九]|十[一二]?|[2-9]|1[0-2])(?=\s*个\s*多?\s*月)"
)

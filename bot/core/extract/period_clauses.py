"""Clauses of a story reshaped before its period is read (bot/core/extract/periods.py): figures
already used blanked, months listed by number said as a range, the owed part of a clause kept, a
closed range put first, a list of months owed read wider than one month named again."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.period_words import (
    BARE_LIST,
    COUNT,
    LIST,
    NAMED_FESTIVAL,
    ONLY_PAID,
)
from bot.core.extract.periods_joined import RANGE
from bot.core.extract.periods_told import not_due, run_counted, to_month
from bot.core.parsers import ParseError, parse_period


def list_mark(m: re.Match[str]) -> str:
    """The pause between two months in a row (九月 十月) made a list mark; any other kept."""
    follows = to_month(m.group("b")) == to_month(m.group("a")) % 12 + 1
    return m.group(0)[: m.start("gap") - m.start()] + ("、" if follows else m.group("gap"))


def blanked(text: str, masked: list[tuple[int, int]]) -> str:
    """The text with figures already used blanked (same length), so a phone number or "一个月
    五千二" is not read as a month; "九月就给了两千": 就 is "only" before a figure."""
    rate = re.sub(
        r"(每个?月|(?<![0-9一二两三四五六七八九十俩仨])一个月|(?<![个0-9一二两三四五六七八九十俩仨])(?:月薪|月工资|(?<![年到至和跟、])一月(?!\s*(?:[0-9]{1,2}|十[一二]?|[二三四五六七八九])\s*月)))(?=\s*(?:工资|的工资)?\s*(?:是|有|给|才)?\s*[0-9零一二两三四五六七八九十])",
        lambda m: " " * len(m.group(0)),
        text,
    )
    rate = NAMED_FESTIVAL.sub(lambda m: m.group(1) + "  ", rate)  # "李国庆一万八千六": a name
    chars = list(rate)
    for a, b in masked:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    blank = "".join(chars)
    blank = not_due(blank)
    only = {m.start("only") for m in ONLY_PAID.finditer(text)}
    return "".join("只" if i in only else c for i, c in enumerate(blank))


def listed_wider(said: str, parsed: object, owed: re.Pattern[str], today: date) -> object:
    """ "…把我们十月份和十一月份的工资都压着不发…我十月份跑了…": a long clause naming one month
    again after a list of months owed; the listed months are the period."""
    listed = LIST.search(said)
    if listed is None or isinstance(parsed, ParseError) or not owed.search(said[listed.start() :]):
        return parsed
    wider = parse_period(listed.group(0), today)
    if isinstance(wider, ParseError):
        return parsed
    value = parsed.value  # type: ignore[attr-defined]
    if wider.value["start"] <= value["start"] and wider.value["end"] >= value["end"] and wider.value != value:
        return wider
    return parsed


def closed_range_first(clauses: list[str], today: date) -> list[str]:
    """ "从7月开始就没发 … 7月到10月四个月": a start with no end runs to today, but a range
    from the same month told elsewhere says where it ends, so that range is read instead."""
    if len(clauses) < 2 or RANGE.search(clauses[0]) or LIST.search(clauses[0]):
        return clauses
    first = parse_period(clauses[0].strip(), today)
    if isinstance(first, ParseError):
        return clauses
    for c in clauses[1:]:
        if not (RANGE.search(c) or LIST.search(c)):  # "9月、10月、11月三个月" ends too
            continue
        other = parse_period(c.strip(), today)
        if (
            not isinstance(other, ParseError)
            and other.value["start"] == first.value["start"]
            and other.value["end"] < first.value["end"]
        ):
            return [c, *(x for x in clauses if x != c)]
    return clauses


def numbers_as_range(clause: str) -> str:
    """ "八、九、十月" -> "八月到十月" (months listed by number, said once); "八九十三个月" ->
    "八月到十月三个月" when the months run together make the count said after them."""
    m = BARE_LIST.search(clause)
    if m is not None:
        nums = [to_month(x) for x in re.split(r"\s*[、,，]\s*", m.group("list"))]
        if all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False)):
            clause = clause[: m.start()] + f"{nums[0]}月到{nums[-1]}月" + clause[m.end() :]
    return run_counted(clause)


def owed_part(clause: str, owed: re.Pattern[str]) -> str:
    """Of two lengths in one clause, the one told with the owing ("做了十个月了最后三个月没给钱"
    -> 最后三个月没给钱): the worked length is not the owed one."""
    counts = list(COUNT.finditer(clause))
    said = list(owed.finditer(clause))
    if len(counts) < 2 or not said:
        return clause
    best = min(counts, key=lambda c: min(abs(c.start() - o.start()) for o in said))
    return clause[best.start() :]

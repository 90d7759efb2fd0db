"""The months owed in a story: a range, months listed, a start and an end told in two clauses,
a length counted back from today, the Spring Festival's season ("过完年": asked when unsure).
Each clause is read by the single-answer period parser of bot/core/parsers; a period told across
clauses is joined by bot/core/extract/periods_joined.py."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

from bot.core.extract.figures import Figure
from bot.core.extract.period_clauses import (
    blanked,
    closed_range_first,
    list_mark,
    listed_wider,
    numbers_as_range,
    owed_part,
)
from bot.core.extract.period_runs import months_in, until_now_count, worked_run
from bot.core.extract.period_spans import also_unpaid, paid_months_off
from bot.core.extract.period_words import (
    A_MONTH,
    AGREED,
    LIST,
    NAMED,
    OPEN_START,
    OWED_TO_NOW,
    PAID_CLAUSE,
    PERIOD_CUE,
    SPACED_MONTHS,
    UNTIL_NOW,
    VAGUE,
)
from bot.core.extract.periods_joined import (
    ENDED,
    PART_OWED,
    RANGE,
    STARTED,
    last_before_end,
    owed_part_of_run,
    owed_union,
    start_and_end,
)
from bot.core.extract.periods_told import (
    COUNTED,
    OWED,
    after_last_paid,
    named_run_counted,
    one_more_month,
    to_month,
)
from bot.core.parsers import ParseError, parse_period
from bot.core.parsers.lunar_days import lunar_note, solar_days

__all__ = ["COUNTED", "NEW_YEAR", "find_period", "months_period", "to_month"]


def find_period(text: str, today: date, masked: list[tuple[int, int]]) -> Figure | None:
    """The months owed (see _find_period). Lunar days and festivals are read as the calendar
    months they fall in first ("正月十五过了就去的", "干到重阳": bot/core/parsers/lunar_days.py),
    and the read-back says the date each gave. A start told as "过完年" when the Spring
    Festival's season ended early in a month (2026: 正月十五 is 3 March) may mean that month or
    the one before (work often starts again in late February): noted NEW_YEAR, to be asked."""
    blank, lunar = solar_days(blanked(text, masked), today)
    blank = SPACED_MONTHS.sub(list_mark, blank)  # "九月 十月 十一月 工资都没发": months listed
    found = _find_period(text, blank, today)
    if found is not None and found.note != COUNTED:
        found = one_more_month(blank, paid_months_off(blank, owed_part_of_run(blank, found, today)), today)
    if found is not None and lunar and (note := lunar_note(lunar, found.value)):
        echo = found.echo.removesuffix("）") + note + "）"
        found = Figure(found.value, echo, found.start, found.end, found.approximate, found.note)
    if found is None or not re.search(r"过完年|过了年|过完春节|开春", blank):
        return found
    y, m = map(int, found.value["start"].split("-"))
    season_end = LunarDate(LunarDate.from_solar_date(y, m, 1).year, 1, 15).to_solar_date() + timedelta(days=1)
    if (season_end.year, season_end.month) != (y, m) or season_end.day > 10:
        return found
    return Figure(found.value, found.echo, found.start, found.end, found.approximate, NEW_YEAR)


NEW_YEAR = "new year start unsure"


def months_period(months: list[str], today: date) -> Figure | None:
    """The period from the first to the last of months named one by one ("十月份", "十一月上半月")."""
    plain = [re.sub(r"份|[上下]半个?月|[上中下]旬|\s", "", m) for m in months]
    nums = [to_month(m.removesuffix("月")) for m in plain]
    if max(nums) - min(nums) <= 6:  # "十月工资6500没发，还压着9月的工资6300": September to October
        plain = [m for _, m in sorted(zip(nums, plain, strict=True))]
    first, last = plain[0], plain[-1]
    parsed = parse_period(f"{first}到{last}" if first != last else first, today)
    if isinstance(parsed, ParseError):
        return None
    return Figure(parsed.value, parsed.echo, 0, 0, parsed.approximate)


def _find_period(text: str, blank: str, today: date) -> Figure | None:
    """The months owed, from the clauses of `blank` (the text blanked, lunar days read) that
    talk about time."""
    clauses = [c for c in re.split(r"[，,。；;！!？?\s]", blank) if PERIOD_CUE.search(c)]
    # "去年十二月份讲好干一年给…": not a month owed when a span worked is told elsewhere
    agreed = [c for c in clauses if AGREED.search(c)]
    if agreed and any(len(A_MONTH.findall(c)) > 1 for c in clauses if c not in agreed):
        clauses = [c for c in clauses if c not in agreed]
    elif agreed:  # "九月份说好一个月六千 干到十一月": the month agreed is the month work began
        clauses = [
            AGREED.sub(lambda m: m.group(0)[: m.group(0).index("月") + 1] + "开始", c) for c in clauses
        ]
    owed = OWED
    clauses = [
        owed_part(numbers_as_range(c.replace("仨", "三个").replace("俩", "两个")), owed) for c in clauses
    ]
    # a clause only about a part paid ("上个月给了五千") names no month owed
    clauses = [
        c
        for c in clauses
        if owed.search(c) or not PAID_CLAUSE.search(c) or RANGE.search(c) or PART_OWED.search(c)
    ]
    # told with the owing first; a clause about a part paid ("9月底给我转了三千") last
    told = list(clauses)  # in the teller's order
    clauses.sort(key=lambda c: (not owed.search(c), bool(PAID_CLAUSE.search(c))))
    explicit = [
        c
        for c in clauses
        if re.search(
            r"[0-9一二三四五六七八九十]\s*月(?!\s*(?:工资|的工资))|年后|过完年|过了年|开春|春节|元旦|清明|五一|国庆|端午|中秋|腊月|冬月|正月|[上下]半年|上个?月"
            r"|(?:1[0-2]|[1-9])\.[0-3]?[0-9]\s*(?:到|至|-|~|—)|\d{4}\s*[.\-/]\s*\d{1,2}|暑假|寒假"
            # a range of months names them, whatever follows ("8到10月的工资都没发")
            r"|[0-9一二三四五六七八九十]\s*月?\s*(?:到|至|-|~|—)\s*[0-9一二三四五六七八九十]+\s*月"
            # the end or start of a year ("从去年底开始")
            r"|(?:去年|前年|今年)年?[底末初头]|年[底末](?:到|至)|开年|年初",
            c,
        )
        or LIST.search(c)
        # "7月到10月四个月", "8月9月10月三个月" name them
        and (not re.search(r"个\s*[多半]?\s*月", c) or RANGE.search(c) or LIST.search(c))
    ]
    # months named in the text win; a vague length alone ("大半年", "一年多") is asked, never
    # turned into exact months counted back from today
    counted = [c for c in clauses if c not in explicit and not VAGUE.search(c)]
    explicit = closed_range_first(explicit, today)
    also = also_unpaid(blank, today)  # "九月开始拖着…十月也没发，十一月也没发"
    if also is not None:
        return also
    after_paid = after_last_paid(blank, today)
    if after_paid is not None:
        return after_paid
    run = named_run_counted(blank, told, owed, today)
    if run is not None:
        return run
    joined = start_and_end(explicit, today, blank) or last_before_end(explicit, blank, today)
    if joined is not None:
        return joined
    union = owed_union(told, owed, today) or worked_run(told, owed, today)
    if union is not None:
        return union
    groups = (explicit, counted)
    if (
        explicit
        and counted
        and STARTED.search(explicit[0])
        and not owed.search(explicit[0])
        and owed.search(counted[0])
        # "七月十号进去的十月二十号走的，干了三个多月": a start and an end told are the months
        and not (ENDED.search(explicit[0]) and months_in(explicit[0], today) > 1)
    ):  # "七月进的厂，最近两个月工资没发": the month work began is not the months owed
        groups = (counted, explicit)
    for group in groups:
        for clause in group:
            said = clause.strip()
            began = (
                STARTED.search(said)
                and not ENDED.search(blank)
                and len(explicit) == 1
                and OWED_TO_NOW.search(blank)
            )  # "去年11月份进的厂 到现在一分没发": owed from the month work began
            if (OPEN_START.search(said) or began) and not UNTIL_NOW.search(said) and UNTIL_NOW.search(blank):
                said += "到现在"  # "从8月开始就一直拖着，到现在欠我两万三": the start runs to now
            parsed = listed_wider(said, parse_period(said, today), owed, today)
            if (
                not isinstance(parsed, ParseError)
                and parsed.value["start"] == parsed.value["end"]
                and (STARTED.search(clause) or ENDED.search(clause))
                and not owed.search(clause)
            ):
                continue  # "活是九月干完的", "九月进的场": one end of the work told, the other unknown
            if not isinstance(parsed, ParseError):
                start = text.find(clause.strip()[:4]) if clause.strip() else 0
                value, echo = until_now_count(said, blank, parsed.value, parsed.echo, today)
                return Figure(
                    value,
                    echo,
                    max(start, 0),
                    max(start, 0) + len(clause.strip()),
                    parsed.approximate,
                    # a length counted back from today ("欠了三个月了"), no month named: which
                    # months is the teller's to say (asked, the months counted offered)
                    note=COUNTED if group is counted and not NAMED.search(clause) else "",
                )
    return None

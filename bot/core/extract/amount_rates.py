"""A pay per unit of time in a story ("一天三百五", "一个月四千八", "一小时20块"): x the hours, days or
months told beside it (each worker's when said so), or kept as the rate for the period to multiply
(bot/core/extract/estimate.py). Read by bot/core/extract/amounts.py for the first rate told."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.amounts_found import Amounts
from bot.core.extract.figures import Figure
from bot.core.extract.hours import hours_after
from bot.core.extract.money_tokens import _RATE_AFTER, _RATE_BEFORE
from bot.core.extract.paid import MONTHS_PAID, PAID_MONTHS_NAMED, ROUGH_SAID, UNPAID_MONTHS
from bot.core.extract.whose import (
    DAYS_A_MONTH,
    days_by_month,
    days_elsewhere,
    days_listed,
    each_worker,
    listed_how,
    same_days_too,
    same_pay,
    whose_unknown,
)
from bot.core.parsers import ParseError, parse_amount
from bot.core.parsers.numerals import to_number


def read_rate(
    text: str, m: re.Match[str], value: Decimal, headcount: int | None, head_rough: bool, res: Amounts
) -> None:
    """The rate told at `m` (worth `value`) read into `res`: a total worked out (res.total,
    res.computed), or the rate kept for the period (res.rate), with whose pay it is."""
    before = text[max(0, m.start() - 12) : m.start()]
    lo = max(0, m.start() - 8)
    while lo > 0 and text[lo - 1] in "0123456789零一二两三四五六七八九十百":
        lo -= 1  # "干了十八天就走了，一天二百八": never cut a count in two ("八天")
    local = re.split(r"[，,。；;]", text[m.end() : m.end() + 16])[0]
    parsed = parse_amount(text[lo : m.end()] + local)
    res.used.append((m.start(), m.end()))
    each = each_worker(text[max(0, m.start() - 16) : m.start()], headcount) or same_pay(
        text, m.end(), headcount
    )
    said = _RATE_BEFORE.search(before) or _RATE_AFTER.match(text[m.end() :])
    # the unit of the rate's own words ("一个月三千块，到今日…" is by the month)
    day = re.search(r"(天|日|个工|一工)", said.group(0) if said else before[-6:])
    days = None if day is None else days_elsewhere(text, m)
    each = each or bool(days is not None and days[2])  # "一人干了六十天，一天三百五": each one's
    if said is not None and re.search(r"小时|时薪|钟", said.group(0)):
        # pay by the hour x the hours told ("一小时20块，十月干了260个小时"), never a month's pay
        hours = hours_after(text, m.end())  # each month's hours added up, with its month
        n = hours[0] if hours is not None else None
        if n is not None and hours is not None and 0 < n <= 3000:
            res.months = hours[1]
            value_ = value * n
            echo = f"约 {value_:,.0f} 元（按每小时 {value:,.0f} 元 × {n:,.0f} 小时估算）"
            res.total = Figure(value_, echo, m.start(), m.end(), True)
            res.computed = value_
        return
    if (
        not isinstance(parsed, ParseError)
        and "×" in parsed.echo
        and "× 1 个月" not in parsed.echo  # "一个月四千八 … 第一个月": no months counted
        # "做了五个月 … 前两个月发了": the months worked are not the months owed
        and not (
            " 个月" in parsed.echo
            and (UNPAID_MONTHS.search(text) or MONTHS_PAID.search(text) or PAID_MONTHS_NAMED.search(text))
        )
        and not (" 个月" in parsed.echo and re.search(r"[压押扣]", local))  # "压了一个月工资": held
        and not (" 天" in parsed.echo and days_by_month(text) is not None)  # the days of every month
        and not (" 天" in parsed.echo and days_listed(text) is not None)  # the days of each one
    ):
        value_, echo = parsed.value, parsed.echo
        people = headcount if each and headcount and headcount > 1 else 1
        if " 人估算" in echo:  # the parser counted the people already ("一人一个月… 三个人")
            people = 1
        elif not each and whose_unknown(text, m.start(), headcount) and headcount:
            how = re.sub(r"^.*（按|估算）$", "", echo)
            res.whose = (value_, value_ * headcount, headcount, how)
        if people > 1:  # "我们两口子 一天260 干了23天": each of them earned that
            value_ = value_ * people
            echo = re.sub(r"^约 [0-9,.]+ 元（按每", f"约 {value_:,.0f} 元（按每人每", echo)
            echo = echo.replace("估算）", f" × {'约 ' if head_rough else ''}{people} 人估算）")
        res.total = Figure(value_, echo, m.start(), m.end(), True)
        res.computed = value_
    elif days is not None and (month_days := DAYS_A_MONTH.search(text)) is not None:
        # "每天两百，一个月干二十六天": a month's pay, x the months owed (worked out with the period)
        n = to_number(month_days.group("n"))
        res.rate = (value * n, "月") if n is not None and 0 < n <= 31 else None
        res.rate_whose_unknown = not each and whose_unknown(text, m.start(), headcount)
        res.rate_per_person = each
    elif days is not None and (listed := days_listed(text)) is not None and listed == days[0]:
        # "我干了四十天，我弟三十六天": each one's days added, the pay per day of each
        value_ = value * listed
        echo = f"约 {value_:,.0f} 元（按每天 {value:,.0f} 元 × {listed_how(text)} 天估算）"
        res.total = Figure(value_, echo, m.start(), m.end(), True)
        res.computed = value_
    elif days is not None:  # "一人一天二百六，我俩每人都干了二十三天"
        n, per_each, said_each = days
        # "我和我男人一人干了四十五天": each one's days, each one's pay; "她也做了九十日": the same
        each = each or said_each or same_days_too(text, n, headcount)
        people = headcount if each and per_each and headcount and headcount > 1 else 1
        value_ = value * n * people
        if (
            per_each
            and not said_each
            and not each
            and whose_unknown(text, m.start(), headcount)
            and headcount
        ):
            res.whose = (value_, value_ * headcount, headcount, f"每天 {value:,.0f} 元 × {n} 天")
        elif each and not per_each and headcount and headcount > 1:
            # "我们十二个人，一个人一天三百，一共干了四十天": each one's 40 days, or all together?
            res.whose = (value_, value_ * headcount, headcount, f"每人每天 {value:,.0f} 元 × {n} 天")
        by = f" × {'约 ' if head_rough else ''}{people} 人" if people > 1 else ""
        echo = f"约 {value_:,.0f} 元（按{'每人' if people > 1 else ''}每天 {value:,.0f} 元 × {n} 天{by}估算）"
        if (by_month := days_by_month(text)) is not None:  # the months those days were in
            res.months = by_month[1]
        res.total = Figure(value_, echo, m.start(), m.end(), True)
        res.computed = value_
    else:  # pay per month with the months told elsewhere: the story multiplies
        res.rate = (value, "天" if day else "月")
        res.rate_rough = bool(
            re.search(r"(?:差不多|大概|大约|约|估计|将近)\s*$", before)
            or re.match(r"\s*(?:元|块钱|块)?\s*(?:左右|上下|出头|多)", text[m.end() :])
            or ROUGH_SAID.search(text, max(0, m.start() - 5), m.end() + 2)
        )
        res.rate_per_person = each
        res.rate_whose_unknown = not each and whose_unknown(text, m.start(), headcount)

"""Two pays per day for two kinds of work, each told with its own people and days ("我是大工 一天
三百五 干了四十天 他们仨是小工 一天三百 一人干了三十八天"): each pay x its days x its people,
added. The people told before each pay must add up to the head count when one is known; else
the pays are asked (bot/core/extract/sums.py)."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.money_tokens import money_tokens
from bot.core.parsers.numerals import to_number

_N = r"[0-9]+|[一二两三四五六七八九十百]+"
# a pay per day, its words right before the figure
_DAY_RATE = re.compile(r"(?:一天|每天|一日|每日|日薪|日工资|一个工|每个工)[^，,。；;0-9]{0,4}$")
# the days worked after the pay: "干了四十天", "一人干了三十八天", "每人都干了二十天"
_DAYS = re.compile(
    rf"(?P<each>每人|每个人|一人|一个人|各)?(?:都)?(?:干|做|上|出工)(?:了|满)?\s*(?P<n>{_N})\s*(?:多)?\s*(?:天|个工)"
)
# whose pay it is, told before it: "我是大工", "他们仨是小工", "我两个徒弟", "三个小工"
_PEOPLE = re.compile(
    rf"(?:他们|她们|他俩|她俩|他们俩)?(?P<k>仨|俩|(?:{_N})\s*个(?:人|小工|大工|徒弟|师傅|工人|老乡)?)"
)
_SELF = re.compile(r"(?<![们])我(?!们)|俺(?!们)")
_COUNT_WORDS = {"仨": 3, "俩": 2}


def _people(words: str) -> int | None:
    """How many people a stretch of words names (仨, 两个徒弟, 我 alone: 1)."""
    found = list(_PEOPLE.finditer(words))
    if found:
        k = found[-1].group("k")
        n = _COUNT_WORDS.get(k) or to_number(re.sub(r"\s*个.*$", "", k))
        return None if n is None else int(n)
    return 1 if _SELF.search(words) else None


def rates_each_with_days(text: str, headcount: int | None) -> tuple[Decimal, str] | None:
    """(the pay of them all, how it was made) when every pay per day told is followed by its own
    days and preceded by its own people; None otherwise."""
    rates = [
        (m, v) for m, v in money_tokens(text) if _DAY_RATE.search(text, max(0, m.start() - 10), m.start())
    ]
    if len(rates) < 2 or len({v for _, v in rates}) != len(rates):
        return None
    total, parts, heads, before = Decimal(0), [], 0, 0
    for i, (m, value) in enumerate(rates):
        end = rates[i + 1][0].start() if i + 1 < len(rates) else len(text)
        days = _DAYS.search(text, m.end(), end)
        if days is None:
            return None
        n = to_number(days.group("n"))
        # whose pay: the words since the last pay's days, up to this pay's own words, after a pause
        said = _DAY_RATE.search(text, max(0, m.start() - 10), m.start())
        chunks = [
            c for c in re.split(r"[\s，,。；;]", text[before : said.start() if said else m.start()]) if c
        ]
        who = _people(chunks[-1]) if chunks else None  # the words right before: "他们仨是小工"
        if n is None or who is None or not 0 < n <= 366:
            return None
        total += value * n * who
        by = f" × {who} 人" if who > 1 else ""
        parts.append(f"每天 {value:,.0f} 元 × {n:,.0f} 天{by}")
        heads += who
        before = days.end()
    if headcount is not None and heads != headcount:
        return None
    return total, " + ".join(parts)


# the kind of worker a pay per day is told for, right before it: "大工一日三百", "小工每天两百"
_KIND_RATE = re.compile(
    r"(?P<kind>[\u4e00-\u9fff]{1,2}?)(?:是|的|都是)?(?:一天|每天|一日|每日|日薪|日工资)[^，,。；;0-9]{0,4}$"
)
# the same days for every one of them: "每人都做了八十个工", "大家都干了六十天"
_DAYS_EACH = re.compile(
    rf"(?:每人|每个人|一人|一个人|各|大家|都)[^，,。；;0-9]{{0,3}}?(?:干|做|上|出工)(?:了|满|咗)?\s*"
    rf"(?P<n>{_N})\s*(?:多)?\s*(?:天|个工|工)"
)


def rates_by_kind(text: str, headcount: int | None) -> tuple[Decimal, str] | None:
    """(the pay of them all, how it was made) when each pay per day is told for a kind of worker
    counted before ("四个大工三个小工 大工一日三百 小工一日两百") and everyone worked the same
    days ("每人都做了八十个工"); None otherwise."""
    rates = [
        (m, v) for m, v in money_tokens(text) if _DAY_RATE.search(text, max(0, m.start() - 10), m.start())
    ]
    if len(rates) < 2 or len({v for _, v in rates}) != len(rates):
        return None
    days = _DAYS_EACH.search(text, rates[-1][0].end())
    n = to_number(days.group("n")) if days is not None else None
    if n is None or not 0 < n <= 366:
        return None
    total, parts, heads = Decimal(0), [], 0
    for m, value in rates:
        said = _KIND_RATE.search(text, max(0, m.start() - 10), m.start())
        if said is None:
            return None
        kind = re.escape(said.group("kind"))
        counted = {to_number(c.group("n")) for c in re.finditer(rf"(?P<n>{_N})\s*个\s*{kind}", text)}
        if len(counted) != 1 or (who := counted.pop()) is None or who <= 0:
            return None
        total += value * n * who
        parts.append(f"每天 {value:,.0f} 元 × {n:,.0f} 天 × {who:,.0f} 人")
        heads += int(who)
    if headcount is not None and heads != headcount:
        return None
    return total, " + ".join(parts)

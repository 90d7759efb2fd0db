"""Two pays per day for two kinds of work, each told with its own people and days ("我是大工 一天
三百五 干了四十天 他们仨是小工 一天三百 一人干了三十八天"): each pay x its days x its people,
added. The people told before each pay must add up to the head count when one is known; else
the pays are asked (bot/core/extract/sums.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from bot.core.extract.crew_days import each_told_apart
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
    summed = _each_with_own_days(text, rates, headcount, _rate_cut, _people, each_ok=True)
    return None if summed is None else summed[:2]


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


# a pay per day carried over from the one before: "老李也是三百五", "他一样三百"
_SAME_RATE = re.compile(r"(?:也是|也|一样是|一样|同样是|同样)\s*$")
# one person named before their own pay: "我", "瓦工老李", "小工王娃子", "我老婆", "额是木工" (额: 我)
_ONE = re.compile(
    r"^(?:[我俺额]|[他她])|(?:老|小|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff](?:工|匠)|师傅|徒弟|娃子|"
    r"老婆|老公|媳妇|爱人|儿子|女儿|兄弟|哥|弟|姐|妹|叔|舅|侄|表|嫂|婶|姨|妈|伯"
)


def _person(words: str) -> int | None:
    """How many people a stretch of words names: a count (仨, 两个小工), else one person named
    (我, 老李, 小工王娃子), else None."""
    who = _people(words)
    if who is not None and (who > 1 or _SELF.search(words)):
        return who
    return 1 if _ONE.search(words) else None


def rates_per_person(text: str, headcount: int | None) -> tuple[Decimal, str, int] | None:
    """(the pay of them all, how it was made, how many they are) when each person of a crew is told with his own pay
    per day and days, the same pay told again with 也是 ("我一天三百五 干了二十二天 老李也是三百五
    干了二十天 小工一天二百二 干了十八天"): each pay x its days x its people, added. Every pay
    needs its own days and its own person, and the people must make the head count when one is told."""
    rates = []
    for m, v in money_tokens(text):
        head = text[max(0, m.start() - 10) : m.start()]
        if _DAY_RATE.search(head) or (rates and _SAME_RATE.search(head)):
            rates.append((m, v))
    if len(rates) < 2:
        return None
    return _each_with_own_days(text, rates, headcount, _rate_or_same_cut, _person, each_ok=False)


_DAYS_OF = re.compile(
    rf"^(?P<who>[\u4e00-\u9fff]{{1,5}}?)(?:也)?(?:干|做|上|出工)?(?:了)?(?P<n>{_N})(?:多)?(?:天|个工)$"
)


# a person told by full name in a list of days ("马秀兰五十五天"), no word of time or pay in it
_FULL_NAME = re.compile(r"^(?![\u4e00-\u9fff]*[拖等过又已快差欠压干做了天月年钱工])[\u4e00-\u9fff]{2,3}$")


def one_rate_days_each(text: str, headcount: int | None) -> tuple[Decimal, str, int] | None:
    """(the pay of them all, how it was made, how many they are) when one pay per day is told for
    all, then each one's days ("一天二百六 我做了四十五天 我老弟四十天 邹师傅三十八天"): the
    pay x all their days. Two people at least, each named once; they make the head count when one
    is told."""
    rates = [
        (m, v) for m, v in money_tokens(text) if _DAY_RATE.search(text, max(0, m.start() - 10), m.start())
    ]
    if len(rates) != 1:
        return None
    m, value = rates[0]
    days: list[int] = []
    heads = 0
    # "还有俩老乡一个干了45天一个干了40天": a group's days told one after another
    for chunk in re.split(r"[\s，,。；;、]+", each_told_apart(text[m.end() :])):
        if not chunk:
            continue
        each = _DAYS_OF.match(chunk)
        if each is None:
            if heads:
                break
            continue  # words between the pay and the first one's days
        n = to_number(each.group("n"))
        who = each.group("who")
        if n is None or not 0 < n <= 366 or (_person(who) != 1 and not _FULL_NAME.match(who)):
            return None
        days.append(int(n))
        heads += 1
    if heads < 2 or (headcount is not None and heads != headcount):
        return None
    told = " + ".join(str(d) for d in days)
    return value * sum(days), f"每天 {value:,.0f} 元 × ({told}) 天", heads


def _rate_cut(text: str, m: re.Match[str]) -> int:
    """Where the words of a pay per day begin ("一天三百": at 一天), else the figure itself."""
    said = _DAY_RATE.search(text, max(0, m.start() - 10), m.start())
    return said.start() if said else m.start()


def _rate_or_same_cut(text: str, m: re.Match[str]) -> int:
    """As _rate_cut, and a pay carried over with 也是 begins at 也是."""
    lead = _DAY_RATE.search(text, max(0, m.start() - 10), m.start()) or _SAME_RATE.search(
        text, max(0, m.start() - 10), m.start()
    )
    return lead.start() if lead is not None else m.start()


def _each_with_own_days(
    text: str,
    rates: list[tuple[re.Match[str], Decimal]],
    headcount: int | None,
    cut_of: Callable[[str, re.Match[str]], int],
    count: Callable[[str], int | None],
    each_ok: bool,
) -> tuple[Decimal, str, int] | None:
    """Each pay per day x the days told after it x the people told right before it, added: (the
    total, how it was made, the people); None when a pay lacks its days or people, or the people
    do not make the head count told. each_ok: days told per head ("一人干了三十八天") count."""
    total, parts, heads, before = Decimal(0), [], 0, 0
    for i, (m, value) in enumerate(rates):
        end = rates[i + 1][0].start() if i + 1 < len(rates) else len(text)
        days = _DAYS.search(text, m.end(), end)
        if days is None or (days.group("each") and not each_ok):
            return None
        n = to_number(days.group("n"))
        # whose pay: the words since the last pay's days, up to this pay's own words, after a pause
        chunks = [c for c in re.split(r"[\s，,。；;]", text[before : cut_of(text, m)]) if c]
        who = count(chunks[-1]) if chunks else None  # the words right before: "他们仨是小工"
        if n is None or who is None or not 0 < n <= 366:
            return None
        total += value * n * who
        by = f" × {who} 人" if who > 1 else ""
        parts.append(f"每天 {value:,.0f} 元 × {n:,.0f} 天{by}")
        heads += who
        before = days.end()
    if headcount is not None and heads != headcount:
        return None
    return total, " + ".join(parts), heads

"""Days people date work by, as the calendar month they fall in: a lunar day (正月十五, 正月初八,
二月二, 八月十五, 腊月二十三, 农历三月十八), a festival (元宵, 龙抬头, 端午, 七夕, 中秋, 重阳, 小年,
除夕; 清明 and 冬至 by the sun; 元旦, 五一, 国庆), each read with lunardate in the lunar year said
or the latest one already reached; "过后" / "以后" after it starts from that day's month (端午以后:
the month of 端午), "到" before it ends there.
A lunar date the worker glosses with its calendar month ("去年冬月去的 就是阳历十一月底",
"二月二 阳历三月") is that month: the worker's words win over the almanac. A lunar day's calendar
date is said in the read-back (lunar_note), so a "八月十五" meant as 15 August is corrected."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

from bot.core.parsers.numerals import to_number
from bot.core.parsers.texts import LUNAR_NOTE

_YEAR_WORD = {"今年": 0, "去年": -1, "前年": -2, "大前年": -3}
_DAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九]"
# lunar days and festivals, with the lunar (month, day) or, for days of the sun, None
_LUNAR_FESTIVALS = {
    "元宵": (1, 15),
    "龙抬头": (2, 2),
    "端午": (5, 5),
    "七夕": (7, 7),
    "中秋": (8, 15),
    "重阳": (9, 9),
    "小年": (12, 23),
}
_SOLAR_FESTIVALS = {"元旦": (1, 1), "五一": (5, 1), "清明": (4, 5), "国庆": (10, 1), "冬至": (12, 22)}
_EVE = r"除夕|大年三十|年三十"
_FEST = "|".join([*_LUNAR_FESTIVALS, *_SOLAR_FESTIVALS, _EVE])
# days whose month and day people say without 号 and mean the lunar ones: 二月二, 八月十五, 九月初九
_FAMOUS = {(2, 2), (5, 5), (7, 7), (7, 15), (8, 15), (9, 9)}
_NOT_AFTER = r"(?![0-9一二两三四五六七八九十百千万块元号日个天斤号点])"
_PHRASE = re.compile(
    r"(?P<to>(?:到|至)\s*)?(?:(?P<yw>大前年|前年|去年|今年)\s*)?"
    r"(?:(?P<lunar>农历|阴历)?(?P<lm>[正冬腊]|十[一二]?|[一二三四五六七八九])月(?:份)?"
    rf"(?P<ld>{_DAY})?{_NOT_AFTER}(?:\s*(?P<fest2>{_FEST})节?)?"
    rf"|(?P<fest>{_FEST})(?:节)?"
    # "过完年初六", "大年初三": 正月's days counted from the festival
    r"|(?:过完年|过了年|过年|大年|年)初(?P<nd>[一二三四五六七八九十])(?![0-9一二三四五六七八九十直些样次点个下起天块元号日]))"
    r"(?P<before>前半个?月|前一个月)?"
    # "正月初八过完年就去了": the Spring Festival said again, no day after the one told
    r"(?:(?P<ny>\s*(?:过完年|过了年|过完春节|过了春节|年后|春节后))|(?P<after>\s*(?:过了|过完|过后|以后|之后|后(?![面头边来天半]))))?"
)
# the calendar month said for a lunar date: "就是阳历十一月底", "阳历三月初", "就是三月份"
_GLOSS = re.compile(
    r"(?P<gap>[^0-9一二三四五六七八九十月到至。；;！!？?]{0,6}?)"
    r"(?:(?:也就是|就是|即)\s*(?:阳历|公历|新历)?|阳历|公历|新历)(?:的)?\s*"
    r"(?P<gm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!\s*[0-9一二三四五六七八九十]+\s*[号日])"
    r"(?:份|底|初|中|末|头|[上中下]旬)?(?:\s*(?:[0-9]{1,2}|[一二三]?十?[一二三四五六七八九十])\s*[号日])?"
)


def _day_number(word: str) -> int | None:
    n = to_number(word.removeprefix("初").replace("廿", "二十"))
    return int(n) if n is not None and 1 <= n <= 30 else None


def _lunar_date(year: int, month: int, day: int) -> date | None:
    for d in (day, day - 1):  # 三十 in a month of 29 days is its last
        try:
            return LunarDate(year, month, d).to_solar_date()
        except ValueError:
            continue
    return None


def _when(
    m: re.Match[str], today: date, month: int | None, day: int | None, eve: bool, solar: bool
) -> date | None:
    """The calendar date of the day told: of the lunar (or calendar, `solar`) year said, else the
    latest one already reached."""
    lunar_now = LunarDate.from_solar_date(today.year, today.month, today.day).year
    back = _YEAR_WORD.get(m.group("yw") or "")

    def at(year: int) -> date | None:
        if solar:
            return date(year, month or 1, day or 1)
        if eve:
            nxt = _lunar_date(year + 1, 1, 1)
            return nxt - timedelta(days=1) if nxt else None
        return _lunar_date(year, month or 1, day or 1)

    if back is not None:
        return at((today.year if solar else lunar_now) + back)
    base = today.year if solar else lunar_now
    found = at(base)
    if found is None or found > today:
        found = at(base - 1)
    return found


def _token(day: date, today: date) -> str:
    back = today.year - day.year
    year = {0: "今年", 1: "去年", 2: "前年"}.get(back, f"{day.year}年")
    return f"{year}{day.month}月"


def _glossed(day: date, month: int) -> date:
    """The calendar month said for a lunar date, in the year nearest to that date."""
    best = min(
        (date(y, month, 1) for y in (day.year - 1, day.year, day.year + 1)),
        key=lambda d: abs((d.year * 12 + d.month) - (day.year * 12 + day.month)),
    )
    return best


def solar_days(text: str, today: date) -> tuple[str, list[tuple[str, str]]]:
    """The text with each lunar day, festival and glossed lunar month written as the calendar
    month it falls in ("今年3月", "到今年9月"; "…开始" after 过后/以后), and for each lunar day read
    from the almanac (not glossed) what was said and the year-month it gave (for lunar_note)."""
    out: list[str] = []
    notes: list[tuple[str, str]] = []
    at = 0
    for m in _PHRASE.finditer(text):
        if m.start() < at:
            continue
        fest = m.group("fest") or m.group("fest2")
        month = day = None
        solar = eve = False
        if m.group("nd"):
            month, day = 1, _day_number(m.group("nd"))
        elif m.group("lm"):
            lm = m.group("lm")
            month = {"正": 1, "冬": 11, "腊": 12}.get(lm) or int(to_number(lm) or 0)
            day = _day_number(m.group("ld")) if m.group("ld") else None
            lunar = bool(m.group("lunar")) or lm in "正冬腊"
            ld = m.group("ld") or ""
            if day is not None and len(ld) == 1 and (month, day) != (2, 2):
                continue  # "正月一直在干": a month and the word after it; 二月二 is said so
            if day is not None and not (
                lunar or ld.startswith(("初", "廿")) or (month, day) in _FAMOUS or fest
            ):
                continue  # "三月十八": a calendar month and day
            if day is None and fest is None:
                gloss = _GLOSS.match(text, m.end()) if lunar else None
                if gloss is None:
                    continue  # "腊月", "农历八月": read by the month (bot/core/parsers/period.py)
                day = 1
        elif fest is not None:
            if fest == "五一" and (
                re.search(r"[0-9一二两三四五六七八九十百千万]$", text[: m.start("fest")])
                or re.match(r"[0-9一二两三四五六七八九十百千万个天块元号]", text[m.end("fest") :])
            ):
                continue  # "二百五一个", "十五一天": a figure
            if re.fullmatch(_EVE, fest):
                eve, month, day = True, 12, 30
            elif fest in _SOLAR_FESTIVALS:
                solar = True
                month, day = _SOLAR_FESTIVALS[fest]
            else:
                month, day = _LUNAR_FESTIVALS[fest]
        when = _when(m, today, month, day, eve, solar)
        if when is None:
            continue
        almanac = when
        if m.group("before"):
            when -= timedelta(days=30 if "一个" in m.group("before") else 15)
        gloss = _GLOSS.match(text, m.end())
        end = m.end()
        if gloss is not None and not solar:
            gm = int(to_number(gloss.group("gm")) or 0)
            shown = _token(_glossed(when, gm), today)
            gap = gloss.group("gap")
            end = gloss.end()
        else:
            shown, gap = _token(when, today), ""
            if not solar:
                begin = m.end("to") if m.group("to") else m.start()
                stop = m.start("before") if m.group("before") else m.end("ld") if m.group("ld") else m.end()
                stop = m.end("nd") if m.group("nd") else stop
                spoken = re.sub(
                    r"\s*(?:过了|过完|过后|以后|之后|后|过完年|过了年|过完春节|过了春节|年后|春节后)$",
                    "",
                    text[begin:stop],
                )
                notes.append((spoken, f"{when.year:04d}-{when.month:02d}|{almanac.month}月{almanac.day}日"))
        word = (
            (m.group("to") or "").strip() + shown + ("开始" if m.group("after") and not m.group("to") else "")
        )
        out.append(text[at : m.start()] + word + gap)
        at = end
    out.append(text[at:])
    return "".join(out), notes


def lunar_note(notes: list[tuple[str, str]], value: dict[str, str]) -> str:
    """What the almanac gave for the lunar days that start or end the period, for its read-back."""
    said = []
    for words, what in notes:
        month, day = what.split("|")
        if month in (value.get("start"), value.get("end")) and words not in [s for s, _ in said]:
            said.append((words, day))
    return "".join(
        LUNAR_NOTE.format(said=w, month=d.split("月")[0], day=d.split("月")[1].removesuffix("日"))
        for w, d in said[:2]
    )

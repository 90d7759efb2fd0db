"""Months owed: '去年十月到今年一月', '2025.10-2026.1', '三个月了', '上个月' -> (start, end) months."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.lunar_days import lunar_note, solar_days
from bot.core.parsers.numerals import neighbours, to_number

_YEAR_WORD = {"今年": 0, "去年": -1, "前年": -2, "大前年": -3}
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A month is "N月", or a bare N after a four-digit year ("2025.10"): a bare numeral elsewhere
# ("一直", "十五六个人") is not a month.
_MONTH = re.compile(
    r"(?:(?P<y4>(?:19|20)\d{2})\s*(?:年|\.|-|/)\s*|(?P<yw>大前年|前年|去年|今年))?"
    rf"(?P<m>{_M})(?![\d十])\s*(?P<mark>月)?"
)
# "10到1月", "十一至十二月": the first month borrows the second's 月.
_BARE_RANGE = re.compile(
    rf"(?<![\d年./\-十])({_M})(?![\d十])\s*(到|至|-|~|～|—|－)(?=\s*(?:\d{{4}}\s*[年./\-]|去年|今年)?\s*{_M}\s*月)"
)
_ADJACENT = re.compile(r"(?<![十\d])([一二三四五六七八九])([二三四五六七八九十])(?=\s*月)")  # "七八月份"


def _adjacent_range(m: re.Match[str]) -> str:
    return f"{m.group(1)}月到{m.group(2)}" if neighbours(m.group(1), m.group(2)) else m.group(0)


# "7、8、9三个月" -> 7月到9月
_ENUMERATION = re.compile(
    r"(?<![\d十])(\d{1,2}|十[一二]?|[一二三四五六七八九])(?:\s*[、，,和]\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九]))*"
    r"\s*[、，,和]\s*(?P<last>\d{1,2}|十[一二]?|[一二三四五六七八九])(?=\s*(?:月|[一二三四五六七八九十两几]个月|这几个月))"
)


_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
# 腊月, 冬月, 正月, 农历十月, 阴历八月; with the lunar year said before it (去年腊月)
_LUNAR = re.compile(
    r"(?P<to>到|至)?\s*(?P<yw>大前年|前年|去年|今年)?\s*"
    r"(?:(?P<word>[正冬腊])月|(?:农历|阴历)(?P<n>十[一二]?|[一二三四五六七八九])月)(?:份)?(?P<tail>底|末)?"
)


def _lunar_month(m: re.Match[str], today: date) -> str:
    """A lunar month as the Gregorian month it falls in (lunardate): the month of its first
    day when it starts a period, of its last day when it ends one ("到腊月", "腊月底"). The
    lunar year is the one said (去年腊月 = the 腊月 before this Spring Festival); with none
    said, the latest such month already begun."""
    month = _LUNAR_MONTHS[m.group("word")] if m.group("word") else int(to_number(m.group("n")) or 1)
    this_year = LunarDate.from_solar_date(today.year, today.month, today.day).year
    if m.group("yw"):
        year = this_year + _YEAR_WORD[m.group("yw")]
    else:
        year = this_year if LunarDate(this_year, month, 1).to_solar_date() <= today else this_year - 1
    first = LunarDate(year, month, 1).to_solar_date()
    day = first
    if m.group("to") or m.group("tail"):
        day = LunarDate(year + month // 12, month % 12 + 1, 1).to_solar_date() - timedelta(days=1)
    return (m.group("to") or "") + f"{day.year}年{day.month}月"


# two lunar months told as one span with no year ("农历八月到腊月", "冬月到正月"): the latest such
# span already begun, the end's lunar year first (the start's is the same one, or the year before)
_LUNAR_PAIR = re.compile(
    r"(?<![年])(?:(?P<wa>[正冬腊])月|(?P<la>农历|阴历)(?P<na>十[一二]?|[一二三四五六七八九])月)(?:份)?"
    r"(?:初)?\s*(?:到|至)\s*(?:(?P<wb>[正冬腊])月|(?P<lb>农历|阴历)?(?P<nb>十[一二]?|[一二三四五六七八九])月)"
    r"(?:份)?(?P<tail>底|末)?"
)


def _lunar_pair(m: re.Match[str], today: date) -> str:
    if m.group("nb") and not (m.group("la") or m.group("lb")):
        return m.group(0)  # "正月到五月": the end may be a calendar month, read one by one
    ma = _LUNAR_MONTHS[m.group("wa")] if m.group("wa") else int(to_number(m.group("na")) or 1)
    mb = _LUNAR_MONTHS[m.group("wb")] if m.group("wb") else int(to_number(m.group("nb")) or 1)
    this_year = LunarDate.from_solar_date(today.year, today.month, today.day).year
    yb = this_year if LunarDate(this_year, mb, 1).to_solar_date() <= today else this_year - 1
    ya = yb if ma <= mb else yb - 1
    first = LunarDate(ya, ma, 1).to_solar_date()
    last = LunarDate(yb + mb // 12, mb % 12 + 1, 1).to_solar_date() - timedelta(days=1)
    last = min(last, today)
    return f"{first.year}年{first.month}月到{last.year}年{last.month}月"


# the end or start of a year told by its year: "去年底" is last December, "今年年初" January
_YEAR_EDGE = re.compile(r"(?P<yw>大前年|前年|去年|今年)\s*年?\s*(?:(?P<end>底|末)|(?P<start>初|头))")


# "9.15到11.5": month.day to month.day, not an amount
_DOTTED_RANGE = re.compile(
    r"(?<![\d.])(1[0-2]|0?[1-9])\.[0-3]?\d\s*(到|至|-|~|～|—)\s*(1[0-2]|0?[1-9])\.[0-3]?\d(?![\d.万千wWkK元块个])"
)


def _seasons(raw: str, today: date) -> str:
    """Half years and the festivals people date things by, as months ("过完年" ~ February)."""
    raw = _DOTTED_RANGE.sub(lambda m: f"{m.group(1)}月{m.group(2)}{m.group(3)}月", raw)
    raw = re.sub(r"个\s*来\s*月", "个月", raw)  # "三个来月": about three months
    raw = _YEAR_EDGE.sub(lambda m: m.group("yw") + ("12月" if m.group("end") else "1月"), raw)
    raw = re.sub(r"(?<![去前今年])(?:开年|年初)", f"{today.year}年1月", raw)  # "开年到现在": this January
    y = today.year
    for prefix, year in (("前年", y - 2), ("去年", y - 1), ("今年", y), ("", y)):
        raw = raw.replace(prefix + "上半年", f"{year}年1月到{year}年6月")
        last = 12 if year < y else min(12, today.month)
        if prefix == "" and today.month < 7:
            year, last = y - 1, 12
        raw = raw.replace(prefix + "下半年", f"{year}年7月到{year}年{last}月")
    # school holidays: the summer's July and August, the winter's January and February (dates vary
    # by place and school; read back as approximate), the latest one begun
    summer = y if today.month >= 7 else y - 1
    raw = re.sub(r"(?:今年)?暑假", f"{summer}年7月到{summer}年8月", raw, count=1)
    raw = re.sub(r"(?:今年)?寒假", f"{y}年1月到{y}年2月", raw, count=1)
    raw = _LUNAR_PAIR.sub(lambda m: _lunar_pair(m, today), raw)
    raw = _LUNAR.sub(lambda m: _lunar_month(m, today), raw)
    raw = _AFTER_NEW_YEAR.sub(lambda m: _after_new_year(m, today), raw, count=1)
    return raw


# after the Spring Festival: "过了十五才算过完年" (the season ends with 元宵, 正月十五); "春节后",
# "年后": after the festival's days off (正月初七)
_AFTER_NEW_YEAR = re.compile(
    r"(?P<yw>大前年|前年|去年|今年)?\s*(?:(?P<season>过完年|过了年|过完春节|元宵(?:节)?|开春)|年后|春节后|过年后|春节过后)"
    r"(?:节)?(?:以后|之后|后)?"
)


def new_year_end(m: re.Match[str]) -> str:
    """The lunar day a "过完年" / "春节后" is taken to end on, as said in the read-back."""
    return "正月十五" if m.group("season") else "正月初七"


def _after_new_year(m: re.Match[str], today: date) -> str:
    """The month work starts again after the Spring Festival: the month of the day after
    正月十五 for the season (过完年: 2026, 3 March, March) or 正月初七 for the days off (春节后:
    2026, 24 February, February), of the lunar year said or the latest one begun (lunardate).
    Read back with what was assumed (see NEW_YEAR_NOTE)."""
    year = LunarDate.from_solar_date(today.year, today.month, today.day).year
    if m.group("yw"):
        year += _YEAR_WORD[m.group("yw")]
    day = LunarDate(year, 1, 15 if m.group("season") else 7).to_solar_date() + timedelta(days=1)
    if day > today:  # told before 元宵 is over: this month
        day = today
    return f"{day.year}年{day.month}月开始"


_RELATIVE = (
    ("上上个月", -2),
    ("上上月", -2),
    ("上个月", -1),
    ("上月", -1),
    ("这个月", 0),
    ("本月", 0),
    ("这月", 0),
    ("当月", 0),
)


_PART_MONTHS = re.compile(
    r"(?:(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*个\s*[多半]|(?<![0-9一二两三四五六七八九十大小])半\s*个)\s*月"
    r"|(?P<y>[0-9]+|[一二两三四五六七八九十]+)\s*年半"
)


def _add(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


# A month's wage is paid on a day agreed with the employer, usually in the next month
# (工资支付暂行规定 第七条: on the agreed date, at least monthly; the day varies by employer and
# place). Up to this day of the month, last month's pay is taken as not yet due.
PAYDAY = 15


def _last_counted_month(raw: str, today: date) -> tuple[int, int]:
    """The last month of a length counted back ("欠了三个月"): the last month whose pay is due,
    i.e. last month, or the month before it in the first half of a month. A length of work
    ("干了一个多月", no word of owing) is paid once the work is done (第八条): last month."""
    worked = re.search(r"(干|做|上班|工作|打工)了", raw) and not re.search(
        r"欠|拖|没发|没给|没结|不给|不发", raw
    )
    back = 1 if worked or today.day > PAYDAY else 2
    return _add(today.year, today.month, -back)


def _month_value(tok: str) -> int | None:
    v = to_number(tok)
    return int(v) if v is not None and 1 <= v <= 12 else None


def _echo(start: tuple[int, int], end: tuple[int, int]) -> str:
    count = (end[0] - start[0]) * 12 + end[1] - start[1] + 1
    if start == end:
        return f"{start[0]}年{start[1]}月（共1个月）"
    return f"{start[0]}年{start[1]}月 至 {end[0]}年{end[1]}月（共{count}个月）"


_TO_NOW = re.compile(r"到现在|至今|到今天|到目前|到如今|到今儿|到这会")
# one month's pay, owed since ("十月份哩单钱一直没给俺结", "10月的工资到现在都没发"): that month
# alone, not a start running to now
_OWN_MONTH = re.compile(
    r"^[^从起开以之后]*?月份?\s*(?:的|哩|嘅|个)?\s*(?:工资|工钱|单钱|钱|薪水|人工|提成|底薪)"
    r"(?![^，,。]*?(?:开始|以来|以后|之后|起))"
)


def parse_period(text: str | None, today: date) -> Parsed | ParseError:
    raw = (text or "")[:200].strip()
    now = (today.year, today.month)
    if not raw:
        return ParseError("period_missing", texts.PERIOD_MISSING)
    raw = re.sub(r"(大前年|前年|去年|今年)\s*的\s*", r"\1", raw)  # "去年的十月到今年的三月"
    # "去年十月到今年(都没发)": an end told only as this year, no month: owed since the start
    # (read as "去年十月开始"), never the start month alone
    raw = re.sub(r"(?:到|至)今年(?=$|[，,。；;！!…\s]|都|还|也|一直|没|就|了)", "开始", raw)
    for word, delta in _RELATIVE:
        y, m = _add(*now, delta)
        raw = raw.replace(word, f"{y}年{m}月")
    festival = bool(
        re.search(
            r"腊月|冬月|正月|农历|阴历|过完年|过了年|年后|春节|过年|元宵|元旦|清明|五一|国庆|端午|中秋|开春|暑假|寒假|"
            r"龙抬头|七夕|重阳|小年|除夕|年三十|冬至|[一二三四五六七八九十]月初[一二三四五六七八九十]",
            raw,
        )
    )
    raw, lunar = solar_days(raw, today)  # "正月十五过了", "到中秋": their calendar months
    new_year = _AFTER_NEW_YEAR.search(raw)
    raw = _seasons(raw, today)
    raw = _ENUMERATION.sub(lambda m: f"{m.group(1)}月到{m.group('last')}月", raw)
    raw = _BARE_RANGE.sub(r"\1月\2", raw)
    raw = _ADJACENT.sub(_adjacent_range, raw)
    dur = re.search(r"(?P<n>[0-9]+|[一二两三四五六七八九十半]+)\s*(个)?\s*(?:多)?\s*(月|年)", raw)
    has_month_word = bool(re.search(r"\d+\s*月|[一二三四五六七八九十]+月|\d{4}\s*[.\-/年]", raw))
    part = _PART_MONTHS.search(raw)
    if part and not has_month_word:
        # "一个多月", "1个半月": more than N months touches N+1 calendar months; "半个月": one;
        # "一年半": 18 months. Counted back from last month, like "三个月".
        n_tok = part.group("n") or ""
        if part.group("y"):
            months = int(to_number(part.group("y")) or 0) * 12 + 6
        else:
            months = int(to_number(n_tok) or 0) + 1 if n_tok else 1
        if months > 120:
            return ParseError("period_too_old", texts.PERIOD_TOO_OLD)
        end = _last_counted_month(raw, today)
        return _check(_add(*end, -(months - 1)), end, now, approximate=True)
    if dur and not has_month_word:
        n_tok = dur.group("n")
        if (
            len(n_tok) > 1
            and "十" not in n_tok
            and not n_tok.isdigit()
            and raw[dur.start() - 1 : dur.start()] in ("万", "千")
        ):
            n_tok = n_tok[1:]  # "欠我一万二三个月": 一万二 is the money, three months the time
        n = 6 if n_tok == "半" else to_number(n_tok)
        if n is None or n <= 0:
            return ParseError("period_unclear", texts.PERIOD_UNCLEAR)
        months = int(n) * (12 if dur.group(3) == "年" and n_tok != "半" else 1)
        if months > 120:
            return ParseError("period_too_old", texts.PERIOD_TOO_OLD)
        # "欠了三个月了": the three months whose pay is due (see _last_counted_month)
        end = _last_counted_month(raw, today)
        return _check(_add(*end, -(months - 1)), end, now, approximate=True)
    found: list[tuple[int, int]] = []
    last_year: int | None = None
    for m in _MONTH.finditer(raw):
        month = _month_value(m.group("m"))
        if month is None or not (m.group("mark") or m.group("y4")):
            continue
        if m.group("y4"):
            year = int(m.group("y4"))
        elif m.group("yw"):
            year = today.year + _YEAR_WORD[m.group("yw")]
        else:
            year = last_year if last_year is not None else today.year
            if last_year is not None and found and (year, month) < found[-1] and (year + 1, month) <= now:
                # "去年十一月到三月", "去年冬月干到二月": a month after one of an earlier year,
                # earlier in the calendar, is in the next year
                year += 1
        last_year = year
        found.append((year, month))
    if len(found) == 1 and not _OWN_MONTH.search(raw):
        if _TO_NOW.search(raw):
            found.append(now)
        elif re.search(r"(一直|开始|以来|以后|之后|就没|[起后])", raw):
            # "国庆后就没发了", "从七月起没发" told on 1 December: up to the last month mostly
            # worked (November; on 30 November, November); "到现在" is said to run to this month
            worked = today - timedelta(days=15)
            found.append(max(found[0], (worked.year, worked.month)))
    if not found:
        return ParseError("period_unclear", texts.PERIOD_UNCLEAR)
    listed = len(found) >= 2 and not re.search(r"到|至|-|~|～|—|－|\d{4}|去年|今年|前年", raw)
    if listed and 0 < found[0][1] - found[-1][1] <= 6:
        found.sort()  # "十一月份的和十月份的": months listed, not a range from November ("12月和1月" is one)
    start, end = found[0], found[-1]
    if len(found) >= 2 and end < start and not re.search(r"\d{4}|去年|今年|前年", raw):
        start = (start[0] - 1, start[1])  # "10月到1月": the start is last year
    explicit_year = bool(re.search(r"\d{4}|去年|今年|前年", raw))
    if start > now and not explicit_year:
        # "11月到12月" said in January: last year's months ("10月到12月" said in November is
        # refused as a future month rather than guessed)
        start, end = (start[0] - 1, start[1]), (end[0] - 1, end[1])
    checked = _check(start, end, now, approximate=festival)  # festivals give months roughly
    if new_year is not None and isinstance(checked, Parsed):  # what "过完年" was taken to mean, said
        note = texts.NEW_YEAR_NOTE.format(
            said=new_year.group(0).strip(), when=new_year_end(new_year), month=f"{start[1]}月"
        )
        checked = Parsed(checked.value, checked.echo.removesuffix("）") + note + "）", checked.approximate)
    if lunar and isinstance(checked, Parsed) and (note := lunar_note(lunar, checked.value)):
        checked = Parsed(checked.value, checked.echo.removesuffix("）") + note + "）", checked.approximate)
    return checked


def _check(
    start: tuple[int, int], end: tuple[int, int], now: tuple[int, int], approximate: bool = False
) -> Parsed | ParseError:
    if end < start:
        return ParseError("period_reversed", texts.PERIOD_REVERSED)
    if end > now or start > now:
        return ParseError("period_future", texts.PERIOD_FUTURE)
    if (now[0] - start[0]) * 12 + now[1] - start[1] > 120:
        return ParseError("period_too_old", texts.PERIOD_TOO_OLD)
    value = {"start": f"{start[0]:04d}-{start[1]:02d}", "end": f"{end[0]:04d}-{end[1]:02d}"}
    return Parsed(value, _echo(start, end), approximate)

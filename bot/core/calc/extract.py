"""Figures a worker already wrote: wage, length of service, dates, grade, hours, reason.

Each function reads one kind of figure and returns it (with whether it was rough or a range),
None when the text does not hold it, or a Problem with a specific re-prompt when it is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.core.calc import texts
from bot.core.parsers.numerals import neighbours, to_number


@dataclass(frozen=True)
class Found:
    value: Decimal
    note: str = ""  # said back to the worker ("您说七八千，按较低的 7,000 元计算")
    rough: bool = False


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    choices: tuple[tuple[str, str], ...] = ()  # (label, value) offered as buttons


_CN = "零一二两三四五六七八九十百千万"
MONEY = (
    r"(?:(?:[0-9][0-9,，]*(?:\.[0-9]+)?(?:\s*(?:-|~|～|到|至)\s*[0-9][0-9,，]*(?:\.[0-9]+)?)?"
    r"\s*(?:万|千|k|K|w|W)?(?:[0-9](?![0-9]))?"
    rf"|[{_CN}点]{{1,8}})(?![0-9.{_CN}]))"
)
_NOT_MONEY_AFTER = r"(?!(?:个|年|岁|天|小时|级|%|％|号|日|倍|次|人|周|星期|点))"
_NO_MORE_MONEY = rf"(?!\s*[0-9{_CN}])"
_MONTHLY_BEFORE = re.compile(
    r"(?:月薪|月工资|月收入|每月工资|每个月工资|工资每月|每个月|每月|一个月|一月|底薪|工资|薪水|薪资|收入|到手)"
    rf"(?:都|是|有|大概|大约|约|差不多|才|就|在|能拿|拿|发|为|[:：])*\s*(?P<a>{MONEY}){_NOT_MONEY_AFTER}"
)
_MONTHLY_AFTER = re.compile(
    rf"(?<![0-9{_CN}])(?P<a>{MONEY})\s*(?:元|块钱|块)?\s*(?:一个月|每个?月|/月|一月|的月薪|月薪){_NO_MORE_MONEY}"
)
_ANNUAL = re.compile(
    rf"(?:年薪|年收入|一年下来|一年能拿|一年|每年)(?:都|是|有|大概|约|能拿|拿|差不多|[:：])*\s*(?P<a>{MONEY}){_NOT_MONEY_AFTER}"
    rf"|(?<![0-9{_CN}])(?P<b>{MONEY})\s*(?:元|块钱|块)?\s*(?:一年|每年|/年){_NO_MORE_MONEY}"
)
_RANGE_DIGITS = re.compile(r"^([0-9.]+)\s*(?:-|~|～|到|至)\s*[0-9.]+\s*(万|千|k|K|w|W)?$")
_RANGE_CN_UNIT = re.compile(r"^(.*?)([一二三四五六七八九])([一二三四五六七八九])(万|千|百)$")
_RANGE_CN_TAIL = re.compile(r"^(.*[万千])([一二三四五六七八九])([一二三四五六七八九])$")
_UNIT_ALIAS = {"k": "千", "K": "千", "w": "万", "W": "万"}


def money(token: str) -> tuple[Decimal, bool] | None:
    """'七八千' -> (7000, True): a range gives its lower figure; '八千五' -> (8500, False)."""
    token = token.replace(",", "").replace("，", "").replace(" ", "")
    for short, unit in _UNIT_ALIAS.items():
        token = token.replace(short, unit)
    ranged = False
    m = _RANGE_DIGITS.match(token)
    if m:
        token, ranged = m.group(1) + (m.group(2) or ""), True
    m = _RANGE_CN_UNIT.match(token)
    if m and neighbours(m.group(2), m.group(3)):
        token, ranged = m.group(1) + m.group(2) + m.group(4), True
    m = _RANGE_CN_TAIL.match(token)
    if m and neighbours(m.group(2), m.group(3)):
        token, ranged = m.group(1) + m.group(2), True
    value = to_number(token)
    return None if value is None else (value, ranged)


def _amounts(
    pattern: re.Pattern[str], text: str, taken: list[tuple[int, int]] | None = None
) -> list[tuple[Decimal, bool, str]]:
    """Amounts the pattern finds; spans already read by another pattern are skipped."""
    out = []
    for m in pattern.finditer(text):
        group = "a" if m.group("a") else "b" if m.groupdict().get("b") else None
        if group is None:
            continue
        span = m.span(group)
        if taken is not None:
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
        parsed = money(m.group(group))
        if parsed is not None:
            out.append((parsed[0], parsed[1], m.group(group).strip()))
    return out


def wage(text: str) -> Found | Problem | None:
    """The monthly wage: '月薪七千', '工资七八千' (the lower figure), '一年十万' (divided by 12)."""
    if re.search(r"(薪|工资|收入|到手)[^0-9]{0,3}(-|－|负)\s*[0-9一二三四五六七八九]", text):
        return Problem("wage_negative", texts.WAGE_NEGATIVE)
    # "七千一个月" is 7000 a month, not 7100 ("一" belongs to "一个月")
    text = re.sub(r"([千万百元块kK])\s*一个?月", r"\1每月", text)
    text = re.sub(r"([千万百元块kK])\s*一年", r"\1每年", text)
    pretax = re.search(rf"税前(?:工资|月薪|收入)?(?:是|有|[:：])?\s*(?P<a>{MONEY})", text)
    hourly = re.search(
        rf"(?:时薪|每小时|一小时|一个钟|每个钟)(?:工资)?(?:是|有|[:：])?\s*(?P<a>{MONEY})", text
    )
    per_hour = money(hourly.group("a")) if hourly else None
    if hourly and per_hour and per_hour[0] > 0:
        monthly = per_hour[0] * 8 * Decimal("21.75")  # the month the hour is a 174th of
        note = texts.NOTE_HOURLY.format(h=_plain(per_hour[0]), m=_plain(monthly))
        return Found(monthly, note, per_hour[1]) if absurd_wage(monthly) is None else absurd_wage(monthly)
    parsed = money(pretax.group("a")) if pretax else None
    if pretax and parsed:
        return _checked(parsed[0], parsed[1], pretax.group("a"))  # pay before tax is what the law counts
    taken: list[tuple[int, int]] = []
    monthly = _amounts(_MONTHLY_BEFORE, text, taken) + _amounts(_MONTHLY_AFTER, text, taken)
    annual = _amounts(_ANNUAL, text, taken)
    values = {v for v, _, _ in monthly}
    if len(values) > 1:
        a, b = sorted(values)[:2]
        return Problem(
            "wage_two_figures",
            texts.WAGE_TWO_FIGURES.format(a=_plain(a), b=_plain(b)),
            ((texts.USE_WAGE.format(v=_plain(a)), str(a)), (texts.USE_WAGE.format(v=_plain(b)), str(b))),
        )
    if monthly:
        value, ranged, token = monthly[0]
        if annual:
            per_month = annual[0][0] / 12
            if abs(per_month - value) > 1:
                return Problem(
                    "wage_contradiction",
                    texts.WAGE_CONTRADICTION.format(
                        m=_plain(value),
                        y=_plain(annual[0][0]),
                        pm=_plain(per_month.quantize(Decimal("0.01"))),
                    ),
                    (
                        (texts.USE_WAGE.format(v=_plain(value)), str(value)),
                        (
                            texts.USE_WAGE.format(v=_plain(per_month.quantize(Decimal("0.01")))),
                            str(per_month),
                        ),
                    ),
                )
        found = _checked(value, ranged, token)
        if isinstance(found, Found) and re.search(r"(到手|实发|拿到手)", text):
            found = Found(found.value, (found.note + texts.NOTE_TAKE_HOME).strip(), found.rough)
        if (
            isinstance(found, Found)
            and not found.note
            and re.search(re.escape(token) + r"\s*(多|左右|出头|来块)", text)
        ):
            return Found(value, texts.NOTE_ROUGH.format(said=token + "多", v=_plain(value)), True)
        return found
    if annual:
        value, ranged, token = annual[0]
        problem = absurd_wage(value / 12)
        if problem:
            return problem
        return Found(value / 12, texts.NOTE_ANNUAL.format(y=_plain(value)), ranged)
    return None


def bare_wage(text: str) -> Found | Problem | None:
    """An answer to "月工资多少": a bare figure ('6500', '七八千') counts too."""
    found = wage(text)
    if found is not None:
        return found
    if re.search(r"-\s*\d|负", text):
        return Problem("wage_negative", texts.WAGE_NEGATIVE)
    m = re.search(MONEY, text)
    if not m:
        return None
    parsed = money(m.group(0))
    if parsed is None:
        return None
    return _checked(parsed[0], parsed[1], m.group(0).strip())


def _plain(value: Decimal) -> str:
    return f"{value:,.2f}".removesuffix(".00")


def absurd_wage(value: Decimal) -> Problem | None:
    if value <= 0:
        return Problem("wage_negative", texts.WAGE_NEGATIVE)
    if value < 100:
        return Problem("wage_too_small", texts.WAGE_TOO_SMALL.format(v=_plain(value)))
    if value > 1_000_000:
        return Problem("wage_too_large", texts.WAGE_TOO_LARGE.format(v=_plain(value)))
    return None


def _checked(value: Decimal, ranged: bool, token: str) -> Found | Problem:
    problem = absurd_wage(value)
    if problem:
        return problem
    note = texts.NOTE_RANGE.format(said=token, v=_plain(value)) if ranged else ""
    return Found(value, note, ranged)


# ------------------------------------------------------------------ length of service
_N = r"(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|几|十几)"
_DURATION = re.compile(
    rf"(?<![0-9])(?:(?P<y>{_N})\s*(?:个)?\s*(?P<yu>年)\s*(?P<half>半)?\s*(?P<ymore>多)?"
    rf"\s*(?:零|又)?\s*(?:(?P<m>{_N})\s*个\s*(?P<mmore>多)?\s*月)?"
    rf"|(?P<m2>{_N}|半)\s*个\s*(?P<m2more>多)?\s*月|(?P<halfyear>半年))"
)
_SERVICE_VERB = re.compile(
    r"(干|做|工作|上班|待|呆|来|入职|工龄|司龄|在职|共|满|已经|快|上了|在这|在公司|在厂)(了|有|满|已经|都|快)?\s*$"
)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年./-]\s*(?P<m>1[0-2]|0?[1-9])"
    r"(?:\s*[月./-]\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号]?|\s*月份?)?"
)


def _n(token: str | None) -> int | None:
    if not token:
        return None
    if "几" in token:
        return -1
    value = to_number(token)
    return int(value) if value is not None else None


def duration_months(text: str, *, need_verb: bool = True) -> Found | Problem | None:
    """'干了4年7个月' -> 55; '一年半' -> 18; '半年' -> 6; '三年多' -> asks for the months."""
    for m in _DURATION.finditer(text):
        after = text[m.end() : m.end() + 3]
        if (
            need_verb
            and not _SERVICE_VERB.search(text[max(0, m.start() - 8) : m.start()])
            and not re.match(r"\s*的?(工龄|司龄|工作年限)", after)
        ):
            continue
        if m.group("halfyear"):
            return Found(Decimal(6))
        if m.group("m2"):
            months = 6 if m.group("m2") == "半" else _n(m.group("m2"))
            if months is None or months < 0:
                return Problem("service_rough", texts.SERVICE_ROUGH)
            return Found(Decimal(months), rough=bool(m.group("m2more")))
        if re.search(r"(快|将近|差不多|接近|不到)\s*$", text[max(0, m.start() - 3) : m.start()]):
            return Problem("service_rough", texts.SERVICE_ROUGH)  # "快一年了": 11 months or 12?
        years = _n(m.group("y"))
        months = _n(m.group("m")) or 0
        if years is None or years < 0 or months < 0:
            return Problem("service_rough", texts.SERVICE_ROUGH)
        if m.group("ymore") and not m.group("m"):
            return Problem("service_rough", texts.SERVICE_MORE.format(y=years))
        if months >= 12:
            return Problem("service_months_over", texts.SERVICE_MONTHS_OVER.format(m=months))
        total = years * 12 + months + (6 if m.group("half") else 0)
        if total > 50 * 12:
            return Problem("service_too_long", texts.SERVICE_TOO_LONG)
        return Found(Decimal(total), rough=bool(m.group("mmore")))
    return None


def dates(text: str) -> list[date]:
    out = []
    for m in _DATE.finditer(text):
        try:
            out.append(date(int(m.group("y")), int(m.group("m")), int(m.group("d") or 1)))
        except ValueError:
            continue
    return out


def months_between(start: date, end: date, *, with_days: bool) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if with_days and end.day + 1 < start.day:
        months -= 1  # 3月15日 to 9月14日 is six whole months; to 9月13日 is not
    return months


def service_months(text: str, today: date) -> Found | Problem | None:
    """Length of service from a duration ('干了4年7个月') or from dates ('2019年3月入职…')."""
    found = duration_months(text)
    if found is not None:
        return found
    days = dates(text)
    with_days = bool(re.search(r"\d\s*[日号]", text))
    if len(days) >= 2:
        start, end = days[0], days[1]
    elif len(days) == 1 and re.search(r"(入职|进厂|进公司|开始|来的|上班)", text):
        start, end = days[0], today
    else:
        return None
    if end < start:
        return Problem("dates_reversed", texts.DATES_REVERSED)
    if end > today:
        return Problem("dates_future", texts.DATES_FUTURE)
    months = months_between(start, end, with_days=with_days)
    note = texts.NOTE_DATES.format(
        start=f"{start.year}年{start.month}月", end=f"{end.year}年{end.month}月", n=_months_text(months)
    )
    return Found(Decimal(months), note)


def _months_text(months: int) -> str:
    y, m = divmod(months, 12)
    return (f"{y}年" if y else "") + (f"{m}个月" if m or not y else "")


def months_text(months: Decimal) -> str:
    return _months_text(int(months))


# ------------------------------------------------------------------ other figures
_GRADE = re.compile(r"(?<![0-9十一二三四五六七八九])(?P<g>10|[1-9]|十|[一二三四五六七八九])\s*级")


def grade(text: str) -> int | Problem | None:
    m = _GRADE.search(text)
    if not m:
        if re.search(r"(十[一二三四五六七八九]|[二三四五六七八九]十|[1-9][0-9]|0)\s*级", text):
            return Problem("grade_range", texts.GRADE_RANGE)
        return None
    value = _n(m.group("g"))
    if value is None or not 1 <= value <= 10:
        return Problem("grade_range", texts.GRADE_RANGE)
    return value


def flag(text: str, yes: str, no: str) -> bool | None:
    if re.search(no, text):
        return False
    if re.search(yes, text):
        return True
    return None


def count(text: str, pattern: str) -> Decimal | Problem | None:
    """A number in front of a unit pattern ('5天', '三天')."""
    m = re.search(rf"(?P<n>-?[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百半]+)\s*(?:{pattern})", text)
    if not m:
        return None
    token = m.group("n")
    if token.startswith("-"):
        return Problem("count_negative", texts.COUNT_NEGATIVE)
    value = Decimal("0.5") if token == "半" else to_number(token)
    return value

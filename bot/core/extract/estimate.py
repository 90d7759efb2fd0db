"""Pay per month x the months owed, worked out once the period is known: an estimate read back as
one, less a part paid, plus a sum owed besides; months only half paid ("5月和6月都只发了一半")
counted as halves, and the pay of a half month worked at the end ("十一月做了半个月…那半个月三千六")
added to the months before it."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from bot.core.extract.figures import Figure
from bot.core.extract.held_pay import HELD_NOTE, held_and_last
from bot.core.extract.lunar_span import LUNAR_NOTE, lunar_months
from bot.core.extract.paid import MONTHS_PAID as _MONTHS_PAID
from bot.core.extract.paid import PAID_MONTHS_NAMED as _PAID_MONTHS_NAMED
from bot.core.extract.paid import UNPAID_MONTHS as _UNPAID_MONTHS
from bot.core.extract.periods import to_month
from bot.core.parsers.numerals import to_number

_MONTH = r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])"
# months told as half paid: "7月工资只发了一半", "5月和6月都只发了一半"
_HALF_PAID = re.compile(
    rf"(?P<ms>{_MONTH}\s*月份?(?:\s*[、和跟及与,，]?\s*{_MONTH}\s*月份?)*)"
    # the months counted after them: "七月八月九月十月四个月都只发了一半"
    r"(?:\s*(?:这)?(?:[0-9]{1,2}|[两二三四五六七八九十])\s*个月)?(?:的)?(?:工资|工钱|人工)?"
    r"(?:都|也|各)?(?:(?:只|就)?(?:各)?(?:发|给|结)了?一半|只?得一半"
    # told as the half not paid: "九月份的工资一半没给", "八月还欠一半"
    r"|(?:有|还有|还差|还欠|差|欠)?一半(?:都|也|还)?(?:没|未|没有)(?:给|发|结))"
)
# the same told the other way round: "只发了八月的一半"
_HALF_PAID_AFTER = re.compile(
    rf"(?:只|就)(?:发|给|结)了?(?P<ms>{_MONTH}\s*月份?(?:\s*[、和跟及与]\s*{_MONTH}\s*月份?)*)(?:的)?(?:工资|工钱)?(?:的)?一半"
)
# a half month worked after the months owed, its pay told: "十一月做咗半个月…嗰半个月三千六都冇俾"
_HALF_MONTH = re.compile(rf"(?P<m>{_MONTH})\s*月份?[^，,。；;]{{0,6}}?(?:做|干|上|跑)(?:了|咗)?半个月")


_HALF_MONTHS = re.compile(
    r"(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*个\s*半\s*月|(?<![0-9一二两三四五六七八九十])半\s*个\s*月"
)


# the months owed counted in all, the held one among them: "压的那个月加上九月十月 一共三个月的钱"
_MONTHS_OWED = re.compile(
    r"(?:一共|总共|合计|加起来|共)(?:是)?\s*(?P<n>[两二三四五六七八九十]|十[一二])\s*个月(?:的)?(?:钱|工资|工钱)"
)


# the months worked counted by the worker, standing alone after the span: "干到今年五月 七个月"
_MONTHS_SAID = re.compile(
    r"(?:(?<=[\s，,])|干了|做了|一共|总共)(?P<n>[两二三四五六七八九]|十[一二]?|[2-9]|1[0-2])\s*个月(?=[\s，,。]|$)"
)


def said_months(text: str) -> int | None:
    """The one count of months the worker says standing alone ("七个月", "干了四个月"), if any."""
    counts = {to_number(m.group("n")) for m in _MONTHS_SAID.finditer(text)}
    if len(counts) != 1:
        return None
    n = counts.pop()
    return None if n is None else int(n)


def stated_months(text: str) -> Decimal | None:
    """A length owed with a half month in it ("两个半月的钱"), as months (2.5), or the months owed
    counted in all ("一共三个月的钱"), for pay per month x time; else the months come from the
    period."""
    m = _HALF_MONTHS.search(text)
    if m is None:
        owed = _MONTHS_OWED.search(text)
        return None if owed is None else to_number(owed.group("n"))
    end = _HALF_END.search(text)
    if not m.group("n") and end is not None and end.start() <= m.start() < end.end():
        return None  # "十二月只做了半个月": the last month half worked, counted with the period
    n = to_number(m.group("n")) if m.group("n") else Decimal(0)
    return None if n is None else n + Decimal("0.5")


# every month owed paid at half: "九月到十一月每个月只发一半"
_EVERY_HALF = re.compile(
    r"(?:每个?月|[0-9一二两三四五六七八九十]+\s*个月(?:的)?(?:工资|工钱)?)(?:都|也)?(?:只|就|才)?(?:发|给|结|付|开)了?(?:我|俺)?(?:工资)?一半"
)


# the last month owed only half worked: "十一月上半月", "十一月做了半个月"
_HALF_END = re.compile(
    rf"(?P<m>{_MONTH})\s*月份?(?:的)?(?:上半月|上半个月|前半个月|前半月|(?:只)?(?:干|做|上|算)了?半个月)"
)


# some days of a month worked at the start or end of the months owed: "九月份干了二十天就走了"
_DAYS_IN_MONTH = re.compile(
    rf"(?P<m>{_MONTH})\s*月份?(?:的|里|份)?(?:(?:只|就)?(?:干|做|上)了?|(?<=[月份的里]))\s*(?:[0-9]{{1,2}}|[一二两三四五六七八九十]+)\s*(?:多)?\s*(?:天|日|个工)"
    # "十一月十天的工资", "十一月的十天": a part of that month, told with no verb
    r"(?![0-9]|号)"
)


def _months_in(period: dict[str, str]) -> set[int]:
    """The months (1-12) the period runs through."""
    y, m = map(int, period["start"].split("-"))
    return {(m - 1 + i) % 12 + 1 for i in range(min(months_of(period), 12))}


def months_of(period: dict[str, str]) -> int:
    (y1, m1), (y2, m2) = (map(int, period[k].split("-")) for k in ("start", "end"))
    return (y2 - y1) * 12 + m2 - m1 + 1


def _shift(ym: str, by: int) -> str:
    y, m = map(int, ym.split("-"))
    y, m = divmod(y * 12 + m - 1 + by, 12)
    return f"{y:04d}-{m + 1:02d}"


def _echo(value: dict[str, str], note: str = "") -> str:
    (y1, m1), (y2, m2) = (map(int, value[k].split("-")) for k in ("start", "end"))
    return f"{y1}年{m1}月 至 {y2}年{m2}月（共{months_of(value)}个月{note}）"


# half paid from a month on, then a month not paid at all: "从八月份起每个月只发一半，十一月就一分没发"
_HALF_FROM = re.compile(
    rf"从\s*(?P<m>{_MONTH})\s*月份?(?:开始|起|以后)(?:就|都)?(?:每个?月)?(?:都|就)?(?:只|就|才)?(?:发|给|结)了?(?:我|俺|我们|俺们)?(?:工资)?一半"
)
_NONE_MONTH = re.compile(
    rf"(?P<m>{_MONTH})\s*月份?(?:的)?(?:工资)?[^，,。；;0-9]{{0,4}}?(?:全部|全都|一分(?:钱)?|干脆)?(?:都|就|也)?(?:没|冇|未|不)(?:发|给|结)"
)


def _half_from(text: str, period: Figure) -> tuple[Figure, int]:
    """Half paid from a month on up to the month not paid at all that opens the period read."""
    m = _HALF_FROM.search(text)
    if m is None:
        return period, 0
    first = to_month(m.group("m"))
    start = int(period.value["start"][5:])
    none = [to_month(x.group("m")) for x in _NONE_MONTH.finditer(text, m.end())]
    if not none or none[0] != start or not 1 <= start - first <= 11:
        return period, 0
    n = start - first
    value = {"start": _shift(period.value["start"], -n), "end": period.value["end"]}
    note = "，" + "、".join(f"{first + i}月" for i in range(n)) + "发了一半"
    return Figure(value, _echo(value, note), period.start, period.end, period.approximate), n


def half_paid(text: str, period: Figure, today: date) -> tuple[Figure, int]:
    """The period with the months half paid right before it, and how many there are (0: none)."""
    m = _HALF_PAID.search(text) or _HALF_PAID_AFTER.search(text)
    if m is None:
        return _half_from(text, period)
    nums = [to_month(x) for x in re.findall(_MONTH, m.group("ms"))]
    n = len(nums)
    note = "，" + "、".join(f"{x}月" for x in nums) + "发了一半"
    if int(period.value["start"][5:]) == nums[0] and n < months_of(period.value):
        # the months half paid already open the period ("七月到十月…七月和八月各发了一半")
        if any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
            return period, 0
        if note in period.echo:
            return period, n
        value = dict(period.value)
        return Figure(value, _echo(value, note), period.start, period.end, period.approximate), n
    start = _shift(period.value["start"], -n)
    if any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)) or int(start[5:]) != nums[0]:
        return period, 0
    value = {"start": start, "end": period.value["end"]}
    return Figure(value, _echo(value, note), period.start, period.end, period.approximate), n


# a month whose pay was partly paid, the figure told: "十月份的发了三千", "九月只给了一千五"
_PART_PAID = re.compile(
    rf"(?P<m>{_MONTH})\s*月份?(?:的|嘞)?(?:工资|工钱|钱)?(?:只|才|就)?(?:发|给|结|付|打)了?\s*"
    r"(?:[0-9]|[一两二三四五六七八九][千百万])"
)


def part_paid_before(text: str, period: Figure, rate: Decimal | None, paid: Decimal | None) -> Figure:
    """The period with the month right before (or after) it whose pay was partly paid (a figure
    less than the pay per month), when the months owed were read without it ("工资每月六千，十月份
    的发了三千，十一月的全没发": October and November; "九月十月一分冇，十一月得返2000")."""
    told = [to_month(m.group("m")) for m in _PART_PAID.finditer(text)]  # "9月发了3000，10月发了2000"
    if not told or rate is None or paid is None or not 0 < paid < rate * len(told):
        return period
    value = dict(period.value)
    for _ in told:  # each month partly paid next to the months owed joins them
        start, end = _shift(value["start"], -1), _shift(value["end"], 1)
        if int(start[5:]) in told:
            value["start"] = start
        elif int(end[5:]) in told and months_of(value) < 12:
            value["end"] = end
        else:
            break
    if value == period.value:
        return period
    return Figure(value, _echo(value), period.start, period.end, period.approximate)


def half_month_after(
    text: str, period: Figure, stated: Any, rate: Decimal | None
) -> tuple[Figure, Figure] | None:
    """(the period with the half month, the total) when the figure stated is the pay of a half
    month worked right after the months owed, whose pay per month is told."""
    m = _HALF_MONTH.search(text)
    if m is None or rate is None or stated is None:
        return None
    said = text[max(0, stated.start - 12) : stated.start]
    if "半个月" not in said and "半个月" not in text[m.end() - 3 : stated.start]:
        return None
    end = _shift(period.value["end"], 1)
    if int(end[5:]) != to_month(m.group("m")) or m.start() > stated.start:
        return None
    full = {"start": period.value["start"], "end": period.value["end"]}
    n = months_of(full)
    value = {"start": full["start"], "end": end}
    total = rate * n + Decimal(str(stated.value))
    echo = f"{total:,.0f} 元（每月 {rate:,.0f} 元 × {n} 个月 + {int(end[5:])}月半个月 {Decimal(str(stated.value)):,.0f} 元）"
    return (
        Figure(value, _echo(value, f"，{int(end[5:])}月为半个月"), period.start, period.end),
        Figure(total, echo, stated.start, stated.end),
    )


def pay_by_months(
    amounts: Any,
    period: dict[str, str],
    text: str,
    today: date,
    head: Any,
    half: int = 0,
    held: int | None = None,
) -> Figure | None:
    """Pay per month x the months owed (x the head count when the pay is each worker's), less a
    part already paid: an estimate, read back as one. `held`: the month held at hiring that
    opens the period, counted with the months owed after it (not the months paid between)."""
    if amounts.rate is None or amounts.rate[1] != "月":
        return None
    if held is not None:
        return _with_held(amounts, period, held)
    told = stated_months(text)  # "两个半月的钱": 2.5 months, not the 3 months touched
    held = told is None and not half and held_and_last(text) is not None
    if held:  # "头一个月工资压着 … 压的那个月和最后一个月都不给": those two months
        told = held_and_last(text)
    lunar = told is None and not half and lunar_months(text) is not None
    if lunar:  # "去年腊月干到今年正月底": two lunar months, not the three calendar months touched
        told = lunar_months(text)
    if told is None and half:  # the first months' pay half paid
        told = Decimal(months_of(period)) - Decimal("0.5") * half
    # (not when some months were paid or owed apart: "干了四个月 六月七月的发了" leaves two)
    apart = _UNPAID_MONTHS, _MONTHS_PAID, _PAID_MONTHS_NAMED, _PART_PAID, _HALF_END, _DAYS_IN_MONTH
    counted = None if told is not None or any(p.search(text) for p in apart) else said_months(text)
    # "去年十月到今年一月 四个月": the months the worker counts win over the months read
    months = told if told is not None else counted or months_of(period)
    unpaid = _UNPAID_MONTHS.search(text)
    if (
        told is None
        and unpaid is not None
        and (n := to_number(unpaid.group("n"))) is not None
        and 0 < n < months
        # "八月只发了三千，九月十月两个月一分钱都没发": August is owed too, less the part paid
        and (amounts.paid is None or not unpaid.group("none"))
    ):
        months = n  # "三个多月没给工资了，最后一次发的是8月份的": three months owed, not August too
    if told is None and (got := _MONTHS_PAID.search(text)) is not None:
        n = to_number(got.group("n") or got.group("n2"))
        if n is not None and 0 < n < months and unpaid is None:
            months -= n  # "干了四个月，只发了一个月的": the months paid are no pay owed
    if told is None and (named := _PAID_MONTHS_NAMED.search(text)) is not None:
        # "七月八月的给了，九月就给了两千": the months named paid in full are no pay owed
        paid_in = {to_month(x) for x in re.findall(_MONTH, named.group("ms"))}
        inside = [k for k in paid_in if k in _months_in(period)]
        if 0 < len(inside) < months:
            months -= len(inside)
    half_end = _HALF_END.search(text)
    if (
        told is None
        and counted is None
        and half_end is not None
        and to_month(half_end.group("m")) in (int(period["start"][5:]), int(period["end"][5:]))
        and months_of(period) > 1
    ):
        # "十月和十一月上半月的工资没给": 1.5 months; "八月算半个月 … 做到十一月": 3.5 months
        months = Decimal(months) - Decimal("0.5")
    months = int(months) if months == int(months) else months  # "× 3 个月", not "× 3.0 个月"
    # an open start ("从7月起") already ends on the last month worked; only "到现在" runs to this month
    to_now = re.search(r"到现在|至今|到今天|到目前|到如今", text)
    if (
        told is None
        and counted is None
        and months > 1
        and period["end"] == f"{today.year:04d}-{today.month:02d}"
        and to_now
    ):
        months -= 1  # "去年底到现在": this month's pay is not due yet
    left = _DAYS_IN_MONTH.search(text)
    if left is not None and to_month(left.group("m")) in (int(period["start"][5:]), int(period["end"][5:])):
        return None  # "九月份干了二十天就走了": a part of a month, its pay is asked, never a whole month
    rate = amounts.rate[0]
    each = amounts.per_person or amounts.rate_per_person
    people = int(head.value) if head is not None and each else 1
    total = rate * months * people
    rough_heads = people > 1 and bool(getattr(head, "approximate", False))  # "十几个人": asked
    by = f" × {'约 ' if rough_heads else ''}{people} 人" if people > 1 else ""
    paid = amounts.paid
    if paid is None and not half and _EVERY_HALF.search(text):  # "每个月只发一半": half of each month
        total = total / 2
        by += "，每月只发了一半"
    if paid is not None and getattr(amounts, "paid_monthly", False) and paid * months < rate * months:
        paid = paid * months  # "每个月只发一千": that much paid for each month owed
    if paid is not None and amounts.paid_each and people > 1:  # "只给每人发过六千块生活费"
        paid *= people
    if paid is not None and paid < total:  # "9月底给我转了三千，剩下的一直拖"
        total -= paid
        by += f" − 已付 {paid:,.0f} 元"
    if amounts.extra:  # "还有提成四千二也冇给我"
        total += amounts.extra
        by += f" + {amounts.extra_label}" if amounts.extra_label else f" + 另外 {amounts.extra:,.0f} 元"
    parts = getattr(amounts, "rate_parts", None)
    pay = " + ".join(f"{p:,.0f}" for p in parts) if parts else f"{rate:,.0f}"  # "我七千，她六千二"
    note = HELD_NOTE if held else LUNAR_NOTE if lunar else ""
    return Figure(total, f"约 {total:,.0f} 元（按每月 {pay} 元 × {months:g} 个月{by}估算{note}）", 0, 0, True)


def _with_held(amounts: Any, period: dict[str, str], owed_after: int) -> Figure:
    """The month held at hiring (the period's first) and the `owed_after` months owed after it."""
    months = owed_after + 1
    total = amounts.rate[0] * months
    by = ""
    if amounts.paid is not None and amounts.paid < total:
        total -= amounts.paid
        by += f" − 已付 {amounts.paid:,.0f} 元"
    if amounts.extra:
        total += amounts.extra
        by += f" + {amounts.extra_label}" if amounts.extra_label else f" + 另外 {amounts.extra:,.0f} 元"
    held = int(period["start"][5:])
    return Figure(
        total,
        f"约 {total:,.0f} 元（按每月 {amounts.rate[0]:,.0f} 元 × {months} 个月{by}估算，含压着的{held}月）",
        0,
        0,
        True,
    )


def within_rough(text: str, stated: Any, estimate: Decimal) -> bool:
    """A lower bound told ("算下来欠她四万多") that pay x time fills in (3,800 x 12 = 45,600):
    the estimate is the figure, read back as one."""
    said = text[stated.start : stated.end + 2]
    m = re.search(r"([万千])多", said)
    if not stated.approximate or m is None:
        return False
    low = Decimal(str(stated.value))
    return low <= estimate < low + (10000 if m.group(1) == "万" else 1000)

"""Months owed told around a span of work or a start: the months of a span told as paid in full
taken off its ends ("七月去的，十月底走的…就七月那个月给了" is August to October), and a start of
the owing followed by later months told as unpaid too ("九月开始拖着…十月也没发，十一月也没发" is
September to November). Used by bot/core/extract/periods.py."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.figures import Figure
from bot.core.extract.periods_told import OWED, to_month
from bot.core.parsers.numerals import to_number

_MONTH = r"(?<![个0-9一二两三四五六七八九十.])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
# a month told as paid in full: "七月那个月给了", "八月份的工资结清了" (not "给了一半", "发了两千")
_PAID_IN_FULL = re.compile(
    rf"(?P<m>{_MONTH})月份?(?:那个月|那月|的)?(?:的)?(?:工资|工钱|钱)?(?:都|已经|是|倒是)?"
    r"(?:给了|发了|结了|付了|结清了|给清了|发清了|拿到了|给过了|发过了)"
    # not a part or a sum paid, nor a figure already read (blanked): "给了俺三千", "发了 ‥"
    r"(?![我俺阮她他额]?\s*(?:一半|一部分|部分|点|些|[0-9零一二两三四五六七八九十几]))(?!\s{2})"
)
# the months left owed, counted: "剩下三个月", "剩的两个月"
_LEFT_COUNT = re.compile(
    r"(?:剩下|剩余|剩的|其余|余下|其他|其它)(?:的)?\s*(?P<n>[0-9]+|[一两二三四五六七八九十])\s*个\s*月"
)


def _months(found: Figure) -> tuple[int, int, int, int]:
    (y1, m1), (y2, m2) = (map(int, found.value[k].split("-")) for k in ("start", "end"))
    return y1, m1, y2, m2


def _span(y1: int, m1: int, y2: int, m2: int, note: str = "") -> Figure:
    n = (y2 - y1) * 12 + m2 - m1 + 1
    value = {"start": f"{y1:04d}-{m1:02d}", "end": f"{y2:04d}-{m2:02d}"}
    shown = f"{y1}年{m1}月" if n == 1 else f"{y1}年{m1}月 至 {y2}年{m2}月"
    return Figure(value, f"{shown}（共{n}个月{note}）", 0, 0)


def paid_months_off(text: str, found: Figure) -> Figure:
    """The span found less the months at either end told as paid in full ("四个月就七月那个月
    给了，剩下三个月"); when the months left are counted too, they must agree."""
    y1, m1, y2, m2 = _months(found)
    paid = {to_month(p.group("m")) for p in _PAID_IN_FULL.finditer(text) if not OWED.search(p.group(0))}
    if not paid:
        return found
    start, end = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    while start < end and (start % 12) + 1 in paid:
        start += 1
    while end > start and (end % 12) + 1 in paid:
        end -= 1
    if (start, end) == (y1 * 12 + m1 - 1, y2 * 12 + m2 - 1):
        return found
    left = _LEFT_COUNT.search(text)
    if left is not None and to_number(left.group("n")) != end - start + 1:
        return found  # "剩下两个月" of three left: the months are not clear
    done = sorted(paid & {(k % 12) + 1 for k in range(y1 * 12 + m1 - 1, y2 * 12 + m2)})
    note = "；" + "、".join(f"{k}月" for k in done) + "已发"
    return _span(start // 12, start % 12 + 1, end // 12, end % 12 + 1, note)


_ONE = rf"{_MONTH}\s*月份?"
# later months told as unpaid too: "十月份也没发，十一月也没发", "九月十月也都没给"
_ALSO_UNPAID = re.compile(
    rf"(?P<ms>{_ONE}(?:\s*[、和跟及]?\s*{_ONE})*)(?:的)?(?:工资|工钱|钱)?\s*"
    r"(?:也|又|还是|照样|同样|依旧|一样)\s*(?:都|一样|还|是|照样)?\s*"
    r"(?:(?:没|未|不|冇|勿|无)(?:有)?\s*(?:发|给|结|付|开|到手)|(?:欠|拖|压)着?|一分(?:钱)?(?:都|也)?(?:没|未|不))"
)
_MONTH_IN = re.compile(rf"(?P<m>{_MONTH})\s*月")
# the month the owing began: "从九月份开始", "八月起", "打八月以来"
_START_WORD = re.compile(r"^\s*份?\s*(?:开始|起|以来|以后|之后)")


# the month work began ("七月份进厂"), and pay held back ("第一个月工资压着")
_WORK_BEGAN = re.compile(r"^\s*份?\s*(?:就|才)?(?:进|来|去|到|入|上)")
_HELD = re.compile(r"[压押]")


def also_unpaid(text: str, today: date) -> Figure | None:
    """ "九月份开始讲周转不过来，工资先欠着…十月份也没发，十一月份也没发": the month the owing
    began and the later months told as unpaid too, one after another, are the period (not the
    later months alone)."""
    told = list(_ALSO_UNPAID.finditer(text))
    if not told:
        return None
    first = told[0]
    before = list(_MONTH_IN.finditer(text, 0, first.start()))
    if not before:
        return None
    anchor = before[-1]
    between = text[anchor.end() : first.start()]
    began = _START_WORD.match(between)
    if not (began or (OWED.search(between) and not _WORK_BEGAN.match(between))):
        return None  # "七月份进厂 … 八月也没发": the month work began, the owing's start unsaid
    if _PAID_IN_FULL.match(text, anchor.start()) or _HELD.search(between):
        return None  # a month held back is read with the months after it (held_pay.py)
    months = [to_month(anchor.group("m"))]
    for t in told:
        months += [to_month(m.group("m")) for m in _MONTH_IN.finditer(t.group("ms"))]
    if any(b != a % 12 + 1 for a, b in zip(months, months[1:], strict=False)):
        return None  # not one run of months
    y1 = today.year if months[0] <= today.month else today.year - 1
    y2 = y1 + (1 if months[-1] < months[0] else 0)
    if (y2, months[-1]) > (today.year, today.month):
        return None
    return _span(y1, months[0], y2, months[-1])

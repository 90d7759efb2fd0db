"""Amount owed in yuan from how people type it."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.numerals import mixed_to_chinese, neighbours, to_number

_APPROX = re.compile(r"(左右|大概|大约|约|差不多|多|[十百千万]来|来块|上下|估计|出头|来万|几)")
_NUM = r"(?:[0-9][0-9.,]*|[零一二两三四五六七八九十百千万]+)\s*(?:万|千|k|K)?"
# "八九千" / "三四万" -> the lower bound; "三万五六" / "一万七八" -> 三万五 / 一万七; "十来万" -> 十万
_RANGE_UNIT = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九])([一二三四五六七八九])(万|千|百)")
_RANGE_TAIL = re.compile(r"([万千])([一二三四五六七八九])([一二三四五六七八九])(?![十百千万])")
_ROUGH_UNIT = re.compile(r"([0-9]+|[一二两三四五六七八九十]+)(来|几)(万|千|百)")
# pay per month or day and how long: "一个月4500 欠了3个月", "每天300 干了45天"
_RATE = {
    "月": (
        re.compile(
            rf"(?:每个?月|一个月|(?<![个0-9一二两三四五六七八九十])(?:月薪|月工资|一月))\s*(?:工资|的工资)?\s*(?:是|有|给|才)?\s*(?P<a>{_NUM})"
        ),
        re.compile(rf"(?P<a>{_NUM})\s*(?:元|块钱|块)?\s*(?:一个月|每个?月|一月|/月)"),
        re.compile(r"(?P<n>[0-9]+|[一二两三四五六七八九十半]+)\s*(?:个\s*多?\s*(?P<u>月)|多?\s*(?P<y>年))"),
    ),
    "天": (
        re.compile(rf"(?:每天|一天|日薪|一日|每日)\s*(?:工资|工钱|工价)?\s*(?:是|有|给|才)?\s*(?P<a>{_NUM})"),
        re.compile(rf"(?P<a>{_NUM})\s*(?:元|块钱|块)?\s*(?:一天|每天|/天)"),
        # days worked, not how long the pay is late ("拖了四十天")
        re.compile(
            r"(?<!拖了)(?<!拖)(?<![0-9一二两三四五六七八九十百])(?P<n>[0-9]+|[一二两三四五六七八九十百]+)\s*多?\s*(?:天|个工)"
        ),
    ),
}


def _narrow(raw: str) -> tuple[str, bool]:
    """Rewrite ranges and rough figures to their lower bound; True when anything was rough."""
    rough = False
    for pattern, keep in (
        (
            _RANGE_UNIT,
            lambda m: m.group(1) + m.group(3) if neighbours(m.group(1), m.group(2)) else m.group(0),
        ),
        (
            _RANGE_TAIL,
            lambda m: m.group(1) + m.group(2) if neighbours(m.group(2), m.group(3)) else m.group(0),
        ),
        (_ROUGH_UNIT, lambda m: m.group(1) + m.group(3)),
    ):
        new = pattern.sub(keep, raw)
        rough, raw = rough or new != raw, new
    return raw, rough


def _rate_times_duration(raw: str) -> tuple[Decimal, str, str] | None:
    """(total, how it was computed, the text left without the pay and the length) when the
    worker gave pay per month/day and a duration."""
    for unit, (before, after, duration) in _RATE.items():
        m = after.search(raw) or before.search(raw)
        if not m:
            continue
        rest = raw[: m.start()] + " " + raw[m.end() :]
        d = duration.search(rest)
        if not d:
            continue
        rate = _best(m.group("a"))
        n = to_number(d.group("n")) if d.group("n") != "半" else Decimal("0.5")
        if unit == "月" and d.groupdict().get("y"):
            n = n * 12 if n is not None else None
        if rate is None or rate < 10 or n is None or n <= 0:
            continue
        shown = f"{n:,.1f}".rstrip("0").rstrip(".")  # "半个月" is 0.5, never shown as 0
        how = f"按每{unit} {rate:,.0f} 元 × {shown} {'个月' if unit == '月' else '天'}估算"
        return rate * n, how, rest[: d.start()] + " " + rest[d.end() :]
    return None


_EACH = re.compile(r"(每人|一人|一个人|每个人|人均)\s*(?:每|一)\s*(?:个\s*)?(?:天|月)")
_PEOPLE = re.compile(r"(?P<n>[0-9]+|[两二三四五六七八九十]+[0-9一二三四五六七八九十]*)\s*(?:个\s*)?(?:人|名)")
_COUNTED = re.compile(
    r"[0-9零一二两三四五六七八九十百]+\s*(?:多|来)?\s*(?:个\s*)?(?:半\s*)?(?:天|月|人|名|位|年|号|工|小时)"
)
_AMOUNT = re.compile(
    r"(?P<num>[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿点]+)"
    # the tail digit only right after its unit ("3万5"); "一万八千六百六 三个人的": 三 is people
    r"(?:\s*(?P<unit>万|w|W|千|k|K|百))?(?P<tail>(?<=[万wW千kK百])[0-9一二三四五六七八九])?"
)
MAX = Decimal(100_000_000)


# part was paid and the rest is still owed: "总共一万二，他就给了三千，还欠我九千" -> the rest
_PAID = re.compile(r"给了|付了|发了|结了|已经给|已给|已付|已发|预支|借支|生活费")
_STILL = re.compile(
    r"(?:还欠|还差|尚欠|还剩|剩下|剩)(?:我们|我|俺们|俺|咱们)?(?:的)?(?:[^，,。；;0-9一二两三四五六七八九十]{0,4}?)"
)


def _still_owed(raw: str) -> str:
    """The words after 还欠/还差/剩下 when the answer also says what was paid; else all of it."""
    m = _STILL.search(raw)
    if m is None or not _PAID.search(raw):
        return raw
    piece = re.split(r"[，,。；;]", raw[m.end() :], maxsplit=1)[0]
    return piece if re.search(r"[0-9一二两三四五六七八九十百千万]", piece) else raw


def parse_amount(text: str | None) -> Parsed | ParseError:
    raw = (text or "")[:200].replace("块钱", "元").replace("块", "元").replace("¥", "").replace("￥", "")
    raw = _still_owed(re.sub(r"一直|一分钱|一下", " ", raw))  # "六千一直没给" is no 6,100
    if re.search(r"-\s*\d", raw) or "负" in raw:
        return ParseError("amount_not_positive", texts.AMOUNT_NOT_POSITIVE)
    raw, rough = _narrow(mixed_to_chinese(raw))
    computed = _rate_times_duration(raw)
    how = ""
    stated = None
    if computed is not None:
        # "一人一天三百，二十五天，八个人，一共六万": the figure the worker states beats our
        # estimate (counts of days, months and people are no amounts)
        stated = _best(_COUNTED.sub(" ", computed[2]))
        stated = stated if stated is not None and stated >= 100 else None
    if computed is not None and stated is None:
        best, how, _ = computed
        rough = True
        people = _PEOPLE.search(raw) if _EACH.search(raw) else None
        n = to_number(people.group("n")) if people is not None else None
        if n is not None and 1 < n <= 10_000:  # "一人一天三百，二十五天，八个人": each of them
            best = best * n
            how = how.replace("按每", "按每人每").replace("估算", f" × {n:,.0f} 人估算")
    else:
        best = stated if stated is not None else _best(raw)
    if best is None:
        return ParseError("amount_missing", texts.AMOUNT_MISSING)
    if best <= 0:
        return ParseError("amount_not_positive", texts.AMOUNT_NOT_POSITIVE)
    if best > MAX:
        return ParseError("amount_too_large", texts.AMOUNT_TOO_LARGE)
    approx = rough or bool(_APPROX.search(raw))
    best = best.quantize(Decimal("0.01"))
    shown = f"{best:,.2f}".rstrip("0").rstrip(".")
    return Parsed(best, ("约 " if approx else "") + f"{shown} 元" + (f"（{how}）" if how else ""), approx)


def _best(raw: str) -> Decimal | None:
    """The largest amount written in the text."""
    best: Decimal | None = None
    for m in _AMOUNT.finditer(raw):
        num, unit, tail = m.group("num"), m.group("unit"), m.group("tail")
        token = (
            num + ({"w": "万", "W": "万", "k": "千", "K": "千"}.get(unit or "", unit or "")) + (tail or "")
        )
        value = to_number(token)
        if value is None and unit:
            base = to_number(num)
            value = (
                base
                * {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000, "百": 100}[unit]
                if base is not None
                else None
            )
        if value is not None and (best is None or value > best):
            best = value
    return best

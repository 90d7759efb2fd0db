"""Overtime pay (《劳动法》第四十四条; 《工资支付暂行规定》第十三条).

Hourly rate = monthly wage / 21.75 days / 8 hours (劳动和社会保障部《关于职工全年月平均工作
时间和工资折算问题的通知》, 劳社部发〔2008〕3号). Weekday hours 150 %, rest-day hours not
made up with time off 200 %, public-holiday hours 300 %.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.calc import texts
from bot.core.calc.extract import Problem
from bot.core.calc.money import DAYS_PER_MONTH, HOURS_PER_DAY, fen, num, pct, yuan
from bot.core.calc.result import Line, Result
from bot.core.parsers.numerals import to_number

RATES = {"weekday": Decimal("1.5"), "rest": Decimal(2), "holiday": Decimal(3)}
ARTICLES = [
    "《劳动法》第四十四条",
    "《工资支付暂行规定》第十三条",
    "劳社部发〔2008〕3号《关于职工全年月平均工作时间和工资折算问题的通知》（21.75天、8小时）",
]
_KIND_WORDS = (
    ("holiday", r"(法定|节假日|节日|国庆|春节|过年|大年|除夕|五一|劳动节|元旦|中秋|端午|清明|十一)"),
    (
        "rest",
        r"(周末|休息日|周六|周日|礼拜六|礼拜天|礼拜日|星期六|星期天|星期日|双休|单休|休息天|休息的时候)",
    ),
    ("weekday", r"(工作日|平时|平常|下班|晚上|每天|延长|延时|加点|夜里)"),
)
_NUM = r"(?P<n>-?[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百半]+)"
_HOURS = re.compile(rf"{_NUM}\s*(?:个)?\s*(?P<half>半)?\s*(?:小时|钟头|个钟|h\b|H\b)")
_DAYS = re.compile(rf"{_NUM}\s*(?:个)?\s*(?:天|日)(?!薪|工资)")
_OFF = re.compile(rf"(?:补休|调休|补了|倒休)(?:了)?\s*{_NUM}\s*(?:天|日)")


def _value(token: str) -> Decimal | None:
    if token == "半":
        return Decimal("0.5")
    return to_number(token)


_ANY_KIND = re.compile("|".join(p for _, p in _KIND_WORDS))


def _clauses(text: str) -> list[str]:
    """Pieces of the text, cut at punctuation, spaces and before each kind word."""
    out: list[str] = []
    for piece in re.split(r"[，,。；;！!？?\n、\s]+", text):
        cuts = [m.start() for m in _ANY_KIND.finditer(piece) if m.start() > 0]
        for a, b in zip([0, *cuts], [*cuts, len(piece)], strict=True):
            out.append(piece[a:b])
    return out


def hours_from(text: str) -> dict[str, Decimal] | Problem:
    """{'weekday': h, 'rest': h, 'holiday': h, 'off': h made up with time off} from the text."""
    found: dict[str, Decimal] = {}
    per_day: Decimal | None = None
    plain_days: Decimal | None = None
    for clause in _clauses(text):
        if not clause.strip():
            continue
        if re.search(r"-\s*\d", clause):
            return Problem("hours_negative", texts.OT_NEGATIVE)
        off = _OFF.search(clause)
        if off:
            v = _value(off.group("n"))
            if v is not None:
                found["off"] = found.get("off", Decimal(0)) + v * HOURS_PER_DAY
            clause = clause[: off.start()] + clause[off.end() :]
        kind = next((k for k, p in _KIND_WORDS if re.search(p, clause)), None)
        h = _HOURS.search(clause)
        d = _DAYS.search(clause)
        hours: Decimal | None = None
        if h:
            v = _value(h.group("n"))
            hours = None if v is None else v + (Decimal("0.5") if h.group("half") else 0)
            if hours is not None and re.search(r"(每天|每晚|一天|天天)", clause):
                if not re.search(r"(加班|加了|加点)", clause) and re.search(r"(工作|上班|干活|干)", clause):
                    if hours <= HOURS_PER_DAY:
                        continue  # a normal working day
                    found["day_length"] = hours  # "一天工作12小时": the hours past 8 are overtime
                    hours -= HOURS_PER_DAY
                per_day, kind = hours, kind or "weekday"
                d = _DAYS.search(re.sub(r"(每天|每晚|一天|天天)", "", clause))  # "一天" is the rate
                if d:
                    days = _value(d.group("n"))
                    if days is not None:
                        found["weekday"] = found.get("weekday", Decimal(0)) + hours * days
                        per_day = None
                continue
        elif d and kind in ("rest", "holiday") and re.search(r"(加|上班|干活|值班)", clause):
            v = _value(d.group("n"))
            hours = None if v is None else v * HOURS_PER_DAY
        elif d:
            plain_days = _value(d.group("n"))
            continue
        if hours is None:
            continue
        if kind is None:
            kind, found["assumed"] = "weekday", Decimal(1)
        found[kind] = found.get(kind, Decimal(0)) + hours
    if per_day is not None:
        if plain_days is None:
            return Problem("hours_per_day", texts.OT_PER_DAY.format(h=num(per_day)))
        found["weekday"] = found.get("weekday", Decimal(0)) + per_day * plain_days
    if any(v > 2000 for v in found.values()):
        return Problem("hours_too_many", texts.OT_TOO_MANY)
    return found


def compute(*, wage: Decimal, hours: dict[str, Decimal]) -> Result:
    day = wage / DAYS_PER_MONTH
    hour = day / HOURS_PER_DAY
    notes = [texts.OT_RATE.format(wage=yuan(wage), day=yuan(day), hour=yuan(hour))]
    if hours.get("assumed"):
        notes.append(texts.OT_ASSUMED)
    if hours.get("day_length"):
        notes.append(
            texts.OT_DAY_LENGTH.format(h=num(hours["day_length"]), over=num(hours["day_length"] - 8))
        )
    lines = []
    off = hours.get("off", Decimal(0))
    for kind in ("weekday", "rest", "holiday"):
        h = hours.get(kind, Decimal(0))
        if h <= 0:
            continue
        if kind == "rest" and off > 0:
            paid = max(h - off, Decimal(0))
            notes.append(texts.OT_OFF.format(off=num(min(off, h)), paid=num(paid)))
            h = paid
            if h == 0:
                continue
        amount = h * hour * RATES[kind]
        lines.append(
            Line(
                texts.OT_LABEL[kind],
                amount,
                f"{num(h)} 小时 × {yuan(wage)} 元 ÷ 21.75 ÷ 8 × {pct(RATES[kind])} = {yuan(fen(amount))} 元",
            )
        )
    total = sum((line.amount for line in lines), Decimal(0))
    caveats = [texts.OT_CAVEAT_BASE, texts.OT_CAVEAT_SCHEDULE]
    if hours.get("rest") and not off:
        caveats.insert(0, texts.OT_CAVEAT_OFF)
    if hours.get("holiday"):
        caveats.append(texts.OT_CAVEAT_HOLIDAY)
    return Result("overtime", total, lines, list(ARTICLES), caveats, notes, headline=texts.OT_HEAD)

"""The whole amount owed: piece work counted (bot/core/extract/shares.py), one more sum owed
told after the pay added ("还有提成四千二也冇给我"), and each one's pay per month told one after
another ("我一个月七千，她一个月六千二") added into the month's pay. The figures themselves are
read by bot/core/extract/amounts.py."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.amounts import _RATE_BEFORE, Amounts, _money_tokens, _read_amounts
from bot.core.extract.day_rates import (
    one_rate_days_each,
    rates_by_kind,
    rates_each_with_days,
    rates_per_person,
)
from bot.core.extract.figures import Figure
from bot.core.extract.owners import left_out as _expense
from bot.core.extract.paid import clause_before
from bot.core.extract.pieces import find_pieces
from bot.core.extract.shares import find_shares
from bot.core.extract.withheld import (
    each_deposit,
    each_month,
    held_in_total,
    is_deposit,
    returned,
    total_with_deposit,
)
from bot.core.extract.withheld import label as withheld_label

# one more sum owed told after the pay: "还有提成四千二也冇给我", "另外…垫付的钱1200也没给报销"
_EXTRA_LEAD = re.compile(r"^(?:另外|还有|外加|加上|再加上|再有)")
# (or held back: "还有八百块的车费也扣着不给", "还有一千块的风险金押着不给")
_EXTRA_AFTER = re.compile(
    r"^[^，,。；;！!？?]{0,8}?(?:也(?:[扣押压](?:着|住))?(?:没|冇|未|不|还没)|[扣押压](?:着|住)(?:不|没))"
)
# a sum named as one besides the pay ("还有加班费八百没算"): owed with no 也
_FEE = re.compile(r"加班费|提成|奖金|补贴|报销|餐补|饭补|话补|路费|车费|全勤")
# a part of a total told before it, not a sum besides: "其中提成三千也没发"
_WITHIN = re.compile(r"其中|包括|包含|含|里面|里头")
_UNPAID_AFTER = re.compile(r"^\s*(?:元|块钱|块)?\s*(?:都|还)?(?:没|冇|未|不)(?:算|给|发|结|报)")


def find_amounts(text: str, headcount: int | None, head_rough: bool = False) -> Amounts:
    """The amounts read without a deposit held back ("入职扣了我一千块押金"), then the deposit
    added: to a total read or to the pay x the months (worked out with the period), unless the
    total the teller states already holds it (bot/core/extract/withheld.py)."""
    deposits = [(m, v) for m, v in _money_tokens(text) if is_deposit(text, m.start(), m.end())]
    monthly = [(m, v) for m, v in deposits if each_month(text, m.start())]
    if len(monthly) == len(deposits):  # only held each month ("每个月压一千"): the months are asked
        deposits = []
    if not deposits:
        return _owed_sums(text, headcount, head_rough)
    chars = list(text)
    for m, _ in deposits:  # a deposit given back is no money owed either
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    res = _owed_sums("".join(chars), headcount, head_rough)
    # "每个月压一千 … 压了四千": the sum held in all is told, each month's is how it was made
    held = [(m, v) for m, v in deposits if not returned(text, m.start(), m.end()) and (m, v) not in monthly]
    if headcount and headcount > 1:  # "押金每人五百也没退": each one's deposit
        held = [(m, v * headcount if each_deposit(text, m.start()) else v) for m, v in held]
    if not held:
        return res
    more = sum((v for _, v in held), Decimal(0))
    spans = [(m.start(), m.end()) for m, _ in held]
    if len(res.conflict) >= 2 and res.conflict[-1] == sum(res.conflict[:-1], Decimal(0)) + sum(
        (v for _, v in held), Decimal(0)
    ):
        # "押金两千，加上十月份工资五千八，一共七千八": the total the teller states holds the deposit
        res.conflict, res.total = [], Figure(res.conflict[-1], f"{res.conflict[-1]:,.0f} 元", 0, 0)
        blanked = "".join(chars)
        parts = find_shares(
            blanked, [(m.start(), m.end(), v) for m, v in _money_tokens(blanked) if v != res.total.value]
        )
        res.months = [p.who for p in parts[0] if p.people == 0] if parts is not None else []
        res.used += [(m.start(), m.end()) for m, _ in deposits]
        return res
    if res.conflict:
        return res
    said = [(m, v) for m, v in _money_tokens(text) if total_with_deposit(text, m.start())]
    if said:  # "…给了五千 还押着一千押金 … 连押金一共该给我六千八": the teller's own total
        m, v = said[-1]
        how = withheld_label(text, [(d.start(), d.end(), dv) for d, dv in held])
        res.total, res.computed, res.rate, res.paid = (
            Figure(v, f"{v:,.0f} 元（含{how}）", m.start(), m.end()),
            None,
            None,
            None,
        )
        res.used += spans + [(m.start(), m.end())]
        return res
    if res.total is None and res.rate is not None:
        res.extra = (res.extra or Decimal(0)) + more
        res.extra_label = withheld_label(text, [(m.start(), m.end(), v) for m, v in held])
        res.used += spans
        return res
    if res.total is None:
        return _owed_sums(text, headcount, head_rough)  # the deposit alone is the money owed
    t = res.total
    if not t.approximate and held_in_total(text, held[-1][0].start(), held[-1][0].end(), t.start):
        res.used += spans
        return res  # "押金五百，一共欠我一万五千五": the worker's own total
    value = Decimal(str(t.value)) + more
    if re.search(r"（.*）$", t.echo):
        shown = re.sub(r"^(约 )?[0-9,.]+ 元", lambda x: f"{x.group(1) or ''}{value:,.0f} 元", t.echo)
        shown = re.sub(
            r"(估算)?）$",
            lambda x: (
                f" + {withheld_label(text, [(m.start(), m.end(), v) for m, v in held])}{x.group(1) or ''}）"
            ),
            shown,
        )
    else:
        shown = f"{'约 ' if t.approximate else ''}{value:,.0f} 元（工资 {Decimal(str(t.value)):,.0f} 元 + {withheld_label(text, [(m.start(), m.end(), v) for m, v in held])}）"
    res.total = Figure(value, shown, t.start, t.end, t.approximate)
    res.used += spans
    if res.computed is not None:
        res.computed += more
    return res


def _fills_rough(text: str, value: Decimal) -> bool:
    """A figure told as a lower bound ("欠我八千多", "两万多") that `value` fills in: 8,000 <=
    8,440 < 9,000."""
    for m, low in _money_tokens(text):
        rough = re.search(r"([万千])多", m.group(0))
        if rough is not None and low <= value < low + (10000 if rough.group(1) == "万" else 1000):
            return True
    return False


def _owed_sums(text: str, headcount: int | None, head_rough: bool = False) -> Amounts:
    """See _find_amounts; a sum told as one more owed besides the pay ("还有提成四千二也冇给我")
    is added to the total read without it."""
    pieces = find_pieces(text)
    if pieces is not None:
        chars = list(text)
        for a, b in pieces.spans:
            chars[a:b] = " " * (b - a)
        # "…送了五千件 … 还有八百块车费也没给": a sum besides the pieces is added to them, no
        # total stated that beats them
        besides = _extras("".join(chars))
        for m, _ in besides:
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
        res = _owed_sums("".join(chars), headcount, head_rough)
        paid = res.owed_then_paid[1] if res.owed_then_paid is not None else res.paid
        stated = res.total is not None or bool(res.conflict)
        if stated and (
            (res.conflict and res.owed_then_paid is None)  # two totals told: which one is asked
            or not _fills_rough("".join(chars), pieces.total - (paid or 0))
        ):
            res.months = res.months or pieces.months  # the months worked still make the period
            return res  # an amount the worker stated beats the pieces counted here
        if res.rate is not None:
            return res
        if res.conflict or res.total is not None:
            # "算下来欠我八千多 … 给过两千": the pieces less the part paid fill in the rough figure
            res.conflict, res.total, res.owed_then_paid, res.paid = [], None, None, paid
        value, echo = pieces.total, pieces.echo
        if res.paid is not None and res.paid < value:
            value -= res.paid
            echo = f"{value:,.0f} 元" + echo[echo.index("（") :].replace(
                "）", f" − 已付 {res.paid:,.0f} 元）"
            )
            res.paid = None
        if besides:
            more = sum((v for _, v in besides), Decimal(0))
            value += more
            echo = f"{value:,.0f} 元" + echo[echo.index("（") :].replace(
                "）", f" + {_label(text, besides)}）"
            )
            res.used += [(m.start(), m.end()) for m, _ in besides]
        a, b = pieces.spans[0]
        res.total = Figure(value, "约 " + echo.replace("）", "估算）"), a, b, True)
        res.computed = value
        res.months = pieces.months
        res.used += pieces.spans
        return res
    extras = _extras(text)
    if not extras:
        return _find_amounts(text, headcount, head_rough)
    blanked = list(text)
    for m, _ in extras:
        blanked[m.start() : m.end()] = " " * (m.end() - m.start())
    res = _find_amounts("".join(blanked), headcount, head_rough)
    more = sum((v for _, v in extras), Decimal(0))
    if res.total is None and res.rate is not None and not res.conflict:
        res.extra = more  # pay x the months owed, worked out with the period, plus this
        res.extra_label = _label(text, extras)
        res.used += [(m.start(), m.end()) for m, _ in extras]
        return res
    if res.total is None or res.conflict:
        return _find_amounts(text, headcount, head_rough)
    t = res.total
    value = Decimal(str(t.value)) + more
    shown = re.sub(r"^(约 )?[0-9,.]+ 元", lambda x: f"{x.group(1) or ''}{value:,.0f} 元", t.echo)
    shown += f"（含另外 {more:,.0f} 元）"
    res.total = Figure(value, shown, t.start, t.end, t.approximate)
    res.used += [(m.start(), m.end()) for m, _ in extras]
    if res.computed is not None:
        res.computed += more
    return res


def _label(text: str, extras: list[tuple[re.Match[str], Decimal]]) -> str:
    """The sums besides the pay, in the teller's words when each is named ("提成 4,200 元")."""
    fees = [_FEE.search(clause_before(text, m.start(), 24)) for m, _ in extras]
    if all(fees):
        return " + ".join(f"{f.group(0)} {v:,.0f} 元" for f, (_, v) in zip(fees, extras, strict=True) if f)
    return "" if not extras else f"另外 {sum((v for _, v in extras), Decimal(0)):,.0f} 元"


def _extras(text: str) -> list[tuple[re.Match[str], Decimal]]:
    """The sums told as owed besides the pay ("还有提成四千二也冇给我")."""
    extras: list[tuple[re.Match[str], Decimal]] = []
    for m, value in _money_tokens(text):
        lead = clause_before(text, m.start(), 24)
        after = text[m.end() :]
        fee = _FEE.search(lead)
        told = (
            _EXTRA_AFTER.match(after)
            or (fee and _UNPAID_AFTER.match(after))
            # "提成也没给 提成算下来一共四千二": the fee said unpaid before its figure
            or (
                fee
                and re.search(
                    rf"{fee.group(0)}[^，,。；;0-9]{{0,3}}?(?:也|都|还)?(?:没|冇|未)(?:给|发|结|算)",
                    text[: m.start()],
                )
            )
        )
        # "还有…也没给", or a sum named as one besides the pay ("提成算下来4200元也没发")
        # (the clause may be told with spaces for pauses: "钱没发 还有八百块车费也没给")
        named = (
            _EXTRA_LEAD.match(lead.strip())
            or _EXTRA_LEAD.match((lead.split() or [""])[-1])
            or (_FEE.search(lead) and not _WITHIN.search(lead))
        )
        if named and told and not _expense(text, m):
            extras.append((m, value))
    return extras


def _find_amounts(text: str, headcount: int | None, head_rough: bool = False) -> Amounts:
    """See _read_amounts; then each one's pay per month told one after another ("我一个月七千，
    她一个月六千二"), as many as the people owed: their pays added make the month's pay."""
    res = _read_amounts(text, headcount, head_rough)
    several = len(_day_rates(text)) > 1
    # one pay per day told for each of a crew, each with his own days: "我一天二百八 干了二十天
    # 我弟一天二百八 干了十六天" (the same pay twice is no choice to ask, but two people's days)
    crew = (
        rates_per_person(text, headcount) or one_rate_days_each(text, headcount)
        if res.computed is not None and (res.total is not None or res.whose is not None) and not several
        else None
    )  # "一天一百五 我干了六十八天 我嫂子七十天 …": each one's days, no teller's-or-all choice
    if (
        res.computed is not None
        and (res.total is not None or crew is not None)
        and (several or crew is not None)
    ):
        res.total = res.computed = res.whose = None  # "我一天三百，我徒弟一天两百": asked
        both = rates_each_with_days(text, headcount) or rates_by_kind(text, headcount)
        crew = (crew or rates_per_person(text, headcount)) if both is None else None
        if crew is not None:  # "我一天三百五 干了二十二天 老李也是三百五 干了二十天 …": each one's
            both, res.conflict = crew[:2], []
            if headcount is None and res.used:
                res.heads = crew[2]  # the people told with their pays are the head count
        if both is not None:  # "…一天三百五 干了四十天 他们仨…一天三百 一人干了三十八天": added
            value, how = both
            heads = crew[2] if crew is not None else headcount
            if res.paid is not None and res.paid_each and heads and res.paid * heads < value:
                # "…张师傅四十五天 每个人就给了两千": each one's part paid, for every one told
                value, how = value - res.paid * heads, f"{how} − 每人已付 {res.paid:,.0f} 元"
                res.paid = None
            if res.paid is not None and res.paid < value:
                value, how = value - res.paid, f"{how} − 已付 {res.paid:,.0f} 元"
                res.paid = None
            res.total = Figure(value, f"约 {value:,.0f} 元（按{how}估算）", 0, 0, True)
            res.computed = value
        return res
    half = _HALF_LEFT.search(text)
    if half is not None and res.total is not None and res.computed is None and not res.conflict:
        t = res.total  # "发了一半，还欠一半，本来该拿两万四": half of the pay is owed
        value = Decimal(str(t.value)) / 2
        res.total = Figure(value, f"{value:,.0f} 元（{Decimal(str(t.value)):,.0f} 元的一半）", t.start, t.end)
        return res
    if res.rate is None or res.rate[1] != "月" or res.total is not None or res.conflict:
        return res
    rates = [
        (m, v, own.group("who"))
        for m, v in _money_tokens(text)
        if _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        and (own := _RATE_OWNER.search(clause_before(text, m.start(), 12))) is not None
    ]
    if len(rates) < 2 or len({w for _, _, w in rates}) != len(rates):
        return res
    if headcount is None:  # "…一个月给五千 … 我老婆也在那干，她一个月四千": two people owed
        if sum(1 for _, _, w in rates if not _PERSON.fullmatch(w)) > 1:
            return res
        res.heads = len(rates)
    elif len(rates) != headcount:
        return res
    res.rate = (sum((v for _, v, _ in rates), Decimal(0)), "月")
    res.rate_parts = [v for _, v, _ in rates]
    res.rate_per_person = res.rate_whose_unknown = False
    res.used += [(m.start(), m.end()) for m, _, _ in rates if (m.start(), m.end()) not in res.used]
    return res


# half the pay still owed: "发了一半，还欠一半"
_HALF_LEFT = re.compile(r"(?:还|仲)(?:欠|差|剩)(?:我们|我|俺)?(?:的)?一半")


def _day_rates(text: str) -> set[Decimal]:
    """The different pays per day told ("我一天三百，我徒弟一天两百")."""
    return {
        v
        for m, v in _money_tokens(text)
        if re.search(
            r"(?:一天|每天|一日|每日|日薪|日工资)[^，,。；;0-9]{0,6}$",
            text[max(0, m.start() - 10) : m.start()],
        )
    }


# a person named as the owner of a pay: "她", "我老婆"
_PERSON = re.compile(
    r"[我俺]|[他她]|[我俺]?(?:老婆|老公|媳妇|爱人|男人|儿子|女儿|弟弟?|哥哥?|姐姐?|妹妹?|爸|妈)"
)


# whose pay per month: "我一个月七千", "她一个月六千二", "我老婆每个月五千"
_RATE_OWNER = re.compile(
    r"(?P<who>(?<![们])我(?!们)|俺(?!们)|他(?!们)|她(?!们)|[\u4e00-\u9fff]{2,3}?)(?:自己|的)?(?:工资)?\s*"
    r"(?:每个?月|一个月|月薪|月工资)(?:工资|的工资)?(?:是|有|给)?\s*$"
)

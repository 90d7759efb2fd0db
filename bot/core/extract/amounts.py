"""Amounts in a story: a stated total, pay x time (per month or day, for each worker when said
so), per person x head count, each person's share added up; two different stated totals are a
conflict to ask about. Each figure is read by bot/core/parsers' single-answer parser."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.amount_ledger import ledger_amounts
from bot.core.extract.amount_rates import read_rate
from bot.core.extract.amounts_found import Amounts
from bot.core.extract.figures import Figure
from bot.core.extract.money_tokens import _RATE_AFTER, _RATE_BEFORE
from bot.core.extract.money_tokens import money_tokens as _money_tokens
from bot.core.extract.owners import left_out, owned_shares
from bot.core.extract.paid import (
    PROMISED,
    PROMISED_PAY,
    REMAINING,
    REMAINING_AFTER,
    ROUGH_SAID,
    SUM_WORD,
    TAKEN_OFF,
    UNIT_PRICE,
    clause_before,
    monthly_came_to,
    paid_before,
    paid_each_month,
    paid_times,
    paid_total,
    repeated,
)
from bot.core.extract.whose import each_and_total

_PER_PERSON = re.compile(
    r"(每人|每个人|一个人|一人|人均|每个)(?:平均)?(?:都|各)?(?:还)?(?:被)?(?:欠|有|是|差)?(?:了)?(?:大概|大约|差不多|约|估计)?\s*$"
)
_GROUP = re.compile(r"(大家|全组|所有人|我们|他们|工友们|全部人)[^，,。\s]{0,8}$")


def _read_amounts(text: str, headcount: int | None, head_rough: bool = False) -> Amounts:
    """Totals, pay x time, per-person x head count; different totals are a conflict. A rough
    head count ("十几个人") gives no total from each one's figure: the total is asked."""
    res = Amounts()
    own: list[tuple[Decimal, re.Match[str]]] = []
    group: list[tuple[Decimal, re.Match[str]]] = []
    rate_done = False
    remaining: list[tuple[Decimal, re.Match[str]]] = []
    paid: list[tuple[Decimal, re.Match[str]]] = []
    each_at: re.Match[str] | None = None
    tokens = [(m, v) for m, v in _money_tokens(text) if not left_out(text, m)]
    # a part paid beside each month's pay ("九月份工资四千八只发了两千，十月份的四千八一分没发")
    # is taken off the months added up, not read as one more month
    paid_parts = [(m, v) for m, v in tokens if paid_before(text, m)]
    ledger = ledger_amounts(text, tokens, paid_parts)
    if ledger is not None:  # "我自己还差一万八，我弟一万六，另外七个兄弟每人一万二": added up
        return ledger
    for m, value in tokens:
        before = text[max(0, m.start() - 12) : m.start()]
        if _RATE_BEFORE.search(before) or _RATE_AFTER.match(text[m.end() :]):
            if rate_done:
                continue
            read_rate(text, m, value, headcount, head_rough, res)
            rate_done = True
            continue
        res.used.append((m.start(), m.end()))
        near = clause_before(text, m.start(), 10)
        if (
            REMAINING.search(near)
            or re.search(r"[还仲](?:欠|差|剩)", near)
            or REMAINING_AFTER.match(text[m.end() :])
        ) and not _PER_PERSON.search(before):  # "每个人还差两万出头": each one's part
            remaining.append((value, m))
            continue
        if PROMISED.search(clause_before(text, m.start())):
            continue  # "公司说只能先给每人两千": a payment promised is neither paid nor owed
        if TAKEN_OFF.search(clause_before(text, m.start(), 6)):  # "一共一万一 减掉四千": paid, counted once
            paid += [] if any(v == value for v, _ in paid) else [(value, m)]
            continue
        if paid_before(text, m):
            paid.append((value, m))
            res.paid_each = bool(
                # said in the payment's own words, after any pause ("一人干了三十天 老板给了五千": no)
                re.search(r"每人|每个人|一人|一个人|各", re.split(r"\s", clause_before(text, m.start()))[-1])
            ) or (
                bool(paid) and paid[0][0] == value and "也" in clause_before(text, m.start())
            )  # "只给了我两千 … 她也…也只给了两千": each one's part paid
            # "每个月只发一千": paid that much each month owed
            res.paid_monthly = paid_each_month(text, m)
            continue
        if UNIT_PRICE.search(before):
            continue
        if _PER_PERSON.search(before):
            res.per_person = value
            each_at = m
            continue
        many = headcount is not None and headcount > 1 and SUM_WORD.search(clause_before(text, m.start(), 10))
        (group if many or _GROUP.search(before) else own).append((value, m))
    approx_words = re.compile(
        r"(左右|大概|大约|约|差不多|将近|多|(?<![起下出后回])来|上下|估计|出头|几)"
    )  # not 加起来

    def fig(value: Decimal, m: re.Match[str], how: str = "") -> Figure:
        approx = bool(approx_words.search(text[max(0, m.start() - 4) : m.end() + 3])) or bool(
            ROUGH_SAID.search(text, max(0, m.start() - 5), m.end() + 2)
        )
        shown = f"{value:,.2f}".rstrip("0").rstrip(".")
        return Figure(value, ("约 " if approx else "") + f"{shown} 元" + how, m.start(), m.end(), approx)

    left = sorted({v for v, _ in remaining})
    if len(left) == 1:  # "给过两万 还差两万五": what is still owed, the rest stays in the description
        value, m = next((v, m) for v, m in remaining if v == left[0])
        summed = [
            (v, g)
            for v, g in group + own
            if g.start() > m.start() and v > value and SUM_WORD.search(clause_before(text, g.start(), 10))
        ]
        if summed:  # "我还差八千六；我表弟差九千二，俩人一共一万七千八": the total said last wins
            value, m = summed[-1]
        res.total = fig(value, m)
        if (
            res.per_person is not None
            and each_at is not None
            and headcount
            and headcount > 1
            and not head_rough
        ):
            res.conflict = each_and_total(
                res.per_person, fig(res.per_person, each_at).approximate, headcount, value
            )
            if res.conflict:
                res.total = None
        return res
    if len(left) > 1:
        res.conflict = left
        return res
    if paid:
        res.paid = paid_total([v for v, _ in paid], repeated(text, paid))
        if (came_to := monthly_came_to(text, paid)) is not None:  # "每个月只给一千 三个月给了三千"
            res.paid, res.paid_monthly = came_to, False
        res.paid = paid_times(text, paid) or res.paid  # "给了两回 一回一千五"
    chosen = group or own
    if not chosen:  # only pay x time: the estimate stands (or the per-person figure below)
        if res.total is not None and res.whose is not None and res.paid is None:
            res.conflict = [res.whose[0], res.whose[1]]  # the teller's alone, or each one's
            res.total = None
            return res
        if res.total is not None and res.whose is not None and res.computed is not None:
            # the same with a part paid: "只给了我两千 … 她也…也只给了两千" is each one's part paid
            assert res.paid is not None
            one, n = res.computed - res.paid, res.whose[2]
            each_paid = len(paid) > 1 and len({v for v, _ in paid}) == 1
            every = one * n if each_paid else res.whose[1] - res.paid
            if one > 0 and every > one:
                paid_how = f" − {'每人' if each_paid else ''}已付 {res.paid:,.0f} 元"
                res.whose = (one, every, n, res.whose[3] + paid_how)
                res.conflict, res.total = [one, every], None
                return res
        if res.total is not None:
            listed = re.search(r"× \(([0-9 +]+)\) 天", res.total.echo)  # each one's days listed
            if (
                res.paid is not None
                and res.paid_each
                and headcount
                and (" 人估算" in res.total.echo or (listed and listed.group(1).count("+") + 1 == headcount))
            ):
                res.paid *= headcount  # "每人每月七千 … 只给每人发过三千": each one's part paid
                res.paid_each = False  # now what all of them were paid: never multiplied again
            if res.paid is not None and res.computed is not None and res.computed > res.paid:
                value = res.computed - res.paid
                echo = res.total.echo.replace("估算）", f" − 已付 {res.paid:,.0f} 元估算）")
                echo = re.sub(r"^约 [0-9,.]+ 元", f"约 {value:,.0f} 元", echo)
                res.total = Figure(value, echo, res.total.start, res.total.end, True)
                res.computed = value
            return res
    else:
        res.total = None  # an amount the worker stated beats our pay x time estimate
    every = sorted({v for v, _ in group + own})
    if len(every) > 2 and every[-1] == sum(every[:-1]):
        chosen = group + own
    distinct = sorted({v for v, _ in chosen})
    if len(distinct) > 2 and distinct[-1] == sum(distinct[:-1]):
        # "我的是一万零五百，另外三个姐妹加起来两万四千三，总共三万四千八": the one that is
        # the sum of the others is their total
        value = distinct[-1]
        m = next(m for v, m in chosen if v == value)
        if not paid:
            res.total = fig(value, m)
            return res
        chosen, distinct = [(value, m)], [value]  # "一共两万六，十一月初给了八千": the part paid below
    shares = owned_shares(text, chosen) if len(distinct) > 1 else None
    if shares is not None:  # "我的一万六，我弟的一万四": each person's share, added up
        total = sum((v for v, _ in chosen), Decimal(0))
        how = "（" + " + ".join(f"{who}的 {v:,.0f} 元" for who, v in shares) + "）"
        m = chosen[0][1]
        res.total = Figure(total, f"{total:,.0f} 元{how}", m.start(), chosen[-1][1].end())
        return res
    if len(distinct) > 1:
        res.conflict = distinct
        res.total = None
        return res
    if chosen:
        value, m = chosen[0]
        if (
            len(distinct) == 1
            and res.paid_monthly
            and res.paid is not None
            and value > res.paid
            and PROMISED_PAY.search(clause_before(text, m.start(), 10))
        ):  # "每个月只发了一千块生活费，说好工资五千二": the pay per month, x the months owed
            res.rate, res.total = (value, "月"), None
            return res
        if res.paid is not None and res.paid_monthly and m.start() > paid[-1][1].start():
            # "每个月给了一千五生活费，老板认的账是四万九千五": a part paid every month is no
            # single payment to take off the figure told after it; that figure is what is owed
            res.total, res.paid = fig(value, m), None
            return res
        heads = headcount or 1  # "五个人加起来一共十万 … 每人只发了一千": each one's part, for all
        if res.paid and res.paid_each and SUM_WORD.search(clause_before(text, m.start(), 12)):
            res.paid *= heads if value > res.paid * heads else 1
        if res.paid is not None and value > res.paid:  # "两单两万五千六 … 只给了我五千": the rest
            left_over = value - res.paid
            if re.search(r"欠|拖|没给|没发|没结", clause_before(text, m.start())):
                rest = text[paid[0][1].end() : paid[0][1].end() + 12]
                if m.start() < paid[0][1].start() and re.search(r"剩下|剩余|其余|余下|剩的|余款|尾款", rest):
                    # "欠我两万六 后来转了八千 剩下的一直拖": the rest is what is still owed
                    res.total = fig(left_over, m, f"（共 {value:,.0f} 元，已付 {res.paid:,.0f} 元）")
                    res.paid = None
                    return res
                if m.start() < paid[0][1].start():  # "欠我两万 给了五千": owed before or after?
                    res.conflict = [left_over, value]
                    res.owed_then_paid = (value, res.paid)
                    res.paid = None
                    return res
                res.total = fig(value, m)  # "给了五千 欠我一万五": owed after the payment
                res.paid = None
                return res
            res.total = fig(left_over, m, f"（共 {value:,.0f} 元，已付 {res.paid:,.0f} 元）")
            res.paid = None
            return res
        res.total = fig(value, m)
        if (
            res.per_person is not None
            and each_at is not None
            and headcount
            and headcount > 1
            and not head_rough
        ):
            each_total = res.per_person * headcount  # "我们6个人 每人八千五 一共五万": which is it?
            if (
                each_total != value
                and not res.total.approximate
                and not fig(res.per_person, each_at).approximate
            ):
                res.conflict = sorted({value, each_total})
                res.total = None
        return res
    if res.per_person is not None:
        n = headcount or 1
        value = res.per_person * n
        rough = head_rough and n > 1  # "十几个人 每人八千五": a rough total, its figure is asked
        how = f"（每人 {res.per_person:,.0f} 元 × {'约 ' if rough else ''}{n} 人）" if n > 1 else ""
        m = next(m for m, v in _money_tokens(text) if v == res.per_person)
        res.total = fig(value, m, how)
        if rough:
            res.total = Figure(
                value, f"约 {value:,.0f} 元{how}", m.start(), m.end(), True, note="rough heads"
            )
    return res

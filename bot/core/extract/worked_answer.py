"""An answer to "how much is owed" that shows the worker's own sums: the pieces or months, what
they come to, the part paid, a deposit added, then what is owed ("两千件 一件三块 六千 给了一千
还差五千"). The figure the worker lands on is the amount, never the first figure said (a count of
pieces, the pay before the part paid). Used by bot/core/intake/fields.py's amount answer."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from bot.core.extract.money_tokens import _RATE_BEFORE, money_tokens

# a count of work, not money: "两万八千单", "二百六十车", "一万六千个"
_COUNT_AFTER = re.compile(
    r"^\s*(?:多)?(?:单|件|个|趟|车|吨|条|间|双|套|平方|平米|公斤|斤|箱|袋|盒|张|根|只|株|班|个工|工|水|块砖)"
)
# the figure still owed, named so: "还差五千", "仲欠", "賰八千八" (Minnan 剩), "欠阮一万二千四"
_OWED_CUE = re.compile(
    r"(?:还差|还欠|还剩|仲差|仲欠|仲剩|剩下(?:的)?|剩|賰|䞐|赊|尚欠|差|欠)(?:我们|我|阮|俺|额|𠊎|佢|他|她)?"
    r"(?:的)?(?:是|有|一共|总共)?\s*$|still owed\s*$|owed\s*$"
)
# the worker's own total: "一共七千六", "拢总一万二千七百八", "總共一萬四"
_SUM_CUE = re.compile(r"(?:一共|总共|总计|合计|共计|拢总|攏總|加起来|算下来)(?:是|该拿|应该拿|该给|欠)?\s*$")
# words between two figures that leave the second one the result: nothing, 是, 等于, =, after
# the name of the figure before ("再加一千押金 一万七千八")
_BARE = re.compile(
    r"^(?:押金|保证金|保證金|风险金|风险抵押金|抵押金|生活费|路费|提成|块钱|块|元)?[\s，,。；;:：=]*(?:块钱|块|元|蚊)?[\s，,。；;:：=]*(?:那就是|就是|是|等于|得|so|所以)?\s*$"
)
# the price of one piece or hour worked out: "一趟三百五", "一小时十八", "乘三毛五"
_PRICED = r"乘|×|[一每](?:单|件|个|趟|车|吨|条|间|双|套|平方|平米|公斤|斤|水|个?小时|个?钟头?|班|个工)"
# words that make an answer a worked sum at all
_WORKING = re.compile(
    r"减|扣|加|乘|×|[xX*]|给了|给过|付了|发了|打了|转了|预支|借|还(?![差欠剩])|把了|俾咗|畀咗|发仔|打咯|paid|"
    r"一共|总共|拢总|攏總|合计|还差|还欠|仲差|仲欠|賰|䞐|" + _PRICED
)


# a bare number in an answer about money ("2592 4092减1500"): money unless a count or a date
_BARE_NUMBER = re.compile(r"(?<![0-9.])[1-9][0-9]{1,6}(?:\.[0-9]+)?(?![0-9.])")
_NOT_MONEY = re.compile(r"^\s*(?:个|人|月|天|日|号|年|小时|钟|岁|%|点|多个)")


def _figures(text: str) -> list[tuple[int, int, Decimal]]:
    """The money figures of the answer, counts of work left out."""
    found = [
        (m.start(), m.end(), v) for m, v in money_tokens(text) if not _COUNT_AFTER.match(text[m.end() :])
    ]
    for m in _BARE_NUMBER.finditer(text):
        after = text[m.end() :]
        if any(s < m.end() and m.start() < e for s, e, _ in found) or _COUNT_AFTER.match(after):
            continue
        if _NOT_MONEY.match(after) or re.search(_PRICED + r"\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue
        found.append((m.start(), m.end(), Decimal(m.group(0)).quantize(Decimal("0.01"))))
    return sorted(found)


def _adds_up(total: Decimal, others: list[Decimal]) -> bool:
    """`total` is the others each added or taken off (the first one added): "一共两万四 三个月两万七
    预支五千 加风险金两千"."""
    if not others or len(others) > 6:
        return False
    first, rest = others[0], others[1:]
    for signs in itertools.product((1, -1), repeat=len(rest)):
        if first + sum((s * v for s, v in zip(signs, rest, strict=True)), Decimal(0)) == total:
            return True
    return False


def worked_total(text: str) -> Decimal | None:
    """The amount owed a worked answer lands on, None when the answer is no worked sum (one
    figure, or a total then a part paid with no result: read as before)."""
    figs = _figures(text)
    if not figs or not _WORKING.search(text):
        return None
    if len(figs) == 1:  # "五百二十个小时一小时十八 九千三百六": the counts and the price are no money
        start, end, value = figs[0]
        rate = _RATE_BEFORE.search(text[max(0, start - 8) : start])
        priced = re.search(_PRICED, text[:start])
        price = re.search(rf"(?:{_PRICED})\S{{0,3}}$", text[max(0, start - 6) : start])  # "一趟两百"
        return value if priced and not rate and not price and value >= 100 else None
    last_start, _, last = figs[-1]
    lead = text[figs[-2][1] : last_start]
    if _OWED_CUE.search(lead) or _SUM_CUE.search(lead) or _BARE.match(lead):
        return last  # "…给了三千 还差九千", "…再加押金八百 一万一千七百六"
    if len(figs) >= 3 and _adds_up(figs[0][2], [f[2] for f in figs[1:]]):
        return figs[0][2]  # the result said first, then how: "九千九百六 一共一万二千九百六 给了三千"
    summed = [
        (i, v) for i, (s, _, v) in enumerate(figs) if _SUM_CUE.search(text[figs[i - 1][1] if i else 0 : s])
    ]
    if len(summed) == 1:  # the total said first, then how it was made
        i, v = summed[0]
        if _adds_up(v, [f[2] for j, f in enumerate(figs) if j != i]):
            return v
    return None

"""Money the employer holds back besides the pay: a deposit taken at hiring (押金, 保证金,
风险金, 质保金: "入职扣了我一千块押金", "交了八百押金也不退"). The amount filed is everything the
employer owes this worker for the case, so such money is added to the unpaid wages (see
bench/story_qa/README.md, "amount_owed"); a total the worker states that already holds it
("押金五百，一共欠我一万五千五", "一万四，包括押金") is left as stated. Used by
bot/core/extract/sums.py."""

from __future__ import annotations

import re
from decimal import Decimal

_HELD = re.compile(
    r"押金|保证金|保正金|风险金|风险抵押金|质保金|抵押金|押着的钱|压金|(?:扣|押|压)(?:了|咗|咯|嘞)(?:我|俺|𠊎|阮|额)?(?=\s*[0-9一二两三四五六七八九十])(?![^，,。；;]{0,3}个)"
    # pay held back each month ("每个月压一千"): see each_month
    r"|(?:每个?月|一个月)(?:都)?(?:压|押|扣)(?:了|着|下)?(?:我|俺)?(?:的)?(?=\s*[0-9一二两三四五六七八九十])"
)
_EACH_MONTH = re.compile(r"(?:每个?月|一个月)(?:都)?(?:压|押|扣)(?:了|着|下)?(?:我|俺)?(?:的)?\s*$")


def each_month(text: str, start: int) -> bool:
    """Is the sum held at `start` held each month ("每个月压一千块钱"), not once?"""
    return bool(_EACH_MONTH.search(text, max(0, start - 12), start))


# given back already: no longer owed
_RETURNED = re.compile(r"(?<![没不未])(?:退了|退回了|已退|已经退|还给我了|退给我了|退还了)")
# still kept, said right after the deposit: "三千块保证金也不退", "押金一千到现在都没退"
_KEPT_AFTER = re.compile(
    r"\s*(?:块钱|块|元)?\s*(?:的)?(?:押金|保证金|保正金|风险金|质保金|抵押金)?[^，,。；;！!？?]{0,6}?(?:也|都|还|一直)?(?:不|没|未|冇)(?:有)?(?:退|还|给)"
)
# the deposit counted into a total the teller states: "包括押金", "连押金一共"
_INCLUDED = re.compile(r"包括|包含|含押金|连押金|连同|算上押金|加上押金|加押金|其中|里面|里头|在内")
# a total right before the figure: "…加押金一共一万三"
_SUM_BEFORE = re.compile(r"(?:一共|总共|合计|总计|共计|加起来)(?:是|有|欠我?|欠了我?)?\s*$")
# a total told right before the figure as holding the deposit: "连押金一共该给俺", "加上押金总共"
_TOTAL_WITH = re.compile(
    r"(?:连|加上|算上|包括|含)(?:押金|保证金|保正金|风险金|质保金)[^，,。；;\s]{0,2}(?:一共|总共|合计|总计|共计|加起来)"
    r"[^，,。；;\s0-9]{0,5}$"
)
_PAY_WORD = re.compile(r"工资|工钱|人工|薪|流水|提成")
# a total said after the deposit: "押金五百，一共欠我一万五千五"
_TOTAL_AFTER = re.compile(r"一共|总共|合计|总计|共计|加起来|算下来|全部加|总的")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end] (between two stops)."""
    stops = "，,。；;！!？?"
    a = max((text.rfind(c, 0, start) for c in stops), default=-1) + 1
    b = min((i for i in (text.find(c, end) for c in stops) if i >= 0), default=len(text))
    return a, b


def is_deposit(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] a deposit (held back or given back)?"""
    a, b = _clause(text, start, end)
    clause = text[a:b]
    if not _HELD.search(clause):
        return False
    if _SUM_BEFORE.search(text, max(0, start - 6), start) and _PAY_WORD.search(text, a, start):
        return False
    if total_with_deposit(text, start):
        return False  # "算了算连押金一共该给我六千八": the total the deposit is counted in  # "工资加押金一共一万三": the total holding the deposit (not "押金一共两千")
    # "押金五百，工资一万二": the deposit word belongs to the figure nearest it
    held = _HELD.search(clause)
    assert held is not None
    figures = [
        (f.start() + a, f.end() + a)
        for f in re.finditer(r"[0-9]+|[一二两三四五六七八九十百千万]{2,}", clause)
    ]
    if len(figures) <= 1:
        return True
    for word in _HELD.finditer(clause):
        w0, w1 = word.start() + a, word.end() + a
        # the figure nearest the word is its own ("…九百单 仲有扣咗我三百蚊押金": 三百, not 九百)
        # a figure said in the same piece as the word, no pause between, comes first
        # ("十一月四千九 押金还压到起五千": 五千, not 四千九)
        piece = [f for f in figures if not re.search(r"\s", text[min(w1, f[1]) : max(w0, f[0])])]
        near = min(piece or figures, key=lambda f: min(abs(w0 - f[1]), abs(f[0] - w1)))
        if near[0] <= start < near[1] or start <= near[0] < end:
            return abs(w0 - start) <= 8 or abs(w1 - end) <= 8
    return False


def total_with_deposit(text: str, start: int) -> bool:
    """Is the figure at `start` told as the total with the deposit in it ("连押金一共该给我六千八")?
    It is what the teller says is owed, after any part paid."""
    return bool(_TOTAL_WITH.search(text, max(0, start - 14), start))


def each_deposit(text: str, start: int) -> bool:
    """Is the deposit at `start` each worker's ("押金每人五百", "每人交了八百押金")?"""
    a, _ = _clause(text, start, start)
    return bool(re.search(r"每人|每个人|一人|一个人|各", text[a:start]))


def returned(text: str, start: int, end: int) -> bool:
    """Was the deposit at text[start:end] given back already ("押金五百上个月退了")?"""
    a, b = _clause(text, start, end)
    if _KEPT_AFTER.match(text, end):  # "车也退了三千块保证金也不退": the car went back, not the money
        return False
    return bool(_RETURNED.search(text[a:b]))


def held_in_total(text: str, held_start: int, held_end: int, total_start: int) -> bool:
    """Does the total stated at `total_start` already hold the deposit told before it (or
    say so beside it: "欠了我一万零五百，其中有押金五百")?"""
    if _INCLUDED.search(text, max(0, held_start - 8), held_end + 8):
        return True
    if total_start < held_start and _HELD.search(
        text[_clause(text, total_start, total_start)[0] : total_start]
    ):
        return True  # "两个月工资加押金一共一万三，押金是一千": the total named the deposit in it
    return total_start > held_end and bool(_TOTAL_AFTER.search(text, held_end, total_start + 1))


def label(text: str, held: list[tuple[int, int, Decimal]]) -> str:
    """ "押金 1,000 元", "风险金 500 元": each deposit with the teller's word for it."""
    parts = []
    for start, end, value in held:
        a, b = _clause(text, start, end)
        words = [w.group(0) for w in _HELD.finditer(text, a, b) if w.group(0).endswith("金")]
        # pay held back ("压了四千", "一共扣了三千"), no deposit word: named so
        held_pay = re.search(r"([压扣])(?:了|着|的)", text[a:b])
        words = ["保证金" if w == "保正金" else w for w in words]  # a slip of the keyboard
        name = words[0] if words else f"{held_pay.group(1)}着的工资" if held_pay else "押金"
        parts.append(f"{name} {value:,.0f} 元")
    return " + ".join(parts)

"""Each one's part of the money owed, told one after another and added up: "我自己还差一万八，
我弟一万六，另外七个兄弟每人一万二" (18,000 + 16,000 + 7 x 12,000, nine people), "阿珠八千六，
阿梅七千九，我家己九千二", "我是一万零四百，另外四个老师加起来三万六千二", and the pay of
different months ("十月份的工资六千三百八没给 十一月上半月三千一也没给"). Used by
bot/core/extract/amounts.py before any other reading of the amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.core.extract.people import SURNAMES
from bot.core.parsers import ParseError, parse_headcount

_N = r"[0-9]+|[一二两三四五六七八九十]+"
_KIN = (
    r"(?:老婆|老公|媳妇|爱人|弟弟?|哥哥?|姐姐?|妹妹?|爸|妈|儿子|女儿|老乡|同事|工友|朋友|叔|舅|"
    r"表[哥弟姐妹]|堂[哥弟姐妹]|侄子|外甥)"
)
_OWED = r"(?:的)?(?:工资|工钱|钱)?(?:还差|还欠|还剩|被欠了?|欠了?|差了?|是|有|一共|共|总共)?(?:我)?\s*"
# the teller's own part: "我自己还差", "我家己" (Minnan), "我的是", "俺自己"
_SELF = re.compile(rf"^(?:我自己|我家己|我本人|俺自己|俺|(?:𠊎|我)?自家|𠊎|我){_OWED}$")  # 𠊎自家: Hakka
# another one's part: "我弟周国平", "我老婆", "阿珠", "阿梅的", "老王"
_SURNAME = "[" + "".join(sorted(SURNAMES)) + "]"
_OTHER = re.compile(
    rf"^(?:(?:我|俺)?{_KIN}(?:[\u4e00-\u9fff]{{2,3}})?|[阿小老细][\u4e00-\u9fff]|"  # 细妹: Hakka, Cantonese
    rf"{_SURNAME}[\u4e00-\u9fff]{{1,2}}|"
    rf"[\u4e00-\u9fff]{{2,3}}(?=的)){_OWED}$"
)
# several others, each the same: "另外七个兄弟每人一万二", "其他三个人一人八千"
_EACH = re.compile(
    rf"^(?:另外|其他|其余|还有|剩下)?(?:的)?(?P<n>{_N})\s*(?:个|位|名)?[\u4e00-\u9fff]{{0,3}}?"
    rf"(?:每人|每个人|一人|一个人|人均|各)(?:都)?{_OWED}$"
)
# several others together: "另外四个老师加起来", "其他三个一共"
_TOGETHER = re.compile(
    rf"^(?:另外|其他|其余|还有|剩下)(?:的)?(?P<n>{_N})\s*(?:个|位|名)?[\u4e00-\u9fff]{{0,3}}?"
    rf"(?:加起来|一共|总共|合计|共)(?:是|有|欠|差)?\s*$"
)
# a month's pay: "十月份嘞工资", "十一月上半月", "9月的"
# (whose first: "他九月份工资是6380"), and a few words about that month ("八月开了五千二",
# "九月加班多开了五千六", "十月活少只有四千八"), never a part paid ("九月只发了一千二")
_MONTH = re.compile(
    r"^(?:还|另外|还有|也)?(?:压着|扣着|押着|压了|扣了|欠着)?(?:我|俺|他|她|佢)?(?:的)?(?P<m>(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:[上下]半个?月|中旬|上旬|下旬)?)"
    r"(?P<fill>[\u4e00-\u9fff]{0,5}?)"
    r"(?:的|嘞|嘅)?(?:工资|工钱|钱|人工)?(?:是|有|开了|只有|才|就|算|拿)?\s*$"
)
_MONTH_AT = re.compile(r"(?<![0-9一二两三四五六七八九十])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月")
_NOT_PAY = re.compile(r"发|给|付|转|结|打|领|借|支|预|每|一个月|一天|跑|交|扣|押")


@dataclass(frozen=True)
class Share:
    who: str
    value: Decimal  # this part, already multiplied for "每人"
    people: int  # 0 for a month's pay (no one counted)
    start: int
    end: int


def _count(n: str) -> int | None:
    parsed = parse_headcount(n + "个人")
    return None if isinstance(parsed, ParseError) else int(parsed.value)


def _lead(text: str, start: int) -> str:
    """The words owning a figure: back to the last comma, colon or space."""
    return re.split(r"[，,。；;：:！!？?\s]", text[max(0, start - 20) : start])[-1]


def share_of(text: str, start: int, end: int, value: Decimal) -> Share | None:
    lead = _lead(text, start)
    if not lead:
        return None
    if re.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:欠|差)(?:了)?我(?:的)?(?:工资|工钱)?", lead) and not re.search(
        r"说|讲|算|认为|觉得|写|记", lead
    ):
        return Share("我", value, 1, start, end)  # "老板欠我工资一万二，还欠我老婆八千"
    lead = re.sub(r"^(?:还|也|另外还?)(?:欠|差)(?:了)?(?=我?" + _KIN + ")", "", lead)
    if (m := _EACH.match(lead)) is not None:
        n = _count(m.group("n"))
        return None if not n or n < 2 else Share(f"另外 {n} 人每人 {value:,.0f} 元", value * n, n, start, end)
    if (m := _TOGETHER.match(lead)) is not None:
        n = _count(m.group("n"))
        return None if not n else Share(f"另外 {n} 人共", value, n, start, end)
    if _SELF.match(lead):
        return Share("我", value, 1, start, end)
    if (month := _MONTH.match(lead)) is None:  # told without stops: "…的工资都压着我十月份跑了"
        month = next(
            (x for i in _MONTH_AT.finditer(lead) if i.start() > 0 and (x := _MONTH.match(lead[i.start() :]))),
            None,
        )
    if month is not None and re.search(
        r"总共|一共|合计|加起来|总计|共计|加上|连同", lead[month.start("m") :]
    ):
        month = None  # "八月还差三千四，加上九月十月总共一万七": the total, no month's pay
    if month is not None and not _NOT_PAY.search(
        re.sub(r"(?:跑|挣|赚)了$", "", month.group("fill"))  # "十月份跑了四千八": earned that month
    ):
        return Share(month.group("m"), value, 0, start, end)
    if (
        re.fullmatch(r"(?:就|一共|总共)?(?:是|有)", lead)
        and (month := _month_clause(text, start)) is not None
    ):
        return Share(month, value, 0, start, end)  # "十一月份我干了半个月走了，是1870"
    if _OTHER.match(lead) and not re.match(r"^(?:一共|总共|合计|加起来|大家|我们|他们)", lead):
        # the owner's name is part of the share: "李国庆一万八千六" names no 国庆 holiday
        return Share(re.sub(rf"{_OWED}$", "", lead), value, 1, start - len(lead), end)
    return None


# the clause before "是1870" about one month's work: "十一月份我干了半个月走了"
_MONTH_CLAUSE = re.compile(
    r"^(?:还有|另外)?(?P<m>(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?)[\u4e00-\u9fff]{0,12}$"
)


def _month_clause(text: str, start: int) -> str | None:
    clauses = re.split(r"[，,。；;]", text[max(0, start - 30) : start])
    if len(clauses) < 2:
        return None
    m = _MONTH_CLAUSE.match(clauses[-2].strip())
    if m is None or _NOT_PAY.search(clauses[-2].replace("跑了", "")):
        return None
    return m.group("m")


def find_shares(text: str, figures: list[tuple[int, int, Decimal]]) -> tuple[list[Share], int] | None:
    """Two or more figures in a row, each told as a different one's part (or a different
    month's pay): the parts and the people they count (0 when months were added). A total
    said beside them ("一共…") that is not their sum leaves them to the other readers."""
    shares: list[Share] = []
    rest: list[tuple[int, int, Decimal]] = []
    for start, end, value in figures:
        s = share_of(text, start, end, value)
        if s is not None and (not shares or not rest):
            shares.append(s)
        elif shares:
            rest.append((start, end, value))
    if len(shares) < 2 or len({s.who for s in shares}) != len(shares):
        return None
    months = [s for s in shares if s.people == 0]
    if months and len(months) != len(shares):
        return None  # a month and a person mixed: not one ledger
    total = sum((s.value for s in shares), Decimal(0))
    if any(v != total for _, _, v in rest):
        return None  # another figure beside them (a total of its own, a part paid): not read here
    return shares, sum(s.people for s in shares)

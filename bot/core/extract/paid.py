"""Words about money already paid and still owed in a story: "给过两万 还差两万五" (what is
still owed), "只给了我五千" (a part paid), "26天一单一万二千八" (the price of one piece, not a
total), "加起来一共" (a group's total) and figures told as a span or a floor ("五六千",
"至少两万"). Used by bot/core/extract/amounts.py."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers.numerals import to_number

# what is still owed after a part was paid: "还差两万五", "剩下的九千", "尾款八千", and the net
# figure owed after deductions: "扣完租金应该给我一万一千二"
REMAINING = re.compile(
    # Cantonese 仲 is 还: "仲差一万八", "仲欠我"
    r"(还差|还欠|还剩|仲差|仲欠|仲剩|剩下|剩余|余下|尾款|余款|欠款还有|(?:应该|应|该)给(?:我们|我|额|俺|阮|𠊎|咱)|应该拿|应得|实得|到手应)"
    r"(?:的)?(?:工资|工钱|钱|款)?(?:是|有|一共|共|还有)?(?:我)?\s*$"
)
REMAINING_AFTER = re.compile(
    r"^\s*(?:元|块钱|块|蚊)?\s*(?:还|仲)?(?:没给|未畀|唔肯畀|冇畀|没结|没发|没到手|没拿到|未付|未结|未发)"
)
# a part already paid: "给过两次钱一共两万", "只给了我五千", "9月底给我转了三千" (not "没给过", "打了欠条");
# Cantonese 畀咗/俾咗 is 给了
PAID = re.compile(
    r"(?<![没不未冇唔能会要想肯])(?:畀咗|俾咗|畀过|俾过|给咗|给过|给了|付了|付过|转了|转过|发了|发过|结了|结过|打了|打过|预支|借支|借了|借过|借给|支了|支过|拿了|拿到|领了|"
    r"领过|收到|先给|有发|有给|有付|有结|打给|转给|付给|已给|已付|已发|已结|已经给|已经付|已经发|已经结|只给|就给|只发|就发|只结|就结|预付|"
    # only paid, said plainly or in Minnan (干焦付阮三千: only paid me three thousand)
    r"只付|就付|才付|才给|才发|焦付|焦给|焦发|"
    # Hakka 分 is 给: "中间分过六千块" (paid six thousand meanwhile)
    r"分过|"
    # sent over to the worker: "十一月份打来四千", "微信转来两千", "汇来三千"
    r"(?<![没不未冇唔弗勿])(?:打来|转来|汇来|寄来)了?|"
    # an advance lent against the pay: "先借了我们两千", Minnan "先借阮二千"
    r"先借|借阮|(?<![要想去找向问跟])借(?:我们|我|俺们|俺|𠊎)(?!的)|"
    # given to the teller, said plainly: "老板给我两千" (not "应该给我", "让他给我", "要给我")
    r"(?<![该应让叫请帮再得])给(?:我们|我|俺们|俺|阮)|"
    # paid back, 还 (huan) as in repaying: "只还了我三千", "他有还我一千五", Min/Hakka 净还我
    r"把了|把咗|把过|只把(?:我|俺)|(?:给|付|转|发|结|打)(?:咯|嘞|哒)|"
    r"还了|还过|还咗|只还|就还|才还|净还|有还|(?<![该应让叫请帮再得要])还(?:我们|我|俺们|俺|阮|𠊎)(?![们的])(?=[^，,。；;]*$))"
    r"(?P<rest>[^，,。；;！!？?]*)$"
)
# the sum worked out aloud, the part paid taken off: "减掉四千", "减去两千"
TAKEN_OFF = re.compile(r"(?:减掉|减去|去掉|除掉|减了)\s*$")
# the price of one piece of work, not a total: "26天一单一万二千八", "一车三百"
UNIT_PRICE = re.compile(
    r"(?:(?<![0-9一二两三四五六七八九十])[一每](?:单|趟|车|件|批|亩|方|平|栋|套|吨|户)|底薪|基本工资|保底)(?:是|有)?\s*$"
)
# a total said by a group of several ("另外三个老师一人八千多，加起来一共三万五千二")
SUM_WORD = re.compile(r"(加起来|一共|总共|合计|总计|共计)[^，,。；;\s]{0,4}$")


# a figure told as a span or a floor: "五六千", "一万七八", "至少两万" (asked, never read back as known)
ROUGH_SAID = re.compile(
    r"(?:至少|少说|起码|最少)(?:也)?(?:有|欠|是)?(?:我)?\s*[0-9一二两三四五六七八九十]|"
    r"(?<![一二三四五六七八九十])(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)(?:十|百|千|万)|"
    r"[万千](?:一二|二三|三四|四五|五六|六七|七八|八九)(?![0-9一二两三四五六七八九十百千万个月天年人号])"
)


# the count of months unpaid told in so many words: "已经三个多月没给工资了"
UNPAID_MONTHS = re.compile(
    r"(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})\s*个\s*多?\s*月(?:的)?(?:工资|工钱|钱)?(?:都|一直|了)?"
    # "后头三个月一分都没得": not a penny of those months
    r"(?:(?:没|未|冇|不)(?:给|发|结|付|拿|领|到手)|(?P<none>一分(?:钱)?(?:都|也)?(?:没|未|冇)(?:得|有|给|发|见|拿)))"
)


# whole months paid told by their count: "只发了一个月的", "前两个月发了"
MONTHS_PAID = re.compile(
    r"(?:(?<![没未冇不])(?:只|就|才)?(?:发|给|结|付)[了过]?(?:我们|俺们|我|俺)?(?P<n>[一二两三四五六七八九十]|[0-9]{1,2})\s*个月(?:的)?(?!没|未|冇|不)"
    r"|前(?P<n2>[一二两三四五六七八九十]|[0-9]{1,2})\s*个月(?:的)?(?:工资)?(?:都|是)?(?:发了|给了|结了|发过|结清了?))"
)


# a payment only promised: "公司说只能先给每人两千", "答应下个月给三千"
PROMISED = re.compile(
    r"(?:能|会|要|答应|准备|打算)(?:先|再)?(?:给|发|付|结|打)(?:我们|我|俺|每人|每个人)?\s*$"
)


def clause_before(text: str, pos: int, size: int = 16) -> str:
    """The words before `pos` in the same clause (up to `size` characters)."""
    return re.split(r"[，,。；;！!？?]", text[max(0, pos - size) : pos])[-1]


# one of several payments told after them: "他给过两回，一回三千，一回两千", "分两次转了，第一次五千"
_INSTALMENT = re.compile(
    r"^\s*(?:头|第[一二三四五六1-6]|[一每另])\s*(?:回|次|笔)(?:是|给了|给|转了|打了)?\s*$"
)
_PAID_TIMES = re.compile(
    r"(?<![没不未])(?:给过|给了|付过|付了|转过|转了|打过|打了|发过|发了|结过|结了)(?:我们|俺们|我|俺|阮)?\s*(?P<n>[0-9两二三四五六]|几)\s*(?:回|次|笔)"
)


def paid_times(text: str, paid: list[tuple[Decimal, re.Match[str]]]) -> Decimal | None:
    """All paid when one figure is told as each of several payments counted ("给了两回 一回一千五",
    "先后给了三次 每次两千"): the figure x the times; None otherwise."""
    if len({v for v, _ in paid}) != 1:
        return None
    value, m = paid[-1]
    times = _PAID_TIMES.search(text, max(0, m.start() - 30), m.start())
    lead = re.split(r"\s", clause_before(text, m.start()))[-1]
    if times is None or not re.match(r"^\s*(?:[一每])\s*(?:回|次|笔)", lead) or len(paid) != 1:
        return None
    n = to_number(times.group("n"))
    return None if n is None or n < 2 else value * n


def paid_before(text: str, m: re.Match[str]) -> bool:
    """Is the figure at `m` a part already paid ("只给了我五千"), not one owed?"""
    lead = clause_before(text, m.start())
    last = re.split(r"\s", lead)[-1]  # "给了两回 一回一千五": the words after a pause
    if (_INSTALMENT.match(lead) or _INSTALMENT.match(last)) and _PAID_TIMES.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return True
    p = PAID.search(re.split(r"\s", lead)[-1])
    return p is not None and not re.search(
        r"欠|差|剩|没|还|算|说好|讲好|谈好|约好|应该|本来|[0-9]", p.group("rest")
    )


def paid_total(paid: list[Decimal], again: list[Decimal] | None = None) -> Decimal:
    """Parts paid: one of them that is the sum of the others is their total, else added up (a
    figure told twice counted once, unless told as another payment: `again`, see repeated)."""
    parts = sorted(set(paid))
    if len(parts) > 1 and parts[-1] == sum(parts[:-1]):
        return parts[-1]
    return sum(parts, Decimal(0)) + sum(again or [], Decimal(0))


# a payment told as one more: "上个月又转了一千", "后来再给了一千", "第二次给了一千"
_AGAIN = re.compile(r"又|再|另外|第[二两三四]|后来|接着")


def repeated(text: str, paid: list[tuple[Decimal, re.Match[str]]]) -> list[Decimal]:
    """The parts paid told again as another payment of the same figure ("九月给了一千二 十月又给了
    一千二": two payments), beyond the first of each figure."""
    seen: set[Decimal] = set()
    again = []
    for value, m in paid:
        if value in seen and _AGAIN.search(clause_before(text, m.start(), 16)):
            again.append(value)
        seen.add(value)
    return again


# the pay agreed, beside a part paid every month: a month's pay ("说好工资五千二")
PROMISED_PAY = re.compile(r"(?:说好|讲好|谈好|约好|定好|讲定)(?:的)?(?:工资|工钱|月薪|薪水)(?:是|有)?\s*$")


_MONTH_NAME = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
# months whose pay was paid in full, named: "七月八月的给了", "六月、七月的工资都结清了" (no figure
# after the verb: "九月就给了两千" is a part paid)
PAID_MONTHS_NAMED = re.compile(
    rf"(?<![没未冇不到至])(?P<ms>{_MONTH_NAME}(?:(?:\s*[、和跟与及]\s*)?{_MONTH_NAME})*)(?:的)?(?:工资|工钱|人工|钱)?"
    r"(?:都|也)?(?:已经)?(?:给了|发了|结了|给清了|发清了|结清了|发齐了|给齐了|拿到了|领了)(?=\s|[，,。；;！!]|$)"
)


# a part paid each month: "每个月只发一千"
_EACH_MONTH_PAID = re.compile(r"每个?月(?:都|也)?(?:只|就|才)?(?:发|给|付|结|打)了?(?:我)?\s*$")


def paid_each_month(text: str, m: re.Match[str]) -> bool:
    """Is the part paid at `m` paid each month ("每个月只发一千")?"""
    return bool(_EACH_MONTH_PAID.search(clause_before(text, m.start())))


def monthly_came_to(text: str, paid: list[tuple[Decimal, re.Match[str]]]) -> Decimal | None:
    """What the part paid each month came to, told beside it ("每个月只给一千块生活费 三个月给了
    三千": 3,000 paid in all, not 4,000); None when not told so."""
    monthly = {v for v, m in paid if paid_each_month(text, m)}
    came_to = [v for v, _ in paid if v not in monthly and any(v % x == 0 and v > x for x in monthly)]
    if len(monthly) == 1 and len(came_to) == 1 and len(paid) == 2:
        return came_to[0]
    return None

"""A month's pay held back at hiring and the last month unpaid ("头一个月工资压着，走的时候一块儿给
… 压的那个月和最后一个月的都不给"): two months owed, not every month from the first to the last
(the months between were paid). The period still runs from the first month to the last; the
read-back says which two months the estimate counts."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.figures import Figure

_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
# one month's pay held: "头一个月工资压着", "压了我一个月工资", "压的七月那个月工资", "押一个月工资"
_HELD = re.compile(
    r"(?:头|第|前)一个月(?:的)?(?:工资|工钱|人工)?[^，,。；;]{0,4}?(?:压|押|扣)(?:着|住|下|了)?"
    r"|(?:压|押|扣)(?:着|了|住|下|的)?(?:我|俺)?(?:的)?(?:头|第|前)?一个月(?:的)?(?:工资|工钱|人工)"
    rf"|(?:压|押)(?:着|了|的)(?:我|俺)?(?:的)?{_MONTH}(?:那个月)?(?:的)?(?:工资|工钱|人工)"
)
# several months held or owed besides: "压了两个月工资" is no single month held
_MORE_HELD = re.compile(r"(?:压|押|扣)(?:着|了|的)?(?:我|俺)?(?:[两二三四五六]|[2-6])个月")
# the last month unpaid too: "最后一个月的也没发", "和十月的工资都不给", "走的那个月也没给"
_LAST = re.compile(
    r"(?:最后一个月|最后那个月|走的那个月|离职那个月|辞职那个月)[^，,。；;]{0,6}?(?:也|都|还)?(?:没|不|未)"
    rf"|(?:和|跟|还有|加上)(?:最后)?{_MONTH}(?:那个月)?(?:的)?(?:工资|工钱|人工)?(?:也|都)(?:没|不|未)"
)


def held_and_last(text: str) -> Decimal | None:
    """Two months owed when one month's pay held and the last month unpaid are told, else None."""
    if _HELD.search(text) is None or _MORE_HELD.search(text) or _LAST.search(text) is None:
        return None
    return Decimal(2)


HELD_NOTE = "：压着的一个月 + 最后一个月"


# one month's pay held at hiring, the month named: "进厂时压了一个月工资 就是六月的"
_HELD_NAMED = re.compile(
    r"(?:压|押|扣)(?:着|了|住|下)?(?:我|俺)?(?:的)?(?:头|第|前)?一个月(?:的)?(?:工资|工钱|人工)"
    rf"[^，,。；;]{{0,3}}?(?:就是|是)(?P<m>{_MONTH})"
)
# and not given back when the worker left: "压的那个月也不给", "押着的那个月工资也没给"
_HELD_KEPT = re.compile(
    # (个/嘅 for 的 and 无 for 没 in southern speech: "押个那个月也无还")
    r"(?:压|押|扣)(?:的|着的|下的|个|嘅)(?:那个月|那一个月)?(?:的)?(?:工资|工钱|钱)?[^，,。；;]{0,3}?"
    r"(?:也|都|还)?(?:不给|没给|不退|没退|不发|没发|冇畀|不结|没结|(?:无|没|不)还)"
    # counted with the months owed: "押的那个月加上九月十月 一共三个月的钱"
    r"|(?:压|押|扣)(?:的|着的|下的)(?:那个月|那一个月)(?:的)?(?:工资|工钱|钱)?\s*(?:加上|连同|算上|和|跟)"
)
_MONTH_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# the first month's pay held, the month work began told: "八月份进的厂 … 第一个月工资要压着"
_HELD_FIRST = re.compile(r"(?:头|第)一个月(?:的)?(?:工资|工钱|人工)?[^，,。；;\s]{0,4}?(?:压|押|扣)")
_BEGAN = re.compile(rf"(?P<m>{_MONTH})(?:就)?(?:进的|进厂|进场|进去|入职|上班|来的|去的|开始(?:干|做|上班))")


# a month's pay held, the month named right in it: "一直压着我八月那个月的工资 … 现在也不给" (著: 着
# written the traditional way)
_HELD_MONTH = re.compile(
    rf"(?:压|押|扣)(?:着|著|了|住|下)(?:我|俺)?(?:的)?(?P<m>{_MONTH})(?:那个月|那一个月)?(?:的)?(?:工资|工钱|人工)"
)
# the month work began, a month's pay held right then: "五月份刚进去就压我一个月工资"
_HELD_AT_START = re.compile(
    rf"(?P<m>{_MONTH})(?:刚|一)?(?:进去|进的厂|进厂|进场|入职|上班|去的|来的)(?:的时候|时)?(?:就|便)?(?:被)?"
    r"(?:压|押|扣)(?:了|着|著|住)?(?:我|俺|阮|额)?(?:的)?一个月(?:的)?(?:工资|工钱|人工)"
)
# the month's pay named, then told held: "还有去年十二月的工资 入厂时老板讲押一个月"
_HELD_MONTH_BEFORE = re.compile(
    rf"(?P<m>{_MONTH})(?:份)?(?:个|的|嘅)?(?:工资|工钱|人工)[^。！!？?]{{0,12}}?"
    r"(?:压|押|扣)(?:了|着|著|住)?(?:我|俺|阮|伊|她|他)?一个月"
)
# promised back at leaving, and still not given: "说离职才给 … 现在也不给", "讲走的时候还，结果…也没发"
_HELD_STILL = re.compile(
    r"(?:离职|走|辞职|干完|做满)(?:的时候|时)?[^，,。；;]{0,3}?(?:才|再|就)?(?:给|发|结|退|还)[^。！!？?]{0,20}?"
    r"(?:现在|到现在|至今|如今|还是|也|都|还)(?:也|都|还)?(?:不给|没给|不发|没发|不退|没退|不结|没结)"
)


def held_told(text: str) -> int | None:
    """The month whose pay is held, named in so many words and still not given back ("压着我八月的
    工资 说离职才给 … 现在也不给"), else None."""
    named = _HELD_MONTH.search(text)
    if named is None or _HELD_STILL.search(text, named.end()) is None:
        return None
    return _month_number(re.sub(r"\s*月(?:份)?$", "", named.group("m")))


def held_month(text: str) -> int | None:
    """The month (1-12) whose pay was held at hiring and is still not given back, when the worker
    names it ("压了一个月工资 就是七月的 … 压的那个月也不给", "压着我八月的工资 说离职才给 …
    现在也不给", "五月份刚进去就压我一个月工资 讲走的时候还 … 也没发") or names the month work began beside the first month's pay held ("八月份进厂 …
    第一个月工资压着 … 压的钱不给"); None otherwise."""
    if (named := held_told(text)) is not None:
        return named
    before = _HELD_MONTH_BEFORE.search(text)
    if before is not None and _HELD_KEPT.search(text, before.end()) is not None:
        return _month_number(re.sub(r"\s*月(?:份)?$", "", before.group("m")))
    began = _HELD_AT_START.search(text)
    if began is not None and _HELD_STILL.search(text, began.end()) is not None:
        return _month_number(re.sub(r"\s*月(?:份)?$", "", began.group("m")))
    m = _HELD_NAMED.search(text)
    if m is None:
        first = _HELD_FIRST.search(text)
        began = list(_BEGAN.finditer(text)) if first is not None else []
        if first is None or len(began) != 1:
            return None
        m = began[0]
    if _HELD_KEPT.search(text, m.end()) is None:
        return None
    word = re.sub(r"\s*月(?:份)?$", "", m.group("m"))
    if word.isdigit():
        return int(word)
    if word.startswith("十"):
        return 10 + (_MONTH_NUMBER.get(word[1:], 0) if len(word) > 1 else 0)
    return _MONTH_NUMBER.get(word)


# the months named unpaid besides the one held: "结果九月十月也都没发", "十月、十一月两个月工资没发"
_UNPAID_NAMED = re.compile(
    rf"(?P<ms>{_MONTH}(?:\s*[、和跟及与,，]?\s*{_MONTH})*)(?:\s*(?:两|三|四|[2-4])个月)?(?:的)?(?:工资|工钱)?"
    r"(?:也|都|又|还|全)*(?:没|未|不|无)(?:发|给|结)"
)


def _unpaid_after(text: str, month: int) -> int | None:
    """How many months are named unpaid after the month held, in one list, else None."""
    for m in _UNPAID_NAMED.finditer(text):
        named = [_month_number(re.sub(r"\s*月(?:份)?$", "", x)) for x in re.findall(_MONTH, m.group("ms"))]
        if named and all(k is not None and k > month for k in named):
            return len(named)
    return None


def with_held(period: Figure, month: int, told: bool = False, text: str = "") -> tuple[Figure, int | None]:
    """The period opened at the month held (the year before when it comes after the start), and
    how many months were owed after it; the period unchanged (None) when the held month is in it,
    unless it opens the period: then the months named unpaid after it ("结果九月十月也没发"), or
    every month after it when the month held was named in so many words (`told`)."""
    y, m = map(int, period.value["start"].split("-"))
    y2, m2 = map(int, period.value["end"].split("-"))
    if month == m and (y2 - y) * 12 + m2 - m > 0:
        after = _unpaid_after(text, month)
        if after is not None and after <= (y2 - y) * 12 + m2 - m:
            return period, after
        if told:
            return period, (y2 - y) * 12 + m2 - m
    held_y = y if month < m else y - 1
    if month == m or (held_y < y and m - month + 12 > 11):
        return period, None
    after = (y2 - y) * 12 + m2 - m + 1
    value = {"start": f"{held_y:04d}-{month:02d}", "end": period.value["end"]}
    total = (y2 - held_y) * 12 + m2 - month + 1
    echo = f"{held_y}年{month}月 至 {y2}年{m2}月（共{total}个月，{month}月的工资压着）"
    return Figure(value, echo, period.start, period.end, period.approximate), after


# part of every month's pay held ("每个月压五百块", "每月扣一千押着") and asked back ("压的钱也不退",
# "押的和十一月的都要"): the months held are owed too, from the month work began
_HELD_EACH = re.compile(
    r"(?:每个月|每月)(?:都)?(?:给)?(?:我|俺)?(?:压|押|扣)(?:了|着|下|住)?(?:我|俺)?\s*"
    r"(?:[0-9]+|[一两二三四五六七八九十][千百])"
)
_HELD_CLAIMED = re.compile(
    r"(?:压|押|扣)(?:的|着的|下的|住的)(?:钱|那些钱|工资)?[^，,。；;]{0,4}?(?:也|都|还)?(?:不退|没退|不给|没给|不还|要回来|都要|一起要)"
)
_FROM = re.compile(rf"从\s*(?P<m>{_MONTH})(?:开始)?(?:就)?(?:做|干|上班|进)")


def held_each_start(text: str, period: Figure) -> Figure | None:
    """The period opened at the month work began when part of every month's pay was held and is
    asked back ("五月进的厂 每个月压五百 … 九月的工资也没发 … 压的钱也不退": May to September);
    None when the story tells no such thing."""
    if _HELD_EACH.search(text) is None or _HELD_CLAIMED.search(text) is None:
        return None
    began = _BEGAN.search(text) or _FROM.search(text)
    if began is None:
        return None
    month = _month_number(re.sub(r"\s*月(?:份)?$", "", began.group("m")))
    y, m = map(int, period.value["start"].split("-"))
    if month is None or month >= m:
        return None
    y2, m2 = map(int, period.value["end"].split("-"))
    value = {"start": f"{y:04d}-{month:02d}", "end": period.value["end"]}
    n = (y2 - y) * 12 + m2 - month + 1
    echo = f"{y}年{month}月 至 {y2}年{m2}月（共{n}个月，每月压着的工资）"
    return Figure(value, echo, period.start, period.end, period.approximate)


def _month_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word.startswith("十"):
        return 10 + (_MONTH_NUMBER.get(word[1:], 0) if len(word) > 1 else 0)
    return _MONTH_NUMBER.get(word)

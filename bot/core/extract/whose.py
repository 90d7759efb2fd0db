"""Whose pay a figure is when several people are owed: each worker's ("每人一个月五千", "一人干了
四十五天"), the teller's own ("我一个月两千八"), the group's together ("三个人一天一千"), or not
said (asked, never guessed); and the days worked told away from a day rate."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.crew_days import each_told_apart
from bot.core.parsers.numerals import to_number

_RATE_WORDS = r"(?:每个?月|一个月|月薪|月工资|每天|一天|日薪|每日|一日|一个工)"
# "每人一个月五千", "一人一天二百六", "各": the pay of each worker counted
_EACH = re.compile(
    # "我们队一共6个保安，都是一个月两千六": the same pay for every one of them
    rf"(每人|每个人|人均|一人|一个人|各|(?:^|[，,\s]|大家|他们|我们|俺们|工资|工钱|人工)都)\s*(?:都)?\s*(?:是)?\s*{_RATE_WORDS}|{_RATE_WORDS}\s*(每人|每个人|人均|一人|一个人|都是|也都是|都|各)\s*$"
)
# the teller's own pay ("我一个月两千八") or the group's together ("三个人一天一千", "一共一天")
_NOT_EACH = re.compile(
    rf"((?<![们俩])我(?:自己|的)?(?:工资)?|一共|总共|加起来|合计|俩人|[0-9一二两三四五六七八九十]+\s*个人)\s*{_RATE_WORDS}|{_RATE_WORDS}\s*(?:一共|总共|加起来|合计)"
)
_DAYS = re.compile(
    # "干了二十天", "干满三十天", "前后摘了四十天" (not "拖了四十天": that is how long the pay is late)
    r"(?P<all>一共|总共|加起来|合计)?(?P<each>每人|每个人|一人|一个人|各)?(?:都)?(?:(?:干|做|上|打|出勤|出工|(?<![拖歇休息停请误放病少缺耽除])(?<=[\u4e00-\u9fff])了)(?:了|[满足够]了?)?\s*"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十百][零一二两三四五六七八九十百]*)\s*(?:多)?\s*(?:天|个工|个?日工|工日|日(?![子期本])|(?<=[十百0-9])工(?![资钱地厂人作夫具]))"
    # "记工本上一共68个工": the days counted, no verb
    # "我记的是一百零五天": the days as the worker's own record counts them
    r"|(?P<all2>一共|总共|合计|(?<![忘])记(?:的|嘞|得|到)是)(?:是|有|记了|算了)?\s*(?P<n4>[0-9]+|[一二两三四五六七八九十百][零一二两三四五六七八九十百]*)\s*(?:多)?\s*(?:天|个工|个?日工|工日)"
    # "从十月十号摘到十一月八号整整三十天": the days counted out
    r"|(?:整整|足足|满打满算|(?<=[号日])整|(?:干|做)满一个月)\s*(?P<n3>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:天|个工)"
    # "二十天的钱没给": the days paid for, told with the money
    r"|(?<![0-9一二两三四五六七八九十百])(?P<n2>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:天|个工)(?=的(?:钱|工钱|工资))"
    # each one's work-days told with no verb: "一个人四十五个工"
    r"|(?P<each2>每人|每个人|一人|一个人)(?:都|是)?\s*(?P<n5>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:多)?\s*个工(?![钱资])"
    r")"
)


def each_worker(before: str, headcount: int | None) -> bool:
    """Is the pay just told each worker's? Said so ("每人", "一人"), or told by a group
    without saying it is the teller's own or the group's together."""
    if _EACH.search(before):
        return True
    # the group is the one who says the pay, in the same breath: "我们两口子 一天260"
    said_by_group = re.search(
        r"(我们|咱们|我俩|两口子|夫妻|大家|[0-9一二两三四五六七八九十]+\s*个人)[^，,。；;！!？?]*$", before
    )
    return bool(headcount and headcount > 1 and said_by_group and not _NOT_EACH.search(before))


# the pay told once is every one's: "一个月三千二，我们五个人都一样", "拢同款" (Minnan), "大家都是
# this 数" right after it, or "工资都一样" anywhere
_SAME_NEAR = re.compile(
    r"(?:我们|俺们|咱们|大家|他们)[仨俩几个]*(?:都|也)?一样|都一样|都是一样|一样多|同款|都是这个数|都这个数|都是这个价|都差不多|都同样|没有区别"
)
_SAME_ANY = re.compile(r"(?:工资|工钱|人工|工价|钱)(?:也|都|是)*(?:一样|同款|相同)")


def same_pay(text: str, rate_end: int, headcount: int | None) -> bool:
    """Several people owed and the pay just told said to be the same for each of them."""
    if not headcount or headcount < 2:
        return False
    return bool(_SAME_NEAR.search(text, rate_end, rate_end + 24) or _SAME_ANY.search(text))


def same_days_too(text: str, days: int, headcount: int | None) -> bool:
    """Two people owed and the other said to have worked the same days ("𠊎做了九十日 …
    佢也做了九十日"): the pay per day is each one's."""
    if headcount != 2:
        return False
    return any(to_number(m.group("n")) == days for m in _TOO_DAYS.finditer(text))


_TOO_DAYS = re.compile(
    r"也(?:都)?(?:做|干|上|摘|出)了\s*(?P<n>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:天|日|个工)"
)


# the teller tells the work as their own ("我是厨师，在…干了五个月"): a pay told next is theirs
_TELLER_ALONE = re.compile(r"我(?:是|在|干|做|给|帮|当|从|去|一直|自己|进)")
# ... unless another worked beside them: "我老婆同我一起做，她也做了九十日"
_WORKED_TOO = re.compile(r"(?:一起|一块|一齐)(?:做|干|摘|搬|上班)|也(?:做|干|上|跑|摘)了")


def whose_unknown(text: str, at: int, headcount: int | None) -> bool:
    """Several people owed and a pay told with no word of whose it is: not each one's
    ("每人", "我们两口子 一天260"), not the teller's own ("我一个月", a story told as the
    teller's own work), not the group's together ("四个人一天一千二", "一共一天")."""
    before = text[max(0, at - 16) : at]
    if not headcount or headcount < 2 or _EACH.search(before) or _NOT_EACH.search(before):
        return False
    if _TELLER_ALONE.search(text, 0, at) and not _WORKED_TOO.search(text):
        return False
    return not re.search(
        r"(我们|咱们|俺们|我俩|两口子|夫妻|大家|[0-9一二两三四五六七八九十]+\s*个(?:人|(?![月多半小钟星礼])))[^，,。；;！!？?]*$",
        before,
    )


# the days of each month told one by one: "九月干了二十五天，十月干了二十二天"
_MONTH_DAYS = re.compile(
    r"(?P<m>(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?)(?:的|里|份)?[^，,。；;0-9]{0,4}?"
    r"(?:(?:干|做|上|出|跑|记|打)了?|(?<=[月份]))\s*(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*(?:多)?\s*(?:天|个工|个?日工|工日)"
    # "九月份干了二十五天只给了四千": what was paid for those days may follow at once
    r"(?=[，,。；;\s]|$|(?:只|就|才|一分|一块|都|也|没|还|工钱|工资|钱)"
    # "十月干了二十六天十一月干了二十四天": the next month's days follow at once
    r"|(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月)"
)


# the days worked in a month, a day's pay told: "每天两百，一个月干二十六天"
DAYS_A_MONTH = re.compile(
    r"(?:一个月|每个?月)(?:都|能|要|大概|差不多|基本|一般)?(?:干|做|上|出工|出勤)了?\s*"
    r"(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]+)\s*(?:多)?\s*(?:天|个工)"
)


def days_by_month(text: str) -> tuple[int, list[str]] | None:
    """The days of two or more months added up, and those months."""
    found = [(m.group("m"), to_number(m.group("n"))) for m in _MONTH_DAYS.finditer(text)]
    if len(found) < 2 or len({m for m, _ in found}) != len(found) or any(n is None for _, n in found):
        return None
    total = sum(int(n) for _, n in found if n is not None)
    return (total, [m for m, _ in found]) if 0 < total <= 366 else None


# one person's days in a list of everyone's: "我做了六十二天，我老公五十九天", "小周四十个"
_KIN = (
    r"老公|老婆|男人|媳妇|爱人|儿子|女儿|兄弟|弟弟?|哥哥?|姐姐?|妹妹?|爸|妈|爹|娘|小舅子|舅子|侄子|外甥"
    r"|表哥|表弟|老表|堂哥|堂弟|姐夫|妹夫|老乡|徒弟|师傅"
)
# a name said by itself ("牛根旺52天"): two or three characters, no figure, month, day, verb or
# counting word among them
_NAME = (
    r"(?!总共|一共|合计|总计|前后|大概|大约|差不多|加起来|算下来|工资|工钱|中间|后来|然后|剩下|另外|还有|其中|只有)"
    r"(?:(?![月号日天年每一各二两三四五六七八九十百个干做上出摘打了也就只才都])[\u4e00-\u9fff]){2,3}"
)
_OWNER = (
    # "我兄弟尕军", "俺爹", "我媳妇": the teller's relative, the relative's name maybe after it
    rf"(?:我|俺|涯|𠊎|阮|他|她|佢)(?:自己|家己)?(?:(?:{_KIN})(?:{_NAME}(?=[做干上出摘打0-9一二两三四五六七八九十]))?)?"
    rf"|[阿小老][\u4e00-\u9fff]|{_NAME}(?=[做干上出摘打0-9])"
)
_ONES_DAYS = re.compile(
    rf"(?:^|(?<=[，,、。；;\s]))(?P<who>{_OWNER})(?:也|就|只|才)?(?:做|干|上|出工|出勤|摘|打)?(?:了|咗|欸)?\s*"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十百]+)\s*(?:多)?\s*(?:(?P<u>天|日(?![子期本])|个工|工日|工|个)(?=[，,、。；;\s]|$)|(?=[，,、。；;\s]|$))"
)


def days_listed(text: str) -> int | None:
    """The days of several people told one after another ("我干了六十二个工，老周五十个，小吴四十
    八个"), added up: the days of all of them together. The first names its unit (天, 日, 个工)."""
    counts = _listed(text)
    return None if counts is None else sum(counts)


def listed_how(text: str) -> str:
    """How the days listed add up, for the read-back: "(62 + 50 + 48)"."""
    counts = _listed(text) or []
    return "(" + " + ".join(str(n) for n in counts) + ")" if len(counts) > 1 else str(sum(counts))


# two people's days told as one ("我表哥和一个老乡各做了九十个工"): read as each one's
_PAIR_EACH = re.compile(
    r"(?:(?<=[，,、。；;\s])|^)[^，,、。；;\s]{1,8}?(?:和|跟|同|与)[^，,、。；;\s]{1,6}?各(?:自)?"
    r"(?P<v>做|干|上|出工)(?:了|咗)?\s*(?P<n>[0-9]+|[一二两三四五六七八九十百]+)\s*(?P<u>天|日|个工|工日|工)"
)


def _listed(text: str) -> list[int] | None:
    # "还有俩老乡一个干了45天一个干了40天": a group's days told one after another too
    text = each_told_apart(text)
    text = _PAIR_EACH.sub(lambda m: "他{v}了{n}{u}，她{v}了{n}{u}".format(**m.groupdict()), text)
    found = list(_ONES_DAYS.finditer(text))
    for i, first in enumerate(found):
        if first.group("u") not in ("天", "日", "个工", "工日"):
            continue
        chain = [first]
        for m in found[i + 1 :]:
            gap = text[chain[-1].end() : m.start()]
            if (
                len(gap) > 2
                or not re.fullmatch(r"[，,、\s]*", gap)
                or m.group("who") in {c.group("who") for c in chain}
            ):
                break
            chain.append(m)
        counts = [to_number(c.group("n")) for c in chain]
        if len(chain) >= 2 and all(n is not None and 0 < n <= 366 for n in counts):
            return [int(n) for n in counts if n is not None]
    return None


def days_elsewhere(text: str, rate: re.Match[str]) -> tuple[int, bool, bool] | None:
    """The days worked told away from a day rate ("我俩每人都干了二十三天"): (days, each's,
    each's said in so many words: "一人干了四十五天"); the days of several months added; the
    days of several people told one after another, added (the days of them all)."""
    by_month = days_by_month(text)
    if by_month is not None:
        return by_month[0], True, False
    listed = days_listed(text)
    if listed is not None:
        return listed, False, False
    for d in _DAYS.finditer(text):
        if rate.start() <= d.start() < rate.end():
            continue
        if (
            d.end() <= rate.start()
            and not re.search(r"[，,。；;\s]", text[d.end() : rate.start()])  # a pause: words of their own
            and rate.start() - d.end() <= 6
        ):
            continue  # "工地上一天三百": the rate's own 一天, not a day worked
        n = to_number(d.group("n") or d.group("n2") or d.group("n3") or d.group("n4") or d.group("n5"))
        # a crew's work-days counted in 工 run past a year's days ("记了六百二十个工")
        most = 3000 if re.search(r"工", d.group(0)[-3:]) else 366
        if n is not None and 0 < n <= most:
            return int(n), not (d.group("all") or d.group("all2")), bool(d.group("each") or d.group("each2"))
    return None


def each_and_total(each: Decimal, rough: bool, heads: int, total: Decimal) -> list[Decimal]:
    """Each one's part told beside the crew's total ("每个人还差两万出头，九个人总共十八万七千四"):
    none to ask when they agree (the total's share within -15 % / +50 % of a rough part: 两万出头,
    三万来块, 大概两万五), else both."""
    share = total / heads
    if share == each or (rough and each * Decimal("0.85") <= share <= each * Decimal("1.5")):
        return []
    return sorted({each * heads, total})

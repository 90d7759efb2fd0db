"""A period told across clauses, not in one: a start and an end in two clauses ("九月十号进的场，
十月五号干完"), the last N months before the work's end ("干到八月底…最后俩月的钱一分没给"), and
months owed told clause by clause that make one run ("七月和八月各发了一半，九月十月全部没发").
Also the words of a start, an end, a range and a part owed that bot/core/extract/periods.py reads."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.figures import Figure
from bot.core.parsers import ParseError, parse_period
from bot.core.parsers.numerals import to_number

_MONTH_ONE = r"(?<![0-9一二三四五六七八九十])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])"
STARTED = re.compile(
    r"进场|进的场|进厂|进的厂|(?<![掘推先改前跟促引增演激])进(?:的|个|嘅|咯|嘞)(?!货)|入职|开工|开始|(?<![回出])来的|(?<!回)去的|(?:就|才)(?:去|来|上班|上工)了|到的|干起|上的班|上户|上岗|报到|入场|上工|上的工"
    # set out for the work: "八月半开海就出去", "三月份上的船", "九月进山"
    r"|(?:就|才)?(?:出去|出海|出门|上船|进山|进矿|进去)(?:了|的)?|上的船|登的船"
    # a month, then where the worker went: "九月中旬到阿瓦提县拾棉花" (not "九月到十月", "到现在")
    rf"|{_MONTH_ONE}\s*月份?(?:初|底|末|中|半|[上中下]旬)?(?:就|才)?(?:到|去|来)(?=[\u4e00-\u9fff])"
    r"(?!\s*(?:今年|去年|明年)?\s*(?:[0-9]|十|[一二三四五六七八九])|现在|今天|目前|如今|年[底末]|月[底末]|这|那|哪|"
    r"要|讨|找|问|催|结|拿|领|算)"  # "十一月去要钱": asking for the pay, no start
)
ENDED = re.compile(
    # the work done in a month, by any work: "十月份贴完", "十一月初就铺完了"
    rf"{_MONTH_ONE}\s*月份?(?:初|底|末|中|[上中下]旬)?(?:就|才|都|全)?[\u4e00-\u9fff]完(?![钱工资])|"
    r"干完|做完|完工|完的工|收的工|停的工|收的尾|结束|停工|收工|走的|(?:我|就|才)走了|离开|辞职|辞的职|干到|做到|[摘收砍拆装修建铺刷砌盖]完|(?:全部|全都|都)[\u4e00-\u9fff]完|下户|下岗|退场|离场|撤场|离职|不干了|走人|不做了"
    # sent away or back home: "十月底人家说不用了", "叫我走了", "十一月底回来", "上岸"
    r"|(?:说|讲)?不用(?:我|她|他|俺)?了|[让叫喊](?:我|她|他|俺|阮)走|辞退|开除|被炒|回来了?$|回来的|回的家|回家了|上的岸|上岸了?$|下的船|下船了?$"
    # "一直拾到十月底", "跑到七月份": the work went on until a month
    r"|(?<!从)(?:一直|直)?[\u4e00-\u9fff]到(?=\s*(?:今年|去年)?\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月)"
)
# the month an end clause names: "一直干到五月底" is May (not May until now)
_END_MONTH = re.compile(
    r"到[^，,。；;0-9一二三四五六七八九十]{0,6}?(?P<m>(?:今年|去年)?\s*(?:(?:农历|阴历)?(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月|[正冬腊]月(?:底|末)?))(?:份|底|末|中|初|[上中下]旬)?"
)


# only the last months of the work are owed: "最后三个月工资没结", "后两个月没给"
_LAST_MONTHS = re.compile(
    r"(?:最后|后面|后头|后边|后尾|后背|(?<![之以前])后)(?:的|那)?\s*(?P<n>[0-9]+|[两二三四五六七八九十]+)\s*个\s*月"
)


# a month told with no pay, no end and no other month in its clause, then the work's end told
# after it: the start ("八月中旬就出海了 … 做到十一月底")
_GOING_OUT = re.compile(
    r"^(?!.*(?:工资|工钱|钱|发|给|欠|结|付|扣|借|支|到|至|[0-9一二三四五六七八九十]\s*号))"
    r"(?:今年|去年)?(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份|半|中|初|[上中下]旬)?[^月]*$"
)


def start_and_end(clauses: list[str], today: date, text: str = "") -> Figure | None:
    """ "九月十号进的场，十月五号干完": a month told as the start and another as the end,
    in two clauses, are one period; "最后三个月没结" keeps that many months at its end."""
    if (
        len(clauses) < 2
        or RANGE.search(clauses[0])
        or not (
            STARTED.search(clauses[0])
            or re.search(r"从|起|以来", clauses[0])
            or _GOING_OUT.search(clauses[0])
        )
    ):
        return None
    first = parse_period(clauses[0].strip(), today)  # "从八月开始干的" runs to now: its end is replaced
    if isinstance(first, ParseError):
        return None
    for c in clauses[1:]:
        if not ENDED.search(c) or STARTED.search(c):
            continue
        said = _END_MONTH.search(c)
        last = parse_period(said.group("m") if said and not RANGE.search(c) else c.strip(), today)
        if isinstance(last, ParseError) or last.value["start"] != last.value["end"]:
            continue
        start, end = first.value["start"], last.value["end"]
        if end <= start:
            continue
        (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (start, end))
        n = (y2 - y1) * 12 + m2 - m1 + 1
        last_n = _LAST_MONTHS.search(text)
        count = to_number(last_n.group("n")) if last_n is not None else None
        if count is not None and 0 < count < n:
            y1, m1 = divmod(y2 * 12 + m2 - 1 - int(count) + 1, 12)
            m1 += 1
            start, n = f"{y1:04d}-{m1:02d}", int(count)
        return Figure({"start": start, "end": end}, f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）", 0, 0)
    return None


def last_before_end(clauses: list[str], text: str, today: date) -> Figure | None:
    """ "干到八月底就不干了，最后俩月的钱一分没给": the work's last month told, and the last N
    months owed, are the N months ending there (not N months counted back from today)."""
    last_n = _LAST_MONTHS.search(text.replace("俩", "两个").replace("仨", "三个"))
    count = to_number(last_n.group("n")) if last_n is not None else None
    if count is None or not 0 < count <= 12:
        return None
    ends = [c for c in clauses if ENDED.search(c) and not STARTED.search(c) and not RANGE.search(c)]
    if len(ends) != 1:
        return None
    said = _END_MONTH.search(ends[0])
    last = parse_period(said.group("m") if said else ends[0].strip(), today)
    if isinstance(last, ParseError) or last.value["start"] != last.value["end"]:
        return None
    y2, m2 = map(int, last.value["end"].split("-"))
    y1, m1 = divmod(y2 * 12 + m2 - int(count), 12)
    m1 += 1
    n = int(count)
    shown = f"{y2}年{m2}月（共1个月）" if n == 1 else f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）"
    return Figure({"start": f"{y1:04d}-{m1:02d}", "end": last.value["end"]}, shown, 0, 0)


# a month partly paid is a month owed: "七月和八月各发了一半"
PART_OWED = re.compile(
    r"一半|一部分|没发全|没给全|没结清|没发完|(?:只|才)(?:发|给|结|付)|得返|只得"  # Cantonese 得返: only got
    r"|个月(?:一共|总共)?就(?:发|给|结|付)"  # "三个月就给了七千": only that much for the months
)


# more months added to those told before: "还有七月八月", "再加十一月上半个月"
_MORE = re.compile(r"^(?:再加上?|还有|加上|以及|外加|连同|和)")
MONTH_NAMED = re.compile(r"(?<![个0-9])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月")


def owed_union(clauses: list[str], owed: re.Pattern[str], today: date) -> Figure | None:
    """Months owed told in several clauses ("七月和八月各发了一半，九月十月全部没发"): when
    together they make one run of months, the period is the whole run, not its first part."""
    spans: list[tuple[str, str]] = []
    before = False  # the clause before was owed months
    for i, c in enumerate(clauses):
        nxt = clauses[i + 1] if i + 1 < len(clauses) else ""
        # "九月份和十月份两个月，再加十一月上半个月的工资没给": the owing said once for both
        joined = bool(_MORE.match(nxt) and owed.search(nxt))
        # "欠的是六月的，还有七月八月": the owing said once, more months added after it
        added = before and _MORE.match(c.strip()) is not None
        before = False
        if not (owed.search(c) or PART_OWED.search(c) or joined or added) or STARTED.search(c):
            continue
        if not MONTH_NAMED.search(c):
            continue  # a length ("三个月没发") names no months
        parsed = parse_period(c.strip(), today)
        if isinstance(parsed, ParseError):
            continue
        spans.append((parsed.value["start"], parsed.value["end"]))
        before = True
    if len(spans) < 2:
        return None
    spans.sort()
    start, end = spans[0]
    for a, b in spans[1:]:
        (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (end, a))
        if (y2 - y1) * 12 + m2 - m1 > 1:
            return None  # a gap: two periods, not one run
        end = max(end, b)
    if (start, end) in spans:
        return None  # one clause already holds them all
    (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (start, end))
    n = (y2 - y1) * 12 + m2 - m1 + 1
    return Figure({"start": start, "end": end}, f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）", 0, 0)


RANGE = re.compile(r"[0-9一二三四五六七八九十]\s*月?\s*(?:到|至|-|~|—)\s*[0-9一二三四五六七八九十]+\s*月")


# the first months of the run told as paid: "前三个月的工资都给了", "头两个月的结清了"
_FIRST_PAID = re.compile(
    r"(?:前|头|前面|开头)(?:的|那)?\s*(?P<n>[0-9]+|[一两二三四五六七八九十]+)\s*个\s*月(?:的)?(?:工资|工钱|钱)?"
    r"[^，,。；;\s]{0,3}?(?:都|也|已经)?(?:给了|发了|结了|结清了|给清了|发清了|拿到了|付了)(?!\s*(?:一半|一部分|部分|[0-9一二两三四五六七八九十]))"
)
# the last months of the run told as owed: "最后两个月没给", "后面三个月的一分没拿"
_LAST_OWED = re.compile(
    r"(?:最后|后面|后头|后边)(?:的|那)?\s*(?P<n>[0-9]+|[两二三四五六七八九十]+)\s*个\s*月[^，,。；;]{0,8}?"
    r"(?:没|未|不|欠|拖|压)"
)


def owed_part_of_run(text: str, found: Figure, today: date) -> Figure:
    """ "三月到十月在他那干 前三个月的工资都给了": the months owed are the run less its first months
    paid; "从六月到十月 最后两个月没给": its last months owed. Said so in the read-back."""
    paid, last = _FIRST_PAID.search(text), _LAST_OWED.search(text)
    if last is not None and PART_OWED.search(text):
        last = None  # "九月份只发了一千二 后头两个月一分也没": the month partly paid is owed too
    if paid is None and last is None:
        return found
    told = [parse_period(c, today) for c in re.split(r"[，,。；;！!？?\s]", text) if RANGE.search(c)]
    if not any(not isinstance(p, ParseError) and p.value == found.value for p in told):
        return found  # the months found are not the run told (already read around the months paid)
    (y1, m1), (y2, m2) = (map(int, found.value[k].split("-")) for k in ("start", "end"))
    n = (y2 - y1) * 12 + m2 - m1 + 1
    k = to_number((paid or last).group("n"))  # type: ignore[union-attr]
    if k is None or not 0 < k < n:
        return found
    k = int(k)
    owed = n - k if paid is not None else k
    if paid is not None and last is not None and to_number(last.group("n")) != owed:
        return found  # "前两个月发了 后面两个月没发" of five: which months is unclear
    y, m = divmod(y2 * 12 + m2 - 1 - owed + 1, 12)
    start = f"{y:04d}-{m + 1:02d}"
    how = f"前{k}个月已发" if paid is not None else f"干了{n}个月，最后{k}个月没发"
    shown = (
        f"{y}年{m + 1}月（共1个月；{how}）"
        if owed == 1
        else f"{y}年{m + 1}月 至 {y2}年{m2}月（共{owed}个月；{how}）"
    )
    return Figure(
        {"start": start, "end": found.value["end"]},
        shown,
        found.start,
        found.end,
        found.approximate,
        found.note,
    )


def work_end(text: str, month: str) -> bool:
    """`month` ("十月份") is told in `text` as the month the work ended ("八月份进场十月份贴完",
    "干到十月份"), after a start told before it: the end of a run, no month whose pay alone was
    counted. A month told again elsewhere ("九月三千八百斤 … 做到九月尾") has its own pay too."""
    ends = []
    for m in re.finditer(re.escape(month), text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.start() : m.end() + 6]
        ends.append(
            bool((ENDED.match(after) or re.search(r"[干做跑拾摘]到$", before)) and STARTED.search(before))
        )
    return any(ends) and all(ends)

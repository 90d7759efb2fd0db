"""Months owed told around a month paid or a length owed: after the last month paid ("最后一次发的
是8月份的，三个多月没给"), months named one by one that make the length said ("九月…十月…
十一月…，三个月的钱一分都没见到"), months run together and counted ("七八九三个月"), and a month
told as not yet due ("十一月份的还没到发工资的时候，先不算"), and the month now said as the time
("现在都十二月了"), not a month worked."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.figures import Figure
from bot.core.extract.money_words import month_runs
from bot.core.extract.periods_joined import ENDED, STARTED
from bot.core.parsers import ParseError, parse_period
from bot.core.parsers.numerals import to_number

# the owing told: not paid, held back, or nothing at all received ("一分都没见到", "一块都没")
OWED = re.compile(
    r"(没发|没给|欠|拖|没结|没拿|扣|不给|没有给|没有发|压着|押着|压了|押了|不结|没出|没见到|没收到|没到手|"
    r"(?:一分|一块|一毛|一文|分文)钱?[都也]?(?:没|未|不)|"
    # not paid in southern speech (冇, 未, 无: 没), and "not reckoned" for the pay ("也冇算钱")
    r"(?:冇|未|无|無)(?:发|發|给|給|结|結|出|畀|俾)|(?:没|冇|未|无)算(?:钱|工资|工钱|数))"
)
_NOT_DUE = re.compile(
    r"(?:另外|还有)?(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:的|那个月的?)?(?:工资|工钱)?"
    r"[^，,。；;0-9]{0,3}(?:还|也)?(?:没到|不到|未到)(?:发|结|给|开)?(?:工资|工钱|钱|薪|薪水)?的?(?:时候|日子|时间|发薪日|结算日)"
    r"(?:[^，,。；;0-9]{0,4}(?:先不算|不算|不说))?"
)


def not_due(text: str) -> str:
    """The text with a month told as not yet due blanked ("另外十一月份的还没到发工资的时候，
    那个先不算"): neither its month nor a figure before it is left out for it (same length)."""
    text = _NOT_DUE.sub(lambda m: " " * len(m.group(0)), text)
    for said in (_NOW_IS, _WENT_TO_ASK):
        if _MONTH_TOKEN.search(said.sub("", text)):
            text = said.sub(lambda m: " " * len(m.group(0)), text)
    return text


# the month the worker went to ask for the pay, after the work ("我十月底做完就走了 十一月去要一分钱
# 都没拿到"): no month worked; left out when another month is named
_WENT_TO_ASK = re.compile(
    r"(?<![个0-9一二两三四五六七八九十])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:初|底|中|末)?"
    r"(?:我|俺|额)?(?:再|又|就)?(?:去|回去|过去|跑去)(?:找他|找老板)?(?:要|讨|催|问)(?:钱|账|工资|工钱)?"
)


# work stopped from a month on: "十一月开始就不干了", "从十月起我就没去了" (that month is not worked)
_STOPPED = re.compile(
    r"(?:从)?(?:今年|去年)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:开始|起)"
    r"(?:就|我就|我|都)?(?:不干了|不做了|没干了|没做了|没去了|不去了|走了|辞职了|离职了|不在那干了)"
)


def period_answer(text: str) -> str:
    """An answer to which months are owed, read like a story's: months run together named
    ("六七八九月"), a month when work stopped left out ("…，十一月开始就不干了"), same length."""
    text = month_runs(text)
    if _MONTH_TOKEN.search(_STOPPED.sub("", text)):
        text = _STOPPED.sub(lambda m: " " * len(m.group(0)), text)
    return not_due(text)


# today's month told as the time now, not a month worked ("现在都十二月了还一分没给"): left out when
# another month is named (alone it still tells the months run to now)
_NOW_IS = re.compile(
    r"(?:现在|如今|眼下|这都|现在都|现在已经)(?:都|已经)?(?:是|到)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:了|底了|中了)"
)


# a period counted, not named: which months is asked, these offered (see bot/core/intake/story.py)
COUNTED = "counted back"
_MONTH_WORD = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
# a month named in the story (not a length: "三个月", "一个月五千")
_MONTH_TOKEN = re.compile(
    rf"(?<![个0-9一二两三四五六七八九十.])(?P<m>{_MONTH_WORD})\s*月(?!\s*[0-9]{{1,2}}\s*(?:日|号))"
)
# the last month paid: "最后一次发的是8月份的", "工资只发到8月，之后…", "8月以后就没发过"
_LAST_PAID = re.compile(
    rf"(?:(?:最后|上)一?次|上回)(?:发|给|结|拿|领)(?:的|了|到)?(?:是|的是)?\s*(?:今年)?\s*(?P<a>{_MONTH_WORD})\s*月"
    rf"|(?:工资|工钱|钱)?(?:只|就)?(?:发|给|结)到(?:了)?\s*(?:今年)?\s*(?P<b>{_MONTH_WORD})\s*月(?:份)?(?:的|为止|就|(?=[，,。\s]))"
    rf"|(?P<c>{_MONTH_WORD})\s*月(?:份)?(?:以后|之后|过后)(?:就|再|都)?(?:没|一直没|再没|没有)(?:发|给|结)"
    # "7月的发了", "6月以前的工资都结清了" (not "8月的发了一半": a month partly paid is owed)
    rf"|(?P<d>{_MONTH_WORD})\s*月(?:份)?(?:以前|之前)?的(?:工资|工钱|钱)?(?:都|已经|也)?"
    r"(?:发了|给了|结了|结清了|发完了|拿到了)(?!\s*(?:一半|一部分|部分|一点|[0-9一二两三四五六七八九十]))"
)
_COUNT_OWED = re.compile(
    r"(?<![0-9一二两三四五六七八九十])(?P<n>[0-9]+|[两二三四五六七八九十]+)\s*个\s*(?P<more>多)?\s*月"
)


def _shift(y: int, m: int, k: int) -> tuple[int, int]:
    y2, m2 = divmod(y * 12 + m - 1 + k, 12)
    return y2, m2 + 1


def _span(start: tuple[int, int], end: tuple[int, int]) -> Figure:
    (y1, m1), (y2, m2) = start, end
    n = (y2 - y1) * 12 + m2 - m1 + 1
    value = {"start": f"{y1:04d}-{m1:02d}", "end": f"{y2:04d}-{m2:02d}"}
    shown = f"{y1}年{m1}月（共1个月）" if n == 1 else f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）"
    return Figure(value, shown, 0, 0)


def after_last_paid(text: str, today: date) -> Figure | None:
    """ "三个多月没给工资了，最后一次发的是8月份的": the months owed begin after the last month
    paid and run to the last whole month, never counting the paid month; when the length owed
    does not agree with them, they are offered and the months asked (noted COUNTED)."""
    if re.search(r"去年|前年", text):
        return None
    paid = _LAST_PAID.search(text)
    count = _COUNT_OWED.search(text[paid.end() :] if paid else "") or _COUNT_OWED.search(text)
    if paid is None or count is None or not OWED.search(text):
        return None
    n = to_number(count.group("n"))
    month = to_month(paid.group("a") or paid.group("b") or paid.group("c") or paid.group("d"))
    if n is None or not 0 < n <= 12:
        return None
    if any(to_month(m.group("m")) > month for m in _MONTH_TOKEN.finditer(text)):
        return None  # "6月7月的发了，8月9月10月三个月没发": the months owed are named
    if _ended_by(text, today, month):
        return None  # "五月来的，八月底走的 … 八月的结清了，前面三个月都欠着": no month after it
    start = _shift(today.year, month, 1)
    last_whole = _shift(today.year, today.month, -1)
    held = (last_whole[0] - start[0]) * 12 + last_whole[1] - start[1] + 1
    found = _span(start, last_whole)
    if held != int(n):  # "三个多月" paid up to July, told on 1 December: four months or three? asked
        return Figure(found.value, found.echo, count.start(), count.end(), note=COUNTED)
    return found


def _ended_by(text: str, today: date, month: int) -> bool:
    """The work told as ended in `month` or before it ("八月底走的")."""
    for c in re.split(r"[，,。；;！!？?\s]", text):
        if not ENDED.search(c) or STARTED.search(c) or re.search(r"[发给结付算]到", c):
            continue  # "工资只发到6月": the last month paid, no end of the work
        parsed = parse_period(c, today)
        if not isinstance(parsed, ParseError) and parsed.value["start"] == parsed.value["end"]:
            if (
                int(parsed.value["end"].split("-")[1]) <= month
                and parsed.value["end"] <= today.isoformat()[:7]
            ):
                return True
    return False


def named_run_counted(text: str, told: list[str], owed: re.Pattern[str], today: date) -> Figure | None:
    """ "九月份算下来3960，十月份4120，十一月份…1870，三个月的钱一分都没见到": the months named
    one by one make a run of exactly the length said owed, so the period is that run."""
    if re.search(r"明年", text):
        return None
    lengths = [c for c in told if owed.search(c) and not _MONTH_TOKEN.search(c) and _COUNT_OWED.search(c)]
    if len(lengths) != 1:
        return None
    count = _COUNT_OWED.search(lengths[0])
    n = to_number(count.group("n")) if count is not None and not count.group("more") else None
    if re.search(r"去年|前年", text):  # "去年十一月、十二月，今年一月，三个月的工资没给": read in order
        named = [c for c in told if _MONTH_TOKEN.search(c) or _LUNAR_WORD.search(c)]
        parsed = parse_period(" ".join(named), today) if named else None
        if n is None or parsed is None or isinstance(parsed, ParseError):
            return None
        (y1, m1), (y2, m2) = (map(int, parsed.value[k].split("-")) for k in ("start", "end"))
        tokens = sum(len(_MONTH_TOKEN.findall(c)) + len(_LUNAR_WORD.findall(c)) for c in named)
        if (y2 - y1) * 12 + m2 - m1 + 1 != int(n) or tokens != int(n):
            return None
        return _span((y1, m1), (y2, m2))
    # a month told as paid ("九月份的工资发了，国庆过后就没发了") is none of the run
    paid = [c for c in re.split(r"[，,。；;！!？?\s]", text) if _PAID.search(c) and not owed.search(c)]
    months = sorted(
        {
            to_month(m.group("m"))
            for m in _MONTH_TOKEN.finditer(
                " ".join(c for c in re.split(r"[，,。；;！!？?\s]", text) if c not in paid)
            )
        }
    )
    if n is None or len(months) != int(n) or len(months) < 2 or months[-1] - months[0] != len(months) - 1:
        return None
    if months[-1] > today.month:
        return None
    return _span((today.year, months[0]), (today.year, months[-1]))


_LUNAR_WORD = re.compile(r"[正冬腊]月")
_PAID = re.compile(
    r"(?<![没不未])(?:发了|给了|结了|付了|发过了|结清)(?!\s*(?:一半|一部分|部分|[0-9一二两三四五六七八九十]))"
)
# month numbers run together, then how many they are: "七八九三个月", "十十一两个月"
_RUN_COUNTED = re.compile(
    r"(?<![0-9一二两三四五六七八九十几])(?P<run>[一二三四五六七八九十]{2,8})(?P<n>[两二三四五六七八九十])\s*个\s*月"
)


def _split_run(run: str) -> list[int] | None:
    """ "八九十" -> [8, 9, 10], "十十一十二" -> [10, 11, 12]: months in a row, each after the last."""
    months: list[int] = []
    i = 0
    while i < len(run):
        want = months[-1] + 1 if months else None
        for size in (3, 2, 1):  # "十一" before "十"
            word = run[i : i + size]
            if len(word) != size or not re.fullmatch(r"十[一二]?|[一二三四五六七八九]", word):
                continue
            if want is not None and to_month(word) != want:
                continue
            months.append(to_month(word))
            i += size
            break
        else:
            return None
    return months if len(months) >= 2 else None


def run_counted(clause: str) -> str:
    """ "八九十三个月" -> "8月到10月三个月": months run together that make the count said after them."""
    run = _RUN_COUNTED.search(clause)
    months = _split_run(run.group("run")) if run is not None else None
    if run is None or months is None or len(months) != to_number(run.group("n")):
        return clause
    return clause[: run.start("run")] + f"{months[0]}月到{months[-1]}月" + clause[run.end("run") :]


def to_month(word: str) -> int:
    cn = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
    if word.isdigit():
        return int(word)
    return 10 + cn.get(word[1:], 0) if word.startswith("十") else cn[word]


# one more month told after the story, also owed: "另外十一月还送了十天 八百件 也冇算钱",
# "还有十二月的也没给"
_ONE_MORE = re.compile(
    rf"(?:另外|还有|再加上?|加上)(?:还有)?\s*(?P<m>{_MONTH_WORD})\s*月(?:份)?(?P<rest>[^。；;！!？?]{{0,24}})"
)


def one_more_month(text: str, found: Figure, today: date) -> Figure:
    """The period with the month right after its end added, when the story adds that month as
    owed too ("九月十月两个月 … 另外十一月还送了十天 也冇算钱"); else as it was (never past
    the month of today)."""
    (y1, m1), (y2, m2) = (map(int, found.value[k].split("-")) for k in ("start", "end"))
    if _shift(y2, m2, 1) > (today.year, today.month):
        return found
    for m in _ONE_MORE.finditer(text):
        rest = m.group("rest")
        cut = _MONTH_TOKEN.search(rest)  # the owing told before any other month is named
        if to_month(m.group("m")) != m2 % 12 + 1 or not OWED.search(rest[: cut.start() if cut else None]):
            continue
        return _span((y1, m1), _shift(y2, m2, 1))
    return found


def months_left_out(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of figures already read, less the months named inside them: "十一月还送了十天
    八百件" read as pieces still tells a month worked (a rate's "一个月" is no month named)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        at = a
        for m in _MONTH_TOKEN.finditer(text, a, b):
            out.append((at, m.start()))
            at = m.end()
        out.append((at, b))
    return [(a, b) for a, b in out if b > a]

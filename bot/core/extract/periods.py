"""The months owed in a story: a range, months listed, a start and an end told in two clauses,
a length counted back from today, the Spring Festival's season ("过完年": asked when unsure).
Each clause is read by the single-answer period parser of bot/core/parsers; a period told across
clauses is joined by bot/core/extract/periods_joined.py."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

from bot.core.extract.figures import Figure
from bot.core.extract.name_words import SURNAMES
from bot.core.extract.periods_joined import (
    ENDED,
    MONTH_NAMED,
    PART_OWED,
    RANGE,
    STARTED,
    last_before_end,
    owed_part_of_run,
    owed_union,
    start_and_end,
)
from bot.core.extract.periods_told import (
    COUNTED,
    OWED,
    after_last_paid,
    named_run_counted,
    not_due,
    one_more_month,
    run_counted,
    to_month,
)
from bot.core.parsers import ParseError, parse_headcount, parse_period
from bot.core.parsers.lunar_days import lunar_note, solar_days

_PERIOD_CUE = re.compile(
    r"(去年|今年|前年|开年|年初|\d{4}\s*年|[0-9]{1,2}\s*月|[一二三四五六七八九十]{1,2}\s*月|上个?月|这个月|本月|过完年|开春|"
    r"过了年|年后|春节|过年|正月|元宵|元旦|清明|五一|国庆|端午|中秋|腊月|冬月|农历|阴历|上半年|下半年|"
    r"[0-9一二两三四五六七八九十半]+\s*个\s*[多半来]?\s*月|[仨俩]\s*月|(?:1[0-2]|[1-9])\.[0-3]?[0-9]\s*(?:到|至|-|~|—)|\d{4}\s*[.\-/]\s*\d{1,2}|暑假|寒假|"
    r"[0-9一二两三四五六七八九十半]+\s*多?\s*年(?:的|工资|没|了))"
)


# a month told as when the pay was agreed, and a month named at all (not "三个月")
_AGREED = re.compile(r"月份?(?:的时候|时|那会儿?)?(?:就)?(?:讲好|说好|谈好|讲定|说定|定好|约好)")
_MONTH_NAMED = re.compile(
    r"(?<![个0-9一二两三四五六七八九十])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
)


_VAGUE = re.compile(r"(?<![上下])半年|[0-9一二两三四五六七八九十]+\s*年多|快一年|近一年|[好几]+个月|多年")


def find_period(text: str, today: date, masked: list[tuple[int, int]]) -> Figure | None:
    """The months owed (see _find_period). Lunar days and festivals are read as the calendar
    months they fall in first ("正月十五过了就去的", "干到重阳": bot/core/parsers/lunar_days.py),
    and the read-back says the date each gave. A start told as "过完年" when the Spring
    Festival's season ended early in a month (2026: 正月十五 is 3 March) may mean that month or
    the one before (work often starts again in late February): noted NEW_YEAR, to be asked."""
    blank, lunar = solar_days(_blanked(text, masked), today)
    blank = _SPACED_MONTHS.sub(_listed, blank)  # "九月 十月 十一月 工资都没发": months listed
    found = _find_period(text, blank, today)
    if found is not None and found.note != COUNTED:
        found = one_more_month(blank, owed_part_of_run(blank, found, today), today)
    if found is not None and lunar and (note := lunar_note(lunar, found.value)):
        echo = found.echo.removesuffix("）") + note + "）"
        found = Figure(found.value, echo, found.start, found.end, found.approximate, found.note)
    if found is None or not re.search(r"过完年|过了年|过完春节|开春", blank):
        return found
    y, m = map(int, found.value["start"].split("-"))
    season_end = LunarDate(LunarDate.from_solar_date(y, m, 1).year, 1, 15).to_solar_date() + timedelta(days=1)
    if (season_end.year, season_end.month) != (y, m) or season_end.day > 10:
        return found
    return Figure(found.value, found.echo, found.start, found.end, found.approximate, NEW_YEAR)


NEW_YEAR = "new year start unsure"
# months said one after another with only a pause between them ("九月 十月 十一月")
_SPACED_MONTHS = re.compile(
    r"(?<![个0-9一二两三四五六七八九十])(?P<a>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?P<gap>[\s，,]+)"
    r"(?=(?P<b>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!\s*[0-9一二三四五六七八九十]+\s*[号日]))"
)


def _listed(m: re.Match[str]) -> str:
    """The pause between two months in a row (九月 十月) made a list mark; any other kept."""
    follows = to_month(m.group("b")) == to_month(m.group("a")) % 12 + 1
    return m.group(0)[: m.start("gap") - m.start()] + ("、" if follows else m.group("gap"))


def months_period(months: list[str], today: date) -> Figure | None:
    """The period from the first to the last of months named one by one ("十月份", "十一月上半月")."""
    plain = [re.sub(r"份|[上下]半个?月|[上中下]旬|\s", "", m) for m in months]
    nums = [to_month(m.removesuffix("月")) for m in plain]
    if max(nums) - min(nums) <= 6:  # "十月工资6500没发，还压着9月的工资6300": September to October
        plain = [m for _, m in sorted(zip(nums, plain, strict=True))]
    first, last = plain[0], plain[-1]
    parsed = parse_period(f"{first}到{last}" if first != last else first, today)
    if isinstance(parsed, ParseError):
        return None
    return Figure(parsed.value, parsed.echo, 0, 0, parsed.approximate)


def _blanked(text: str, masked: list[tuple[int, int]]) -> str:
    """The text with figures already used blanked (same length), so a phone number or "一个月
    五千二" is not read as a month; "九月就给了两千": 就 is "only" before a figure."""
    rate = re.sub(
        r"(每个?月|(?<![0-9一二两三四五六七八九十俩仨])一个月|(?<![个0-9一二两三四五六七八九十俩仨])(?:月薪|月工资|(?<![年到至和跟、])一月(?!\s*(?:[0-9]{1,2}|十[一二]?|[二三四五六七八九])\s*月)))(?=\s*(?:工资|的工资)?\s*(?:是|有|给|才)?\s*[0-9零一二两三四五六七八九十])",
        lambda m: " " * len(m.group(0)),
        text,
    )
    rate = _NAMED_FESTIVAL.sub(lambda m: m.group(1) + "  ", rate)  # "李国庆一万八千六": a name
    chars = list(rate)
    for a, b in masked:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    blank = "".join(chars)
    blank = not_due(blank)
    only = {m.start("only") for m in _ONLY_PAID.finditer(text)}
    return "".join("只" if i in only else c for i, c in enumerate(blank))


def _find_period(text: str, blank: str, today: date) -> Figure | None:
    """The months owed, from the clauses of `blank` (the text blanked, lunar days read) that
    talk about time."""
    clauses = [c for c in re.split(r"[，,。；;！!？?\s]", blank) if _PERIOD_CUE.search(c)]
    # "去年十二月份讲好干一年给…": not a month owed when a span worked is told elsewhere
    agreed = [c for c in clauses if _AGREED.search(c)]
    if agreed and any(len(_MONTH_NAMED.findall(c)) > 1 for c in clauses if c not in agreed):
        clauses = [c for c in clauses if c not in agreed]
    elif agreed:  # "九月份说好一个月六千 干到十一月": the month agreed is the month work began
        clauses = [
            _AGREED.sub(lambda m: m.group(0)[: m.group(0).index("月") + 1] + "开始", c) for c in clauses
        ]
    owed = OWED
    clauses = [_owed_part(_plain(c.replace("仨", "三个").replace("俩", "两个")), owed) for c in clauses]
    # a clause only about a part paid ("上个月给了五千") names no month owed
    clauses = [
        c
        for c in clauses
        if owed.search(c) or not _PAID_CLAUSE.search(c) or RANGE.search(c) or PART_OWED.search(c)
    ]
    # told with the owing first; a clause about a part paid ("9月底给我转了三千") last
    told = list(clauses)  # in the teller's order
    clauses.sort(key=lambda c: (not owed.search(c), bool(_PAID_CLAUSE.search(c))))
    explicit = [
        c
        for c in clauses
        if re.search(
            r"[0-9一二三四五六七八九十]\s*月(?!\s*(?:工资|的工资))|年后|过完年|过了年|开春|春节|元旦|清明|五一|国庆|端午|中秋|腊月|冬月|正月|[上下]半年|上个?月"
            r"|(?:1[0-2]|[1-9])\.[0-3]?[0-9]\s*(?:到|至|-|~|—)|\d{4}\s*[.\-/]\s*\d{1,2}|暑假|寒假"
            # a range of months names them, whatever follows ("8到10月的工资都没发")
            r"|[0-9一二三四五六七八九十]\s*月?\s*(?:到|至|-|~|—)\s*[0-9一二三四五六七八九十]+\s*月"
            # the end or start of a year ("从去年底开始")
            r"|(?:去年|前年|今年)年?[底末初头]|年[底末](?:到|至)|开年|年初",
            c,
        )
        or _LIST.search(c)
        # "7月到10月四个月", "8月9月10月三个月" name them
        and (not re.search(r"个\s*[多半]?\s*月", c) or RANGE.search(c) or _LIST.search(c))
    ]
    # months named in the text win; a vague length alone ("大半年", "一年多") is asked, never
    # turned into exact months counted back from today
    counted = [c for c in clauses if c not in explicit and not _VAGUE.search(c)]
    explicit = _closed_range_first(explicit, today)
    after_paid = after_last_paid(blank, today)
    if after_paid is not None:
        return after_paid
    run = named_run_counted(blank, told, owed, today)
    if run is not None:
        return run
    joined = start_and_end(explicit, today, blank) or last_before_end(explicit, blank, today)
    if joined is not None:
        return joined
    union = owed_union(told, owed, today) or _worked_run(told, owed, today)
    if union is not None:
        return union
    groups = (explicit, counted)
    if (
        explicit
        and counted
        and STARTED.search(explicit[0])
        and not owed.search(explicit[0])
        and owed.search(counted[0])
        # "七月十号进去的十月二十号走的，干了三个多月": a start and an end told are the months
        and not (ENDED.search(explicit[0]) and _months_in(explicit[0], today) > 1)
    ):  # "七月进的厂，最近两个月工资没发": the month work began is not the months owed
        groups = (counted, explicit)
    for group in groups:
        for clause in group:
            said = clause.strip()
            began = (
                STARTED.search(said)
                and not ENDED.search(blank)
                and len(explicit) == 1
                and _OWED_TO_NOW.search(blank)
            )  # "去年11月份进的厂 到现在一分没发": owed from the month work began
            if (
                (_OPEN_START.search(said) or began)
                and not _UNTIL_NOW.search(said)
                and _UNTIL_NOW.search(blank)
            ):
                said += "到现在"  # "从8月开始就一直拖着，到现在欠我两万三": the start runs to now
            parsed = _listed_wider(said, parse_period(said, today), owed, today)
            if (
                not isinstance(parsed, ParseError)
                and parsed.value["start"] == parsed.value["end"]
                and (STARTED.search(clause) or ENDED.search(clause))
                and not owed.search(clause)
            ):
                continue  # "活是九月干完的", "九月进的场": one end of the work told, the other unknown
            if not isinstance(parsed, ParseError):
                start = text.find(clause.strip()[:4]) if clause.strip() else 0
                value, echo = _until_now_count(said, blank, parsed.value, parsed.echo, today)
                return Figure(
                    value,
                    echo,
                    max(start, 0),
                    max(start, 0) + len(clause.strip()),
                    parsed.approximate,
                    # a length counted back from today ("欠了三个月了"), no month named: which
                    # months is the teller's to say (asked, the months counted offered)
                    note=COUNTED if group is counted and not _NAMED.search(clause) else "",
                )
    return None


def _worked_run(told: list[str], owed: re.Pattern[str], today: date) -> Figure | None:
    """ "九月车了一万二千条，十月车了一万一千八百条" with no month told as owed or paid: each
    month's work told on its own, in a run, is the period (not the first month alone), also
    when what was paid is told for them all ("两个月一共就借支了两千")."""
    # a part paid or owed for the whole run, no month named ("两个月就给俺借支了两千"), says no
    # other months
    if any(
        (owed.search(c) or _PAID_CLAUSE.search(c) or PART_OWED.search(c)) and MONTH_NAMED.search(c)
        for c in told
    ):
        return None
    months = []
    for c in told:
        if not _WORK_DONE.search(c):
            continue
        parsed = parse_period(c.strip(), today)
        if isinstance(parsed, ParseError) or parsed.value["start"] != parsed.value["end"]:
            continue
        months.append(parsed.value["start"])
    if len(set(months)) < 2 or months != sorted(months):
        return None
    (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (months[0], months[-1]))
    n = (y2 - y1) * 12 + m2 - m1 + 1
    if n != len(set(months)):
        return None  # a gap: not one run
    return Figure({"start": months[0], "end": months[-1]}, f"{y1}年{m1}月 至 {y2}年{m2}月（共{n}个月）", 0, 0)


# a month's work told with its amount: "九月车一万二千条", "十月做了二十六天", "十一月跑了九百单"
_WORK_DONE = re.compile(
    r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:我|阮|俺)?\s*[\u4e00-\u9fff]{1,2}了?\s*"
    r"(?:[0-9]+|[一两二三四五六七八九十][千百万零一两二三四五六七八九十]*)\s*(?:多)?\s*(?:条|件|个|双|单|天|日|工|趟|车|平|方|张|箱|小时|个钟)"
)


def _months_in(clause: str, today: date) -> int:
    """How many months a clause names (0 when none)."""
    parsed = parse_period(clause.strip(), today)
    if isinstance(parsed, ParseError):
        return 0
    (y1, m1), (y2, m2) = (map(int, parsed.value[k].split("-")) for k in ("start", "end"))
    return (y2 - y1) * 12 + m2 - m1 + 1


# a festival word that is a person's given name ("李国庆", "王五一"): a surname before it and no
# word of time after it ("国庆后", "国庆节", "国庆那会儿")
_NAMED_FESTIVAL = re.compile(
    "([" + "".join(sorted(c for c in SURNAMES if len(c) == 1)) + "])(?:国庆|五一|清明|元旦)"
    r"(?!节|后|以后|之后|前|假|期间|开始|过后|长假|放假|那|过完|完)"
)


def _listed_wider(said: str, parsed: object, owed: re.Pattern[str], today: date) -> object:
    """ "…把我们十月份和十一月份的工资都压着不发…我十月份跑了…": a long clause naming one month
    again after a list of months owed; the listed months are the period."""
    listed = _LIST.search(said)
    if listed is None or isinstance(parsed, ParseError) or not owed.search(said[listed.start() :]):
        return parsed
    wider = parse_period(listed.group(0), today)
    if isinstance(wider, ParseError):
        return parsed
    value = parsed.value  # type: ignore[attr-defined]
    if wider.value["start"] <= value["start"] and wider.value["end"] >= value["end"] and wider.value != value:
        return wider
    return parsed


# a month or a time of year named ("10月工资", "去年底", "国庆"): the period is no bare length
_NAMED = re.compile(
    r"[0-9一二三四五六七八九十]\s*月|上个?月|这个?月|本月|去年|今年|前年|年[底末初头]|开年|开春|春节|过年|过完年|"
    r"年后|正月|腊月|冬月|元旦|元宵|清明|五一|国庆|端午|中秋|农历|阴历|[上下]半年|暑假|寒假|\d{4}\s*[.\-/]\s*\d"
)


# a month's pay given only in part: "九月就给了两千", "十月份的就发了一千五"; a part paid (_PAID_CLAUSE)
_ONLY_PAID = re.compile(
    r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:的|的工资)?\s*(?P<only>就)(?:发|给|结|付)了?"
    r"(?:我|俺)?\s*(?:[0-9]|[一两二三四五六七八九][千百万])"
)
_PAID_CLAUSE = re.compile(r"(?<![没不未])(?:给过|给了|付了|转了|发了|结了|预支|借支|只给|就给)")
# months listed one by one: "8月9月10月", "九月、十月"
_LIST = re.compile(
    r"[0-9一二三四五六七八九十]\s*月份?\s*[、和跟及与]?\s*[0-9一二三四五六七八九十]+\s*月"
    # "7、8、9、10、11五个月": bare month numbers listed, then the months they make
    r"|(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])(?:\s*[、,，]\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])){2,}"
    r"\s*(?:[0-9一二两三四五六七八九十]+\s*个\s*)?月"
)


def _closed_range_first(clauses: list[str], today: date) -> list[str]:
    """ "从7月开始就没发 … 7月到10月四个月": a start with no end runs to today, but a range
    from the same month told elsewhere says where it ends, so that range is read instead."""
    if len(clauses) < 2 or RANGE.search(clauses[0]) or _LIST.search(clauses[0]):
        return clauses
    first = parse_period(clauses[0].strip(), today)
    if isinstance(first, ParseError):
        return clauses
    for c in clauses[1:]:
        if not (RANGE.search(c) or _LIST.search(c)):  # "9月、10月、11月三个月" ends too
            continue
        other = parse_period(c.strip(), today)
        if (
            not isinstance(other, ParseError)
            and other.value["start"] == first.value["start"]
            and other.value["end"] < first.value["end"]
        ):
            return [c, *(x for x in clauses if x != c)]
    return clauses


_MONTH_NO = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_BARE_LIST = re.compile(
    rf"(?P<list>{_MONTH_NO}(?:\s*[、,，]\s*{_MONTH_NO})+)\s*(?:[0-9一二两三四五六七八九十]+\s*个\s*)?月"
)


def _plain(clause: str) -> str:
    """ "八、九、十月" -> "八月到十月" (months listed by number, said once); "八九十三个月" ->
    "八月到十月三个月" when the months run together make the count said after them."""
    m = _BARE_LIST.search(clause)
    if m is not None:
        nums = [to_month(x) for x in re.split(r"\s*[、,，]\s*", m.group("list"))]
        if all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False)):
            clause = clause[: m.start()] + f"{nums[0]}月到{nums[-1]}月" + clause[m.end() :]
    return run_counted(clause)


def _owed_part(clause: str, owed: re.Pattern[str]) -> str:
    """Of two lengths in one clause, the one told with the owing ("做了十个月了最后三个月没给钱"
    -> 最后三个月没给钱): the worked length is not the owed one."""
    counts = list(_COUNT.finditer(clause))
    said = list(owed.finditer(clause))
    if len(counts) < 2 or not said:
        return clause
    best = min(counts, key=lambda c: min(abs(c.start() - o.start()) for o in said))
    return clause[best.start() :]


# nothing paid up to now: "到现在一分没发", "至今一直没给"
_OWED_TO_NOW = re.compile(
    r"(?:到现在|至今|到今天|到目前|到如今)[^，,。；;]{0,6}?(?:一分|一直|都|还|也|从来)?[^，,。；;]{0,3}?(?:没|未|不)(?:发|给|结|开)"
)
_OPEN_START = re.compile(r"从|开始|以来|以后|之后|[起后]")
_UNTIL_NOW = re.compile(r"到现在|至今|到今天|到目前|到如今|一直到现在")
_COUNT = re.compile(r"(?<![0-9一二两三四五六七八九十])([0-9]+|[两二三四五六七八九十]+)\s*个\s*月")


def _until_now_count(
    clause: str, blank: str, value: dict[str, str], echo: str, today: date
) -> tuple[dict[str, str], str]:
    """ "从7月到现在 … 五个月": the months the worker counted decide whether the month just
    begun is owed (told on 1 December, 7月到现在 and 五个月 is July to November)."""
    if not _UNTIL_NOW.search(clause):
        return value, echo
    counts = {c for c in (_COUNT.findall(blank.replace(clause.removesuffix("到现在"), " "))) if c}
    if len(counts) != 1:
        return value, echo
    parsed = parse_headcount(counts.pop() + "个人")
    if isinstance(parsed, ParseError):
        return value, echo
    n = int(parsed.value)
    y, m = map(int, value["start"].split("-"))
    y2, m2 = map(int, value["end"].split("-"))
    if (y2 - y) * 12 + m2 - m + 1 != n + 1:
        return value, echo  # only the month just begun is in question
    end_y, end_m = divmod(y * 12 + m - 1 + n - 1, 12)
    end = f"{end_y:04d}-{end_m + 1:02d}"
    shown = f"{y}年{m}月 至 {end_y}年{end_m + 1}月（共{n}个月）"
    return {"start": value["start"], "end": end}, shown

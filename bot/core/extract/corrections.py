"""A message that corrects the story told just before it, in free text: "不对，是八千不是六千",
"说错了，不是四个，是五个人", "名字写错了，是单秀平". The story is read again with the slip
replaced; a phone said again after a slip needs no replacing (the phone reader takes the number
told after 打错了)."""

from __future__ import annotations

import re

from bot.core.parsers import to_simplified

# words that mark a slip corrected
# (Wu 弗对/勿对, Cantonese 唔对, Minnan 毋对/毋着: not right)
SLIP = r"(?:不对(?!劲)|[弗勿唔毋]对|毋[着著]|(?:说|打|写|搞|弄|讲)错(?!过)了?|错了|更正一下|纠正一下|口误)"
_LEAD = rf"^(?:等一下|等等|哦|啊|抱歉|不好意思)?[\s，,。！!]*(?:刚才|刚刚|前面|上面)?[^，,。]{{0,6}}?{SLIP}"
_TERM = r"[\u4e00-\u9fff0-9.万千百]{1,10}"
_NOT = r"(?:不是|[弗勿毋]是|唔系|唔是)"  # 不是 in Wu, Minnan, Cantonese
# "是八千不是六千", "应该是八千，不是六千"
_IS_NOT = re.compile(
    rf"(?:应该|其实)?[是系](?P<new>{_TERM}?)[\s，,]*(?:而)?{_NOT}(?P<old>{_TERM}?)(?=[\s，,。！!；;]|$)"
)
# "不是四个，是五个人", "不是六千而是八千"
_NOT_IS = re.compile(
    rf"{_NOT}(?P<old>{_TERM}?)[\s，,]*(?:而|应该|其实)?[是系](?P<new>{_TERM}?)(?=[\s，,。！!；;]|$)"
)
# "名字写错了，是单秀平", "我叫单秀平，名字打错了": the name told again
_NAME_FIX = re.compile(
    rf"(?:名字|姓名){SLIP}[\s，,。]*(?:应该)?(?:是|叫)(?P<new>[\u4e00-\u9fff·]{{2,8}}?)(?=[\s，,。！!；;]|$)"
)


# "不对 是一百九十趟": a count told again with its unit, the one it replaces unnamed
_COUNT_UNITS = "趟车件个双条只套箱间单平方吨袋天"
_IS_COUNT = re.compile(
    rf"是(?P<new>(?P<n>[0-9]+|[零一二两三四五六七八九十百千万]+)\s*(?P<u>[{_COUNT_UNITS}]))"
)


# "十一月是二百二十个钟头": a month's hours told again, the month named
_MONTH_HOURS = re.compile(
    r"(?P<m>(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?)(?:的|里)?(?:是|干了|做了|上了)?\s*"
    r"(?P<new>(?:[0-9]+|[零一二两三四五六七八九十百]+)\s*个?\s*(?:小时|钟头))"
)
_FIGURE = r"(?:[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万]{2,})"
# "一个号头六千五 勿是七千": the new figure told before 不是 with no 是 of its own
_FIG_NOT = re.compile(
    rf"(?<![是系0-9零一二两三四五六七八九十百千万])(?P<new>{_FIGURE})[\s，,]*{_NOT}(?P<old>{_FIGURE})"
)
# "是六千八 六千五那是面试时说的": the new figure after 是, the old one named later in the message
_IS_FIG = re.compile(rf"[是系](?P<new>{_FIGURE})(?=[\s，,。！!；;]|$)")


def _month_hours_fixed(story: str, text: str) -> str | None:
    """The story with the hours of the month `text` names replaced ("不对 十一月是二百二十个钟头")."""
    m = _MONTH_HOURS.search(text)
    if m is None:
        return None
    month = re.escape(re.sub(r"\s|份", "", m.group("m")))
    old = re.search(
        rf"{month}(?:份)?(?:的|里)?(?:干了|做了|上了|是)?\s*(?P<n>(?:[0-9]+|[零一二两三四五六七八九十百]+)\s*个?\s*(?:小时|钟头))",
        story,
    )
    if old is None or old.group("n") == m.group("new"):
        return None
    return story[: old.start("n")] + m.group("new") + story[old.end("n") :]


def _figure_fixed(story: str, text: str) -> str | None:
    """The story with an old figure the message names replaced by the new one: "六千五 勿是七千",
    "是六千八 六千五那是面试时候说的" (the old figure must stand in the story)."""
    m = _FIG_NOT.search(text)
    if m is not None and m.group("old") in story and m.group("new") != m.group("old"):
        at = story.rfind(m.group("old"))
        return story[:at] + m.group("new") + story[at + len(m.group("old")) :]
    m = _IS_FIG.search(text)
    if m is None:
        return None
    new = m.group("new")
    olds = [
        o.group(0)
        for o in re.finditer(_FIGURE, text[m.end() :])
        if o.group(0) != new
        and re.search(
            rf"(?<![0-9零一二两三四五六七八九十百千万]){o.group(0)}(?![0-9零一二两三四五六七八九十百千万])",
            story,
        )
    ]
    if len(set(olds)) != 1 or new in story:
        return None
    old = olds[0]
    return re.sub(
        rf"(?<![0-9零一二两三四五六七八九十百千万]){old}(?![0-9零一二两三四五六七八九十百千万])", new, story
    )


def _count_fixed(story: str, text: str) -> str | None:
    """The story with the last count of the same unit replaced by the one `text` tells."""
    if (hours := _month_hours_fixed(story, text)) is not None:
        return hours
    m = _IS_COUNT.search(text)
    if m is None:
        return _figure_fixed(story, text)
    unit = m.group("u")
    olds = list(
        re.finditer(
            rf"(?<![0-9零一二两三四五六七八九十百千万])([0-9]+|[零一二两三四五六七八九十百千万]+)\s*{unit}",
            story,
        )
    )
    olds = [o for o in olds if o.group(1) != m.group("n") and o.group(1) not in ("一", "每")]
    if not olds:
        return None
    last = olds[-1]
    return story[: last.start()] + m.group("new") + story[last.end() :]


# a figure set against another with no slip word: "是一万一千六百件 不是一万二", "不是六千 是八千"
_FIG_FOR_FIG = re.compile(
    rf"(?:^|[\s，,。])(?:[是系]{_FIGURE}\s*[{_COUNT_UNITS}]?(?:人)?[\s，,]*{_NOT}{_FIGURE}"
    rf"|{_NOT}{_FIGURE}\s*[{_COUNT_UNITS}]?[\s，,]*(?:而|应该)?[是系]{_FIGURE})"
)


# a message that opens by telling it right instead: "对了 其实是九月开始的", "实际上是六个人"
_RESTATED = re.compile(r"^(?:对了|哦|噢|啊|呃)?[\s，,。！!]*(?:其实|实际上)(?:应该)?[是系]")


def is_correction(message: str) -> bool:
    """The message opens by saying something told before was wrong, or sets a figure against
    the one told before ("刚翻了下 是一万一千六百件 不是一万二")."""
    text = message.strip()
    return bool(re.search(_LEAD, text[:40]) or _FIG_FOR_FIG.search(text) or _RESTATED.search(text))


def _count_token(story: str, old: str, new: str) -> tuple[int, int] | None:
    """Where `old`, a figure cut short ("一万二"), stands in the story as the count of the unit
    `new` ends with ("一万二千来件"): the whole count is replaced."""
    unit = re.search(rf"[{_COUNT_UNITS}]$", new)
    if unit is None or not re.fullmatch(_FIGURE, old):
        return None
    found = list(
        re.finditer(
            rf"(?<![0-9零一二两三四五六七八九十百千万]){re.escape(old)}[0-9零一二两三四五六七八九十百千万]*"
            rf"(?:来|多|几)?\s*{unit.group(0)}",
            story,
        )
    )
    return (found[-1].start(), found[-1].end()) if found else None


def slip_named(message: str) -> str | None:
    """The wrong word a correction names ("不对，是八千不是六千": 六千), None when it names none."""
    text = message.strip()
    if not is_correction(text):
        return None
    for pattern in (_IS_NOT, _NOT_IS):
        m = pattern.search(text)
        if m is not None and m.group("old"):
            return m.group("old")
    return None


def _aligned(story: str, old: str, new: str) -> tuple[str, str] | None:
    """`old` as it stands in the story (the last time) and `new` cut to fit it: "不是四个，是五个人"
    in "我们四个人" replaces 四个 with 五个, not with 五个人."""
    at = story.rfind(old)
    if at < 0 or not new or new == old:
        return None
    after = story[at + len(old) :]
    for cut in range(1, len(new)):
        if after.startswith(new[cut:]):
            return old, new[:cut]
    return old, new


def corrected(story: str, message: str, name: str | None = None) -> str | None:
    """The story with the slip the message corrects replaced; None when the message corrects
    nothing in it. `name` is the worker's name as read from the story (for "名字写错了，是…").
    The story is matched in simplified characters, as the correction is ("一萬五千個" told,
    "是一万六千个 不是一万五" read)."""
    story, text = to_simplified(story), to_simplified(message.strip())
    if not is_correction(text):
        return None
    fixed = _NAME_FIX.search(text)
    if fixed and name and name in story and fixed.group("new") != name:
        return story.replace(name, fixed.group("new"))
    for pattern in (_IS_NOT, _NOT_IS):
        m = pattern.search(text)
        if m is None:
            continue
        count = _count_token(story, m.group("old"), m.group("new"))
        if count is not None:  # "一万二千来件" told, "是一万一千六百件 不是一万二" corrects it
            return story[: count[0]] + m.group("new") + story[count[1] :]
        pair = _aligned(story, m.group("old"), m.group("new"))
        if pair is None:
            continue
        old, new = pair
        at = story.rfind(old)
        return story[:at] + new + story[at + len(old) :]
    return _count_fixed(story, text)

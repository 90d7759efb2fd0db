"""A message that corrects the story told just before it, in free text: "不对，是八千不是六千",
"说错了，不是四个，是五个人", "名字写错了，是单秀平". The story is read again with the slip
replaced; a phone said again after a slip needs no replacing (the phone reader takes the number
told after 打错了)."""

from __future__ import annotations

import re

# words that mark a slip corrected
# (Wu 弗对/勿对, Cantonese 唔对, Minnan 毋对/毋着: not right)
SLIP = r"(?:不对(?!劲)|[弗勿唔毋]对|毋着|(?:说|打|写|搞|弄|讲)错(?!过)了?|错了|更正一下|纠正一下|口误)"
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


def _count_fixed(story: str, text: str) -> str | None:
    """The story with the last count of the same unit replaced by the one `text` tells."""
    m = _IS_COUNT.search(text)
    if m is None:
        return None
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


def is_correction(message: str) -> bool:
    """The message opens by saying something told before was wrong."""
    return bool(re.search(_LEAD, message.strip()[:40]))


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
    nothing in it. `name` is the worker's name as read from the story (for "名字写错了，是…")."""
    text = message.strip()
    if not is_correction(text):
        return None
    fixed = _NAME_FIX.search(text)
    if fixed and name and name in story and fixed.group("new") != name:
        return story.replace(name, fixed.group("new"))
    for pattern in (_IS_NOT, _NOT_IS):
        m = pattern.search(text)
        if m is None:
            continue
        pair = _aligned(story, m.group("old"), m.group("new"))
        if pair is None:
            continue
        old, new = pair
        at = story.rfind(old)
        return story[:at] + new + story[at + len(old) :]
    return _count_fixed(story, text)

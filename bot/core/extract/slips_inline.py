"""A slip put right inside one message, the wrong word and the right one side by side: "从七月
哦不对 八月开始", "我们五个人 不对 六个人". The story is read with
the right word standing where the wrong one stood, so every reader (period, head count, pay and
what is worked out from them) sees one statement, the corrected one. Only a word of the same
kind replaces another (a month a month, a count of people a count of people); two sums side
by side are left to the amount readers, which ask which one ("欠我八千 不对是九千"). The
worker's own words are kept as typed for the description."""

from __future__ import annotations

import re

from bot.core.extract.corrections import SLIP
from bot.core.parsers import to_simplified

_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万]+)"
_EDGE = r"(?<![0-9零一二两三四五六七八九十百千万个])"
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
_UNITS = r"个人|个月|个小时|个钟头|个工|号人|个|人|天|趟|单|件|工|小时|钟头"
# what stands between the two words: the slip said, maybe with a filler and a "是"
_GAP = (
    r"[\s，,。！!]*(?:哦|噢|啊|呃|哎|唉|额)?[\s，,]*(?:我)?(?:记|算|看)?"
    rf"{SLIP}[了啦]?[\s，,。！!]*(?:应该|其实)?(?:是|系)?[\s，,]*"
)
# the right word must be a statement of its own, not the start of a range ("七月到十月")
_NOT_RANGE = r"(?!\s*(?:到|至|-|~|—|－))"
_MONTH_SLIP = re.compile(rf"{_EDGE}(?P<old>{_MONTH})(?P<gap>{_GAP})(?P<new>{_MONTH})(?P<range>{_NOT_RANGE})?")
_RANGE_END = re.compile(r"(?:到|至|-|~|—|－)\s*$")
_COUNT_SLIP = re.compile(
    rf"{_EDGE}(?P<old>{_NUM}\s*(?P<u>{_UNITS}))(?P<gap>{_GAP})"
    rf"(?P<new>{_NUM})\s*(?P<nu>{_UNITS})?(?![0-9零一二两三四五六七八九十百千万月]){_NOT_RANGE}"
)


def _month(m: re.Match[str]) -> str | None:
    if m.group("range") is None and _RANGE_END.search(m.string[: m.start()]):
        return None  # "七月到十月 不对 八月到十月": a range told again, read as one (period_fixed)
    return m.group("new")


def _count(m: re.Match[str]) -> str | None:
    unit, said = m.group("u"), m.group("nu")
    if said and not unit.startswith(said) and said != unit:
        return None  # "五个人 不对 六天": not the same kind of count
    return m.group("new") + unit


def slips_replaced(said: str) -> str:
    """`said` with each slip put right in the same message replaced by the right word ("我们五个人
    不对 六个人" -> "我们六个人"), in simplified characters; `said` as it was when there is none."""
    text = to_simplified(said)
    for pattern, right in ((_MONTH_SLIP, _month), (_COUNT_SLIP, _count)):
        out: list[str] = []
        at = 0
        for m in pattern.finditer(text):
            word = right(m)
            if word is None or m.group("old") == word:
                continue
            out.append(text[at : m.start()] + word)
            at = m.end()
        text = "".join(out) + text[at:] if out else text
    return said if text == to_simplified(said) else text

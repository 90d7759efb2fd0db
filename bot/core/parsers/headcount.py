"""Number of workers owed: '二十几个人', '我们班组12个', '就我一个', '三四十个'."""

from __future__ import annotations

import re

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.numerals import neighbours, to_number

# "I" as workers say it: 俺 (north), 额 (Shaanxi), 我家己 (Minnan), 偶 (typed for 我)
_ME = r"(?:我家己|我|俺|额|偶)"
_ALONE = re.compile(
    rf"(就{_ME}(一个|自己|自个儿?)?|只有{_ME}|{_ME}自己|{_ME}自个儿?|{_ME}一个|就自己|本人|一个人|净系{_ME}|得{_ME}一个)"
)
# filing for oneself alone, whoever else is owed: "我只报我自己的", "就说我个人的"
_ONLY_MINE = re.compile(
    r"(?:只|就|先|净系|淨係)(?:是)?(?:报|投|投诉|登记|反映|算|问|说|告)(?:一下)?(?:我|俺)?(?:自己|自个儿?|个人|家己)"
)
# "三四十" -> 30, "十五六" -> 15, "二十五六" -> 25, "15-16" / "15到20" -> 15: the lower bound, approximate.
_RANGES = (
    (re.compile(r"([一二三四五六七八九])([一二三四五六七八九])(十|百)"), lambda m: m.group(1) + m.group(3)),
    (
        re.compile(r"(?<![一二三四五六七八九])十([一二三四五六七八])([二三四五六七八九])"),
        lambda m: "十" + m.group(1),
    ),
    (
        re.compile(r"([一二三四五六七八九])十([一二三四五六七八])([二三四五六七八九])"),
        lambda m: m.group(1) + "十" + m.group(2),
    ),
    (re.compile(r"([0-9]+)\s*(?:-|~|～|到|至)\s*[0-9]+"), lambda m: m.group(1)),
    # "七八个" / "两三个" / "一两个": two neighbouring digits before a counter -> the first
    (
        re.compile(
            r"(?<![一二两三四五六七八九十百\d])([一两二三四五六七八九])([两二三四五六七八九十])(?=\s*(?:个|人|名|号|位|$))"
        ),
        lambda m: m.group(1) if neighbours(m.group(1), m.group(2)) else m.group(0),
    ),
)


_COUNT = re.compile(
    r"(?P<n>[0-9]+|[零一二两三四五六七八九十百千万]+)\s*(?P<q>多|几|来)?\s*(?P<u>个人|号人|人|名|位|个)?"
)


# a Chinese numeral with no counter of people, followed by another word's character
# (not 两口子, 三十好几, 二十余, 百把: those count people)
_WORD_AFTER = re.compile(r"(?![口好余把])[\u4e00-\u9fff]")


def parse_headcount(text: str | None) -> Parsed | ParseError:
    raw = (text or "")[:200].replace("俩", "两个").replace("仨", "三个")
    if _ALONE.search(raw) and not re.search(r"\d|[两三四五六七八九十百]", raw.replace("一个", "")):
        return Parsed(1, "1 人")
    if _ONLY_MINE.search(raw):  # "还有七八个司机也没发，但是我只报我自己的": the others are not in it
        return Parsed(1, "1 人")
    approx = bool(re.search(r"(几|多|来|左右|大概|差不多|约|估计|可能)", raw))
    for pattern, lower in _RANGES:
        narrowed = pattern.sub(lower, raw)
        raw, approx = narrowed, approx or narrowed != raw
    # Prefer the number counted in people ("一个班组十五六个人" -> the 十五六), then one with 个.
    best: tuple[int, int, float] | None = None
    for i, m in enumerate(_COUNT.finditer(raw)):
        v = to_number(m.group("n"))
        if v is None:
            continue
        unit = m.group("u") or ""
        rank = 2 if unit and unit != "个" else 1 if unit == "个" else 0
        if rank == 0 and not m.group("q") and not m.group("n").isdigit() and _WORD_AFTER.match(raw, m.end()):
            continue  # "一拨一拨的换人", "两天", "一直": a numeral of another word, no count of people
        if best is None or rank >= best[0]:  # a tie: the later number is the answer
            best = (rank, i, float(v))
    value = best[2] if best is not None else None
    if value is None:
        if re.search(r"(我和|我跟)", raw):
            return Parsed(2, "2 人")
        return ParseError("headcount_missing", texts.HEADCOUNT_MISSING)
    value = int(value)
    if value <= 0:
        return ParseError("headcount_not_positive", texts.HEADCOUNT_NOT_POSITIVE)
    if value > 100_000:
        return ParseError("headcount_too_large", texts.HEADCOUNT_TOO_LARGE)
    return Parsed(value, ("约 " if approx else "") + f"{value} 人", approx)

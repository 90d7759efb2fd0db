"""The place of work in a story: the words after a district (its city before it, a town or street
after it, up to the work done there) or a town, village, park or street named on its own."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.core.extract.former_names import former_counties
from bot.core.extract.places import find_district
from bot.core.extract.zones import cities

# the work done there ends the place: "织金修路", "芙蓉路站点跑外卖", "王家村帮人看鱼塘"
_WORK_AFTER = r"(?!装修|翻新|修路|修桥|修高速|修铁路|修房|修车|开车|开货车|拉货|搬砖|砌墙|刷墙|扎钢筋|看鱼塘|喂鱼|摘|带娃|打扫|卸货|装货|开[\u4e00-\u9fff]{0,2}(?:馆|店|车))"
_PLACE_TAIL = re.compile(
    rf"(?:{_WORK_AFTER}[^\s，,。！!？?；;、的在做干搞欠我你他她是给跟了和去来说把被让不没还也就都要想当叫有一家个送跑帮卖嘅喺嗰𠮶葛勒辣伫佇搁]"
    # a number in a name ("第十一中学") and a village's 家 ("薛家湾", "王家庄") are no break
    # (in other speech: Wu 葛 for 的, 勒/辣 for 在, Minnan 伫/佇 and Henan 搁 for 在)
    r"|(?<=[十第])一|(?<![一那这哪人我你他她])家(?=[湾庄村沟坪屯营寨桥巷坝河岭集堡湖塘坡嘴窝])){0,12}"
)
_PLACE_SUB = re.compile(
    r"(?:(?:(?![那这的在])[\u4e00-\u9fff]){1,4}?(?:街道|镇|乡|村|社区|工业区|工业园|开发区|园区))+"
)
_NEAR = re.compile(
    r"那边|这边|那一块|这一块|那块|这块|那里|这里|那儿|这儿|附近|一带|周边|旁边|上班|打工|工作|干活|那|这"
)
_PLACE_WORD = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}(?:街道|镇|(?<![老同家])乡|(?<![同本邻全])村|社区|工业区|工业园|开发区|园区)|[\u4e00-\u9fff]{2,8}(?:路|街|大道)[0-9一二三四五六七八九十]+号)"
)


_CITY_TOWNS = ("441900", "442000")  # Dongguan and Zhongshan: no county, the town under the city


def _place_end(text: str, pos: int) -> int:
    """Where the place words after a district end: a whole town or street ("太和镇", even with
    a character that usually ends a word), then plain words up to "那边/这边/那块" or a verb."""
    sub = _PLACE_SUB.match(text, pos)
    if sub is not None:
        pos = sub.end()
    tail = _PLACE_TAIL.match(text, pos)
    end = tail.end() if tail else pos
    if sub is not None and end - pos == 1 and text[end : end + 1] == "的":
        end = pos  # "北滘镇美的的供应商": one character before 的 is the next word's, not the place's
    near = _NEAR.search(text, pos, end)
    end = near.start() if near is not None else end
    site = re.compile(r"(?:项目(?!部)|工地|楼盘|食堂|中学|小学|学校|医院|小区(?!门))+").search(text, pos, end)
    return site.end() if site is not None else end  # "…泉城华府项目刷外墙": the trade is no place


def place_span(text: str, district: Any) -> tuple[str, int, int] | None:
    """Where the work is, as said: (the words, start, end). After a district found in the text, the
    city before it and the town or street after it; else a town, village, park or street named."""
    if district is not None:
        start = district.start
        # the city before it ("深圳龙岗区", "深圳市宝安区")
        upper = district.city or district.province  # a municipality's district: 北京大兴区
        for pre in (upper, upper[:-1] if upper else ""):
            if pre and text[max(0, start - len(pre)) : start] == pre:
                start -= len(pre)
                break
        value = text[start : _place_end(text, district.end)]
        said = text[district.start : district.end]
        if district.name not in value and len(said) >= 2:
            # "在织金修路" -> 织金县, "观澜的厂" -> 龙华区观澜: the county written out in full
            cut = district.start - start
            slip = len(said) == 2 and sum(a != b for a, b in zip(said, district.name[:2], strict=True)) == 1
            if said in former_counties():  # "在户县秦渡镇": the old name, today's written for it
                value = value[:cut] + district.name + value[cut + len(said) :]
            elif cut == 0 and district.city.startswith(said) and not district.name.startswith(said[:2]):
                # "清远横荷": a city said before a town of one of its counties, the county put in
                value = district.city + district.name + value[len(said) :]
            elif district.name.startswith(said) or district.name[:2] == said[:2] or slip:
                # 苏州园区: 苏州工业园区; "章邱官庄": 章丘区官庄, the county said one character off
                rest = value[cut + len(said) :]
                rest = rest[1:] if rest[:1] == district.name[-1:] else rest  # "秀山县城": one 县
                value = value[:cut] + district.name + rest
            elif cut == 0 and district.name.endswith(said):  # "在长安镇" (Dongguan's): 东莞市长安镇, once
                value = value[:cut] + district.name + value[cut + len(said) :]
            elif district.name[:2] not in value:  # "东莞长安镇" is 东莞市长安镇 already
                value = value[:cut] + district.name + value[cut:]
        if district.name not in value and district.code in _CITY_TOWNS and district.name.endswith(said):
            # "东莞长安镇": the city with its 市, as the town is recorded (东莞市长安镇)
            value = district.name + text[district.end : _place_end(text, district.end)]
        return value, start, start + len(text[start : _place_end(text, district.end)])
    road = _city_road(text)
    if road is not None:
        return road
    m = _PLACE_WORD.search(text)
    if m is not None and not re.match(r"(?:我们|他们|咱们|俺们|你们|我|俺|他|她)(?:村|镇|乡)", m.group(0)):
        value = re.sub(
            r"^.*(?:在|是|去|到|来|住|喺|系|伫|佇|搁|勒|辣)", "", m.group(0)
        )  # "姐妹都在苏州工业园" -> 苏州工业园; Wu 来 is 在: "来海宁许村镇" -> 海宁许村镇
        if len(value) < 3:
            return None  # "我们在村里的养鸡场": a village, none named
        county = find_district(value, around=text)
        said_in = county_said_before(text, value) if county is None else None
        if said_in is not None:  # "我系永定湖坑人 … 在湖坑镇": the town is in the county said before it
            return said_in + value, m.end() - len(value), m.end()
        if county is not None and county.start == 0 and county.name not in value:
            # "是南安水头镇…": a short county opening the place, written out in full (南安市水头镇)
            full = place_span(value, county)
            if full is not None:
                return full[0], m.end() - len(value), m.end()
        return value, m.end() - len(value), m.end()
    return None


_AT = r"(?:在|到|去|喺|伫|佇|搁|勒|辣)"


@lru_cache(maxsize=1)
def _city_road_re() -> re.Pattern[str]:
    names = "|".join(re.escape(c) for c in cities())
    return re.compile(rf"(?<={_AT})(?:{names})(?=[\u4e00-\u9fff]{{1,6}}?(?:路|街(?!道)|大道|大街))")


def _city_road(text: str) -> tuple[str, int, int] | None:
    """A city and a road or street in it, no county said ("在鞍山胜利路那块儿" -> 鞍山市胜利路):
    the city written with its 市; the county is left to the centre, as no data lists roads."""
    for m in _city_road_re().finditer(text):
        end = _place_end(text, m.end())
        if re.search(r"(?:路|街|大道|大街)", text[m.end() : end]):
            city = m.group(0)
            return (city if city.endswith("市") else city + "市") + text[m.end() : end], m.start(), end
    return None


def county_said_before(text: str, town: str) -> str | None:
    """The county of a town no data lists, when the story says the town's name right after a
    county's ("宁化安远人" … "在安远镇"): that county's full name; None when none is said."""
    stem = re.sub(r"(?:镇|乡|街道)$", "", town)
    if stem == town or len(stem) < 2:
        return None
    for m in re.finditer(re.escape(stem), text):
        for k in (2, 3, 4):
            before = text[max(0, m.start() - k) : m.start()]
            found = find_district("在" + before) if len(before) == k else None
            if found is not None and found.start == 1 and found.end == k + 1:
                return found.name
    return None

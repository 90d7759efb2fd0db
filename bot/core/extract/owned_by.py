"""Who owes the pay when an owner hires directly and the worker names the owner, not a company:
the owner of the workplace ("在孙立新那个砖窑搬砖" -> 孙立新, "跟村里吴金福的船出海" -> 吴金福,
"在邓国平承包的果园里摘果" -> 邓国平), the one the worker works for ("给邹海涛打工" -> 邹海涛,
"在冯立军家做保姆" -> 冯立军), the head of a household ("女主人叫彭丽") and a family shop known by
its owner's name ("那个老韩家烧烤" -> 老韩家烧烤)."""

from __future__ import annotations

import re

from bot.core.extract.bosses import OrgFound
from bot.core.extract.name_reader import looks_like_name
from bot.core.extract.name_words import COMPOUND, RELATIVES, SURNAMES, TITLES
from bot.core.extract.townships import is_town

_CJK = r"\u4e00-\u9fff"
# where a name may start in running speech: after a word of place or movement, a town's or a
# village's last character ("阮村吴金福的船"), a pause, or the start
_BEFORE = rf"(?:(?<=[在给跟帮替到去进上镇村乡庄屯寨坝沟营堡区县市街湾岛])|(?<![{_CJK}]))"
# what an owner has and hires for: a field, a farm, a boat, a mine, a workshop, a small shop
_KIND = (
    r"(?:石料场|采石场|砂石场|砖场|砖窑|窑厂|窑|矿|厂子|厂|作坊|坊|场子|场|园子|园|果园|大棚|棚|"
    r"鱼塘|虾塘|塘|地里|地|田里|田|船上|船|店里|店|铺子|铺|摊子|摊|档口|牧场|羊圈|猪圈|山上|山)"
)
# the owner, then what ties the place to them: "孙立新那个", "吴金福的", "邓国平承包的", Hokkien 个
_OWNED = re.compile(
    rf"{_BEFORE}(?P<who>[{_CJK}]{{2,4}}?)"
    r"(?P<tie>那个|那家|那间|的|个|嘅|家的|开的|承包的|包的|租的|种的|办的|搞的|养的)"
    rf"(?P<what>(?![家个间])[{_CJK}]{{0,4}}?)(?P<kind>{_KIND})"
    r"(?![址方步区铁址面上下点位])"
)
# a shop or a factory pointed at ("王府井那家烤鸭店") is where it is, seldom whose: after 那个 or
# 那家 only the kinds an owner hires for by name (a kiln, a quarry, a field, a boat, a workshop)
_POINTED_KIND = re.compile(r"店里|店|铺子|铺|摊子|摊|档口|厂子|厂")
# the one worked for, then the work: "给邹海涛打工", "帮冯立军家干活", "在冯立军家做保姆"
_WORKED_FOR = re.compile(
    # (after 在 only with 家 or 那里: "在冷库搬货" is where, "在冯立军家做保姆" whose)
    rf"(?:(?<=给|帮|替)(?P<who>[{_CJK}]{{2,4}}?)(?:家里|家|那里|那儿|那边|那块|那搭)?"
    rf"|(?<=在)(?P<at>[{_CJK}]{{2,4}}?)(?:家里|家|那里|那儿|那边|那块|那搭))"
    r"(?=干活|打工|做工|做事|打短工|帮工|当|做保姆|做住家|带孩子|带娃|看孩子|开车|放羊|放牛|看店|看场|"
    r"摘|拾|采|剥|削|割|挖|搬|装车|下地|出海|讨海|跑船|烧窑|做饭|做家务|搞卫生|打扫|照顾|看护|陪护)"
)
# the head of the household a nanny or a carer works for, named alone: "男主人叫冯立军"
_HEAD = re.compile(
    rf"(?:男主人|女主人|户主|当家的)(?:叫做|叫|是|名叫)\s*(?P<who>[{_CJK}]{{2,3}}?)"
    r"(?=$|[\s，,。；;、！!]|欠|跑|拖|不|讲|说|一直|开头|他|她|伊)"
)
# a family shop known by the owner's surname: "老韩家烧烤", "张家小炒", "刘记米粉" (no kind word)
_FAMILY_SHOP = re.compile(
    rf"(?:(?<=那个|那家|这个|这家)|(?<=[在到去是])|(?<![{_CJK}]))"
    rf"(?P<v>(?:老|小|阿)?(?P<s>[{_CJK}])(?:家|记)(?:的)?"
    r"(?:烧烤|烤串|串串|撸串|火锅|麻辣烫|冒菜|烤鱼|烤肉|小炒|小吃|快餐|排档|大排档|米粉|米线|粉面|面食|拉面|烩面|"
    r"刀削面|饺子|包子|馄饨|羊汤|羊肉汤|牛肉汤|卤味|卤菜|熟食|酸菜鱼|砂锅|早点|早餐|煎饼|烙饼|豆腐|凉皮|肉夹馍))"
)
# words that start no owner's name: pronouns, kin, roles, places pointed at
_NOT_OWNER = re.compile(
    r"^(?:我|你|他|她|它|俺|咱|阮|伊|佢|侬|人|别|自|大|小|老|阿|那|这|哪|某|一|两|每|各|本|外|村|镇|"
    r"老板|老乡|工友|同事|朋友|亲戚|邻居|东家|主家|雇主)"
)

# how a place's name ends, never a person's given name: "海岸城", "姚村", "东门口"
_PLACE_END = re.compile(r"[城镇村街路湾港口坝庄屯寨沟坡岛州市区县站寺营堡店铺厂场园楼苑坊巷院库仓窑矿棚池]$")


def _person(who: str) -> bool:
    """A full name said as the owner: a surname and one or two characters, no kin or title."""
    sur = next((c for c in COMPOUND if who.startswith(c)), who[:1])
    if sur not in SURNAMES and sur not in COMPOUND:
        return False
    if len(who) - len(sur) not in (1, 2) or _NOT_OWNER.match(who) or who in RELATIVES:
        return False
    if who[len(sur) :] in TITLES or re.search(r"[家的个人们里那这]$", who) or _PLACE_END.search(who):
        return False
    if not looks_like_name(who):
        return False
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    return not (is_place(who) or is_place(who[:2]) or is_town(who))


def _first(pattern: re.Pattern[str], text: str) -> OrgFound | None:
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        pointed = "tie" in m.re.groupindex and m.group("tie").startswith("那")
        group = "at" if "at" in m.re.groupindex and m.group("at") else "who"
        if not (pointed and _POINTED_KIND.fullmatch(m.group("kind"))) and _person(m.group(group)):
            return OrgFound(m.group(group), m.start(group), m.end(group))
        pos = m.start() + 1  # "姚村镇孙立新那个…": tried after 村, then after 镇
    return None


def owner_named(text: str) -> OrgFound | None:
    """The owner who hires directly, named by the worker: the household's head, the owner of the
    workplace, the one worked for; else a family shop known by its owner's surname."""
    head = _HEAD.search(text)
    if head is not None and _person(head.group("who")):
        return OrgFound(head.group("who"), head.start("who"), head.end("who"))
    found = _first(_OWNED, text) or _first(_WORKED_FOR, text)
    if found is not None:
        return found
    shop = _FAMILY_SHOP.search(text)
    if shop is not None and shop.group("s") in SURNAMES:
        return OrgFound(shop.group("v").replace("的", ""), shop.start("v"), shop.end("v"))
    return None

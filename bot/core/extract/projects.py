"""The construction project a story names ("天安云谷三期", “两江御景湾”项目), without the
address said before it or the word 项目 used as the field's label."""

from __future__ import annotations

import re

from bot.core.extract.bosses import OrgFound
from bot.core.extract.org_leads import POINTING, trim
from bot.core.extract.org_words import CJK

# the site work said right after the building's name: "湖景花园贴了三套", "翠湖苑砌墙", "锦城府刷漆"
_SITE_WORK = r"[贴砌刷铺绑扎搭抹焊拆](?![\u4e00-\u9fff]?(?:店|厂|公司|馆))|装修|装了"
_PROJECT = re.compile(
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,16}}?(?:项目|工程|小区|花园|广场|大厦|大楼|家园|公寓|新城|城|苑|府|湾|隧道|特大桥|大桥)"
    rf"(?:[一二三四五六七八九十\d]+期)?(?:项目|工程)?)(?=工地|项目|那边|(?:那个|这个|那|这)(?:项目|工地|楼盘)|$|[\s，,。的干做搞]|{_SITE_WORK})"
)


# an estate named by its phase with no estate word: "万科春河里三期", "中海寰宇天下二期"
_PHASED = re.compile(
    # the site work said right after it: "云著花园二期贴瓷砖", "翠湖苑三期砌墙" (搞: does, in the south)
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,14}}?[一二三四五六七八九十\d]+期)(?=工地|那边|$|[\s，,。的干做搞贴砌刷铺绑扎搭抹装焊拆])"
)


# a name said before the building-site word: "绿地中心工地", "锦城印象楼盘", "天安云谷三期项目"
_SITE_NAME = re.compile(rf"(?P<v>[{CJK}A-Za-z0-9]{{2,16}})(?:工地|楼盘|(?P<p>项目)(?!部))")
# the talk before a site's name; the address pieces are then dropped only when they are places
# ("武侯区簇锦街道锦城印象" -> 锦城印象; "巩义东区安置房三标段" keeps its 区: no district 巩义东区)
_SITE_TALK = re.compile(r"^.*(?:的|那个|这个|那家|这家|那边|这边|在|到|是|去|给|跟|\s)(?:嘞|嗰|𠮶)?")
_NOT_PROJECT = re.compile(
    r"((?<![院校])区|县|市|镇|乡|村|街道|路|街|号|建筑|施工|装修|市政|一个|一家|那个|这个|那边|这边|我们|他们|公司|厂)$"
)


# a works project's name, where 项目 is part of what the worker said it is called ("聚能化工二期
# 项目", "人民医院新院区建设项目", "城南污水管网改造项目"): a plant, a public work, or what is done
_WORKS = re.compile(
    r"化工|电厂|电站|钢厂|钢铁|水厂|厂房|厂区|工业|产业|物流|仓储|冷链|医院|学校|中学|小学|大学|学院|公路|高速|"
    r"铁路|地铁|轨道|隧道|大桥|桥梁|管网|管廊|水利|水库|污水|河道|改造|改扩建|新建|扩建|建设|安置|棚改|提升|"
    r"治理|整治|基地|光伏|风电|能源|矿|煤|石化|炼化|制药|码头|港|机场|车站|市政|道路|管道|电网|变电|"
    r"旧改|翻新|修缮|加固|装修"
)


# a clause after the name that only says what kind of place it is: "汾西御景苑，那个小区工地"
_KIND_AFTER = re.compile(
    r"[，,、\s]+(?:就是|是|那个|这个|一个|是个|个|属于)*(?:小区|工地|楼盘|项目|工程|住宅|商品房|安置房|房子|楼|地方)"
    r"(?:的)?(?:工地|项目)?[。.！!]*$"
)


# a clause pointing at the kind of place before its name: "就是那个商场，", "是这个小区 "
_POINTER_FIRST = re.compile(
    r"^(?:就是|是|在)?(?:那个|这个|那家|这家|那栋|这栋)[\u4e00-\u9fff]{1,4}[，,：:\s]+(?=[\u4e00-\u9fff]{2})"
)


# where the name is read or how it is introduced, said before it in an answer: "牌子上写的…",
# "工地围挡上印着…", "项目名称是…", "小区叫…"
_ANSWER_LEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,6}?(?:牌子|招牌|围挡|公示牌|标牌|铭牌|合同|图纸)(?:上面?|上头|上边|顶面)?"
    r"(?:写(?:的|着|嘞|得|个|嘅)?|印(?:的|着))(?:是|系)?|"
    r"(?:项目|工程|小区|楼盘|工地)?(?:的)?(?:名字|名称|全称|全名)(?:是|叫做|叫|系)?|"
    r"(?:项目|工程|小区|楼盘|工地)(?:就)?(?:叫做|名叫|叫|是)|就叫|叫做|名叫|叫)[:：\s]*"
)


def project_name(value: str) -> str:
    """The project's name as the worker said it. The word 项目 after an estate's or a building's
    own name is the field's label ("天安云谷三期项目" -> 天安云谷三期); after a works project's
    name it is part of the name ("聚能化工二期项目", "人民医院新院区建设项目"); 工程 and 标段
    are kept; 工地 (where, not what) never is; nor a clause after the name saying only what kind
    of place it is ("汾西御景苑，那个小区工地")."""
    value = _POINTER_FIRST.sub("", value.strip())  # "就是那个商场，槐荫新天地购物中心": the name after
    estate = _DECORATION_TALK.sub("", value)  # "悦府小区的装修": the estate is the project's name
    value = estate if len(estate) >= 3 else value
    lead = _ANSWER_LEAD.match(value)
    if lead is not None and len(value) - lead.end() >= 3:
        value = value[lead.end() :]  # "牌子上写的滨河湾二期": the name without where it is read
    kind = _KIND_AFTER.search(value)
    if kind is not None and kind.start() >= 2:
        value = value[: kind.start()]
    trimmed = re.sub(r"工地$", "", value)
    trimmed = trimmed if len(trimmed) >= 3 else value
    bare = re.sub(r"项目$", "", trimmed)
    if bare != trimmed and len(bare) >= 3 and not _WORKS.search(bare):
        return bare
    return trimmed


# the decoration job said after an estate's name with 的: "悦府小区的装修" is 悦府小区's project
_DECORATION_TALK = re.compile(
    r"(?<=小区|花园|家园|公寓|华府|雅苑|花苑|名苑|新村|新城)的(?:装修|装饰)(?:活|活儿|工程)?$"
)


# a name in quotes before the site word: “两江御景湾”项目
_QUOTED_SITE = re.compile(
    r"[“\"「『‘](?P<v>[^”\"」』’\s]{2,16})[”\"」』’]\s*(?:项目(?!部)|工地|楼盘|小区|工程)"
)
_ADDRESS_PIECE = re.compile(rf"[{CJK}]{{2,5}}?(?:省|市|区|县|街道|镇|乡)")


# a town or village no data lists, by how such places end, before a name of four or more:
# "海曙集士港湖景花园" (港, 桥, 湾, 庄, 铺, 集, 泾, 浜, 塘, 埠, 坝, 堡, 屯, 寨, 岗, 圩, 墩, 渡)
_LOCALITY = rf"[{CJK}]{{1,2}}[港桥湾庄铺集泾浜塘埠坝堡屯寨岗圩墩渡](?=[{CJK}]{{4}})"


# after a known place, a road goes with the address too ("东胜区天骄路万家福超市" -> 万家福超市)
_ADDRESS_NEXT = re.compile(
    rf"{_ADDRESS_PIECE.pattern}|[{CJK}]{{1,4}}?(?:路|大道|大街)(?:[0-9一二三四五六七八九十]+号)?"
    r"(?:上|边上|边|旁边|口)?"  # "福利路上马记牛肉面馆": on the road, not a word of the shop's name
    rf"|{_LOCALITY}"
)


# a division named bare, its suffix left out, then a road, street or town in it ("海陵京泰路",
# "鞍山胜利路", "即墨潮海街道"): the bare name is a place only with such a piece after it
_BARE_PLACE = re.compile(
    rf"(?P<p>[{CJK}]{{2,3}}?)(?=[{CJK}]{{1,4}}?(?:路|大道|大街|街道|镇|乡)(?![{CJK}]?(?:厂|店|公司)$)|{_LOCALITY})"
)


def _city_then_district(piece: str) -> bool:
    """ "邯郸丛台区": a city said without 市, then one of its districts (not "巩义东区")."""
    from bot.core.extract.places import find_district  # places reads data files: imported when needed

    d = find_district(piece)
    return (
        d is not None
        and d.end == len(piece)
        and 2 <= d.start <= 3
        and d.city is not None
        and d.city.removesuffix("市").startswith(piece[: d.start])
    )


def drop_address(value: str) -> str:
    """The address said before a project's name: "历城区港沟街道泉城华府" -> 泉城华府 (the first
    piece must be a known place; the streets and towns after it go with it), and the county
    town said with its county, "宁都县城翠微花园" -> 翠微花园."""
    rest = _drop_address(value)
    if rest != value and re.search(r"(?:县|市|镇)$", value[: len(value) - len(rest)]):
        town = _TOWN_REST.match(value, len(value) - len(rest))
        if town is not None and len(value) - town.end() >= 4:
            rest = value[town.end() :]
    return rest


def _drop_address(value: str) -> str:
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    first = True
    bare = _BARE_PLACE.match(value)
    if bare is not None and is_place(bare.group("p")) and len(value) - bare.end() >= 3:
        # "海陵京泰路鑫力机械厂": a district said without 区, then a road or a town on it
        value, first = value[bare.end() :], False
    while (m := (_ADDRESS_PIECE if first else _ADDRESS_NEXT).match(value)) is not None and len(
        value
    ) - m.end() >= 3:
        piece = m.group(0)
        said_short = re.search(r"(?:镇|乡|街道)$", piece) and any(is_place(piece[:k]) for k in (2, 3))
        if first and not (
            is_place(piece)
            or is_place(re.sub(r"(省|市|区|县|街道|镇|乡)$", "", piece))
            or said_short
            or _city_then_district(piece)
        ):
            break
        value, first = value[m.end() :], False
    return value


# the works done on a building, said after its name: "皖江大酒店装修", "民乐花园旧改"
_WORKS_DONE = re.compile(r"(?:装修|装饰|改造|翻新|扩建|改建|旧改|拆除|加固|修缮|维修)$")


# a project introduced by its name: "项目叫…", "项目名称是…", "小区叫…"
_PROJECT_CALLED = re.compile(
    rf"(?:项目|小区|楼盘)(?:的)?(?:名字|名称|名)?(?:叫做|名叫|叫|是)\s*(?P<v>[{CJK}A-Za-z0-9（）()]{{3,24}}?)(?=$|[\s，,。；;、]|的|工地)"
)


def _keep_city(said: str, value: str) -> str:
    """A city's or county's own institution keeps the place in its name ("长垣市人民医院新院区")."""
    if value != said and re.match(r"人民|第[一二三四五六七八九十]", value):
        place = said[: len(said) - len(value)]
        return re.sub(r"^.*(?:的|在|到|是|去|给|跟|\s)", "", place) + value
    return value


# the town said as a word before the estate, no name of it: "县城滨江花园三期" -> 滨江花园三期
_TOWN_WORD = re.compile(r"^(?:县城|城里|城区|市区|市里|镇上|镇里|乡下|村里)(?:的|那边|这边)?")
# the rest of 县城 / 市区 / 镇上 once the county's name before it is dropped: "宁都县城翠微花园" -> 翠微花园
_TOWN_REST = re.compile(r"(?:城里|城区|城|(?<=市)区|区里)(?:的|那边|这边)?")
# a kind of site said alone before 工地, no name: "那个地铁站工地", "学校工地"
_BARE_KIND = re.compile(
    r"地铁站|地铁|车站|高铁站|火车站|小区|学校|医院|商场|厂房|高速|公路|大桥|隧道|别墅|写字楼|大楼|安置房|自建房|工厂|厂子|楼房"
)


# a project told only by its kind or its product, with no name of its own: 安置房, 厂房, 钾肥
_NO_NAME_OF_ITS_OWN = re.compile(rf"(?:{_BARE_KIND.pattern}|安置小区|还建房|回迁房|宿舍楼|[{CJK}]{{1,2}})")
_PHASE = re.compile(r"(?:[一二三四五六七八九十\d]+期)?(?:项目|工程)?$")
_POINTED_END = re.compile(r"(?:那边|这边|那块|这块|那里|这里|那儿|这儿)?(?:的|嘞|个|嗰)?$")


def _place_before(before: str) -> str:
    """The town or the place pointed at said right before a project with no name of its own
    ("清镇市站街镇" -> 站街镇, "格尔木察尔汗那边" -> 察尔汗); "" when none."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    rest = _POINTED_END.sub("", before)
    town = re.search(r"[^市区县省镇乡\s]{2,4}?(?:镇|乡|街道)$", rest)
    if town is not None and re.fullmatch(rf"[{CJK}]+", town.group(0)):
        return town.group(0)
    if rest == before:
        return ""  # nothing pointed at: a county or a city alone names no project
    for size in (3, 2):
        if is_place(rest[:size]):
            rest = rest[size:]
            break
    return rest if 2 <= len(rest) <= 4 and re.fullmatch(rf"[{CJK}]+", rest) and not is_place(rest) else ""


# a building named and the fit-out done on it: "给云栖民宿整装修", "帮海悦酒店做装修" (a kind of
# building at the end of its own name; no pointer, no owner's word inside it)
_RENOVATED = re.compile(
    rf"(?:给|帮|替|在)(?P<v>(?:(?![给帮替在的那这个家])[{CJK}A-Za-z0-9]){{2,10}}?"
    r"(?:民宿|酒店|宾馆|饭店|餐厅|会所|别墅|商场|大厦|大楼|写字楼|办公楼|医院|学校|幼儿园|茶楼|客栈|度假村|山庄|农家乐))"
    r"(?:整|搞|做|弄|干)?(?:的)?(?:装修|装饰|翻新|改造)"
)


# a housing estate where a decoration crew works, the decoration said in the same clause after it
# ("在阅海湾悦府小区给一家装修公司干活", "在翠湖花园帮人搞装修"): the estate is the project
_HOME_DONE_UP = re.compile(
    rf"在(?P<v>(?:(?![给帮替在的那这个家])[{CJK}A-Za-z0-9]){{2,14}}?(?:小区|花园|家园|公寓|华府|雅苑|花苑|名苑|新村|新城))"
    r"(?:里|里面|里头)?(?:给|帮|替|跟)?[^，,。！!？?；;\s]{0,10}?"
    r"(?:装修|装饰|贴砖|贴瓷砖|铺砖|刷墙|刷漆|吊顶|做水电|搞水电)"
)


# a public building and the works done on it: "在秦渡镇卫生院装修", "给二中教学楼改造" (a works
# project named by its building and its works, as such projects are called: 怀远小区改造)
_PUBLIC_WORKS = re.compile(
    rf"(?:给|帮|替|在)(?P<v>(?:(?![给帮替在的那这个家])[{CJK}A-Za-z0-9]){{2,12}}?"
    r"(?:卫生院|卫生室|医院|学校|中学|小学|幼儿园|敬老院|养老院|福利院|村委会|政府|派出所|教学楼|综合楼|办公楼))"
    r"(?:整|搞|做|弄|干)?(?:的)?(?P<w>装修|改造|翻新|维修)"
)


def _drop_counties(value: str) -> str:
    """The province, city and county said before a building, dropped; its town or village kept
    ("户县秦渡镇卫生院" -> 秦渡镇卫生院: which town's clinic is its name)."""
    from bot.core.extract.divisions import division_index  # the index is read on first use

    full, short, upper, _, _ = division_index()
    cut = True
    while cut:
        cut = False
        for size in (6, 5, 4, 3, 2):
            head = value[:size]
            if (
                len(value) - size >= 3
                and (head in full or head in upper or head in short)
                and value[size] not in "乡镇村街"  # "柳河乡": a town of that name, kept
            ):
                value, cut = value[size:], True
                break
    return value


def find_project(text: str) -> OrgFound | None:
    found = _find_project(text)
    if found is not None:
        return found
    public = _PUBLIC_WORKS.search(text)
    if public is not None:
        value = _keep_city(public.group("v"), _drop_counties(public.group("v")))
        if len(value) >= 4 and not re.search(r"老板|一个|一家|我|他|她", value):
            start = public.end("v") - len(value)
            return OrgFound(value + public.group("w"), start, public.end("w"))
    home = _HOME_DONE_UP.search(text)
    if home is not None:
        value = drop_address(home.group("v"))
        local = re.match(_LOCALITY, value)
        value = value[local.end() :] if local is not None else value
        if len(value) >= 4 and not re.search(r"老板|一|我|他|她|那|这", value):
            start = home.end("v") - len(value)
            return OrgFound(value, start, start + len(value))
    fitted = _RENOVATED.search(text)
    if fitted is not None:
        value = drop_address(fitted.group("v"))
        if len(value) >= 4 and not re.search(r"老板|一|我|他|她", value):
            start = fitted.end("v") - len(value)
            return OrgFound(value, start, start + len(value))
    return None


def _find_project(text: str) -> OrgFound | None:
    quoted = _QUOTED_SITE.search(text)
    if quoted is not None:
        name = project_name(quoted.group("v"))
        return OrgFound(name, quoted.start("v"), quoted.start("v") + len(name))
    phased = [m for m in _PHASED.finditer(text) if not re.search(r"[了过做干]", trim(m.group("v")))]
    for m in [*_PROJECT.finditer(text), *phased]:
        value = drop_address(trim(m.group("v")))
        pointed = POINTING.sub("", value, count=1)  # "高坪那边嘞山水汇城三期": the place pointed at
        value = pointed if len(pointed) >= 3 else value
        # "丛台区那个和美家园三期", "大阿那条…公路改造工程" (a road, a bridge, a building pointed at)
        named = re.sub(r"^.*?(?:那个|这个|那片|这片|那块|这块|那条|这条|那座|这座|那栋|这栋)", "", value)
        value = named if len(named) >= 3 and named != value else value
        value = _TOWN_WORD.sub("", value) if len(_TOWN_WORD.sub("", value)) >= 3 else value
        said = trim(m.group("v"))
        if value in said and _NO_NAME_OF_ITS_OWN.fullmatch(_PHASE.sub("", value)):
            # "站街镇安置房二期", "察尔汗那边钾肥二期": a kind and its phase, named by its place
            value = _place_before(said[: said.rfind(value)]) + value
        if len(value) < 3 or re.search(r"^(这|那|工地)|一个|一家", value):
            continue
        if _BARE_KIND.fullmatch(re.sub(r"^[打修挖建做干搞盖钻]", "", value)):
            continue  # "打隧道的", "修大桥": the work and a kind of site, no name
        if value.endswith("城") and not re.search(
            r"城[一二三四五六七八九十\d]+期|城项目|城工地", text[m.start() :]
        ):
            continue
        start = m.end("v") - len(value)
        name = project_name(value)
        return OrgFound(name, start, start + len(name))
    called = _PROJECT_CALLED.search(text)  # "项目叫东恩村农居安置房二期"
    if called is not None and len(called.group("v")) >= 3 and not _NOT_PROJECT.search(called.group("v")):
        name = project_name(called.group("v"))
        return OrgFound(name, called.start("v"), called.start("v") + len(name))
    for m in _SITE_NAME.finditer(text):
        said = re.sub(r"(?:那个|这个|那边|这边)$", "", m.group("v"))  # "…新院区那个工地"
        value = _keep_city(said, drop_address(_SITE_TALK.sub("", said)))
        works = _WORKS_DONE.search(value)  # "皖江大酒店装修工地": the building and the works on it
        building = value[: works.start()] if works is not None else ""
        if (
            len(value) < (4 if said != m.group("v") else 3)
            or (
                _NOT_PROJECT.search(value)
                and (len(building) < 3 or _NOT_PROJECT.search(building) or _BARE_KIND.fullmatch(building))
            )
            or _BARE_KIND.fullmatch(value)
            or re.search(r"一个|一家|工地", value)
        ):
            continue
        start = m.end("v") - len(value)
        if m.group("p"):  # "聚能化工二期项目上干活": 项目 kept unless it only labels an estate
            value = project_name(value + "项目")
        return OrgFound(value, start, start + len(value))
    return None

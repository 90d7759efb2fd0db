"""Who owes the money: the organisations a story names (a company, a shop, a foreman "包工头老李",
a household), and the best employer among them (one introduced by its name, the one the story says
owes, the main contractor, a person, a platform). Words of names: org_words; words said before a
name: org_leads; comparing names: org_keys."""

from __future__ import annotations

import dataclasses
import re

from bot.core.extract.bosses import OrgFound, find_person_employer, real_name
from bot.core.extract.complained_of import complained_of
from bot.core.extract.excuses import boss_customer
from bot.core.extract.name_words import SURNAMES
from bot.core.extract.org_keys import employer_key, same_employer
from bot.core.extract.org_leads import DEMONSTRATIVE, POINTING, drop_org_address, drop_pointing, trim
from bot.core.extract.org_words import (
    CJK,
    DONT_KNOW,
    GENERIC,
    LEGAL,
    ORG_SUFFIX,
    PLATFORMS,
    balanced,
    says_no_org,
)
from bot.core.extract.owned_by import owner_named
from bot.core.extract.townships import is_town

_ORG = re.compile(rf"[{CJK}A-Za-z0-9（）()·]{{1,24}}?(?:{ORG_SUFFIX})")
_SITE_AFTER = re.compile(r"\s*(?:工地|项目(?!部)|楼盘|工程(?!队|公司|有限))")
# the building works said after a building's name: the building is where, not who owes
# ("皖江大酒店装修工地", "人民医院改造项目"); a company's "宏达公司装修工地" is still who owes
_WORKS_AFTER = re.compile(
    r"\s*(?:装修|装饰|改造|翻新|扩建|改建|拆除|加固|修缮)(?:的)?(?:工地|项目(?!部)|工程(?!队|公司|有限))"
)
_BUILDING = re.compile(
    r"(?:酒店|宾馆|饭店|酒楼|商场|广场|大厦|写字楼|医院|学校|中学|小学|幼儿园|中心|大楼|会所|超市)$"
)
_BREAK = "的在做干欠我你他她是给跟了和去来说把被让不没还也就都要想当"
_MORE = re.compile(rf"(?![送跑])[^{_BREAK}\s，,。！!？?；;：:、]{{0,6}}?(?:{ORG_SUFFIX})")


# the kind the name ends in said again at the end of what follows: "吉运仓库分拣仓库", not a
# legal form ("…建设公司第三分公司" and "…集团有限公司" are one name)
_AGAIN = re.compile(r"(车队|仓库|站点|网点|饭店|酒店|工作室|基地|超市|厂|店)\|.*\1$")


# a place word right after the kind word: "小店区", "饭店村", "五金厂路" are places
_PLACE_AFTER = re.compile(r"(?:区|县|市|镇|乡|街道|村|社区|旗|路|街|大道|[\u4e00-\u9fff](?:镇|乡))")  # 店塔镇


def _is_place_name(value: str) -> bool:
    """The whole candidate is a division, maybe after its city ("太原小店" = 太原市小店区)."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    if is_place(value):
        return True
    for cut in range(2, min(5, len(value) - 1)):
        head, tail = value[:cut], value[cut:]
        if is_place(head) and is_place(tail) and len(tail) >= 2:
            return True
    return False


# who is there, right before a Hakka or Cantonese 系 (在, 是) that opens the candidate
_IS_AT = re.compile(r"(?:𠊎|𠊎哋|𠊎兜|佢|渠|阮|俺|我|都|也|就)\s*$")


# a count of work or money inside a run of words ("一千一百件", "七十趟"): talk, never a name
_COUNTED = re.compile(r"[零〇一二两三四五六七八九十百千万\d]{2,}[件个天趟块元斤箱单次车]")
# a verb of going, then the bare kind of workplace and where in it: "去店里", "到厂里头", "回公司那边"
_GOING_TO = re.compile(r"(?:去|到|回|进|上)(?:店|厂|公司|单位|铺子|馆子)(?:里|上|那|头|门口)")
_KINDS_ONLY = re.compile(rf"(?:{ORG_SUFFIX}|园|物流园|工业园|产业园|科技园)+")


def find_orgs(text: str) -> list[OrgFound]:
    """Organisations named in the text, in order, each marked generic or named."""
    found: list[OrgFound] = []
    pos = 0
    while True:
        m = _ORG.search(text, pos)
        if m is None:
            break
        end = m.end()
        while (more := _MORE.match(text, end)) is not None and more.end() > end:
            if re.match(r"园|基地", text[end : end + 2]) and not LEGAL.search(more.group(0)):
                break  # "豫通物流园里头搁仓库": the park is where, the name ends before it
            if balanced(text[m.start() : end]) and not balanced(text[m.start() : more.end()]):
                break  # "…传媒有限公司（星耀传媒）": the short name in brackets is no more of it
            again = _AGAIN.search(text[m.start() : end] + "|" + more.group(0)) and not re.match(
                r"分(?:厂|店)$", more.group(0)
            )
            if again or "跑" in more.group(0):
                break  # "楚通车队租车跑滴滴车队": the same kind again, or the work done, is no more of it
            end = more.end()  # "宏图建筑劳务" + "有限公司"
        value = trim(text[m.start() : end])
        if value.startswith("系") and _IS_AT.search(text, 0, end - len(value)):
            value = value[1:]  # Hakka "𠊎系…陶瓷厂": 系 is 在 there (𠊎 is no character of a name)
        pos = end
        if re.match(r"园|产业园|基地", text[end : end + 3]):
            continue  # "传化物流园", "科技园": a park, where the work is, not who owes
        if _PLACE_AFTER.match(text, end) or _is_place_name(value):
            continue  # "太原小店区": a district, not a shop; "太原小店" said without 区 too
        if _WORKS_AFTER.match(text, end) and _BUILDING.search(value):
            continue  # "皖江大酒店装修工地": the building being done up, not who owes
        if len(value) < 2 or _SITE_AFTER.match(text, end) or not balanced(value):
            continue  # "绿地中心工地": the building project, not who owes; "跑单（某某站": a fragment
        if DONT_KNOW.search(value) or says_no_org(value) or _COUNTED.search(value):
            continue  # "不知道什么公司": no name; "没公司": none; "做了一千一百件厂子…": a count, talk
        named = re.sub(rf"^.*{DEMONSTRATIVE}", "", value)
        if named != value and len(named) >= 4 and not GENERIC.match(named):
            value = named  # "那家湘当好湘菜馆": the name without the pointing word ("一家…" stays a kind)
        if not _NAME_GIVEN.search(text, max(0, end - len(value) - 12), end - len(value)):
            value = drop_org_address(value)  # "广丰区永丰街道阳光宝贝幼儿园": the address is where
        value = drop_pointing(value)
        start = end - len(value)
        core = re.sub(r"^.*(?:一家|一个|一间|一爿|这家|那家|那个|这个|这间|那间)", "", value)
        core = POINTING.sub("", core, count=1) or core  # "龙须塘那块个快递网点": a kind, pointed at
        core = re.sub(r"^(?:送|跑|做|干|当|搞)(?=.{2})", "", core) if GENERIC.match(core[1:]) else core
        # "霍城县清水河镇快递网点": every place before the kind is cut, a county and then a town
        core = re.sub(rf"^(?:[{CJK}]{{1,4}}?(?:区|县|(?<!超)市|镇|乡|街道|村))+(?=[{CJK}]{{2}})", "", core)
        generic = (
            bool(GENERIC.match(core))
            or bool(_KINDS_ONLY.fullmatch(core))  # "物流园仓库": kinds of place, no name
            or len(core) <= 2
            or (len(core) == 3 and core.endswith(("厂", "店", "馆", "场")))  # 灯饰厂, 湘菜馆: a kind
            or bool(re.search("一家|一个|一间|一爿|那家|这家", value))  # Wu 一爿: 一家
            # "我们去项目部问": where someone went, no name
            or bool(re.match(r"(?:我们|俺们|咱们|他们|我|俺|他|她)(?:去|到|找|回)", core))
            # "寻思去店里要", "想到厂里问": going to the workplace, told with a verb, is no name
            or _GOING_TO.search(text[max(0, end - 3) : end + 3]) is not None
        )
        found.append(OrgFound(value, start, end, generic))
    return found


# the name introduced as the name, kept whole with its place ("全称是长沙县星沙街道小太阳幼儿园",
# "那个合作社叫中宁县杞乡红枸杞种植专业合作社", "营业执照上写的是…")
_NAME_GIVEN = re.compile(
    r"(?:叫|叫做|名叫|全称|全名|注册名|执照上|执照上写的|牌子上写的|执照写|执照上写)"
    r"(?:着|住|嘅|个)?(?:是|叫|为|系|写的是|写的)?[:：]?\s*$"
)


# the main contractor introduced ("总包是…", "总承包单位是…", "施工总包为…")
_SENT_FOR = re.compile(r"(?:我们|咱们|俺们|额们|他们|你们|我|俺|额|他|她)(?:去|来|过|干|做|帮|给|到)")
_MAIN_CONTRACTOR = re.compile(r"(?:总包|总承包)(?:单位|方|公司)?(?:是|为|叫|就是)?[:：]?\s*$")
NAME_CALLED = re.compile(
    rf"(?:(?:总包|总承包|总包单位|总承包单位|公司|厂|厂子|厂名|店|店名|酒楼|饭店|餐厅|超市|家政|物业|站|单位|老板|项目)"
    rf"(?:的名字|名字|名)?(?:就|也|都)?(?:叫做|名叫|叫|是)"
    # any other kind of workplace, with its name introduced ("民宿叫云栖小院", "那个农家乐叫…")
    rf"|(?:民宿|宾馆|旅馆|农家乐|会所|馆子?|园子?|场子?|院|诊所|工作室|作坊|档口|合作社|学校|幼儿园|医院|车行|商行|门市|门面|基地|"
    # a fleet or a crew, a shop said with 子 ("车队叫振华运输", "店子叫…", "铺子叫…")
    rf"车队|船队|运输队|工程队|施工队|装修队|劳务队|店子|铺子)"
    rf"(?:的名字|名字|名)?(?:就|也|都)?(?:叫做|名叫|叫作|喊做|喊作|称作|叫))\s*"
    rf"(?P<v>[{CJK}A-Za-z0-9（）()]{{2,20}}?)(?=$|[\s，,。、;；]|欠|的|别的|其[他它]|拖|做|干|上班|那|这)"
)


# said before a name the worker is not sure of: 什么, 啥, Nanchang 么里, Hunan 么子
VAGUE = re.compile(r"^(?:什么|啥子|啥|么里|么子|莫子|甚么|甚|乜嘢)(?=[\u4e00-\u9fff]{2})")
# "一家叫鸿运来的餐馆" -> 鸿运来餐馆; with the trade before the kind, "一个叫优品仓的电商仓库",
# "一家叫茶语时光的奶茶店", the name alone is the shop's own (its registered name is offered)
_KIND_CALLED = re.compile(
    rf"(?:一家|一个|一间|这家|那家)(?:叫|叫做|名叫)(?P<v>[{CJK}A-Za-z0-9]{{2,8}}?)的"
    rf"(?P<w>[{CJK}]{{0,4}})(?P<k>{ORG_SUFFIX})"
)
# the kind first, then its name in a clause of its own: "一家冒菜馆头打杂 叫蜀香冒菜" (a name with no
# kind word; a bare name of a person there is the teller's own, "…打工 叫王小明")
_KIND_THEN_CALLED = re.compile(
    rf"(?:一家|一间|一个|那家|这家)[{CJK}]{{0,6}}?(?:{ORG_SUFFIX})[^，,。；;！!？?\n]{{0,8}}?[\s，,]+(?:叫做|名叫|叫)\s*"
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,10}}?)(?=$|[\s，,。、;；！!]|欠|拖|老板)"
)
# a name in quotes where the worker works or who they work for: 一个叫“美美优选”的直播间
_QUOTED_ORG = re.compile(
    r"(?:叫|叫做|名叫|是|在|给|的)\s*[“\"「『](?P<v>[^”\"」』\s，,。]{2,20})[”\"」』]"
    r"(?!\s*(?:项目|工地|楼盘|小区|工程|花园|广场))"
)
_SITE = re.compile(r"(?:站点|网点|配送站|驿站|(?<!加油)(?<!车)站)$")
# the worker sent there by a firm: "是洁美物业派过去的", "劳务公司派我来的", "由某某人力外派"
_DISPATCHED = re.compile(
    r"\s*(?:的人)?(?:派|派遣|外派|安排|调)(?:过去|过来|进去|进来|来|去|到|我|俺|我们|俺们)"
)
# a hotel, a mall, an office block: the cleaners, guards and such working there are often employed
# by a service firm it hires (物业, 保洁, 保安, 劳务, 人力), which pays them
_SERVED_PLACE = re.compile(r"(?:酒店|宾馆|饭店|商场|广场|写字楼|大厦|超市|银行|医院|学校|小区|会所)$")
_SERVICE_FIRM = re.compile(r"物业|保洁|清洁|保安|安保|劳务|人力|派遣|外包|家政|后勤|服务")
# where the work is done, run by a company it hires (a canteen, a school, a hospital, a compound)
_INSTITUTION = re.compile(r"(?:食堂|学校|中学|小学|大学|学院|幼儿园|医院|卫生院|养老院|敬老院|小区|物业)$")


# where a registered name is read or who told it, in the clause before it: "全称是", "全称伊拉讲是"
# (they say it is), "工资单上写个是", "工牌顶面写", "合同上盖章的是"
_WRITTEN_BEFORE = re.compile(
    r"(?:全称|全名|注册名|营业执照|执照|合同|工牌|牌子|牌仔|招牌|工资单|工资条|盖章)[^，,。；;！!？?]{0,8}"
    r"(?:是|叫|为|系|写|写的|写着|写个|写住|写嘅|[:：])\s*$"
)


# the one who owes, told of a name: "欠我们钱的就是顺达劳务", "顺达劳务一直拖着不给", "是X公司欠的"
_WORKER = r"(?:我|我们|俺|俺们|咱|咱们|阮|𠊎|大家|工人|兄弟们|工资|工钱|钱|人工)"
OWES_BEFORE = re.compile(
    rf"(?:欠|拖欠|拖|压|扣)(?:了|着)?{_WORKER}[^，,。；;！!？?]{{0,6}}?(?:的|嘅)(?:人|公司|单位)?(?:就|正|也|其实)?(?:是|系)\s*$"
)
_PAID = r"(?:我|我们|俺|俺们|咱们|阮|𠊎|大家|工人|兄弟们|工资|工钱|人工)"
OWES_AFTER = re.compile(
    rf"\s*(?:一直|还|就|也|到现在|至今|现在)?(?:拖着|拖欠|欠着|压着|欠了?{_WORKER}|(?:不给|没给|不发|没发){_PAID}|欠的"
    # who pays the crew: "工资一直是顺达劳务发的", "由宏远劳务结工钱"
    rf"|(?:发|结|开)(?:我们|俺们|咱们)?(?:工资|工钱|人工)|(?:发|结)的(?=$|[，,。；;\s]))"
)
# what another says, not who owes: "公司说甲方物业没给钱", "劳务推说总包没拨款"
_SAID_BEFORE = re.compile(r"(?:说|讲|称|话|推说|说是|讲是|怪)\s*$")


def owed_named(text: str, named: list[OrgFound]) -> OrgFound | None:
    """Of several organisations named, the one the story says owes ("总包是A…跟B签的合同，欠我们钱
    的就是B劳务"), as its registered name when that is named too; None when the story does not say,
    or says it of two."""
    if len(named) < 2:
        return None
    owing = [
        o
        for o in named
        if OWES_BEFORE.search(text, max(0, o.start - 16), o.start)
        or (OWES_AFTER.match(text, o.end) and not _SAID_BEFORE.search(text, max(0, o.start - 3), o.start))
    ]
    keys = {employer_key(o.value) for o in owing}
    if not owing or any(not same_employer(employer_key(owing[0].value), k) for k in keys):
        return None
    short = employer_key(owing[0].value)
    legal = [o for o in named if LEGAL.search(o.value) and same_employer(short, employer_key(o.value))]
    return legal[0] if legal else owing[0]


def find_employer(text: str) -> OrgFound | None:
    """The best employer: a named organisation (one introduced with 叫 first), else a
    person (包工头老李), else a platform (美团), else a generic kind (一家电子厂); without a word
    of doubt said before it ("公司叫么里赣味餐饮": something like 赣味餐饮)."""
    found = _find_employer(text)
    vague = VAGUE.match(found.value) if found is not None else None
    if found is None or vague is None:
        return found
    return dataclasses.replace(found, value=found.value[vague.end() :], start=found.start + vague.end())


# a registered name said as whose the workplace is: "…，哈尔滨冰城餐饮有限公司的。"
_OWNERS_OF = re.compile(r"(?:旗下)?的(?=\s*(?:$|[，,。！!？?；;]))")


def _find_employer(text: str) -> OrgFound | None:
    orgs = [o for o in find_orgs(text) if not boss_customer(text, o)]
    # a rider's station or a courier's outlet is where the work is, run by a company or a
    # boss: never the employer while anyone else is named ("芙蓉路站点是骑迹人力…承包的")
    sites = [o for o in orgs if not o.generic and _SITE.search(o.value)]
    named = [o for o in orgs if not o.generic and o not in sites]
    said = complained_of(text)  # "我要投诉的是鑫联不是厂里", "工资也是鑫联发的"
    if said is not None:
        same = [o for o in named if same_employer(employer_key(said.value), employer_key(o.value))]
        return next((o for o in same if LEGAL.search(o.value)), same[0] if same else said)
    owing = owed_named(text, named)
    if owing is not None:  # "欠我们钱的就是顺达劳务": the one the story says owes, whoever else is named
        return owing
    for o in named[1:]:  # "在湖滨酒店做保洁，是某某物业公司派过去的": who sends the worker pays them
        if _DISPATCHED.match(text, o.end):
            return o
    for o in named:  # "劳务分包是…，总包是中国五冶集团有限公司": the main contractor answers for a crew's pay
        if _MAIN_CONTRACTOR.search(text, max(0, o.start - 8), o.start):
            return o
    for o in named:  # "厂的全称是苏州昌盛电子科技有限公司": the full registered name wins
        if _WRITTEN_BEFORE.search(text[max(0, o.start - 14) : o.start]):
            return o
    legal = [o for o in named if re.search(r"(有限公司|有限责任公司|股份有限公司|集团)$", o.value)]
    if legal and named[0] not in legal and _INSTITUTION.search(named[0].value):
        return legal[0]  # "第十一中学食堂是承包给味之源餐饮管理有限公司的": the company employs
    served = [o for o in legal if _SERVICE_FIRM.search(o.value)]
    if served and named[0] not in legal and _SERVED_PLACE.search(named[0].value):
        short = employer_key(named[0].value)
        if not any(same_employer(short, employer_key(o.value)) for o in legal):
            return served[0]  # "在锦江宾馆做保洁…某某保洁服务有限公司": the cleaning firm employs
    if legal and named[0] not in legal:
        owner = next((o for o in legal if _OWNERS_OF.match(text, o.end)), None)
        if owner is not None:  # "在冰城饺子馆当厨师，哈尔滨冰城餐饮有限公司的": the shop is the company's
            return owner
        short = employer_key(named[0].value)
        full = next((o for o in legal if same_employer(short, employer_key(o.value))), None)
        if full is not None:  # "昌盛电子厂" … "苏州昌盛电子科技有限公司": the same one, fully
            return full
    for m in NAME_CALLED.finditer(text):
        vague = VAGUE.match(m.group("v"))  # "公司叫什么顺达物流": a name all the same
        value = m.group("v")[vague.end() if vague else 0 :]
        if (
            len(value) >= 2
            and not re.match(r"^(老|小)[\u4e00-\u9fff]$", value)
            # "是那个公司叫我们去的" (额们: Shaanxi 我们): 叫 is "sent for", no name follows
            and not _SENT_FOR.match(value)
            and not GENERIC.match(value)
            and not DONT_KNOW.search(value)
            and balanced(value)
        ):
            inside = next((o for o in named if o.start <= m.start("v") < o.end), None)
            if inside is not None:
                return inside
            if m.group(0).startswith("老板"):
                continue  # "老板叫黄志强": a person, read below
            if re.match(r"项目[^是]*叫", m.group(0)):
                continue  # "项目叫北苑安置房二期": the project's name, never who owes
            return OrgFound(value, m.end("v") - len(value), m.end("v"))
    for o in named:
        if text[max(0, o.start - 2) : o.start].endswith(("叫", "叫做", "名叫")):
            return o
    kind_called = _KIND_CALLED.search(text)  # "一家叫鸿运来的餐馆": the name and its kind
    if kind_called is not None and not DONT_KNOW.search(kind_called.group("v")):
        if len(kind_called.group("w") + kind_called.group("k")) > 2:
            return OrgFound(kind_called.group("v"), kind_called.start("v"), kind_called.end("v"))
        value = kind_called.group("v") + kind_called.group("k")
        return OrgFound(value, kind_called.start("v"), kind_called.end())
    quoted = _QUOTED_ORG.search(text)
    if quoted is not None and not any(o.start <= quoted.start("v") < o.end for o in named):
        kind = re.match(rf"(?:{ORG_SUFFIX})", text[quoted.end() :])  # “好运来”超市
        value = quoted.group("v") + (kind.group(0) if kind else "")
        return OrgFound(value, quoted.start("v"), quoted.end() + (kind.end() if kind else 0))
    if not named and (then := _KIND_THEN_CALLED.search(text)) is not None:
        value = then.group("v")
        if not (len(value) <= 3 and value[0] in SURNAMES) and not DONT_KNOW.search(value):
            return OrgFound(value, then.start("v"), then.end("v"))
    if named:
        return named[0]
    told = real_name(text)
    if told is not None:
        return told
    owner = owner_named(text)  # "在孙立新那个砖窑搬砖": the owner who hires directly, by name
    if owner is not None:
        return owner
    person = find_person_employer(text)
    if person is not None:
        return person
    if sites:
        return sites[0]
    worked = find_workplace_name(text)
    if worked is not None:
        return worked
    for p in PLATFORMS:
        i = text.find(p)
        if i >= 0:
            return OrgFound(p, i, i + len(p))
    return None


# a name with no kind word, said where the worker works: "在万达广场的海底捞做服务员",
# "在石牌的川味小厨干了四个月"
_WORKED_AT = re.compile(
    rf"(?:在|给)(?:[^\s，,。！!？?]{{0,14}}?的)?(?P<v>[{CJK}A-Za-z]{{2,6}}?)"
    r"(?:做|干|上班|打工|当|打杂|帮工|帮忙)"
    # a shop pointed at by where it is, then what the worker does there: "步行街对门那家鑫达通讯卖手机"
    rf"|(?:那家|这家|那间|这间)(?P<w>[{CJK}A-Za-z]{{2,6}}?)(?:卖|做|干|上班|打工|当|打杂|帮工)"
)
_NOT_WORKPLACE = re.compile(
    r"(区|县|市|镇|乡|村|旗|盟|街道|路|街|里|边|面|头|上|下|家|地|工地|厂|公司|店|这|那|这里|那里|外地|本地|老家|"
    r"附近|一起|一直|现在|以前|之前|去年|今年|那个|这个|一家|一个|别人|人家|业主|老板|亲戚|朋友|"
    # the one cared for or looked after, never who pays: "给一个瘫在床上的老爷爷当护工"
    r"爷爷|奶奶|老太太|老太|老头|老人|老人家|病人|孩子|小孩|宝宝|产妇|大爷|大妈|婆婆|阿婆|阿公)$"
    r"|^(一|这|那|我|他|她|你|老板|工地|厂|公司|家|每|给|帮)"
)


_KIND_ONLY = re.compile(
    r"^(?:面包|蛋糕|烘焙|甜品|西点|咖啡|奶茶|水果|果|菜|茶|鱼|花|苗|养殖|养鸡|养猪|棉花|葡萄|苹果|砖|煤|"
    r"石料|沙|蔬菜|大)*(?:房|坊|园|场|地|棚|塘|矿|窑|店|馆|厂|基地)$"
)


def find_workplace_name(text: str) -> OrgFound | None:
    """A name with no kind word where the worker says they work, never a place or a plain word."""

    for m in _WORKED_AT.finditer(text):
        group = "v" if m.group("v") else "w"
        v = m.group(group)
        if (
            _NOT_WORKPLACE.search(v)
            or _is_place_name(v)
            or (is_town(v) and not re.match(r"[老小阿]", v))  # "小林": a nickname too, hinted
            or GENERIC.match(v)
            or _SITE_AFTER.match(text, m.end(group))
        ):
            continue
        if re.search(
            r"(广场|大厦|中心|花园|小区|商场|市场|大楼|园区|基地|家园|公寓|(?:物流|工业|产业|科技|创业|软件)园"
            r"|[一二三四五六七八九十\d]+期|标段)$",
            v,
        ):
            continue  # a building, market or park ("港区物流园"): where, not who
        if _KIND_ONLY.match(v):
            continue  # "面包房", "葡萄园", "砖窑": a kind of workplace, no name
        return OrgFound(v, m.start(group), m.end(group))
    return None

"""The words said before an employer's name, never part of it: the talk before a name in a
story ("我在…", "工牌顶面写…", "他一直说…"), the words introducing an answer ("单位是…", "他叫…"),
a place pointed at with a classifier ("齐贤那边恒丰纺织厂") and a shop's address."""

from __future__ import annotations

import re

from bot.core.extract.name_words import SURNAMES
from bot.core.extract.org_words import CJK, GENERIC, LEGAL, ORG_SUFFIX

# talk before the name in an answer: "劳务公司是山东齐安建设劳务有限公司", "老板是陈国华"
_ANSWER_LEAD = re.compile(
    rf"^[{CJK}]{{0,6}}?(?:公司|单位|厂|厂子|店|店子|铺子|馆子|车队|老板|包工头|工头|东家|雇主|站点|网点|站|驿站)"
    r"(?:的)?(?:名字|全称|全名|名称|名)?(?:是|叫做|叫|为)[:：\s]*"
)


# the person's name introduced, answering "his full name?": "他叫刘建华", "全名刘建华", "叫韩永胜"
_PERSON_LEAD = re.compile(
    r"^(?:(?:他|她)(?:的)?(?:全名|大名|名字|真名)?(?:是|叫做|叫)|(?:全名|大名|真名|名字)(?:是|叫做|叫)?|叫做|叫)[:：\s]*"
)


def strip_employer_lead(value: str) -> str:
    """An employer answer without the words that introduce it: "单位是宏达公司" -> 宏达公司,
    "他叫刘建华" -> 刘建华 (the name left must still have two characters)."""
    m = _ANSWER_LEAD.match(value) or _PERSON_LEAD.match(value)
    if m is not None and m.group(0).strip() in ("叫", "叫做"):
        rest = value[m.end() :]  # a bare 叫 only before a person's name ("叫花子鸡饭店" stays)
        if not (re.fullmatch(rf"[{CJK}]{{2,4}}", rest) and rest[0] in SURNAMES):
            m = None
    if m is not None and len(value) - m.end() >= 2:
        return value[m.end() :]
    return value


# 在 said in dialect before a place or a workplace: Minnan 伫/佇/踮, Wu 勒拉/勒海/垃拉/垃海 (not
# 勒海鲜…, a seafood shop), Cantonese 响 after who is there (我响, 佢响, 我哋响)
LOCATIVE = r"(?:伫|佇|踮|勒拉|勒海(?!鲜)|垃拉|垃海(?!鲜)|(?<=[我佢哋你])响)"
# "this one", "that one" before a workplace in dialect speech: Wu 搿爿/搿家/搿个/迭爿/伊爿 (这家,
# 那家), Cantonese 嗰间/呢间/嗰家, Gan 𠮶间, Jin 兀家/兀个, and the Mandarin ones
SAID_THIS = r"搿爿|搿家|搿个|搿间|迭爿|迭家|迭个|伊爿|嗰间|嗰家|呢间|呢家|𠮶间|𠮶家|兀家|兀个"
DEMONSTRATIVE = rf"(?:这家|那家|这间|那间|这个|那个|{SAID_THIS})"

# the talk that comes before a name: cut the candidate after the last of these
NAME_LEAD = re.compile(
    r".*(?:我在|在|喺|嘅系?|给(?!力)|帮(?![手忙工])|跟|替|叫作|喊作|喊做|称作|叫|是|进了|进|去了|到|的|做|，|,|。|\s|欠我|欠了|老板|之前|以前|去年|今年|一直在|全称系?|全名系?|注册名|"
    # 在 in dialect speech: Minnan 伫/佇/踮 ("阮伫…" = 我们在), Wu 勒拉/勒海 ("勒拉徐泾…"),
    # Cantonese 响 after a pronoun ("我响…"); and the Wu and Cantonese "this/that one" before a
    # name, 搿爿 (这家), 嗰间 (那间): never a word of the name
    rf"{LOCATIVE}|(?:{SAID_THIS})(?=[{CJK}]{{3}})|"
    # Wu 勒 (在) after who is there: "我勒温岭…", "阿拉三个人勒大唐…"
    r"(?<=[我侬伊渠人拉])勒(?![海拉])|"
    r"归|属于|通过|请问一下|请问|问一下|"
    # Cantonese "站长话我哋系X公司嘅人": 话 is says, 系 is is (not 系 alone: 系统 is in names)
    # 话 only after who says it (站长, 老板, 老细, 经理, 佢): 华话通讯 is a name
    r"(?<=[长板细理管头佢])话(?:我哋|佢哋|我|佢)?系?|(?:我哋|佢哋|我|佢)系|"
    # Hakka and Cantonese 系 (在, 是) after who is there: "𠊎系大埔…陶瓷厂", "阮都系…"
    r"(?:𠊎哋|𠊎兜|兜|𠊎|俺|阮|渠|我们|他们|都|也|就|一直)系(?![统列数])|"
    # when, said before the company that did it: "九月份开始公司讲…", "后来厂里…" (not 五月花)
    r"[一二三四五六七八九十两\d]{1,3}月(?:份|底|初|中旬|上旬|下旬)?(?:开始|以来|以后|之后|起(?=公司|厂|店|单位))"
    r"|[一二三四五六七八九十两\d]{1,3}月(?:份|底|初|中旬|上旬|下旬)|开始|后来|然后|结果|最近|目前|当时|那时候?|如今|年底|年初|"
    # the contractor's rank said before its name: "大包又说总包贵州…建设有限公司还没结"
    # (not a company's own word: 广州总包劳务有限公司)
    # ("总包係赣州…": Hakka and Cantonese 系 is 是)
    r"(?:(?<=[说讲问找是跟给，,\s])|^)(?:总包|总承包|大包|二包)(?:单位|方)?(?:系(?![统列数]))?|"
    # the complaint itself said before the kind: "快递员投诉网点欠工资" names no outlet
    r"投诉|举报|反映|控告|起诉|"  # "归新疆洁康物业服务有限公司管": who they answer to, the verb is no part of the name
    # where the name is written or who says it: "工牌顶面写漳州市…", "他一直说糖厂"; Henan 搁 (在)
    r"写(?:着|的|嘅|个|嘞|得|住)?|印(?:着|的)|说|讲|搁|里头|里面|里边|"
    # where it is read, with no verb: "营业执照上面东莞市…", "工牌上…"
    r"(?:执照|合同|工牌|厂牌|胸牌|牌子|招牌|门头|工资单|工资条|名片|收据|欠条)(?:上面|上头|上边|顶面|上))"
)


# Ningbo and Shanghai 勒/辣 (在) said straight before a place: "勒海曙…", "辣嘉定…"
_AT_PLACE = re.compile(r"(?:勒|辣|垃)(?=[\u4e00-\u9fff]{2})")


def _at_place(cand: str, end: int) -> int:
    """Where the name starts when the lead ends in a Wu 勒海/辣海 (在) whose 海 begins a place
    ("勒海曙" is 勒 + 海曙), or the text opens with a bare Wu 勒 before a place."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    if end >= 2 and cand[end - 2 : end] in ("勒海", "垃海"):
        if any(is_place(cand[end - 1 : end - 1 + k]) for k in (2, 3)):
            return end - 1
    wu = _AT_PLACE.match(cand, end)
    if wu is not None and any(is_place(cand[wu.end() : wu.end() + k]) for k in (2, 3)):
        return wu.end()
    return end


def trim(cand: str) -> str:
    m = NAME_LEAD.match(cand)
    end = m.end() if m and m.end() < len(cand) else 0
    end = _at_place(cand, end)
    if end < len(cand):
        cand = cand[end:]
    return cand.strip("（()）· ")


# where the place is pointed at before the name ("齐贤那边恒丰纺织厂", "拱北嗰间海悦酒家"), and a
# dialect classifier or 的 left before it (Hakka "个鑫达家具厂", Cantonese "间海悦酒家")
POINTING = re.compile(
    r"^(?:.*?(?:那边|这边|那块|这块|那里|这里|那儿|这儿|附近|旁边|对面|隔壁)(?:嘞|的|个|嗰|𠮶|咯)?"
    # a town or village tied to the name by a particle, Hakka "湖坑镇个福茗茶叶合作社": where it is
    rf"|[{CJK}]{{1,4}}?(?:镇|乡|村|街道)(?=个|嘅|嗰|𠮶))?"
    r"(?:个|间|嗰|𠮶|嗰间|𠮶间|嘅|嘞|咯|哋)?"
)


def drop_pointing(value: str) -> str:
    """The name without the place pointed at and the classifier before it; kept when what is
    left would be a bare kind ("那边的厂") or too short to be a name."""
    rest = POINTING.sub("", value, count=1)
    if rest == value or len(rest) < 4 or GENERIC.match(rest):
        return value
    return rest


# a city written with 市 and one district or county after it, nothing more: how an institution's
# registered name starts ("安顺市西秀区育才实验学校"); a street, a town or a road is an address
_REGISTERED_PLACE = re.compile(rf"[{CJK}]{{2,4}}市[{CJK}]{{1,4}}(?:区|县)")
_INSTITUTION_KIND = re.compile(r"(?:学校|中学|小学|学院|幼儿园|医院|卫生院|养老院|敬老院|培训学校|职业学校)$")


# a town, a street or a road (its own name two characters or more) said before a shop's or
# factory's name of four or more: "宝盖镇祥发制衣", "潮海街道福来超市", "正阳步行街漓香阁饭店"
# (a name never starts with where it is)
_TOWN_FIRST = re.compile(
    rf"(?:[{CJK}]{{2,3}}(?:镇|乡|街道)|[{CJK}]{{2,4}}?(?:步行街|商业街|大街|大道|路|街|巷)(?:[0-9]+号)?)"
    rf"(?=[{CJK}]{{4}})"
)


def drop_org_address(value: str) -> str:
    """A shop's or school's name without the address said before it ("广丰区永丰街道阳光宝贝
    幼儿园" -> 阳光宝贝幼儿园); a registered company keeps its place ("芜湖安洁物业服务有限公司"),
    and a name that would be left a bare kind keeps it too ("沙县小吃店")."""
    from bot.core.extract.projects import drop_address  # projects reads names with this module's readers

    if LEGAL.search(value):
        return drop_bare_district(value)
    rest = drop_address(value)
    if (
        rest == value
        and (town := _TOWN_FIRST.match(value)) is not None
        and not GENERIC.match(value[town.end() :])
    ):
        rest = value[town.end() :]  # "宝盖镇祥发制衣": a town or a street no data lists, said first
    if rest == value:
        rest = _drop_bare_city(_drop_bare_city(value))  # "永川顺达车队": the county said bare, then the shop
    if rest == value or len(rest) < 3 or GENERIC.match(rest):
        return value
    if _REGISTERED_PLACE.fullmatch(value[: len(value) - len(rest)]) and _INSTITUTION_KIND.search(rest):
        return value  # "安顺市西秀区育才实验学校": a city and its district only, as a school is registered
    return rest


_KINDS_AT_END = re.compile(rf"(?:{ORG_SUFFIX}|分厂|分店|分公司|总店)+$")
# a name of its own (two characters or more) and the kind of workplace it ends in: "顺达车队", "老街坊饭店"
_OWN_NAME_KIND = re.compile(rf"[{CJK}]{{2,6}}?(?:{ORG_SUFFIX})")


def _drop_bare_city(value: str) -> str:
    """A shop's, fleet's or factory's own name without the county or city said bare before it
    ("永川顺达车队" -> 顺达车队, "乌海顺通车队" -> 顺通车队): where it is, not its name. Kept when
    what is left is a kind with no name of its own ("沙县小吃店", "兰州拉面馆")."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed
    from bot.core.extract.townships import township_index

    towns = township_index()
    for size in (3, 2):
        head, rest = value[:size], value[size:]
        # a county or city, or a town said without 镇 ("白沟鑫宇箱包厂": 白沟镇)
        known = is_place(head) or f"{head}镇" in towns
        if not known or re.match(r"[区县市镇乡村旗州盟]", rest):
            continue
        own = _OWN_NAME_KIND.fullmatch(rest)
        if own is None or len(rest) < 4 or GENERIC.match(rest) or _KIND_WORD.fullmatch(rest):
            continue
        if len(_KINDS_AT_END.sub("", rest)) < 2:
            continue  # "华兴五金厂分厂": what is left is kinds only, the place word is the name
        return rest
    return value


# a kind of shop told by what it sells, no name: 拉面馆, 牛肉面馆, 小吃店, 米粉店
_KIND_WORD = re.compile(
    r"(?:(?:牛肉|羊肉|拉|刀削|烩|米|炒|螺蛳|过桥|酸辣|凉)?(?:面|粉|米线)|小吃|火锅|烧烤|烤鸭|包子|饺子|馄饨|串串|麻辣烫|"
    r"[\u4e00-\u9fff]?(?:菜|饭|汤|粥|鱼|鸡|鸭|羊|牛|肉)|茶|酒|水果|服装|五金|建材|家具|汽修|修车|洗车|理发|美发|美容|"
    rf"电器|手机|超市|药)(?:{ORG_SUFFIX})"
)


# a city district, a town or a street said bare before a company's name: "金湾区三灶镇珠海海丰…",
# "南沙区粤海…有限公司". A registered name never starts that way (a city district is written with
# its city, 广州市南沙区…; a county may stand alone, 长沙县…), so these words say where it is
_BARE_PIECE = re.compile(rf"[{CJK}]{{1,4}}?(?:区|镇|乡|街道)")


def drop_bare_district(value: str) -> str:
    """A registered name without the district, town or street said before it, when no city
    is said before them: "金湾区三灶镇珠海海丰游艇制造有限公司" -> 珠海海丰游艇制造有限公司;
    "佛山市禅城区捷运快递服务有限公司" and "长沙县星沙…有限公司" are kept whole."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    rest = value
    while (m := _BARE_PIECE.match(rest)) is not None and len(rest) - m.end() >= 6:
        piece = m.group(0)
        known = is_place(piece) or is_place(re.sub(r"(?:区|镇|乡|街道)$", "", piece))
        if not known and (rest == value or piece.endswith("区")):
            break  # the first piece must be a known place; a town or street after it goes with it
        rest = rest[m.end() :]
    return rest if rest != value and LEGAL.search(rest) else value


# 个 as 的 in Wu and Hakka speech before a workplace: "一家做童装直播个公司" is 做童装直播的公司 (a kind,
# no name); never a count or a pointer (一个公司, 这个厂, 上个老板)
_OF = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十几这那每哪某整半上下各])个(?=公司|厂|店|老板|老细)"
    # Wu 葛 (的) before a workplace: "城西街道葛嘉丰鞋厂", "宣家葛袜子作坊" (never 诸葛, nor a surname
    # after a word that points at a person: "跟葛师傅的厂")
    rf"|(?<=[\u4e00-\u9fff])(?<![诸给跟找和与帮替在是叫姓老小阿])葛(?=[\u4e00-\u9fff]{{0,4}}?(?:{ORG_SUFFIX}))"
)


def spoken_of(text: str) -> str:
    """The text with a spoken 个 (of) before a workplace written 的, same length."""
    return _OF.sub("的", text)

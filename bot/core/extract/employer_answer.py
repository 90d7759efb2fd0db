"""An answer to "who owes the pay" with words about the employer after the name:
"周德华，他是个人接装修活的老板，没有公司" -> 周德华, the rest kept for the description."""

from __future__ import annotations

import re

from bot.core.extract.bosses import find_person_employer, nickname_only
from bot.core.extract.name_answer import person_name
from bot.core.extract.name_reader import looks_like_name
from bot.core.extract.name_words import SURNAMES
from bot.core.extract.org_leads import strip_employer_lead
from bot.core.extract.org_words import DONT_KNOW, GENERIC, ORG_SUFFIX
from bot.core.extract.orgs import OWES_AFTER, OWES_BEFORE, find_orgs
from bot.core.extract.places import find_district
from bot.core.parsers.text import spelling_part

# a clause after the name that only says who they are: "周德华，他是个人接装修活的老板，没有公司"
_EXPLAINS = re.compile(
    r"^(?:他|她|这人|此人|就是|是|也是|属于|算|没有|没|不是|个人|个体|私人|自己|一个|就一个|"
    r"老板|包工头|工头|园主|场主|户主|东家|雇主|负责人|法人|承包|接活|专门)"
    r"|(?:老板|包工头|工头|园主|场主|户主|东家|雇主|负责人|个人|个体|私人|公司|单位|营业执照|招牌|名字)$"
    # where the name would be written, not seen: "营业执照我没看到过"; Cantonese 佢 (he), 冇 (none)
    r"|^(?:营业执照|执照|合同|工牌|招牌|佢|冇|唔系)|(?:没看到|没见过|没看过|冇见过|不清楚|不晓得)过?$"
)


_GLUED_NOTE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<note>(?:他|她)?(?:是)?(?:个人|自己|私人|个体)(?:承包|包|开|办|接|干)[\u4e00-\u9fff]{0,6})$"
)
_RUNS_IT = re.compile(r"^(?:个人|自己)?(?:承包|包|开|办|管|负责|招|派|雇)(?:的|着)?[\u4e00-\u9fff]{0,6}$")
_CALLED_NICKNAME = re.compile(
    r"(?:叫他|喊他|叫她|喊她|都叫|都喊|就叫|只知道叫|只知道)\s*(?P<n>(?:老|小|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff](?:老板|总|哥|姐|师傅))"
)
_POINTING = re.compile(r"^(?:就是|是|那个|这个|那家|这家|一个)+")
_TRAILING_NOTE = re.compile(r"^(?P<name>[^（(]{2,}?)\s*[（(](?P<note>[^）)]+)[）)]$")
# the name told first, then that its full name is not known: "就叫茶语时光，全称我也不知道"
_FULL_UNKNOWN = re.compile(
    r"^(?:(?:公司|单位|厂子?|店子?|铺头|铺子|馆子|车队)\s*)?(?:就是|就叫|就係|就系|是|叫|叫做|都叫)?\s*(?P<n>[^\s，,。；;]{2,20}?)[\s，,。；;]+"
    r"(?:全称|全名|大名|营业执照|执照|注册名)[^，,。；;]{0,6}?"
    r"(?:不知道|不晓得|不清楚|不记得|毋知|呣知|唔知|唔晓得|晓不得|伓八|没看过|没见过)"
)
_NAMED_AS = re.compile(r"^(?:叫|名叫|叫做|是|就是)\s*")
# words that say where the registered name is read from, before it: "营业执照上写的是南明区俏佳人服饰店"
_REGISTERED_LEAD = re.compile(
    r"^(?:(?:营业执照|执照|牌照|办学许可证|许可证|劳动合同|合同|工牌|招牌|牌子|门头|发票)(?:上面?|上头|顶面)?"
    r"(?:写(?:的|嘞|得|住|嗰|𠮶|个)是?|写着|印(?:的|嘞)是?|印着|是|的名字是|的名字叫)|全称(?:是|叫|系)?|全名(?:是|叫|系)?|"
    r"(?:公司|单位|厂子?|店|学校)?(?:的)?名字叫(?:做)?|叫做)\s*"
)


# a registered form: the name ends in it, whatever was said before and after
_LEGAL_END = (
    r"(?:有限责任公司|股份有限公司|集团有限公司|有限公司|集团|专业合作社|股份经济合作社|合作社|联合社|"
    r"事务所|经营部|商行)"
)
_LEGAL_NAME = re.compile(
    rf"[\u4e00-\u9fff（）()A-Za-z0-9·]{{2,40}}?{_LEGAL_END}(?![\u4e00-\u9fff]{{0,2}}(?:公司|分社))"
)
# the words that introduce the name; the last of them in the clause ends the lead-in ("工资单上写个是",
# "柚园门口个牌仔写个系", "劳务公司是", "全称伊拉讲是", "牌子上印着"). Not 为, 即, 印 or 系 alone:
# inside names they are no lead (大为建筑, 即墨, 印刷, 系统)
_INTRO = re.compile(
    r"叫做|名叫|称为|名为|写(?:着|的|嘅|个|嘞|得|住|咧|滴)?(?:是|系)?|印(?:着|的|嘅)(?:是|系)?|叫(?:是|系)?|"
    r"(?<=[上面就都个嘅讲话名称佢渠伊的记])系|是|全称|全名|注册名|挂靠在|挂靠|挂在|挂的|属于|隶属于?|[:：]|"
    # the stamp on a paper: "收入证明上盖的X有限公司", "欠条上盖着章是…"
    r"盖(?:章)?(?:的|着)(?:章)?(?:是|系)?"
)


_CLAUSE_BREAK = "，,。；;！!？?、"
# a name with no legal form, told as what the licence or the contract says
_WRITTEN_SHOP = re.compile(
    r"(?:营业执照|执照|全称|全名|注册名?|合同|工资单|工资条)[^，,。；;！!？?\s]{0,8}?"
    r"(?:写的是|写着|写的|写个|写嘅系|写|是|叫|系|为|[:：])\s*"
    rf"(?P<n>[\u4e00-\u9fff（）()]{{3,30}}?(?:{ORG_SUFFIX}))(?=$|[，,。；;！!？?\s]|的|嘅)"
)
# words left before the name that are no part of it (never 和: 和信, 和记 are names)
_TALK_BEFORE = re.compile(
    r"^(?:跟|给|替|帮|在(?!线)|归由|被|让|找|进了|进|去|到|他|她|佢|伊|渠|就|也|都|还|"
    # the contractor's rank said before its name: "总包系赣州…有限公司" (Hakka 系: 是)
    r"(?:总包|总承包|大包)(?:单位|方)?(?:系|是)?)+"
)


def _place_leads(value: str, cut: int) -> bool:
    """The name opens with a county whose first character the talk words would cut: 都 of
    都匀市 or 都江堰市 is no "also" there."""
    place = find_district(value)
    return place is not None and place.start == 0 and place.end > cut


def registered_in(text: str) -> str | None:
    """The one registered name in an answer, without the words before it (where it is written,
    who said it) and after it ("营业执照上写的是X有限公司，老板娘真名叫…" -> X有限公司); of a
    crew's subcontractor and main contractor, the one the answer says owes ("欠我们钱的是…"),
    else the main one; None when the answer names none, or two others."""
    names: list[str] = []
    main: list[str] = []  # the main contractor's: it answers for a crew's pay
    owing: list[str] = []  # the one said to owe: "…劳务有限公司拖着不给", "欠钱的是…"
    for m in _LEGAL_NAME.finditer(text):
        breaks = [i + 1 for i, ch in enumerate(text[: m.start()]) if ch in _CLAUSE_BREAK or ch.isspace()]
        value = text[max(breaks, default=0) : m.end()]
        clause = value
        body_end = len(value) - len(re.search(rf"{_LEGAL_END}$", value).group(0))  # type: ignore[union-attr]
        for intro in reversed(list(_INTRO.finditer(value, 0, body_end))):
            if body_end - intro.end() >= 2:
                value = value[intro.end() :]
                break
        talk = _TALK_BEFORE.match(value)  # "他是跟X有限公司干的": who the work was for
        if talk is not None and len(value) - talk.end() >= 6 and not _place_leads(value, talk.end()):
            value = value[talk.end() :]
        if GENERIC.match(value):
            continue  # "佢个合作社叫X专业合作社": his co-op, no name; the name told after it is
        start = m.end() - len(value)
        if OWES_AFTER.match(text, m.end()) or OWES_BEFORE.search(text, max(0, start - 16), start):
            owing.append(value)
        if value not in names:
            names.append(value)
            if re.search(r"总包|总承包", clause[: len(clause) - len(value)]):
                main.append(value)
    if len(names) > 1 and len(set(owing)) == 1:
        return owing[0]
    if len(names) > 1 and len(main) == 1:
        return main[0]
    if not names:  # a sole trader's registered shop: "营业执照上写的是株洲市芦淞区芳姐服饰店"
        shop = _WRITTEN_SHOP.search(text)
        return shop.group("n") if shop is not None else None
    return names[0] if len(names) == 1 else None


def unspelled(said: str) -> str:
    """The answer without the parts spelling out the name's characters ("东家叫葛长江 诸葛的葛
    长江的长江" -> 东家叫葛长江; "何太和 人可何" -> 何太和); a longer part is never a spelling."""
    parts = said.split()
    if len(parts) < 2:
        return said
    head = re.sub(r"^.*(?:叫|是)", "", parts[0])
    kept = [parts[0]]
    for part in parts[1:]:
        short = len(part) <= 6
        if short and spelling_part(part, said.replace(part, "")):
            continue  # "诸葛的葛", "何是人可何"
        if (
            len(part) == 3
            and head
            and (part[-1] == head[0] or (part[-1] in head[-4:] and part[-1] in SURNAMES))
        ):
            continue  # the surname written by its parts: "人可何", "木子李", "耳东陈", "双木林"
        if len(part) == 1 and part in head[-3:]:
            continue  # "林水木 双木林 水": a character of the name said again
        if len(part) <= 10 and part[-1] in head[-4:] and _BUILT.search(part[:-1]):
            continue  # "三点水一个甫嘞浦": the character told by its parts
        kept.append(part)
    return " ".join(kept)


# the words of a longer spelling: the character's parts ("三点水一个甫嘞浦", "草字头下面一个化")
_BUILT = re.compile(
    r"点水|字旁|字头|字底|偏旁|单人|双人|提手|木字|草字|宝盖|走之|绞丝|金字|[加带]个|一个|下面|上面|旁边|左边|右边"
)


# a title said before a person's name, no part of it: "种植户马建军", "船老大黄金泉", "东家沈国良",
# "马老板叫马成福", Hokkien 头家 (the boss; 船头家, the boat's)
_TITLE = re.compile(
    r"^[\u4e00-\u9fff]{0,3}?(?:老板|老细|头家|船老大|船老板|船主|船东|东家|主家|雇主|种植户|养殖户|承包户|承包人|"
    r"包工头|工头|园主|场主|矿主|户主)(?:就是|是|叫做|叫|系|喊)?\s*"
)


def untitled(part: str) -> str:
    """A person's full name without the title said before it ("种植户马建军" -> 马建军); any
    other part as it is."""
    m = _TITLE.match(part)
    rest = part[m.end() :] if m is not None else ""
    if nickname_only(rest):
        return part  # "包工头韦老三": a nickname keeps its role
    if 2 <= len(rest) <= 4 and rest[:1] in SURNAMES and person_name(rest) and not find_orgs(rest):
        return rest
    return part


# talk around a name said alone: "就老韩家烧烤呗", "是孙立新那里", "冯立军家里"
_FILLER_BEFORE = re.compile(r"^(?:也就是|就是|就(?!业)|也是|都是|是|在(?!线))(?=[\u4e00-\u9fff]{2})")
# (never 哈 or 嘞, which end names: 娃哈哈)
_FILLER_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:啊|呀|吧|呗|嘛|噢|哦|咯|啦|哇|哟)+$")
_WHERE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:那里|那儿|那边|那块|那搭|这里|家里)$")


def unfilled(name: str) -> str:
    """A name said with talk around it, without that talk: "就老韩家烧烤呗" -> 老韩家烧烤,
    "孙立新那里" -> 孙立新 (where a person is, only after a person's name)."""
    name = _FILLER_AFTER.sub("", _FILLER_BEFORE.sub("", name.strip()))
    where = _WHERE_AFTER.search(name)
    if where is not None and looks_like_name(name[: where.start()]) and name[:1] in SURNAMES:
        name = name[: where.start()]
    return name


def _is_explanation(part: str) -> bool:
    return bool(_EXPLAINS.search(part) or DONT_KNOW.search(part))


def _is_whole_name(part: str) -> bool:
    """A whole employer name: a named organisation, a person who owes (包工头老李, 王老板) or a
    person's full name."""
    if any(o.value == part and not o.generic for o in find_orgs(part)):
        return True
    person = find_person_employer(part)
    if person is not None and person.start == 0 and person.end == len(part):
        return True
    return looks_like_name(part) and part[:1] in SURNAMES and len(part) <= 4


_PLACE_AFTER = re.compile(r"(?<=..)在[\u4e00-\u9fff0-9]{1,12}(?:路|街|大道|巷|号|镇|村)$")


def _registered_name(value: str) -> tuple[str, str] | None:
    """The name after words saying where it is written, the other clauses kept as the note:
    "俏佳人，营业执照上写的是南明区俏佳人服饰店，老板叫王丽" -> 南明区俏佳人服饰店."""
    # "顺程快运 全称郑州…有限公司": a space before where the name is read splits it off too
    parts = [
        p.strip()
        for p in re.split(r"[，,。；;！!]+|\s+(?=全称|全名|营业执照|执照|牌照|招牌|牌子|门头)", value)
        if p.strip()
    ]
    for i, part in enumerate(parts):
        m = _REGISTERED_LEAD.match(part)
        name = part[m.end() :].strip() if m is not None else ""
        name = _PLACE_AFTER.sub("", name)  # "X服饰店在中华路": where it is, not its name
        name, *after = re.split(r"\s+(?=不是|他|她|佢|老板|没|冇)", name)  # "X服务部 不是中通总部"
        if DONT_KNOW.search(name):
            continue  # "全名阮毋知": the full name not known
        if len(name) >= 2:
            return name, "，".join(parts[:i] + after + parts[i + 1 :])
    return None


# a household told by its head's name: "系黄志明屋下" (Hakka: it is 黄志明's home), "陈国华家里"
_HOUSEHOLD = re.compile(r"^(?:系|是|就是|就系)?(?P<n>[\u4e00-\u9fff]{2,3}?)(?:屋下|屋企|屋里|屋家|家里|家)$")


def employer_answer(value: str) -> tuple[str, str]:
    """The employer's name and the words about them (see _employer_answer); a household told by
    its head's name is the head ("系黄志明屋下" -> 黄志明), as the story reader files a nanny's."""
    name, note = _employer_answer(value)
    home = _HOUSEHOLD.match(name)
    if home is not None and home.group("n")[:1] in SURNAMES and person_name(home.group("n")):
        return home.group("n"), note
    return name, note


def _employer_answer(value: str) -> tuple[str, str]:
    """(the employer's name, what the worker said about them) for an answer to "who owes":
    "周德华，他是个人接装修活的老板，没有公司" -> ("周德华", "他是个人接装修活的老板，没有公司");
    "个人老板，叫胡文斌" -> 胡文斌; "陶国庆（个人老板）" -> 陶国庆; "公司不知道 老板姓高" -> 高老板.
    Words are split off only when every other part explains who the employer is; an answer
    that is all name ("深圳市宏达建筑劳务有限公司") is kept whole."""
    value = value.strip()
    unknown = DONT_KNOW.search(value)
    first = _FULL_UNKNOWN.match(value)  # "就是鑫达通讯 全称我不晓得 老板叫周永": the name told first
    if first is not None and not DONT_KNOW.search(first.group("n")):
        return unfilled(first.group("n")), value[first.end("n") :].strip(" ，,")
    named = next((o for o in find_orgs(value) if not o.generic), None)
    if unknown is not None and named is not None and named.end <= unknown.start():
        return named.value, value  # "厂叫锦泰服装厂 … 全名阮毋知": the name known, its full one not
    if unknown is not None:  # "我也不知道公司叫啥 老板姓高": the person named, if any
        person = find_person_employer(value)
        if person is not None:
            return person.value, value
        called = _CALLED_NICKNAME.search(value)  # "不知道全名，都叫他老彭"
        if called is not None:
            return called.group("n"), value
    registered = _registered_name(value)
    if registered is not None:
        return registered
    m = _TRAILING_NOTE.match(value)
    if m is not None and _is_explanation(m.group("note")):
        return _POINTING.sub("", m.group("name").strip()) or m.group("name"), m.group("note")
    parts = [
        p.strip()
        for p in re.split(
            r"[，,。；;！!]+|\s{1,}(?=[他她是个没不叫佢冇]|就是|老板|营业执照|执照|唔系)", value
        )
        if p.strip()
    ]
    if len(parts) < 2 and untitled(value) != value:
        return untitled(value), ""  # "船老大黄金泉": the person, no title
    if len(parts) < 2:
        glued = _GLUED_NOTE.match(value)  # "韩永胜个人承包的": the name, then who they are
        if glued is not None and _is_whole_name(glued.group("name")):
            return glued.group("name"), glued.group("note")
        org = next((o for o in find_orgs(value) if not o.generic), None)
        if org is not None and org.start == 0 and _RUNS_IT.match(value[org.end :]):
            return org.value, value[org.end :]  # "合肥骑迹人力资源服务有限公司承包的"
        return _spaced_note(value) or (unfilled(value), "")
    for i, part in enumerate(parts):
        name = _POINTING.sub("", _NAMED_AS.sub("", part)) if i else _POINTING.sub("", part)
        name = untitled(strip_employer_lead(name))  # "老板叫梁炳坤", "种植户马建军": the name
        name = unfilled(name)  # "就老韩家烧烤呗": the name without the talk around it
        called = _NAMED_AS.sub("", name)  # "就叫宏远石料场": the workplace's name, introduced
        if called != name and any(o.value == called and not o.generic for o in find_orgs(called)):
            name = called
        spaced = _spaced_note(name)  # "孙立新 砖窑是他的": the name, then who they are
        if spaced is not None:
            name = spaced[0]
        rest = parts[:i] + parts[i + 1 :]
        if len(name) < 2:
            continue
        if (i == 0 and _is_whole_name(name)) or all(_is_explanation(p) for p in rest):
            if i == 0 or _is_whole_name(name):
                return name, "，".join(rest)
    return _spaced_note(value) or (value, "")


def _spaced_note(value: str) -> tuple[str, str] | None:
    """A whole name, a space and words about the employer: "马成福 承包那片棉花地的", "黄金泉
    船是伊个" -> the name; None when the words after the space go on with the name ("宏达 建筑公司")."""
    head, _, note = value.partition(" ")
    name = untitled(strip_employer_lead(_POINTING.sub("", head)))
    if not note.strip() or len(name) < 2 or not _is_whole_name(name):
        return None
    word = name + note.split()[0]
    if any(o.value == word for o in find_orgs(word)):
        return None  # the word after the space is the rest of the name
    return name, note.strip()

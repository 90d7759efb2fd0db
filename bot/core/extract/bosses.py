"""Who owes the pay when it is a person, not a company: "包工头老李", "老板姓王" (王老板), "雇主陈静家"
(陈静), a nickname or a title only ("老韩", "陈女士": who, but no name to file under), and the
real name told beside a nickname ("二虎大名叫王永虎")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.name_words import SURNAMES, filler_after

_CJK = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class OrgFound:
    value: str
    start: int
    end: int
    generic: bool = False


_PERSON_ROLE = (
    r"包工头|工头|老细|小包工头|大包工头|老板娘|老板|班长|班组长|领班|带班的|带班|中介|主家|东家|雇主|工长|队长|"
    r"总包|分包|师傅|"
    # who owns the boat, the farm, the field or the mine and hires: 船老大, Hokkien 头家 (boss), 种植户
    r"船老大|船老板|船东|船主|头家|种植户|养殖户|承包户|园主|场主|矿主"
)
_PERSON = re.compile(
    rf"(?P<role>{_PERSON_ROLE})(?:是|叫|姓|就是)?\s*"
    rf"(?P<who>老(?![板乡家公婆师表])[{_CJK}]|小(?![工区时孩])[{_CJK}]|[{_CJK}]总|[{_CJK}](?:某某|某)|"
    rf"[{_CJK}](?:师傅|哥|姐)(?=[\s，,。的欠不跑拖说家一也又还都就在带给那跟让]|$)|"  # "包工头王师傅一直不给钱"
    # a given name ending in a word that is also talk, with a pause after it: "包工头叫杨德才，"
    rf"[{_CJK}]{{2}}[就只才也又还都](?=[\s，,。；;、！!]|$|一直|欠|拖|跑了|不给|没给)|"
    # the name ends where the talk goes on: "老板张宝军就给了我一万", "…一直拖着"
    # (个 is 的 in dialect speech, "船头家林水木个船"; "种植户马建军承包的")
    rf"[{_CJK}]{{1,2}}(?![就只才也又还都])[{_CJK}](?=[\s，,。的欠不跑拖说家就只才也又还都]|个(?![月天多半子人头])|承包|出海|干活|做工|打工|一直|一分|$)|"
    rf"[{_CJK}](?=[\s，,。的欠不跑拖说家]|$))"
)


# roles that only say "the employer": dropped, the person's name is enough ("雇主陈静家" -> 陈静)
_PLAIN_ROLES = (
    "雇主",
    "主家",
    "东家",
    "师傅",
    "船老大",
    "船老板",
    "船东",
    "船主",
    "头家",
    "种植户",
    "养殖户",
    "承包户",
)


def _person_value(role: str, who: str, surname_only: bool) -> str:
    """The person as the worker named them, never decorated: a full name alone ("老板是陈国华" ->
    陈国华), a nickname with its role in the worker's order ("包工头老李", "工头张某"), a surname
    told with 姓 as 王老板."""
    if surname_only:
        return f"{who}{role}"
    nickname = len(who) == 1 or who.startswith(("老", "小")) or who.endswith(("总", "某"))
    if role in _PLAIN_ROLES or not nickname or (role in ("老板", "老板娘", "老细") and len(who) >= 2):
        return who  # "网点老板老韩" -> 老韩, "老板是林总" -> 林总
    return f"{role}{who}"


def find_person_employer(text: str) -> OrgFound | None:
    """A person who owes the pay: "包工头老李" -> 包工头老李, "老板姓王" -> 王老板,
    "雇主陈静家" -> 陈静, "老板是陈国华" -> 陈国华."""
    hired = _HIRED_BY.search(text)  # "请她的是老爷爷的儿子叫何太和": who hired and pays a carer
    if hired is not None and hired.group("who")[:1] in SURNAMES:
        return OrgFound(hired.group("who"), hired.start("who"), hired.end("who"))
    head = _HOUSEHOLD_HEAD.search(text)  # "那家男的叫向东海": who hired the nanny
    if head is not None and head.group("who")[:1] in SURNAMES:
        return OrgFound(head.group("who"), head.start("who"), head.end("who"))
    head = _HEAD_OF_HOUSE.search(text)  # "户主是他家儿子，叫孙国栋": the household that hired
    if head is not None and head.group("who")[:1] in SURNAMES:
        return OrgFound(head.group("who"), head.start("who"), head.end("who"))
    called = _CALLED_ROLE.search(text)  # "给一个叫周强的包工头干": the name told before the role
    if called is not None and called.group("who")[:1] in SURNAMES:
        return OrgFound(called.group("who"), called.start("who"), called.end("who"))
    for m in _PERSON.finditer(text):
        who = m.group("who")
        if re.search(r"(我是|我就是|本人是|我是个|我是这个)$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "我是带班的孙国强": the worker's own role and name, not who owes
        if (
            len(who) >= 2
            and who[0] not in SURNAMES
            and not who.startswith(("老", "小"))
            and not who.endswith(("总", "某"))
        ):
            continue
        if re.search(r"(说|跑|欠|不|没|拖|让|给|的)", who) or (len(who) == 1 and who not in SURNAMES):
            continue  # "老板娘欠她": no person named
        if len(who) >= 2 and who[0] in SURNAMES and filler_after(text[m.start("who") : m.end("who") + 2]):
            continue  # "老板钱硬是不给": 钱 is the money, 硬是 (really) the talk, no person named
        if len(who) >= 2 and _from_place(who):
            continue  # "老板金华人", "工头江夏区的": where the boss is from, no name
        if len(who) == 1 and not re.search(r"姓|叫|是", m.group(0)[len(m.group("role")) :]):
            continue  # "给一个叫周强的包工头干": 干 is the work, not a surname
        role = m.group("role").rstrip("的")
        surname_only = bool(re.search(r"(?:姓)", m.group(0))) and len(who) == 1
        return OrgFound(_person_value(role, who, surname_only), m.start(), m.end())
    for m in re.finditer(
        r"(?:雇主|主家|东家)(?:是|叫)?\s*(?P<who>[" + _CJK + r"](?:女士|先生|阿姨|老师|姐|哥))", text
    ):
        return OrgFound(m.group("who"), m.start(), m.end())
    m = _KIN_TITLE_BOSS.search(text)  # "在张姐开的美甲店上班", "李哥欠我两个月工资"
    if m is not None and m.group("s") in SURNAMES:
        return OrgFound(m.group(0)[:2], m.start(), m.start() + 2)
    m = _BOSS_CALLED.search(text)
    if m is not None and m.group("who")[:1] in SURNAMES:
        return OrgFound(m.group("who"), m.start("who"), m.end("who"))
    for m in _SURNAME_BOSS.finditer(text):
        if m.group("s") in SURNAMES and m.group(0) != "包工头":
            return OrgFound(m.group("s") + m.group("r"), m.start(), m.end())
    m = _LEADS_US.search(text)
    if m is not None and (m.group("s") or m.group("s2")) in SURNAMES:
        return OrgFound("老" + (m.group("s") or m.group("s2")), m.start(), m.end())
    return None


def _from_place(who: str) -> bool:
    """ "金华人", "江夏区": a place's people or a place said with its suffix, never a person's name
    (a bare word that is also a town's name, 华新, may still be one)."""
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    if who.endswith("人"):
        return is_place(who[:-1])
    return bool(re.search(r"(?:省|市|区|县)$", who)) and is_place(who)


# a surname with 姐/哥 who runs the place or owes: "张姐开的美甲店", "李哥欠我两个月工资"
_KIN_TITLE_BOSS = re.compile(
    rf"(?:(?<=[在给跟是找帮被和与替着])|(?<![{_CJK}]))(?P<s>[{_CJK}])(?:姐|哥)(?=开的|家的|的店|欠|拖|不给|一直不|跑了)"
)
# who hired the worker, told as that and then named: "请她的是老爷爷的儿子叫何太和", "雇我的是他女儿
# 刘芳", "找我来的是业主周强" (a carer, a nanny, a helper at a home: the one who hired pays)
_HIRED_BY = re.compile(
    rf"(?:请|雇|聘|找)(?:我|俺|她|他|我们|俺们|我妈|我爸)(?:来|去)?(?:干活|做事|干)?的(?:人)?(?:是|就是)"
    rf"(?:[^，,。！!？?\s]{{0,10}}?(?:叫|名叫|叫做)|[^，,。！!？?\s]{{0,8}}?(?:女儿|儿子|老伴|老婆|媳妇|业主|老板|主家|东家))?\s*"
    rf"(?P<who>[{_CJK}]{{2,3}}?)(?=$|[\s，,。；;、！!]|说|欠|跑|拖|不|给|每|一个月|从)"
)
# the head of the household a nanny or a carer works for, told by who they are there: "那家男的叫向东海",
# "这户的女主人是刘芳"
_HOUSEHOLD_HEAD = re.compile(
    r"(?:那家|这家|那户|这户|那家人|这家人|东家|主家|雇主家)(?:的)?(?:男的|女的|男主人|女主人|男人|女人|主人|当家的)"
    rf"(?:叫做|叫|是|名叫)\s*(?P<who>[{_CJK}]{{2,3}}?)(?=$|[\s，,。；;、！!]|欠|跑|拖|不|开头|说)"
)
# the head of the household or who hires, then a few words about them, then the name: "户主是他家
# 儿子，叫孙国栋", "雇主是老太太的女儿，名叫…", "东家叫刘立新"
_HEAD_OF_HOUSE = re.compile(
    r"(?:户主|房主|屋主|男主人|女主人|当家的|雇主|东家|主家)[^。！!？?；;]{0,12}?(?:叫做|名叫|叫|是)\s*"
    rf"(?P<who>(?![他她它我你这那谁个])[{_CJK}]{{2,3}}?)(?=$|[\s，,。；;、！!]|欠|跑|拖|不|说)"
)


def hirers_named(text: str) -> list[tuple[int, int]]:
    """Where the text names who hired or heads the household, or the boss, by full name
    ("户主是他家儿子，叫孙国栋", "请她的是…叫何太和", "老板是个体户叫楼建华"): never the worker's own name."""
    spans: list[tuple[int, int]] = []
    for rx in (_HIRED_BY, _HOUSEHOLD_HEAD, _HEAD_OF_HOUSE, _CALLED_ROLE, _BOSS_CALLED):
        spans += [m.span("who") for m in rx.finditer(text) if m.group("who")[:1] in SURNAMES]
    return spans


# "一个叫周强的包工头", "那个叫刘建华的老板": a person's name, then their role
_CALLED_ROLE = re.compile(
    rf"(?:叫|名叫|叫做)(?P<who>[{_CJK}]{{2,3}})的(?:包工头|工头|老板娘|老板|班长|带班的|师傅|老细|东家|雇主)"
)
# "跟着周老板", "给郑老板的猕猴桃园", "那个姓周的老板": a surname and the boss's role
_SURNAME_BOSS = re.compile(
    rf"(?:(?<![{_CJK}])|(?<=[给跟着是的个找帮替被欠和与叫]))(?:姓)?(?![那这大小老二原新前现总])"
    rf"(?P<s>[{_CJK}])(?:的)?(?P<r>老板娘|老板|老总|工头|包工头)(?![娘])"
)
# "老板是个体户叫楼建华", "老板是本地人，叫…", Hakka "老板系自家养个，叫刘伟强": the role, a few words
# (one pause at most, then straight on to 叫), then the name
_BOSS_CALLED = re.compile(
    rf"(?:老板娘|老板|包工头|工头|东家|雇主|老细)(?:[^，,。！!？?\s]{{1,6}}?"
    # after a pause only when the words before it say what the boss is ("老板系本地人，叫…")
    rf"|(?:是|系|就是)[^，,。！!？?\s]{{1,6}}?[，,]\s*(?:他|她|佢|人)?)(?:叫|名叫|叫做)\s*"
    rf"(?P<who>[{_CJK}]{{2,3}})(?=$|[\s，,。；;、！!]|欠|跑|拖|不)"
)
# "老杨带我们在织金修路": the one who leads the crew
_LEADS_US = re.compile(
    rf"老(?P<s>[{_CJK}])(?:带着|带|领着|领)(?:我们|俺们|咱们|我)"
    rf"|(?:跟着|跟)老(?P<s2>[{_CJK}])(?=在|干|做|修|搞|打|去|到|包)"  # "我们跟着老彭在宁乡修水渠"
)


# the person's real name told beside a nickname: "二虎大名叫王永虎", "刘胖子，大名叫刘海军"
_REAL_NAME = re.compile(
    rf"(?<![我俺额她他])(?:大名|全名|真名|本名|大号|名字)(?:叫做|叫|是)\s*(?P<who>[{_CJK}]{{2,3}})(?=$|[\s，,。；;、])"
)
# only a surname and a polite title ("陈女士", "王先生"): who, but not a name to file under
# (Cantonese calls a man by his surname and 生, a married woman by hers and 太: 黄生, 陈太)
_TITLE_ONLY = re.compile(rf"^(?:[{_CJK}]{{1,2}}(?:女士|先生|小姐|阿姨)|[{_CJK}](?:生|太))$")


# a person named by a nickname, a surname and a role, or a title only: who, but no name to file
# a complaint under ("老韩", "包工头老李", "金老板", "王总", "陈女士")
_NICKNAME = re.compile(
    rf"^(?:(?:{_PERSON_ROLE})?(?:老|小|阿)[{_CJK}]|[{_CJK}](?:{_PERSON_ROLE}|总|某某|某|哥|姐)"
    rf"|(?:{_PERSON_ROLE})?[{_CJK}]老[大二三四五六七八九幺]"  # "杨老三", "包工头王老二": the brothers' order
    rf"|(?:{_PERSON_ROLE})[{_CJK}](?:总|某某|某))$"
)
# the worker says they know no more of who owes ("其他的我也不晓得", "全名不知道"): kept as told
KNOWS_NO_MORE = re.compile(r"不知道|不晓得|不清楚|不记得|记不得|记不清|不懂|没问过|叫啥子?都")


# land worked for its owner, told by the owner's nickname: "老冯家茶场", "小周家的果园" (the owner
# hires and owes, no name to file; a shop so told, "老宋家烧烤", is the shop's own name)
_NICK_HOUSE = re.compile(
    rf"^(?:老|小|阿)(?P<s>[{_CJK}])家(?:的|嘅|个)?[{_CJK}]{{0,3}}(?<![市商广球])(?:场|园|塘|棚|基地|大棚|地)$"
)


def nickname_house(value: str) -> bool:
    """ "老冯家茶场": land worked for its owner, told by the owner's nickname: who owes, unnamed."""
    m = _NICK_HOUSE.match(value)
    return m is not None and m.group("s") in SURNAMES


def nickname_only(value: str) -> bool:
    """ "老韩", "包工头老李", "金老板": a person who owes, named without their full name."""
    return bool(_NICKNAME.match(value)) or title_only(value)


def title_only(value: str) -> bool:
    """ "陈女士": a surname and a polite title, kept only when nothing better is said."""
    return bool(_TITLE_ONLY.match(value)) and (value[:1] in SURNAMES or value[:2] in SURNAMES)


# "老王叫王德胜": a nickname, then the full name with the same surname
_NICK_THEN_NAME = re.compile(
    rf"(?<![我俺])(?:老|小|阿)(?P<s>[{_CJK}])(?:的)?(?:大名|全名|真名|名字)?(?:叫做|叫|是)\s*"
    rf"(?P<who>(?P=s)[{_CJK}]{{1,2}})(?=$|[\s，,。；;、！!]|欠|跑|拖|不)"
)


# "老板姓浦 叫浦正林": the surname, then the full name starting with it
_SURNAME_THEN_NAME = re.compile(
    rf"(?<![我俺])姓(?P<s>[{_CJK}])[\s，,]*(?:他|她)?(?:的)?(?:大名|全名|真名|名字)?(?:叫做|叫|是)\s*"
    rf"(?P<who>(?P=s)[{_CJK}]{{1,2}})(?=$|[\s，,。；;、！!]|欠|跑|拖|不|一天|一个月)"
)


def real_name(text: str) -> OrgFound | None:
    """The full name told after a nickname: "二虎大名叫王永虎" -> 王永虎, "老王叫王德胜" -> 王德胜,
    "老板姓浦，叫浦正林" -> 浦正林."""
    m = _REAL_NAME.search(text)
    if m is None or m.group("who")[:1] not in SURNAMES:
        m = _NICK_THEN_NAME.search(text) or _SURNAME_THEN_NAME.search(text)
        if m is None or m.group("s") not in SURNAMES:
            return None
    return OrgFound(m.group("who"), m.start("who"), m.end("who"))

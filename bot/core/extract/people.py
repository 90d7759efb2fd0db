"""People in a story: the worker's name (never a company or a place), a relative complained
for ("替我妈投诉 她叫…"), and the caller's own name when they are not the worker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.name_words import COMPOUND, FELLOWS, RELATIVES, SURNAMES, TITLES

# a name ends before these (the story goes on: "我叫孙海波在龙华区", "王芳今年三十")
_STOP = set(
    "在今是从家老电手的做干住来去给被欠跟和我他她们有也已都就还想要能会说叫姓到了啊呀吧呢嘛哈嗯，,。.!！?？ 、;；:：\n"
)
# words that are not names even when they start with a surname character
_NOT_NAME = re.compile(
    r"(厂|公司|店|馆|楼|场|司|部|站|区|县|市|镇|乡|旗|村|街|路|号|组|队|班|工地|项目|老板|经理|师傅|老师|工头|包工|"
    r"主管|组长|班长|老乡|工友|同事|朋友|本地|外地|农民|工人|员工|一个|一家|这个|那个|什么|怎么|没有|不是|"
    r"时候|现在|今年|去年|明年|上班|打工|干活|做事|工资|钱|块|万|千|百|月|天|年|"
    r"^阮(?:等|厂|是|拢|攏|都|兜|逐家|大家|[一二两三四五六七八九十几]个))"  # Minnan 阮 "we": "叫阮等"
)
# Cantonese words that the readers know in Mandarin, one character for one, so every position
# read stays where it was: 佢叫梁志明 -> 他叫梁志明, 喺顺德做 -> 在顺德做
_SPOKEN = str.maketrans({"佢": "他", "喺": "在", "係": "是", "嘅": "的", "咗": "了", "畀": "给", "唔": "不"})


# Hakka 𠊎 (I) and 系 (is) after a pronoun: "𠊎系南康个油漆师傅刘春生" is 我是…
_HAKKA_IS = re.compile(r"(?<=[𠊎我他她佢])系")


def mandarin(text: str) -> str:
    """The text with Cantonese and Hakka pronouns and verbs in their Mandarin form, same length."""
    return _HAKKA_IS.sub("是", text.translate(_SPOKEN).replace("𠊎", "我"))


# an elder or a neighbour the caller complains for, called by how they are addressed
ELDERS = "阿伯|阿叔|阿婆|阿公|老伯|老人家|大爷|大叔|大伯|伯伯|大妈|大娘|婶子|邻居"
_KIN = {**RELATIVES, **FELLOWS}
_REL = "|".join(sorted(RELATIVES, key=len, reverse=True))
_ANY = "|".join(sorted(_KIN, key=len, reverse=True))
# what the caller does for them: "替我老公来问的", "帮我妈登记", "给我爸讨工资", "代我弟报"
_ACT = r"(?:投诉|登记|反映|问|讨|要|申请|报|维权|咨询|打听)"
_RELATIVE = re.compile(
    rf"(?:替|代)(?:我|俺)?(?:家|的)?(?P<rel>{_ANY})(?!们)"
    rf"|(?:帮|给)(?:我|俺)?(?:家|的)?(?P<rel3>{_ANY})(?!们)(?:的事)?.{{0,8}}?{_ACT}"
    rf"|(?:我|俺)(?:家)?(?P<rel2>{_REL})(?:在|之前在|以前在|去年在|今年在|给人|跟着|被|叫|名叫|的名字叫|名字叫)"
    rf"|(?:我|俺)(?:家)?(?P<rel4>{_ANY})(?=[\u4e00-\u9fff]{{2,3}}(?:[，,\s]|在|今年|去年|给|跟|被))"
    rf"|[\u4e00-\u9fff]{{2,3}}[，,\s]*(?:他|她)?(?:是|就是)(?:我|俺)(?:家|的)?(?P<rel5>{_REL})"
    rf"|(?:我|俺)(?P<rel6>同事|工友|老乡|同乡|朋友)(?:叫|名叫|的名字叫|名字叫)"  # "我同事叫郑小燕"
    rf"|(?:这是|是)(?:我|俺)(?:家)?(?P<rel7>{_REL})的事"  # "这是我爸的事，他叫孙长林"
    # 大/达 is father in Shaanxi and Gansu speech: "我大叫马福贵", "我大今年61了"
    r"|(?:我|俺|额)(?P<rel8>大|达)(?=叫|名叫|在|今年|[0-9一二两三四五六七八九十]{2}岁)"
    # a workmate of the caller's crew: "想替俺们班上一个工友问问"
    rf"|(?:替|代|帮|给)(?:我们|俺们|咱们|我|俺)[^\s，,。！!？?]{{0,6}}?(?P<rel9>工友|老乡|同事|朋友|同乡)(?!们)[^，,。]{{0,4}}?{_ACT}"
    # someone the caller helps (a social worker, a village head): "我们这边有位阿姨叫和玉兰"
    r"|有(?:一)?(?:位|个|名)(?P<rel10>阿姨|大姐|大哥|大叔|大爷|大妈|大娘|老人|老乡|工人|师傅|小伙子?)(?=叫|名叫)"
)
_KIN.update({"大": "父亲", "达": "父亲"})
# the story opens with the relative as its subject ("我爸今年60了在…"): a relative only when
# that person is also named (叫X), never on its own
_OPENS_WITH = re.compile(rf"^\s*(?:我|俺)(?:家)?(?P<rel>{_REL})(?!和|跟|与|说|让|也|们)")
_SOFT = "电家老手"
_IN_NAME = "有来家和安在"  # given-name characters that are also _STOP words (马有才, 王来福)  # "孙海波电话…" ends the name but "华美电子厂" is one word
_NAME_CHARS = r"[\u4e00-\u9fff·]"


def _not_name(word: str) -> bool:
    """A word that is no name; 钱 and 万 are surnames too when they come first (钱志刚, 万小红)."""
    return bool(_NOT_NAME.search(word[1:] if word[:1] in "钱万" else word))


# what still says "no name" in a word standing alone: a kind of workplace, a role, talk
_NOT_NAME_ALONE = re.compile(
    r"(厂|公司|店|馆|楼|场|司|部|站|区|县|市|镇|乡|村|街|号|组|队|班|工地|项目|老板|经理|师傅|老师|工头|包工|"
    r"主管|组长|班长|老乡|工友|同事|朋友|本地|外地|农民|工人|员工|一个|一家|这个|那个|什么|怎么|没有|不是|"
    r"时候|现在|今年|去年|明年|上班|打工|干活|做事|工资|块钱|个月|[0-9一二两三四五六七八九十几]天|每天|"
    r"路$|[月年天]$(?<=[一二两三四五六七八九十几个][月年天])|"
    r"^阮(?:等|厂|是|拢|攏|都|兜|逐家|大家|[一二两三四五六七八九十几]个))"
)


# what starts the talk again right after a name in a message with no pauses
_TALK_AFTER = re.compile(r"一个月|每个月|每月|一天|每天|今年|去年|电话|手机|号码|微信|身份证|老家|[0-9]")
# a soft character that starts the next words, not more of the name: "赵红旗电话…", "王万里家住…",
# "王芳家的店"; inside a name it stays ("陈家豪", "李电波")
_SOFT_BREAK = re.compile(r"老|电话|手机|家(?=$|[里住在是人门乡属中的])")


def not_name_alone(word: str) -> bool:
    """A word of two to four characters standing alone that is still no name; 旗 ends a name
    (赵红旗) unless the word is a banner (达拉特旗)."""
    if _NOT_NAME_ALONE.search(word[1:] if word[:1] in "钱万" else word):
        return True
    return word.endswith("旗") and _is_place(word)


@dataclass(frozen=True)
class NameFound:
    value: str
    start: int
    end: int


def _read_name(text: str, start: int) -> tuple[str, int] | None:
    """A name starting at `start` (surname + one or two characters), or None. The whole word
    up to the next break is checked, so "华美电子厂" is not read as the name "华美"."""
    word = ""
    for i, ch in enumerate(text[start : start + 10]):
        # a surname that is also a break word starts a name all the same ("阿姨叫和玉兰，")
        lead = (
            i == 0 and ch in "和安" and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[start + 1 : start + 3] or "")
        )
        if ((ch in _STOP and ch not in _SOFT) or not re.match(_NAME_CHARS, ch)) and not lead:
            break
        word += ch
    size = len(word) + 1  # "马有才，", "杜福来，": the stop word is the name's last character
    if word[:1] in SURNAMES and len(word) in (1, 2) and text[start + len(word) : start + size] in _IN_NAME:
        # "马有才，": a given name with a character that usually ends a name, when the whole
        # three-character word stands alone
        whole = text[start : start + 3]
        after = text[start + 3 : start + 4]
        if re.fullmatch(rf"{_NAME_CHARS}{{3}}", whole) and (not after or not re.match(_NAME_CHARS, after)):
            word = whole
    cut = _SOFT_BREAK.search(word, 2)  # "孙海波电话", "王芳家里", "王芳老家"; 陈家豪 is a name
    head = word[: cut.start()] if cut is not None else word
    sur = next((c for c in COMPOUND if head.startswith(c)), None) or (
        head[0] if head and head[0] in SURNAMES else None
    )
    # a name standing alone ("我叫赵红旗，", "王万里电话…") is read by its own words only: a
    # given name may hold 旗, 万, 天, 月 (赵红旗, 王万里, 张天明, 李明月), which in a longer run
    # of words ("王明一个月五千") say the talk went on past the name
    follows = word[len(head) :]
    alone = sur is not None and len(head) <= len(sur) + 2 and (not follows or cut is not None)
    if not_name_alone(head) if alone else (_not_name(word) or _not_name(head)):
        # a voice message runs on past the name ("我叫汪秀英一个月三千五"): the name, when what
        # follows it starts the talk again
        for size in (2, 1) if sur is not None else ():
            name = head[: len(sur or "") + size]
            if (
                len(name) == len(sur or "") + size
                and _TALK_AFTER.match(head, len(name))
                and not not_name_alone(name)
            ):
                return name, start + len(name)
        return None
    word = head
    if sur is None or len(word) < len(sur) + 1 or re.search("[员师匠嫂]$", word):
        return None
    name = word[: len(sur) + 2]
    if name[len(sur) :] in TITLES:
        return None  # "周大爷", "王阿姨": how a neighbour is called, no name
    if name.endswith("人") and _is_place(name[:-1]):
        return None  # "我是金华人": where they come from, no name
    return name, start + len(name)


def _is_place(word: str) -> bool:
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    return is_place(word)


# the worker's own role before the name: "我是钢筋班的班长刘建军", "我是电工李强", "本人保安王伟"
ROLE = (
    r"(?:(?:班组长|班长|组长|拉长|线长|队长|工长|带班的|带班|领班|工头|包工头|"
    r"[\u4e00-\u9fff]{0,3}?(?:师傅|阿姨|工|员|手|匠|厨师|队长|班长|组长|老师|教师|司机|保安|保姆|会计|文员|护工))"
    # a trade then a rank: "瓦工班长赵德明", "英语老师杨雪"
    r"(?:班组长|班长|组长|队长|工长|领班)?(?:叫|名叫)?)"
)
_I = "(?:我|俺|咱|(?<![金数余限差份定超总])额)"  # 额: 我 in Shaanxi and Gansu speech
_SELF = re.compile(
    rf"(?:{_I}的?(?:全名|大名|真名)(?:是|叫)?|叫{_I}[\u4e00-\u9fff]{{1,3}}?(?:就行|就好|就可以|就是|就成)?[，,\s]*"
    rf"(?:全名|大名|真名|本名)(?:是|叫)?|"  # "叫我小高就行，全名高振宇"
    rf"{_I}叫(?:小|阿|老)[\u4e00-\u9fff]{{1,2}}?[，,\s]*(?:全名|大名|真名|本名)(?:是|叫做|叫)?|"  # "我叫小敏 大名是陆晓敏"
    rf"{_I}叫|(?<![\u4e00-\u9fff])阮叫|{_I}的名字(?:是|叫)|名字(?:是|叫|[:：])?|姓名(?:是)?[:：]?|"
    rf"(?:{_I}|免贵)姓[\u4e00-\u9fff][，,\s]*(?:叫|全名|名字)?|本人(?:叫)?(?:是)?{ROLE}?|"
    rf"{_I}是(?:[^\s，,。！!？?]{{1,16}}?的)?{ROLE}?|"
    # "姓韦 韦国华": the surname said, then the whole name starting with it (not 老板姓刘)
    r"(?:^|(?<=[\s，,]))姓([\u4e00-\u9fff])[，,\s]+(?=\1))\s*"
)
# the full name told right after a short one: "我叫阿强，全名叫黄志强", "我叫小高 大名高振宇"
_FULL_AFTER = re.compile(
    r"[，,\s]*(?:我的?|俺的?)?(?:全名|大名|真名|本名|身份证上)(?:的名字)?(?:是|叫做|叫)?\s*"
)
# the end of the worker's own role, a name right after it ("…嘞骑手韦志强", "…个油漆师傅刘春生")
_ROLE_END = re.compile(
    r"(?:师傅|阿姨|工|员|手|匠|厨师|司机|保安|保姆|会计|文员|护工|老师|教师|领班|带班的|带班|班组长|班长|组长|拉长|"
    r"线长|队长|工长)(?:班组长|班长|组长|队长|工长|领班)?(?:叫|名叫)?"
)
# a name plainly introduced, read whole when it has no common surname (Tibetan, Uyghur, Yi names)
_INTRODUCED = re.compile(rf"(?:{_I}叫|{_I}的名字(?:是|叫)|{_I}名叫|本人叫)\s*")
_NOT_IN_WHOLE = re.compile(
    r"[帮找去要还给让跟的了着过来把被他她我你们个这那些不没也都就在是有]|工资|老板|公司"
)


def _whole_name(text: str, start: int) -> NameFound | None:
    """Four characters, or a name with its middle dot, standing alone after 我叫."""
    # three characters too when no common surname starts them ("我叫其木格，"): read whole
    m = re.compile(r"[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{3,4}").match(text, start)
    if m is None or re.match(r"[\u4e00-\u9fff·]", text[m.end() : m.end() + 1]):
        return None
    word = m.group(0)
    if _NOT_IN_WHOLE.search(word) or not_name_alone(word) or _is_place(word):
        return None
    return NameFound(word, m.start(), m.end())


# where the caller comes from, then the name, with no pause between: "我是贵州毕节人叫杨德才"
_HOME_THEN_NAME = re.compile(rf"{_I}是[\u4e00-\u9fff]{{2,8}}?人[，,\s]*(?:叫|名叫|叫做)\s*")
# a bare 叫 opening a clause names the worker only when that clause is not about who owes
_BARE = re.compile(r"(?:^|(?<=[\s，,。]))叫\s*")
_BOSS_BEFORE = re.compile(
    r"(老板|包工头|工头|老板娘|经理|主管|负责人|雇主|东家|站长|厂长|店长)[^。！!？?]{0,6}$"
)


_THIRD = re.compile(
    rf"(?:(?:她|他|(?:我|俺)(?:家)?(?:{_ANY}))(?:的名字|的全名|全名|大名)?(?:叫|名叫|名字叫|名字是|是)"
    rf"|(?:替|帮|给|代)(?:我|俺)?(?:家)?(?:{_ANY})(?=[\u4e00-\u9fff]{{2,4}}(?:投诉|登记|反映|讨|要|申请|问|报))"
    rf"|(?:我|俺)(?:家)?(?:{_ANY})(?=[\u4e00-\u9fff]{{2,3}}(?:[，,\s]|在|今年|去年|给|跟|被))"
    r"|(?:我|俺|额)(?:大|达)(?:叫|名叫)"  # "我大叫马福贵" (father, Shaanxi)
    r"|有(?:一)?(?:位|个|名)(?:阿姨|大姐|大哥|大叔|大爷|大妈|大娘|老人|老乡|工人|师傅|小伙子?)(?:叫|名叫)"
    # an elder the caller helps, named in a clause of its own: "…阿伯问个。阿伯叫罗佛生"
    rf"|(?:(?<=[。，,！!\s])|^)(?:{ELDERS})(?:的名字|名字)?(?:叫|名叫)"
    # the name the caller asks to file under: "登记的时候名字就写李国庆吧"
    r"|名字(?:就)?(?:写|填|登记|报)(?:成|上)?)\s*"
)
# the caller says whose name the case goes under (a village head for seven villagers)
FILE_UNDER = re.compile(r"名字(?:就)?(?:写|填|登记|报)(?:成|上)?\s*")
# "谢春生是我老公", "王秀兰，她是我妈": the name before the relation
_NAMED_BEFORE = re.compile(rf"[，,\s]*(?:他|她)?(?:是|就是)(?:我|俺)(?:家|的)?(?:{_ANY})")


# the surname spelled out by a word that holds it, after 姓X: "我姓包，包工头嘞包", "姓高，高兴的高",
# "姓张，弓长张": the word is no name (blanked, same length, so the name after it is read)
_SPELLED = re.compile(
    r"姓(?P<s>[\u4e00-\u9fff])(?P<sp>[，,\s]*[\u4e00-\u9fff]{1,5}?(?:的|嘞|嘅|个|之|那个)?(?P=s))(?=[，,。；;\s]|$)"
)


def unspell_surname(text: str) -> str:
    """The text with a surname's spelling-out blanked: "我姓包，包工头嘞包，包国强" -> "我姓包      ，包国强"."""
    return _SPELLED.sub(lambda m: "姓" + m.group("s") + " " * len(m.group("sp")), text)


def find_self_name(text: str) -> NameFound | None:
    """The name after 我叫/名字是/我是/本人 — never a company or place."""
    text = unspell_surname(text)
    for m in _SELF.finditer(text):
        got = _read_name(text, m.end())
        if got is not None:
            full = _FULL_AFTER.match(text, got[1])  # "我叫阿强，全名叫黄志强": the full name
            if full is not None and (whole := _read_name(text, full.end())) is not None:
                return NameFound(whole[0], full.end(), whole[1])
            return NameFound(got[0], m.end(), got[1])
    for m in re.finditer(rf"{_I}是", text):  # "我是柳北区跑外卖嘞骑手韦志强": a long way to the role
        said = re.match(r"[^\s，,。！!？?；;]{1,30}", text[m.end() :])
        for r in _ROLE_END.finditer(said.group(0) if said else ""):
            at = m.end() + r.end()
            got = _read_name(text, at)
            if got is not None and (got[1] >= len(text) or not re.match(_NAME_CHARS, text[got[1]])):
                return NameFound(got[0], at, got[1])
    for m in _INTRODUCED.finditer(text):  # "我叫泽仁多吉，", "我叫买买提·艾力": no common surname
        got = _whole_name(text, m.end())
        if got is not None:
            return got
    for m in _HOME_THEN_NAME.finditer(text):  # "我是贵州毕节人叫杨德才在…" (a voice message)
        got = _read_name(text, m.end())
        if got is not None:
            return NameFound(got[0], m.end(), got[1])
    for m in _BARE.finditer(text):
        if _BOSS_BEFORE.search(text[: m.start()]):
            continue  # "老板姓刘，叫刘建设": the boss's name
        got = _read_name(text, m.end())
        if got is not None:
            return NameFound(got[0], m.end(), got[1])
    return None


_BARE_THIRD = re.compile(r"(?:^|(?<=[\s，,。]))(?:名字叫|名字是|名叫|叫)\s*")


def find_third_name(text: str, bare: bool = False) -> NameFound | None:
    """The name after 她叫/他叫/我妈叫/我老公X, or before 是我老公 ("谢春生是我老公"); with
    `bare` (the story is about a relative), also after a clause opening with 叫/名字叫."""
    pattern = re.compile(f"{_THIRD.pattern}|{_BARE_THIRD.pattern}") if bare else _THIRD
    for m in pattern.finditer(text):
        got = _read_name(text, m.end())
        if got is not None and not _ELDER.match(got[0]):  # "替邻居阿婆问问": how she is called
            return NameFound(got[0], m.end(), got[1])
    of = _I_AM_OF.search(text)
    if of is not None and (got := _read_name(text, of.start("n"))) is not None:
        return NameFound(got[0], of.start("n"), got[1])
    for m in _NAMED_BEFORE.finditer(text):
        for size in (3, 2, 4):
            start = m.start() - size
            if start < 0:
                continue
            got = _read_name(text, start)
            if (
                got is not None
                and got[1] == m.start()
                and (start == 0 or not re.match(_NAME_CHARS, text[start - 1]) or text[start - 1] in _STOP)
            ):
                return NameFound(got[0], start, got[1])
    return None


# "我是刘德贵的老婆": the caller named the worker and said who they are to them
_I_AM_OF = re.compile(rf"(?:我|俺)是(?P<n>[\u4e00-\u9fff]{{2,4}}?)的(?P<kin>{_ANY})")
# "我是他老婆": the caller says who they are to the worker; the worker is the other side
_I_AM_THEIR = re.compile(rf"(?:我|俺)是(?P<who>他|她)(?:的)?(?P<kin>{_ANY})")
_INVERSE = {
    ("老婆", "他"): "丈夫", ("媳妇", "他"): "丈夫", ("妻子", "他"): "丈夫", ("爱人", "他"): "丈夫",
    ("老公", "她"): "妻子", ("丈夫", "她"): "妻子", ("爱人", "她"): "妻子",
    ("儿子", "他"): "父亲", ("女儿", "他"): "父亲", ("儿子", "她"): "母亲", ("女儿", "她"): "母亲",
    ("哥", "他"): "弟弟", ("哥哥", "他"): "弟弟", ("姐", "他"): "弟弟", ("姐姐", "他"): "弟弟",
    ("哥", "她"): "妹妹", ("哥哥", "她"): "妹妹", ("姐", "她"): "妹妹", ("姐姐", "她"): "妹妹",
    ("弟", "他"): "哥哥", ("弟弟", "他"): "哥哥", ("妹", "他"): "哥哥", ("妹妹", "他"): "哥哥",
    ("弟", "她"): "姐姐", ("弟弟", "她"): "姐姐", ("妹", "她"): "姐姐", ("妹妹", "她"): "姐姐",
}  # fmt: skip


def _inverse(kin: str, who: str) -> str:
    if kin in FELLOWS:
        return FELLOWS[kin]
    if RELATIVES.get(kin) in ("母亲", "父亲"):
        return "子女"
    return _INVERSE.get((kin, who), "亲属")


# the caller worked beside the relative: "我和我男人两口子在…看鱼塘", "我跟我媳妇两个人":
# both are owed and the caller files as the worker, unless they say they file for the other
_TOGETHER = re.compile(rf"(?:我|俺)(?:和|跟|同|与|带着)(?:我|俺)?(?:家)?(?:{_ANY})")


def find_relative(text: str) -> tuple[str, int, int] | None:
    """(relation, start, end) when the worker complains for a relative, a fellow villager or
    a workmate ("替我老公来问的", "帮我妈登记", "谢春生是我老公", "替我老乡问")."""
    together = _TOGETHER.search(text) is not None
    m = next(
        (
            m
            for m in _RELATIVE.finditer(text)
            if (not m.group("rel4") or _read_name(text, m.end()) is not None)  # "我老公何秀芳在…"
            and not (together and not (m.group("rel") or m.group("rel3")))
        ),
        None,
    )
    if m is None and together:
        return None
    if m is None:
        of = _I_AM_OF.search(text)  # "我是刘德贵的老婆": the worker is her husband
        if of is not None and _read_name(text, of.start("n")) is not None:
            return _inverse(of.group("kin"), "他"), of.start(), of.end()
        mine = _I_AM_THEIR.search(text)
        if mine is not None and find_third_name(text, bare=True) is not None:
            return _inverse(mine.group("kin"), mine.group("who")), mine.start(), mine.end()
        m = _OPENS_WITH.search(text)
        if m is None or find_third_name(text, bare=True) is None:
            return None
    if m.groupdict().get("rel10"):
        return "他人", m.start(), m.end()
    word = next(w for w in m.groups() if w)
    return _KIN[word], m.start(), m.end()


# "替我们保洁组的周桂兰大姐问问", "帮钱红投诉": a named person complained for
_FOR = re.compile(r"(?:替|帮|代|给|为)(?:我们|俺们|咱们|我)?")
_ELDER = re.compile(ELDERS)
_FOR_GROUP = re.compile(
    r"[^\s，,。！!？?；;替帮代给为]{0,10}?(?:的|个|嘅)"
)  # "我们保洁组的", Hakka "隔壁屋个"
_FOR_ACT = re.compile(
    r"(?P<hon>大姐|大哥|阿姨|大叔|大爷|大妈|大娘|姐|哥|叔|婶|师傅|老师|奶奶|爷爷)?(?:的事)?(?:来|去)?"
    r"(?:在这里|在这|一下)?(?:问问|问一下|问|投诉|登记|反映|讨|要工资|要钱|申请|报|维权|咨询|打听)"
)
_HONOR_AHEAD = re.compile(r"师傅|老师|大姐|大哥|阿姨|大叔|大爷|大妈|大娘")
# "替我们宿舍的小李问一下，她叫李娟": a nickname, then the name told after it
_NICK_FOR = re.compile(r"(?:小|老|阿)[\u4e00-\u9fff]")
_WORKMATES = re.compile(r"组|班|车间|工友|同事|一起干|一块干|一起上班|一个厂|一个工地|队")


def _named_at(text: str, start: int) -> NameFound | None:
    """A name at `start` followed by what the caller does for them ("钱红大姐来问问")."""
    hon = _HONOR_AHEAD.search(text, start, start + 6)
    # "刘金山师傅反映一下": the name is read before the title (师傅 is no part of a name)
    got = _read_name(text[: hon.start()] if hon is not None and hon.start() - start >= 2 else text, start)
    if got is None:
        return None
    sizes = [n for n in (len(got[0]), len(got[0]) - 1) if n >= 2]
    fits = {n: _FOR_ACT.match(text, start + n) for n in sizes}
    short = min(sizes, default=0)
    if short and fits.get(short) is not None and fits[short].group("hon") and short != max(sizes):
        return NameFound(got[0][:short], start, start + short)  # "钱红" + "大姐", not "钱红大"
    for n in sizes:
        if fits[n] is not None and not got[0][:n].endswith(("总", "董")):  # "给刘总反映": the boss
            return NameFound(got[0][:n], start, start + n)
    return None


def find_named_for(text: str) -> tuple[str, NameFound] | None:
    """(relation, the person) when the caller complains for someone they name without a
    family word ("替我们保洁组的周桂兰大姐问问", "帮钱红投诉"): that person is the worker."""
    for m in _FOR.finditer(text):
        starts = [m.end()]
        group = _FOR_GROUP.match(text, m.end())
        if group is not None:
            starts.append(group.end())
        for start in starts:
            found = _named_at(text, start)
            if found is not None and _ELDER.fullmatch(found.value):
                found = None  # "阿伯" is how he is called, not his name
            if found is None and _NICK_FOR.match(text, start) and _FOR_ACT.match(text, start + 2):
                found = find_third_name(text)  # "替小李问一下，她叫李娟", "帮工地的老乡问一下，他叫…"
            elder = _ELDER.match(text, start)
            if found is None and elder is not None and _FOR_ACT.match(text, elder.end()):
                found = find_third_name(text)  # "帮隔壁屋个阿伯问个。阿伯叫罗佛生"
            if found is not None:
                mates = _WORKMATES.search(text[m.start() : start]) or _WORKMATES.search(text)
                fellow = FELLOWS.get(text[start : start + 2])
                return fellow or ("同事" if mates else "他人"), found
    return None


# "替他一个人报", "就他一个", "只有她一个人": the complaint is for that one person only
_ONLY_THEM = re.compile(
    r"(?:替|帮|给|为|代)(?:他|她)一个人|(?:就|只有|只是|只)(?:他|她)一个(?:人)?|"
    # "我净系帮我阿妈一个人问" (Cantonese 净系: only), "只替我爸一个人报"
    r"(?:净系|净是|只|就|单)(?:帮|替|给|为|代)(?:我|俺)[\u4e00-\u9fff]{1,2}?一个人|"
    r"(?:他|她)(?:自己)?一个人的(?:工资|钱)"
)


def only_them(text: str) -> tuple[int, int] | None:
    """The span where the caller says the complaint is for the relative alone."""
    m = _ONLY_THEM.search(text)
    return (m.start(), m.end()) if m else None


def looks_like_name(value: str) -> bool:
    """A bare answer that can be a person's name (used to refuse 华美电子厂 as a name)."""
    value = value.strip()
    if not re.fullmatch(rf"{_NAME_CHARS}{{2,5}}", value) or _not_name(value):
        return False
    return value[0] in SURNAMES or value[:2] in COMPOUND or len(value) <= 4

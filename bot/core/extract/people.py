"""People in a story: the worker's name (never a company or a place), a relative complained
for ("替我妈投诉 她叫…"), and the caller's own name when they are not the worker."""

from __future__ import annotations

import re

from bot.core.extract.name_reader import NAME_CHARS, STOP, NameFound, is_place_word, not_name_alone, read_name
from bot.core.extract.name_words import FELLOWS, RELATIVES, kin_word
from bot.core.extract.name_words import SURNAMES as SURNAMES  # read from here by the amount readers

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
    rf"|(?:我|俺)(?:家)?(?P<rel2>{_REL})(?:在|勒|之前在|以前在|去年在|今年在|给人|跟着|被|叫|名叫|的名字叫|名字叫)"
    rf"|(?:我|俺)(?:家)?(?P<rel4>{_ANY})(?=[\u4e00-\u9fff]{{2,3}}(?:[，,\s]|在|今年|去年|给|跟|被))"
    rf"|[\u4e00-\u9fff]{{2,3}}[，,\s]*(?:他|她)?(?:是|就是)(?:我|俺)(?:家|的)?(?P<rel5>{_REL})"
    rf"|(?:我|俺)(?P<rel6>同事|工友|老乡|同乡|朋友)(?:叫|名叫|的名字叫|名字叫)"  # "我同事叫郑小燕"
    rf"|(?:这是|是)(?:我|俺)(?:家)?(?P<rel7>{_REL})的事"  # "这是我爸的事，他叫孙长林"
    # 大/达 is father in Shaanxi and Gansu speech: "我大叫马福贵", "我大今年61了"
    r"|(?:我|俺|额)(?P<rel8>大|达)(?=叫|名叫|在|今年|[0-9一二两三四五六七八九十]{2}岁)"
    # a workmate of the caller's crew or a neighbour of the village: "想替俺们班上一个工友问问"
    rf"|(?:替|代|帮|给)(?:我们|俺们|咱们|我|俺)[^\s，,。！!？?]{{0,6}}?(?P<rel9>工友|老乡|同事|朋友|同乡|邻居)(?!们)[^，,。]{{0,4}}?{_ACT}"
    # someone the caller helps (a social worker, a village head): "我们这边有位阿姨叫和玉兰"
    r"|有(?:一)?(?:位|个|名)(?P<rel10>阿姨|大姐|大哥|大叔|大爷|大妈|大娘|老人|老乡|工人|师傅|小伙子?)(?=叫|名叫)"
)
_KIN.update({"大": "父亲", "达": "父亲"})
# the story opens with the relative as its subject ("我爸今年60了在…"): a relative only when
# that person is also named (叫X), never on its own
_ELDER = re.compile(ELDERS)
_OPENS_WITH = re.compile(rf"^\s*(?:我|俺)(?:家)?(?P<rel>{_REL})(?!和|跟|与|说|让|也|们)")


# the worker's own role before the name: "我是钢筋班的班长刘建军", "我是电工李强", "本人保安王伟"
ROLE = (
    r"(?:(?:班组长|班长|组长|拉长|线长|队长|工长|带班的|带班|领班|工头|包工头|"
    r"[\u4e00-\u9fff]{0,3}?(?:师傅|阿姨|工|员|手|匠|厨师|队长|班长|组长|老师|教师|司机|保安|保姆|会计|文员|护工))"
    # a trade then a rank: "瓦工班长赵德明", "英语老师杨雪"
    r"(?:班组长|班长|组长|队长|工长|领班)?(?:叫|名叫)?)"
)
# 额: 我 in Shaanxi and Gansu speech; 阿拉: 我 in Shanghai speech (not 阿拉善, 阿拉伯)
_I = "(?:我|俺|咱|(?<![金数余限差份定超总])额|阿拉(?![善伯丁斯]))"
# 喊 is 叫 in Hakka and the south-west ("𠊎喊温秋莲"), not "我喊他来", "我喊了几次"
_CALLED = "喊(?![他她你们了过着人大家老板工头去来到])"
_SELF = re.compile(
    rf"(?:{_I}的?(?:全名|大名|真名)(?:是|叫)?|(?:叫|喊|管){_I}[\u4e00-\u9fff]{{1,3}}?(?:就行|就好|就可以|就是|就成)?[，,\s]*"
    rf"(?:全名|大名|真名|本名)(?:是|叫)?|"  # "叫我小高就行，全名高振宇"
    rf"{_I}叫(?:小|阿|老)[\u4e00-\u9fff]{{1,2}}?[，,\s]*(?:全名|大名|真名|本名)(?:是|叫做|叫)?|"  # "我叫小敏 大名是陆晓敏"
    rf"{_I}叫|{_I}{_CALLED}|(?<![\u4e00-\u9fff])阮叫|{_I}的名字(?:是|叫)|名字(?:是|叫|[:：])?|姓名(?:是)?[:：]?|"
    rf"(?:{_I}|免贵)姓[\u4e00-\u9fff][，,\s]*(?:叫|全名|名字)?|本人(?:叫)?(?:是)?{ROLE}?|"
    rf"{_I}是(?:[^\s，,。！!？?]{{1,16}}?的)?{ROLE}?|"
    # "姓韦 韦国华": the surname said, then the whole name starting with it (not 老板姓刘)
    r"(?:^|(?<=[\s，,]))姓([\u4e00-\u9fff])[，,\s]+(?=\1))\s*"
)
# the full name told right after a short one: "我叫阿强，全名叫黄志强", "我叫小高 大名高振宇"
_FULL_AFTER = re.compile(
    r"[，,\s]*(?:我的?|俺的?)?(?:全名|大名|真名|本名|身份证上)(?:的名字)?(?:是|叫做|叫)?\s*"
)


def _full_beside_nickname(text: str, got: tuple[str, int]) -> NameFound | None:
    """A pet name (阿珍, 小芳) followed, after a pause only, by a full name that ends in the pet
    name's own character ("我是阿珍 陈美珍", "我叫阿梅，黄玉梅"): the full name is the one to file."""
    nick, end = got
    if len(nick) != 2 or nick[0] not in "阿小":
        return None
    pause = re.match(r"[，,\s]+", text[end:])
    if pause is None:
        return None
    whole = read_name(text, end + pause.end())
    if whole is None or len(whole[0]) != 3 or not whole[0].endswith(nick[1]):
        return None
    if whole[1] < len(text) and re.match(NAME_CHARS, text[whole[1]]):
        return None  # the full name runs on into more words: not a name said alone
    return NameFound(whole[0], end + pause.end(), whole[1])


# the end of the worker's own role, a name right after it ("…嘞骑手韦志强", "…个油漆师傅刘春生")
_ROLE_END = re.compile(
    r"(?:师傅|阿姨|工|员|手|匠|厨师|司机|保安|保姆|会计|文员|护工|老师|教师|领班|带班的|带班|班组长|班长|组长|拉长|"
    r"线长|队长|工长)(?:班组长|班长|组长|队长|工长|领班)?(?:叫|名叫)?"
)
# a name plainly introduced, read whole when it has no common surname (Tibetan, Uyghur, Yi names)
_INTRODUCED = re.compile(rf"(?:{_I}叫|{_I}{_CALLED}|{_I}的名字(?:是|叫)|{_I}名叫|本人叫)\s*")
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
    if _NOT_IN_WHOLE.search(word) or not_name_alone(word) or is_place_word(word) or kin_word(word):
        return None
    return NameFound(word, m.start(), m.end())


# where the caller comes from, then the name, with no pause between: "我是贵州毕节人叫杨德才"
_HOME_THEN_NAME = re.compile(rf"{_I}是[\u4e00-\u9fff]{{2,8}}?人[，,\s]*(?:叫|名叫|叫做)\s*")
# a bare 叫 opening a clause names the worker only when that clause is not about who owes
_BARE = re.compile(r"(?:^|(?<=[\s，,。]))叫\s*")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,6}(?![\u4e00-\u9fff·])")
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
    # the relative named in a clause of its own: "替我幺叔反映一下 幺叔叫冉光荣"
    rf"|(?:(?<=[。，,！!\s])|^)(?:{_REL})(?:的名字|名字|全名|大名)?(?:叫|名叫)"
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
        dotted = _DOTTED.match(text, m.end())  # "我是阿卜杜拉·艾力，": a name with its middle dot, whole
        if dotted is not None and (whole := _whole_name(text, m.end())) is not None:
            return whole
        got = read_name(text, m.end())
        if got is not None:
            full = _FULL_AFTER.match(text, got[1])  # "我叫阿强，全名叫黄志强": the full name
            if full is not None and (whole := read_name(text, full.end())) is not None:
                return NameFound(whole[0], full.end(), whole[1])
            if (whole := _full_beside_nickname(text, got)) is not None:
                return whole  # "我是阿珍 陈美珍": the pet name, then the full name holding it
            return NameFound(got[0], m.end(), got[1])
    for m in re.finditer(rf"{_I}是", text):  # "我是柳北区跑外卖嘞骑手韦志强": a long way to the role
        said = re.match(r"[^\s，,。！!？?；;]{1,30}", text[m.end() :])
        for r in _ROLE_END.finditer(said.group(0) if said else ""):
            at = m.end() + r.end()
            got = read_name(text, at)
            if got is not None and (got[1] >= len(text) or not re.match(NAME_CHARS, text[got[1]])):
                return NameFound(got[0], at, got[1])
    for m in _INTRODUCED.finditer(text):  # "我叫泽仁多吉，", "我叫买买提·艾力": no common surname
        got = _whole_name(text, m.end())
        if got is not None:
            return got
    for m in _HOME_THEN_NAME.finditer(text):  # "我是贵州毕节人叫杨德才在…" (a voice message)
        got = read_name(text, m.end())
        if got is not None:
            return NameFound(got[0], m.end(), got[1])
    for m in _SURNAME_SAID.finditer(text):  # "姓綦 綦江的綦 叫綦明军": a surname no list holds, said first
        if _BOSS_BEFORE.search(text[: m.start()]) or _OTHER_BEFORE.search(text[: m.start()]):
            continue
        told = re.compile(
            rf"[\s，,。]*(?:叫|名叫|全名|大名|名字叫|名字是)?\s*({m.group('s')}[\u4e00-\u9fff]{{1,2}})(?![\u4e00-\u9fff])"
        )
        got = told.match(text, m.end())
        if got is not None and not not_name_alone(got.group(1)):
            return NameFound(got.group(1), got.start(1), got.end(1))
    own = _OWN_NAME_AFTER.search(text)  # "我安顺平 不是安顺那个地方 是我名字": the name, then said to be it
    if own is not None and (got := read_name(text, own.end())) is not None:
        return NameFound(got[0], own.end(), got[1])
    for m in _BARE.finditer(text):
        if _BOSS_BEFORE.search(text[: m.start()]):
            continue  # "老板姓刘，叫刘建设": the boss's name
        got = read_name(text, m.end())
        if (
            got is not None
            and _SHOP_BEFORE.search(text[: m.start()])
            and re.match(r"[\u4e00-\u9fff]", text[got[1] :])
        ):
            continue  # "一家粉店头帮厨 叫桂林老友粉": the shop's name, not a person's cut short
        if got is not None:
            return NameFound(got[0], m.end(), got[1])
    return None


# a surname said with 姓 opening a clause or after 我 (its spelling blanked before): "我是班组长 姓綦"
_SURNAME_SAID = re.compile(r"(?:(?<=[\s，,。])|^|(?<=我|俺|额)|(?<=免贵)|(?<=本人))姓(?P<s>[\u4e00-\u9fff])")
# someone else's surname: "我老公姓…", "他姓…", "老乡姓…" in the clause before
_OTHER_BEFORE = re.compile(rf"(?:他|她|佢|伊|{_ANY})[^\s，,。]{{0,4}}$")
# the teller's name said straight after 我, then said to be their name: "我安顺平 不是安顺那个地方哈 是我名字"
_OWN_NAME_AFTER = re.compile(
    r"(?:^|(?<=[\s，,。]))(?:喂|你好|您好)?\s*(?:我|俺)(?=[\u4e00-\u9fff]{2,3}[\s，,][^。]{0,20}?是(?:我|俺)的?(?:名字|姓名|大名))"
)


# a workplace said in the clause before a bare 叫 ("一家粉店头帮厨 叫…"; 〇: a workplace blanked)
_SHOP_BEFORE = re.compile(r"(?:一家|一间|那家|这家|〇〇)[^\s，,。]{0,10}[\s，,]*$")


_BARE_THIRD = re.compile(r"(?:^|(?<=[\s，,。]))(?:名字叫|名字是|名叫|叫)\s*")


def find_third_name(text: str, bare: bool = False) -> NameFound | None:
    """The name after 她叫/他叫/我妈叫/我老公X, or before 是我老公 ("谢春生是我老公"); with
    `bare` (the story is about a relative), also after a clause opening with 叫/名字叫."""
    pattern = re.compile(f"{_THIRD.pattern}|{_BARE_THIRD.pattern}") if bare else _THIRD
    for m in pattern.finditer(text):
        got = read_name(text, m.end())
        if got is not None and not _ELDER.match(got[0]):  # "替邻居阿婆问问": how she is called
            return NameFound(got[0], m.end(), got[1])
    of = _I_AM_OF.search(text)
    if of is not None and (got := read_name(text, of.start("n"))) is not None:
        return NameFound(got[0], of.start("n"), got[1])
    for m in _NAMED_BEFORE.finditer(text):
        for size in (3, 2, 4):
            start = m.start() - size
            if start < 0:
                continue
            got = read_name(text, start)
            if (
                got is not None
                and got[1] == m.start()
                and (start == 0 or not re.match(NAME_CHARS, text[start - 1]) or text[start - 1] in STOP)
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
            if (not m.group("rel4") or read_name(text, m.end()) is not None)  # "我老公何秀芳在…"
            and not (together and not (m.group("rel") or m.group("rel3")))
        ),
        None,
    )
    if m is None and together:
        return None
    if m is None:
        of = _I_AM_OF.search(text)  # "我是刘德贵的老婆": the worker is her husband
        if of is not None and read_name(text, of.start("n")) is not None:
            return _inverse(of.group("kin"), "他"), of.start(), of.end()
        mine = _I_AM_THEIR.search(text)
        if mine is not None and find_third_name(text, bare=True) is not None:
            return _inverse(mine.group("kin"), mine.group("who")), mine.start(), mine.end()
        m = _OPENS_WITH.search(text)
        if m is None or find_third_name(text, bare=True) is None:
            return _household(text)
    if m.groupdict().get("rel10"):
        return "他人", m.start(), m.end()
    word = next(w for w in m.groups() if w)
    return _KIN[word], m.start(), m.end()


# one of the caller's household called by a word no list holds ("替我家那位问问", "帮俺家掌柜的
# 问一下"), then named as 他/她叫…: that person is the worker, the caller a relative
_FOR_HOUSEHOLD = re.compile(
    rf"(?:替|代|帮)(?:我|俺|咱)(?:们)?家(?:里)?(?:的)?[\u4e00-\u9fff]{{1,4}}?(?:来|的事)?{_ACT}"
)


def _household(text: str) -> tuple[str, int, int] | None:
    m = _FOR_HOUSEHOLD.search(text)
    if (
        m is None
        or re.search(r"(?:他|她)(?:的名字|的全名|全名|大名)?(?:叫|名叫|名字叫|名字是)", text) is None
    ):
        return None
    return ("亲属", m.start(), m.end()) if find_third_name(text) is not None else None

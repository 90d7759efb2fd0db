"""Reading a person's name where one is expected: a surname and one or two characters, ending
where the story goes on ("我叫孙海波在龙华区"), never a company, a place or talk; Cantonese and Hakka
read in Mandarin words one character for one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.name_words import COMPOUND, RELATIVES, SURNAMES, TITLES, filler_after, kin_word

# a name ends before these (the story goes on: "我叫孙海波在龙华区", "王芳今年三十")
STOP = set(
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
# and after a workplace: "厂系兴宁兴旺鞋业有限公司" is 厂是… (not 系列, 系统)
_HAKKA_IS = re.compile(r"(?:(?<=[𠊎我他她佢厂店])|(?<=公司|老板|单位|老细))系(?![列统数])")


# Shanghai speech: 伊 (he, she) where a pronoun stands ("伊叫…", "帮伊问问", "我是伊女儿"; not 伊利,
# 伊犁, 伊春), 阿拉 (I, we) before a relative ("阿拉姆妈" is 我家姆妈; 阿拉叫… stays for the name reader)
_WU_HE = re.compile(r"(?:(?<=^)|(?<=[帮替给是同跟和\s，,。]))伊(?![利犁斯春朗拉甸万])")
_WU_I = re.compile("阿拉(?=" + "|".join(sorted(RELATIVES, key=len, reverse=True)) + ")")
# Minnan 阮 (my, our) before a family word: "阮老爸叫…", "替阮阿母问" is 我老爸, 我阿母; not the
# surname before how a man or woman is called (阮大哥, 阮阿姨)
_MINNAN_KIN = (w for w in RELATIVES if len(w) >= 2 and w[0] not in "大二三四五" and w not in TITLES)
_MINNAN_MY = re.compile("(?<!姓)阮(?=" + "|".join(sorted(_MINNAN_KIN, key=len, reverse=True)) + ")")


def mandarin(text: str) -> str:
    """The text with Cantonese, Hakka and Shanghai pronouns and verbs in their Mandarin form,
    same length."""
    text = _MINNAN_MY.sub("我", _WU_I.sub("我家", _WU_HE.sub("他", text)))
    return _HAKKA_IS.sub("是", text.translate(_SPOKEN).replace("𠊎", "我"))


_SOFT = "电家老手"
_IN_NAME = "有来家和安在"  # given-name characters that are also STOP words (马有才, 王来福)  # "孙海波电话…" ends the name but "华美电子厂" is one word
NAME_CHARS = r"[\u4e00-\u9fff·]"


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
    return word.endswith("旗") and is_place_word(word)


@dataclass(frozen=True)
class NameFound:
    value: str
    start: int
    end: int


def read_name(text: str, start: int) -> tuple[str, int] | None:
    """A name starting at `start` (surname + one or two characters), or None. The whole word
    up to the next break is checked, so "华美电子厂" is not read as the name "华美"."""
    word = ""
    for i, ch in enumerate(text[start : start + 10]):
        # a surname that is also a break word starts a name all the same ("阿姨叫和玉兰，")
        lead = (
            i == 0 and ch in "和安" and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[start + 1 : start + 3] or "")
        )
        if ((ch in STOP and ch not in _SOFT) or not re.match(NAME_CHARS, ch)) and not lead:
            break
        word += ch
    size = len(word) + 1  # "马有才，", "杜福来，": the stop word is the name's last character
    if word[:1] in SURNAMES and len(word) in (1, 2) and text[start + len(word) : start + size] in _IN_NAME:
        # "马有才，": a given name with a character that usually ends a name, when the whole
        # three-character word stands alone
        whole = text[start : start + 3]
        after = text[start + 3 : start + 4]
        if re.fullmatch(rf"{NAME_CHARS}{{3}}", whole) and (not after or not re.match(NAME_CHARS, after)):
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
    if filler_after(text[start : start + len(word) + 2], len(sur)):
        return None  # "钱硬是不给": a surname-like word, then a filler (硬是: really), no name
    name = word[: len(sur) + 2]
    if name[len(sur) :] in TITLES:
        return None  # "周大爷", "王阿姨": how a neighbour is called, no name
    if kin_word(word) or kin_word(name):
        return None  # "阿拉嬢嬢" (Wu: my aunt), "俺爹": how the teller calls a relative, no name
    if name.endswith("人") and is_place_word(name[:-1]):
        return None  # "我是金华人": where they come from, no name
    if len(word) > len(name) + 1 and any(is_place_word(word[:k]) for k in (2, 3)):
        return None  # "我是诸暨大唐葛想…" (Wu 葛: 的): a place the words run on from, no name
    return name, start + len(name)


def is_place_word(word: str) -> bool:
    from bot.core.extract.places import is_place  # places reads data files: imported when needed

    return is_place(word)


def looks_like_name(value: str) -> bool:
    """A bare answer that can be a person's name (used to refuse 华美电子厂 as a name)."""
    value = value.strip()
    if not re.fullmatch(rf"{NAME_CHARS}{{2,5}}", value) or _not_name(value):
        return False
    return value[0] in SURNAMES or value[:2] in COMPOUND or len(value) <= 4

"""The worker's name in an answer to "what is your name": never the words said around it. A
negation ("不是亲戚"), a relation ("是他表弟", "跟老板同村"), a job ("木工班长", "保洁员"), a place
("住在河西村", "本地人") or a company ("华美电子厂的") is no person's name, wherever it comes in
the answer."""

from __future__ import annotations

import re

from bot.core.extract.name_chosen import chosen_name
from bot.core.extract.name_reader import not_name_alone
from bot.core.extract.name_words import COMPOUND, FELLOWS, RELATIVES, SURNAMES
from bot.core.parsers import strip_said, to_simplified
from bot.core.parsers.text import spelled

_KIN = "|".join(sorted((w for w in {*RELATIVES, *FELLOWS} if len(w) >= 2), key=len, reverse=True))
# words that make a part of the answer something other than a name
NOT_A_PERSON = re.compile(
    # a negation or a plain word of talk to start: 不是亲戚, 没有关系, 非亲非故, 就我一个 (not
    # 和, 莫 or 都: surnames too)
    r"^(?:不|没|无|非|未|别|莫得|莫有|冇|唔|毋|就|只|也|跟|与|同|在|住|从|给|替|帮|是|系|姓)|"
    # a relation or a fellow: 表弟, 小舅子, 亲戚, 同村, 老乡介绍的
    rf"{_KIN}|舅子|亲家|同村|同乡|同厂|一个村|一家人|本家|认识|关系|介绍|"
    # a job or a rank: 木工班长, 保洁员, 电工, 个体户, 开塔吊的
    r"工头|包工|老板|老细|头家|经理|主管|班长|组长|队长|师傅|司机|保安|保洁|厨师|会计|出纳|文员|"
    r"[员师匠户]$|(?<![\u4e00-\u9fff]{2})工$|[木电瓦焊钳漆]工|的$|"
    # a place: 本地人, 外地的, 住在河西村, 在城关镇, 湖南人
    r"本地|外地|老家|[省市县区镇乡村街路州]$|人$|"
    # a company or a workplace
    r"公司|厂|店|集团|有限|合作社|工地|项目|工程"
)
_LEAD = re.compile(
    r"^(?:你好|您好)?[,，\s]*(?:我的名字(?:是|叫)|名字(?:是|叫)|姓名(?:是)?|本人(?:叫|是)?|"
    # 喊 is 叫 in Hakka and the south-west ("𠊎喊…", "我喊…"), 系 is 是 in Cantonese and Hakka
    r"(?:我|俺|阮|𠊎|侬|偶|额|我自己)(?:叫做|叫|是|名叫|喊做|喊|系)|大名|叫)[:：\s]*"
)
_PARTS = re.compile(r"[\s，,。.、;；:：!！?？]+")


def person_name(value: str) -> bool:
    """`value` can be a person's name: no word in it says it is something else (the story
    reader's stricter check also turns away 天, 月, 钱 inside a name: 吴天明 is one)."""
    if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", value) or NOT_A_PERSON.search(value):
        return False
    if not_name_alone(value) or spelled(to_simplified(value)) is not None or _spelled_surname(value):
        return False  # "石头嘅石", "木子李": how a character is written, no name
    return _has_surname(value) or len(value) <= 4


def _has_surname(value: str) -> bool:
    return value[:1] in SURNAMES or value[:2] in COMPOUND


# a surname told by the parts it is written with, as people spell it out on the phone
_SURNAME_PARTS = {
    "弓长": "张", "立早": "章", "耳东": "陈", "木子": "李", "口天": "吴", "双木": "林", "古月": "胡",
    "言午": "许", "走肖": "赵", "文刀": "刘", "人可": "何", "草头": "黄", "禾呈": "程", "双口": "吕",
    "木易": "杨", "三横": "王", "关耳": "郑", "二马": "冯", "子小": "孙", "言身寸": "谢", "女土": "姜",
}  # fmt: skip
_BY_PARTS = re.compile(
    r"^(?:(?:\S*?(?:叫|是|系))?(?P<parts>"
    + "|".join(_SURNAME_PARTS)
    + r")(?:的|嘞|嘅|个|之)?(?P<s>[\u4e00-\u9fff]))$"
)


def _spelled_surname(value: str) -> bool:
    """ "木子李", "弓长张的张": a surname told by its parts, no name."""
    m = _BY_PARTS.match(value)
    return m is not None and m.start("parts") == 0 and _SURNAME_PARTS[m.group("parts")] == m.group("s")


def _by_parts(parts: list[str]) -> str | None:
    """ "弓长张 宏伟 宏大的宏": the surname told by its parts, then the given name alone -> 张宏伟."""
    for i, part in enumerate(parts[:-1]):
        m = _BY_PARTS.match(part)
        if m is None or _SURNAME_PARTS[m.group("parts")] != m.group("s"):
            continue
        given = parts[i + 1]
        if (
            re.fullmatch(r"[\u4e00-\u9fff]{1,2}", given)
            and given[0] != m.group("s")
            and person_name(m.group("s") + given)
        ):
            return m.group("s") + given
    return None


def worker_name_answer(text: str) -> str:
    """The name in an answer ("俺叫贾永福，跟包工头一个姓，不是亲戚" -> 贾永福); the answer as the
    general reader leaves it when no part of it is a name; a surname told by its parts before the
    given name ("弓长张 宏伟") joined to it."""
    chosen = chosen_name(to_simplified(text))  # "写我爸的名字吧，孙长贵。我妈叫刘桂兰": 孙长贵
    if chosen is not None and person_name(chosen):
        return chosen
    simple = to_simplified(text)
    joined = _by_parts([p for p in _PARTS.split(simple) if p])
    if joined is not None:
        return joined
    said = strip_said(text, name=True)
    if person_name(said):
        return said
    # "𠊎喊鍾石生 金字旁嗰個鍾 石頭嘅石": a dialect lead and the spelling read once simplified
    plain = strip_said(_LEAD.sub("", simple), name=True)
    if person_name(plain):
        return plain
    parts = [_LEAD.sub("", p) for p in _PARTS.split(simple) if p]
    named = [p for p in parts if person_name(p) and _has_surname(p)]
    return named[0] if named else said

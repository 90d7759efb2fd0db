"""Which of two people named in a name answer is to be written down: "写我爸的名字吧，孙长贵。
我妈叫刘桂兰" -> 孙长贵; "我爸叫罗永才，我妈叫彭桂香，写我爸的就行" -> 罗永才. A caller filing for both
parents names both; the one they say to write is the worker, the other stays in the description."""

from __future__ import annotations

import re

from bot.core.extract.name_words import RELATIVES

_REL = "|".join(sorted((w for w in RELATIVES if RELATIVES[w] != "父母"), key=len, reverse=True))
_NAME = r"(?P<name>[\u4e00-\u9fff·]{2,5}?)(?=$|[\s，,。.、;；:：!！?？]|的|吧|就)"
# the one to write: "写我爸的名字", "登记我妈的吧", "名字写我父亲的", "就填我妈的", "用我爸的"
_CHOSEN = re.compile(
    rf"(?:写|登记|填|用|记|报)(?:上|成)?(?:我|俺)?(?:家)?(?P<rel>{_REL})的"
    rf"|(?:名字|姓名)(?:就)?(?:写|登记|填|用)(?:我|俺)?(?P<rel2>{_REL})的"
)
# a relative's name: "我妈叫刘桂兰", "我爸是罗永才", "我爸的名字叫X"
_NAMED = re.compile(rf"(?:我|俺)?(?:家)?(?P<rel>{_REL})(?:的名字|名字)?(?:叫做|叫|是)\s*{_NAME}")
# the name right after the choice: "写我爸的名字吧，孙长贵", "名字写我父亲的：邵国富"
_AFTER = re.compile(rf"\s*(?:名字|姓名|吧|就行|就好|[，,。:：\s])*(?:他|她)?(?:叫|是)?\s*{_NAME}")


def chosen_name(text: str) -> str | None:
    """The name of the relative the answer says to write, when it names them; else None."""
    choice = _CHOSEN.search(text)
    if choice is None:
        return None
    rel = RELATIVES[choice.group("rel") or choice.group("rel2")]
    for m in _NAMED.finditer(text):
        if RELATIVES[m.group("rel")] == rel:
            return m.group("name")
    after = _AFTER.match(text, choice.end())
    if after is not None and not _NAMED.match(text, after.start("name")):
        return after.group("name")
    return None

"""Two people owed told by one word: both parents complained for ("替我爸妈问问", "我父母在…"),
a pair spoken of ("他俩", "老两口", "两位老人"). Two are owed, never the teller alone."""

from __future__ import annotations

import re

# both parents as one word; "爸妈" said by a son or daughter, 爹娘/二老 in the north
PARENTS = r"爸妈|爸爸妈妈|父母|爹妈|爹娘|爸和妈|爸跟妈|老爸老妈|两个老人家|二老|老两口"
# a pair the teller speaks of, not counting themself
_PAIR = re.compile(
    r"他俩|她俩|他们俩|她们俩|(?:他们|她们|佢哋)两个(?:人)?(?![多半]?(?:月|星期|礼拜|小时|年|钟|工|天))|"
    r"两个老人|两位老人|老两口|二老(?!板)"
)
# the parents as the ones complained for: "替我爸妈问一下", "帮我父母投诉", "我爸妈在…做保洁"
_FOR_PARENTS = re.compile(rf"(?:(?:替|代|帮|给)(?:我|俺)?(?:家)?|(?:我|俺)(?:家)?)(?:{PARENTS})(?!的事以外)")
# one parent singled out after both are named: "主要是我妈的", "我爸的已经结了"
_ONE_OF_THEM = re.compile(r"(?:只有|就|主要是|只是)(?:我|俺)?(?:爸|妈|父亲|母亲)(?:一个人)?(?:的|被)")


def for_parents(text: str) -> tuple[int, int] | None:
    """The span where the teller complains for both parents (two people owed), or None."""
    if _ONE_OF_THEM.search(text):
        return None
    m = _FOR_PARENTS.search(text)
    return (m.start(), m.end()) if m is not None else None


def pair_told(text: str) -> re.Match[str] | None:
    """Where two people owed are told by one word (他俩, 老两口), or None."""
    return _PAIR.search(text)

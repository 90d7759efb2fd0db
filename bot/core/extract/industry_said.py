"""Words in a story that name no trade of the worker's, blanked before the trade is read: what the
boss said (his excuse names his business) and a crew told by its grades (大工, 小工)."""

from __future__ import annotations

import re

# what the boss (or anyone else) said, up to the end of the clause: his excuse names his business,
# not the worker's trade ("老板说酒卖出去了再给", "他讲外贸单子的钱没到"); an agreement (说好,
# 讲好) is the worker's own deal and is kept
_HEARSAY = re.compile(
    r"(?:老板|老细|老总|头家|包工头|工头|老板娘|经理|厂长|他|她|佢|渠|伊|伊拉|人家)(?:就|又|还|总|一直|都|只)?"
    r"(?:说|讲|话)(?![好定清])[^，,。；;！!？?]{1,16}"
)
# a crew told by its grades ("四个大工三个小工", "大工三百 小工两百"): who was in it and their
# rates, not the trade
# ("当一个普工" is the worker's own job: one is no crew)
_CREW = re.compile(
    r"(?<![0-9一二两三四五六七八九十几])(?!一[个名位]?[大小杂普]工)[0-9一二两三四五六七八九十几]+[个名位]?(?:大工|小工|杂工|普工)"
)
_GRADES = re.compile(r"大工|小工")


def crew_blanked(text: str) -> str:
    """The text with a crew's grades blanked (same length, so places stay put)."""
    text = _CREW.sub(lambda m: " " * len(m.group(0)), text)
    if "大工" in text and "小工" in text:
        text = _GRADES.sub("  ", text)
    return text


def hearsay_blanked(text: str) -> str:
    """The text with what someone else said blanked (same length, so places stay put)."""
    return _HEARSAY.sub(lambda m: " " * len(m.group(0)), text)

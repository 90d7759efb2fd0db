"""A worker asking to change an answer: the summary's buttons, "改金额", "金额写错了 改成9000",
or, for an item already read back, the item said again ("人数是9个", "金额应该是11万8")."""

from __future__ import annotations

import re
from typing import Any

from bot.core.intake.fields import ORDER
from bot.core.intake.vocabulary import EDIT_WORDS, RESTATE_WORDS
from bot.core.types import Incoming

_EDIT_WORD = "|".join(sorted(EDIT_WORDS, key=len, reverse=True))
_FIX = re.compile(
    rf"^(?:等一下|等等|不好意思|哦|啊)?[\s，,]*(?:把|那个)?(?P<word>{_EDIT_WORD}|号码)"
    r"(?:写错了|填错了|说错了|弄错了|搞错了|不对|错了|要改|改一下|改下)[\s，,。]*"
    r"(?:应该|要)?(?:改成|改为|换成|是|为)?[\s:：]*(?P<value>.*)$"
)


def edit_target(inc: Incoming) -> tuple[str, str] | None:
    """(field, new value or "") when the worker asks to change an answer."""
    if inc.button and inc.button.startswith(("form:edit:", "form:full:")):
        field = inc.button.split(":", 2)[2]
        return (field, "") if field in ORDER else None
    text = (inc.text or "").strip()
    m = re.match(r"^(改|修改|更改|重填)(?:一下|下)?(.{1,6})$", text)
    if m:
        for word, field in EDIT_WORDS.items():
            if word in m.group(2):
                return field, ""
    m = _FIX.match(text[:60])
    if m:
        word = "电话" if m.group("word") == "号码" else m.group("word")
        return EDIT_WORDS[word], m.group("value").strip()
    return None


_RESTATE_WORD = "|".join(sorted(RESTATE_WORDS, key=len, reverse=True))
_RESTATE = re.compile(
    rf"^(?:不对|错了|不是这样|说错了)?[\s，,。]*(?:我的|我们的|那个)?(?P<word>{_RESTATE_WORD})"
    r"(?:应该|其实|实际|实际上|准确说)?(?:是|为|有|叫)[\s:：]*(?P<value>[^\s].*)$"
)


def restated(inc: Incoming, fields: dict[str, Any], step: str) -> tuple[str, str] | None:
    """(field, value) when the worker says again an item already read back, with its label and
    a new value ("人数是9个" after the read-back said 8): a correction typed without pressing
    改人数 first. Not for the item being asked (that is its answer)."""
    if inc.button or inc.attachment is not None:
        return None
    m = _RESTATE.match((inc.text or "").strip()[:80])
    if m is None:
        return None
    field = RESTATE_WORDS[m.group("word")]
    if field == step or fields.get(field) in (None, "", []):
        return None
    return field, m.group("value").strip()

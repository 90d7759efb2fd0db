"""A worker's name sent alone before the story ("我叫覃永华", "你好 我是邓春梅"): kept with the
chat's story, so the complaint opened by the story that follows asks no name, and answered with
a word inviting the story."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.core.parsers import to_simplified

_GREETING = (
    r"(?:(?:你好|您好|你们好|老师好|领导好|同志|喂|嗨|哈喽|在吗|打扰了|打扰一下)[呀啊哈吧]?[，,。!！~～\s]*)*"
)
_LEAD = (
    r"(?:我叫|我是|我的名字(?:是|叫)|本人(?:叫|是)?|俺叫|俺是|我姓[\u4e00-\u9fff][，,\s]*(?:叫)?|姓名[:：]?)"
)
_ALONE = re.compile(rf"^\s*{_GREETING}{_LEAD}\s*(?P<name>[\u4e00-\u9fff·]{{2,12}})\s*[。.!！~～\s]*$")
# form.data key: the name sent alone, so the story after it opens the complaint
NAMED_FIRST = "named_first"


def lone_name(text: str, read: Callable[[str], Any]) -> str | None:
    """The worker's name when `text` is only a self-introduction, else None."""
    m = _ALONE.match(to_simplified(text))
    if m is None:
        return None
    found = read(text).fields
    name = found.get("worker_name")
    if name is None or set(found) - {"worker_name", "description"}:
        return None
    return str(name.value) if str(name.value) in m.group("name") else None


def named_first(data: dict[str, Any] | None) -> bool:
    return bool((data or {}).get(NAMED_FIRST))

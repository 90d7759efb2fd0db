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


# A greeting and nothing else ("你好 在吗", "在不在嘛", "老板你好 我想问个事"): the worker is
# about to tell their story (often in the next message or two); one short word invites it.
_HELLO = (
    r"你好|您好|你们好|大家好|老师好|领导好|师傅好|早上好|上午好|中午好|下午好|晚上好|哈喽|哈啰|嗨|喂+|"
    r"hello|hi|在吗|在么|在嘛|在不在|在没在|有人吗|有人在吗|有人没|有没有人|打扰了|打扰一下|麻烦一下|"
    r"请问一下|请问|问一下|问下|想问一下|我想问一下|想咨询一下|咨询一下|问个事|想问个事|我想问个事|"
    r"说个事|我说个事|有个事|有件事|求助|帮帮忙|老板|师傅|同志|领导|客服|工作人员|老师|亲"
)
_FILLER = r"[呀啊哈吧嘛呢哦噢喔啦嘞噻哇么咯啰撒不\s，,。.!！~～?？、…]"
_BARE_HELLO = re.compile(rf"^(?:{_FILLER}*(?:{_HELLO}){_FILLER}*)+$", re.IGNORECASE)


def bare_greeting(text: str) -> bool:
    """`text` is only a greeting (or a word that something will be told), nothing of a case or
    a question in it."""
    simple = to_simplified(text).strip()
    return 0 < len(simple) <= 24 and _BARE_HELLO.match(simple) is not None

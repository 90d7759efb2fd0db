"""A name written straight before the employer after 我叫 ("我叫符海燕酒店欠了我…"): the name,
then the employer."""

from __future__ import annotations

import re

from bot.core.extract.name_reader import NameFound
from bot.core.extract.name_words import COMPOUND, SURNAMES
from bot.core.extract.org_words import GENERIC
from bot.core.extract.orgs import find_orgs


def glued_name(text: str) -> NameFound | None:
    """A name written straight before the employer after 我叫 ("我叫符海燕酒店"): a surname and
    two characters, then a whole employer word (a kind such as 酒店, or a longer name)."""
    for org in find_orgs(text):
        if not re.search(r"(我叫|我的名字叫|名字叫|本人叫|我名叫)$", text[max(0, org.start - 5) : org.start]):
            continue
        v = org.value
        sur = next((c for c in COMPOUND if v.startswith(c)), v[:1] if v[:1] in SURNAMES else "")
        if not sur:
            continue
        size = len(sur) + 2
        rest = v[size:]
        if text[org.end : org.end + 1] == "的" or not (GENERIC.match(rest) or len(rest) >= 4):
            continue  # "我叫华美电子厂的老板还钱": no name glued to it
        return NameFound(v[:size], org.start, org.start + size)
    return None

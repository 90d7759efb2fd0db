"""A name told as a shop's own ("店叫茶小满", "店名叫指间花园", "我们厂叫华兴"): the worker knows the
shop by it; its registered name is offered once at the summary, however the name ends."""

from __future__ import annotations

import re

from bot.core.extract.bosses import OrgFound
from bot.core.extract.org_words import DONT_KNOW, GENERIC, LEGAL, ORG_SUFFIX, balanced
from bot.core.extract.orgs import NAME_CALLED, VAGUE

# the words just before a shop's own name: 店叫, 店名是, 店的名字叫, 门店叫, 厂子叫
_SHOP_CALLED = re.compile(
    r"(?:店|店名|店铺|店子|门店|铺子|馆子|档口|厂名|厂子|作坊|工作室|车队|船队|运输队|工程队|施工队|装修队)"
    r"(?:的名字|名字|的名)?(?:就|也|都)?(?:叫做|叫|是)\s*[“\"「『]?$"
)


# a name told in passing before the kind of shop it is: "一家叫茶语时光的奶茶店"
_POINTED = ("那家", "这家", "那间", "这间")
_CALLED_BEFORE_KIND = re.compile(r"(?:一家|一个|一间|这家|那家)(?:叫做|名叫|叫)\s*$")
_KIND_AFTER = re.compile(rf"的[\u4e00-\u9fff]{{0,4}}?(?:{ORG_SUFFIX})")


def told_as_shop(text: str, start: int, end: int | None = None) -> bool:
    """The employer's name that starts at `start` (and ends at `end`) was told as a shop's own name."""
    if _SHOP_CALLED.search(text, max(0, start - 8), start) is not None:
        return True
    if end is not None and text[max(0, start - 2) : start] in _POINTED and not LEGAL.search(text[start:end]):
        return True  # "步行街那家恒通电讯卖手机": a shop pointed at, known by its own name
    if (
        end is not None
        and _CALLED_BEFORE_KIND.search(text, max(0, start - 6), start) is not None
        and re.search(rf"的(?:{ORG_SUFFIX})$", text[start:end]) is not None
    ):
        return True  # "一个叫速达配送的公司": the name alone, its kind said after it
    return (
        end is not None
        and _CALLED_BEFORE_KIND.search(text, max(0, start - 6), start) is not None
        and _KIND_AFTER.match(text, end) is not None
    )


def spoken_org(said: OrgFound | None, spoken: OrgFound | None, text: str) -> OrgFound | None:
    """The employer read in the worker's words (`said`), unless the same text read in Mandarin
    words (`spoken`: "厂系兴旺鞋业有限公司" read as 厂是…) gives a registered name it lacks; that one
    is told in the worker's own characters, as the same span of `text`."""
    if spoken is None or not LEGAL.search(spoken.value) or (said is not None and LEGAL.search(said.value)):
        return said
    if len(spoken.value) != spoken.end - spoken.start:
        return said
    return OrgFound(text[spoken.start : spoken.end], spoken.start, spoken.end, spoken.generic)


# a shop's name run on into its boss, told with no pause: "蜀香阁火锅店老板姓何"
_BOSS_AFTER = re.compile(rf"(.+?(?:{ORG_SUFFIX}|馆|铺|坊|档))(?=老板|老细|头家|东家)")


def workplace_called(text: str) -> OrgFound | None:
    """A workplace's own name introduced as such ("车队叫振华运输", "厂子就叫建国皮业"), never a
    person's: where the boss is named too, the workplace's name is who owes."""
    pos = 0
    while (m := NAME_CALLED.search(text, pos)) is not None:
        pos = m.start() + 1  # "老板叫崔某某厂子就叫…": the workplace's 叫 inside the boss's run
        lead = m.group(0)[: m.start("v") - m.start()]
        value = m.group("v")
        if re.match(r"(?:总包|总承包|老板|项目)", lead) or len(value) < 3 or GENERIC.match(value):
            continue
        if (
            DONT_KNOW.search(value)
            or VAGUE.match(value)
            or re.match("[我俺咱额他她你]", value)
            or not balanced(value)
        ):
            continue
        boss = _BOSS_AFTER.match(value)  # "店名叫蜀香阁火锅店老板姓何": the shop, not its boss
        if boss is not None:
            value = boss.group(1)
        return OrgFound(value, m.start("v"), m.start("v") + len(value))
    return None

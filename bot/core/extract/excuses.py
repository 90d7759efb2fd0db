"""Who the boss says owes him, given as his excuse for not paying the workers ("老板说搅拌站没给
他结帐"): the boss's customer, never the worker's employer."""

from __future__ import annotations

import re

from bot.core.extract.bosses import OrgFound

# the boss's own customer, named as the reason the boss gives for not paying: "老板说搅拌站没给他
# 结帐", "他讲砖厂欠他货款" (said before it, and owing him, not the workers)
_EXCUSE_BEFORE = re.compile(r"(?:说|讲|话|推说|称|怪|因为|说是|讲是)(?:那个|这个|那家|人家)?\s*$")
_OWES_THE_BOSS = re.compile(
    r"\s*(?:那边|那头)?(?:还|一直|都|也|就|到现在)?(?:没有?|不|未|冇|没得|拖着?|欠着?|压着?)"
    r"(?:(?:给|跟|和|同|向|把)?(?:他|她|佢|伊|老板娘|老板|包工头|工头)(?:们)?"
    r"|结账|结帐|结款|拨款|付款|回款|打款|给货款|付货款|货款)"
)
# a contractor or a registered firm stays a candidate: a crew's main contractor answers for its pay
_ANSWERS_FOR_CREW = re.compile(r"建设|建筑|建工|工程|总包|劳务|集团|公司")


def boss_customer(text: str, o: OrgFound) -> bool:
    """The organisation is who owes the boss, given as the boss's excuse, not who the worker
    works for."""
    return (
        bool(_EXCUSE_BEFORE.search(text, max(0, o.start - 6), o.start))
        and _OWES_THE_BOSS.match(text, o.end) is not None
        and not _ANSWERS_FOR_CREW.search(o.value)
    )

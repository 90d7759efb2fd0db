"""A total the worker states beside the parts it is made of: "十月份底薪三千加班费一千五，十一月
底薪三千加班费一千二 … 一共八千七" (the parts add up to it) or "每个月都欠两千 … 七到十月 …
加起来八千" (the part owed each month x the months owed). When the parts agree with the total
there is no second figure to ask about; when they do not, the figures are still asked."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.money_tokens import money_tokens
from bot.core.extract.paid import SUM_WORD, paid_before

# the part owed or paid each month: "每个月都欠两千", "每月还差一千五"
_EACH_MONTH = re.compile(r"(?:每个?月|一个月)(?:都|也|还)?(?:欠|差|少|拖|扣)(?:了|我|俺)?\s*$")


def agreed_total(text: str, choices: list[Decimal], months: int) -> Decimal | None:
    """The stated total among `choices` (told after 一共/加起来/总共) when every other figure of
    the text is a part of it: all of them add up to it, or the part owed each month x `months`
    makes it. None when the figures disagree (then they are asked)."""
    if len(choices) < 2:
        return None
    tokens = [(m, v) for m, v in money_tokens(text) if not paid_before(text, m)]
    totals = [
        (m, v) for m, v in tokens if v in choices and SUM_WORD.search(text[max(0, m.start() - 8) : m.start()])
    ]
    if len(totals) != 1:
        return None
    total_at, total = totals[0]
    parts = [(m, v) for m, v in tokens if m.start() != total_at.start()]
    if not parts:
        return None
    if sum((v for _, v in parts), Decimal(0)) == total:
        return total
    each = [v for m, v in parts if _EACH_MONTH.search(text[max(0, m.start() - 8) : m.start()])]
    if len(each) == 1 and months > 0 and each[0] * months == total:
        return total
    return None

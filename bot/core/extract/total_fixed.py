"""A total told again in a later message that corrects the pay ("不对 说错了 八千是去年的 今年涨到
九千了 三个月就是两万七"): the story then holds every figure said, old and new; the total the
correction states (after 一共, 就是, 总共…) is the amount, none of them is asked."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.corrections import is_correction
from bot.core.parsers.base import Parsed
from bot.core.parsers.money import parse_amount

# the total in the correcting message: "三个月就是两万七", "一共是一万六", "加起来一万九"
_TOTAL = re.compile(
    r"(?:一共|总共|合计|总计|共计|加起来|算下来|就是|总的)(?:是|有|欠我?|欠了我?)?\s*"
    r"(?P<n>[0-9]+(?:\.[0-9]+)?\s*万?|[零一二两三四五六七八九十百千万]{2,}(?:块|元)?)"
)


def corrected_total(story: str, choices: list[Decimal]) -> Decimal | None:
    """The total stated in the last line of `story` that corrects an earlier one, when it is one
    of the figures the story reads (`choices`); None otherwise."""
    for line in reversed(story.splitlines()[1:]):
        if not is_correction(line):
            continue
        found = [parse_amount(m.group("n")) for m in _TOTAL.finditer(line)]
        values = [p.value for p in found if isinstance(p, Parsed)]
        if values and values[-1] in choices:
            return values[-1]
        return None
    return None

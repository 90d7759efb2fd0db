"""A month's pay held back at hiring and the last month unpaid ("头一个月工资压着，走的时候一块儿给
… 压的那个月和最后一个月的都不给"): two months owed, not every month from the first to the last
(the months between were paid). The period still runs from the first month to the last; the
read-back says which two months the estimate counts."""

from __future__ import annotations

import re
from decimal import Decimal

_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
# one month's pay held: "头一个月工资压着", "压了我一个月工资", "压的七月那个月工资", "押一个月工资"
_HELD = re.compile(
    r"(?:头|第|前)一个月(?:的)?(?:工资|工钱|人工)?[^，,。；;]{0,4}?(?:压|押|扣)(?:着|住|下|了)?"
    r"|(?:压|押|扣)(?:着|了|住|下|的)?(?:我|俺)?(?:的)?(?:头|第|前)?一个月(?:的)?(?:工资|工钱|人工)"
    rf"|(?:压|押)(?:着|了|的)(?:我|俺)?(?:的)?{_MONTH}(?:那个月)?(?:的)?(?:工资|工钱|人工)"
)
# several months held or owed besides: "压了两个月工资" is no single month held
_MORE_HELD = re.compile(r"(?:压|押|扣)(?:着|了|的)?(?:我|俺)?(?:[两二三四五六]|[2-6])个月")
# the last month unpaid too: "最后一个月的也没发", "和十月的工资都不给", "走的那个月也没给"
_LAST = re.compile(
    r"(?:最后一个月|最后那个月|走的那个月|离职那个月|辞职那个月)[^，,。；;]{0,6}?(?:也|都|还)?(?:没|不|未)"
    rf"|(?:和|跟|还有|加上)(?:最后)?{_MONTH}(?:那个月)?(?:的)?(?:工资|工钱|人工)?(?:也|都)(?:没|不|未)"
)


def held_and_last(text: str) -> Decimal | None:
    """Two months owed when one month's pay held and the last month unpaid are told, else None."""
    if _HELD.search(text) is None or _MORE_HELD.search(text) or _LAST.search(text) is None:
        return None
    return Decimal(2)


HELD_NOTE = "：压着的一个月 + 最后一个月"

"""What the amount readers find in a story (`Amounts`): a stated total, a conflict to ask, pay x
time and its parts. Filled by bot/core/extract/amounts.py and bot/core/extract/sums.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from bot.core.extract.figures import Figure


@dataclass
class Amounts:
    total: Figure | None = None
    conflict: list[Decimal] = field(default_factory=list)  # two different totals: ask which
    per_person: Decimal | None = None
    rate: tuple[Decimal, str] | None = None  # pay per month/day when no duration was next to it
    rate_per_person: bool = False  # that pay is each worker's
    computed: Decimal | None = None  # pay x time worked out here (an estimate)
    paid: Decimal | None = None  # already paid ("给过两万"): taken off pay x time
    # "欠我三万 后来转了五千": the owed figure and the payment told after it (the choices asked)
    owed_then_paid: tuple[Decimal, Decimal] | None = None
    used: list[tuple[int, int]] = field(default_factory=list)
    # pay x time told beside several people without saying whose pay it is ("一天三百 干了四十天
    # 两个人"): (the teller's alone, every one of them earning it, head count): asked, never guessed
    whose: tuple[Decimal, Decimal, int, str] | None = None
    rate_whose_unknown: bool = False  # the same for a pay per month multiplied by the story
    paid_each: bool = False  # the part paid was each worker's ("只给每人发过六千块生活费")
    heads: int = 0  # the people each one's part added up counts (0: none counted)
    months: list[str] = field(default_factory=list)  # the months whose pay was added ("十月份")
    extra: Decimal | None = None  # one more sum owed besides pay x time ("还有提成四千二也冇给")
    extra_label: str = ""  # what that sum is, as read back ("押金 1,000 元"); "" for 另外
    rate_parts: list[Decimal] = field(default_factory=list)  # each one's pay per month, added in rate
    paid_monthly: bool = False  # the part paid was paid each month ("每个月只发一千")
    rate_rough: bool = False  # the pay per month hedged ("一个月差不多七千"): pay x months is asked

"""Pay for untaken annual leave (《职工带薪年休假条例》第三条、第五条;
《企业职工带薪年休假实施办法》第十条、第十一条): 300 % of the daily wage per untaken day,
which includes the normal pay already received, so 200 % is still owed.
"""

from __future__ import annotations

from decimal import Decimal

from bot.core.calc import texts
from bot.core.calc.money import DAYS_PER_MONTH, num, yuan
from bot.core.calc.result import Line, Result

ARTICLES = ["《职工带薪年休假条例》第三条、第五条", "《企业职工带薪年休假实施办法》第十条、第十一条"]
OWED_SHARE = Decimal(2)  # 300 % less the 100 % already paid


def days_due(years: Decimal) -> int:
    """Days a year by total years worked (条例第三条)."""
    if years < 1:
        return 0
    if years < 10:
        return 5
    if years < 20:
        return 10
    return 15


def compute(*, years: Decimal, wage: Decimal, untaken: Decimal | None = None) -> Result:
    due = days_due(years)
    notes = [texts.AL_DUE.format(years=num(years), due=due)]
    if due == 0:
        return Result(
            "annual_leave", Decimal(0), [], ["《职工带薪年休假条例》第二条、第三条", "《企业职工带薪年休假实施办法》第三条"],
            [texts.AL_CAVEAT_NEW], notes, nothing_due=texts.AL_NOTHING,
        )  # fmt: skip
    days = Decimal(due) if untaken is None else untaken
    notes.append(
        texts.AL_ASSUMED.format(days=num(days)) if untaken is None else texts.AL_SAID.format(days=num(days))
    )
    amount = days * wage / DAYS_PER_MONTH * OWED_SHARE
    line = Line(texts.AL_LINE, amount, f"{num(days)} 天 × {yuan(wage)} 元 ÷ 21.75 × 200% = {yuan(amount)} 元")
    caveats = [texts.AL_CAVEAT_300, texts.AL_CAVEAT_WAGE, texts.AL_CAVEAT_PRORATE, texts.AL_CAVEAT_REFUSED]
    return Result("annual_leave", amount, [line], list(ARTICLES), caveats, notes, headline=texts.AL_HEAD)

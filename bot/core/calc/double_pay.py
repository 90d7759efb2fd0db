"""Double pay for working without a written contract (《劳动合同法》第八十二条;
《劳动合同法实施条例》第六条、第七条): from the day after the first month of employment to
the day before a contract is signed, at most 11 months; one of the two wages was already paid.
"""

from __future__ import annotations

from decimal import Decimal

from bot.core.calc import texts
from bot.core.calc.extract import months_text
from bot.core.calc.money import num, yuan
from bot.core.calc.result import Line, Result

ARTICLES = [
    "《劳动合同法》第十条、第八十二条",
    "《劳动合同法实施条例》第六条、第七条",
    "《劳动争议调解仲裁法》第二十七条（仲裁时效）",
]
MAX_MONTHS = 11


def compute(*, months: Decimal, wage: Decimal) -> Result:
    """months: how long the worker worked with no written contract, counted from the first day."""
    worked = int(months)
    owed_months = min(max(worked - 1, 0), MAX_MONTHS)
    notes = [texts.DP_RULE.format(worked=months_text(worked), n=owed_months)]
    caveats = [texts.DP_LIMITATION, texts.DP_CAVEAT_DAYS]
    articles = list(ARTICLES)
    if worked >= 12:
        notes.append(texts.DP_OPEN_ENDED)
        articles[0] = "《劳动合同法》第十条、第十四条第三款、第八十二条"
    if owed_months == 0:
        return Result("double_pay", Decimal(0), [], articles, caveats, notes, nothing_due=texts.DP_NOTHING)
    amount = owed_months * wage
    line = Line(
        texts.DP_LINE, amount, f"{num(Decimal(owed_months))} 个月 × {yuan(wage)} 元 = {yuan(amount)} 元"
    )
    return Result("double_pay", amount, [line], articles, caveats, notes, headline=texts.DP_HEAD)

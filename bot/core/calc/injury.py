"""Work-injury disability benefits by grade (《工伤保险条例》第三十三条至第三十七条, 第六十二条, 第六十四条).

The one-off disability subsidy is months of 本人工资 (the average monthly contribution wage of
the 12 months before the injury), bounded by 60 % and 300 % of the area's average wage.
"""

from __future__ import annotations

from decimal import Decimal

from bot.core.calc import texts
from bot.core.calc.figures import RegionFigures
from bot.core.calc.money import num, pct, yuan
from bot.core.calc.result import Line, Result

# grade -> months of 本人工资 (第三十五条至第三十七条)
LUMP_MONTHS: dict[int, int] = {1: 27, 2: 25, 3: 23, 4: 21, 5: 18, 6: 16, 7: 13, 8: 11, 9: 9, 10: 7}
# grade -> monthly allowance as a share of 本人工资 (第三十五条 fund; 第三十六条 employer)
ALLOWANCE: dict[int, Decimal] = {
    1: Decimal("0.90"),
    2: Decimal("0.85"),
    3: Decimal("0.80"),
    4: Decimal("0.75"),
    5: Decimal("0.70"),
    6: Decimal("0.60"),
}
FLOOR, CEILING = Decimal("0.6"), Decimal(3)


def _article(grade: int) -> str:
    return "第三十五条" if grade <= 4 else "第三十六条" if grade <= 6 else "第三十七条"


def compute(
    *,
    grade: int,
    wage: Decimal,
    avg_wage: Decimal | None = None,
    min_wage: Decimal | None = None,
    leaving: bool | None = None,
    insured: bool = True,
    region: RegionFigures | None = None,
) -> Result:
    articles = [f"《工伤保险条例》{_article(grade)}、第六十四条"]
    base, notes = wage, []
    if avg_wage is not None:
        low, high = FLOOR * avg_wage, CEILING * avg_wage
        if wage < low:
            base = low
            notes.append(texts.INJ_FLOOR.format(wage=yuan(wage), avg=yuan(avg_wage), low=yuan(low)))
        elif wage > high:
            base = high
            notes.append(texts.INJ_CEILING.format(wage=yuan(wage), avg=yuan(avg_wage), high=yuan(high)))
    fund = texts.PAYER_FUND if insured else texts.PAYER_EMPLOYER_UNINSURED
    months = LUMP_MONTHS[grade]
    lump = months * base
    lines = [
        Line(
            texts.INJ_LUMP.format(grade=grade),
            lump,
            f"{months} 个月 × {yuan(base)} 元 = {yuan(lump)} 元",
            fund,
        )
    ]
    monthly: list[Line] = []
    if grade in ALLOWANCE and (grade <= 4 or not leaving):
        share = ALLOWANCE[grade]
        amount = share * base
        formula = f"{yuan(base)} 元 × {pct(share)} = {yuan(amount)} 元/月"
        if min_wage is not None and amount < min_wage:
            formula += texts.INJ_ALLOWANCE_FLOOR.format(min=yuan(min_wage))
            amount = min_wage
        payer = fund if grade <= 4 else texts.PAYER_EMPLOYER
        label = texts.INJ_ALLOWANCE_1_4 if grade <= 4 else texts.INJ_ALLOWANCE_5_6
        monthly.append(Line(label, amount, formula, payer))
    total = lump
    caveats = [texts.INJ_CAVEAT_WAGE, texts.INJ_CAVEAT_OTHER]
    if grade in (5, 6) and leaving:
        notes.append(texts.INJ_NO_ALLOWANCE_LEAVING)
    if avg_wage is None:
        caveats.insert(0, texts.INJ_BOUNDS_UNKNOWN.format(low=yuan(wage / FLOOR), high=yuan(wage / CEILING)))
    if grade >= 5:
        sub = region.subsidy(grade) if region is not None else None
        if sub is not None and leaving is not False and region is not None:
            sub_base = (
                region.avg_monthly_wage
                if region.subsidy_base != "本人工资" and region.avg_monthly_wage is not None
                else base
            )
            med, emp = sub.medical_months * sub_base, sub.employment_months * sub_base
            lines.append(
                Line(
                    texts.INJ_MEDICAL,
                    med,
                    f"{num(sub.medical_months)} 个月 × {yuan(sub_base)} 元 = {yuan(med)} 元",
                    fund,
                )
            )
            lines.append(
                Line(
                    texts.INJ_EMPLOYMENT,
                    emp,
                    f"{num(sub.employment_months)} 个月 × {yuan(sub_base)} 元 = {yuan(emp)} 元",
                    texts.PAYER_EMPLOYER,
                )
            )
            if leaving:
                total += med + emp
            notes.append(
                texts.INJ_SUBSIDY_SOURCE.format(
                    region=region.region, source=region.subsidy_source or region.source
                )
                + ("" if leaving else texts.INJ_SUBSIDY_IF_LEAVING)
            )
        else:
            caveats.append(
                texts.INJ_SUBSIDY_PROVINCE.format(
                    when=texts.INJ_WHEN_5_6 if grade <= 6 else texts.INJ_WHEN_7_10
                )
            )
    if not insured:
        articles.append("《工伤保险条例》第六十二条")
        notes.append(texts.INJ_UNINSURED)
    return Result(
        "injury",
        total,
        lines,
        articles,
        caveats,
        notes,
        headline=texts.INJ_HEAD.format(grade=grade),
        monthly=monthly,
    )

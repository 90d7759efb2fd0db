"""Calculator table: every expected figure worked out by hand from the article it names.

Severance: 《劳动合同法》第四十七条 (N: a month per year, 6 months or more = 1, less = 0.5; 3x
cap and 12 years), 第八十七条 (2N), 第四十条 + 实施条例第二十条 (N+1 at last month's wage),
实施条例第二十七条 (minimum-wage floor). Injury: 《工伤保险条例》第三十五至三十七条 (27..7 months,
90..60 %), 第六十四条 (60 % / 300 %). Overtime: 《劳动法》第四十四条 (150/200/300 %), 21.75 days and
8 hours (劳社部发〔2008〕3号). Double pay: 《劳动合同法》第八十二条, 实施条例第六、七条 (from the
day after month one, at most 11 months). Annual leave: 条例第三条 (5/10/15 days), 实施办法第十条、
第十一条 (300 % incl. normal pay, so 200 % owed; day = month / 21.75).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from bot.core.calc import annual_leave, double_pay, injury, overtime, severance
from bot.core.calc.figures import InjurySubsidy, RegionFigures
from bot.core.calc.money import fen

# (months of service, wage, reason, local average, minimum wage, expected total, article)
SEVERANCE = [
    (55, "7000", "expiry", None, None, "35000", "LCL47: 4y7m -> 5 x 7000"),
    (74, "6500", "expiry", None, None, "42250", "LCL47: 6y2m -> 6.5 x 6500"),
    (6, "5000", "layoff", None, None, "5000", "LCL47: exactly 6 months counts as one year"),
    (5, "5000", "layoff", None, None, "2500", "LCL47: under 6 months -> half a month"),
    (0, "4000", "closure", None, None, "2000", "LCL47: under a month -> half a month"),
    (12, "6000", "mutual_employer", None, None, "6000", "LCL46(2)+47: one full year"),
    (18, "6000", "forced_quit", None, None, "12000", "LCL46(1)+47: 1y6m -> 2"),
    (17, "6000", "forced_quit", None, None, "9000", "LCL47: 1y5m -> 1.5"),
    (36, "8000", "art40_no_notice", None, None, "32000", "LCL40 + RIR20: 3 x 8000 + 8000"),
    (36, "8000", "art40_notice", None, None, "24000", "LCL40 with notice: N only"),
    (55, "7000", "unlawful", None, None, "70000", "LCL87: 2 x 5 x 7000"),
    (3, "5000", "unlawful", None, None, "5000", "LCL87: 2 x 0.5 x 5000"),
    (60, "30000", "expiry", "8000", None, "120000", "LCL47(2): cap 3 x 8000 = 24000, 5 years"),
    (180, "30000", "expiry", "8000", None, "288000", "LCL47(2): capped wage -> at most 12 years"),
    (
        180,
        "24000",
        "expiry",
        "8000",
        None,
        "360000",
        "LCL47(2): wage exactly 3x is not 'higher': no cap, 15 years",
    ),
    (180, "24000.01", "expiry", "8000", None, "288000", "LCL47(2): one fen above 3x -> cap and 12 years"),
    (151, "30000", "layoff", "8000", None, "288000", "LCL47(2): 12y7m -> 13, capped at 12"),
    (151, "24000", "layoff", "8000", None, "312000", "LCL47: 12y7m -> 13 x 24000, not capped"),
    (144, "30000", "layoff", "8000", None, "288000", "LCL47(2): exactly 12 years capped"),
    (36, "1800", "layoff", None, "2000", "6000", "RIR27: below the minimum wage -> 3 x 2000"),
    (36, "2000", "layoff", None, "2000", "6000", "RIR27: exactly the minimum wage"),
    (180, "30000", "unlawful", "8000", None, "576000", "LCL87 + LCL47(2): 2 x 12 x 24000"),
    (60, "30000", "art40_no_notice", "8000", None, "150000", "LCL47(2) + RIR20: 5 x 24000 + 30000"),
    (5, "3333.33", "layoff", None, None, "1666.67", "LCL47: 0.5 x 3333.33, rounded to the fen at the end"),
    (126, "10000", "closure", "5000", None, "110000", "LCL47: 10y6m -> 11 x 10000 (below 3 x 5000)"),
]
NOTHING = [
    ("resign", "LCL37: resigning without cause"),
    ("fault", "LCL39: dismissal for the worker's fault"),
    ("mutual_worker", "LCL46(2): only an employer-proposed agreement"),
    ("renewal_refused", "LCL46(5): the worker refused renewal on equal terms"),
]


@pytest.mark.parametrize("months,wage,reason,avg,low,expected,article", SEVERANCE)
def test_severance(months, wage, reason, avg, low, expected, article) -> None:  # noqa: ANN001
    result = severance.compute(
        months=D(months),
        wage=D(wage),
        reason=reason,
        avg_wage=D(avg) if avg else None,
        min_wage=D(low) if low else None,
    )
    assert fen(result.total) == D(expected), article
    assert result.articles, article


@pytest.mark.parametrize("reason,article", NOTHING)
def test_severance_nothing_due(reason, article) -> None:  # noqa: ANN001
    result = severance.compute(months=D(60), wage=D(8000), reason=reason)
    assert result.total == 0 and result.nothing_due and not result.lines, article


# (grade, wage, average, minimum, expected lump sum, expected monthly allowance or None, article)
INJURY = [
    (1, "5000", None, None, "135000", "4500", "WIIR35: 27 months; 90 %"),
    (2, "5000", None, None, "125000", "4250", "WIIR35: 25 months; 85 %"),
    (3, "5000", None, None, "115000", "4000", "WIIR35: 23 months; 80 %"),
    (4, "5000", None, None, "105000", "3750", "WIIR35: 21 months; 75 %"),
    (5, "5000", None, None, "90000", "3500", "WIIR36: 18 months; 70 %"),
    (6, "5000", None, None, "80000", "3000", "WIIR36: 16 months; 60 %"),
    (7, "5000", None, None, "65000", None, "WIIR37: 13 months"),
    (8, "5000", None, None, "55000", None, "WIIR37: 11 months"),
    (9, "5000", None, None, "45000", None, "WIIR37: 9 months"),
    (10, "5000", None, None, "35000", None, "WIIR37: 7 months"),
    (9, "3000", "6000", None, "32400", None, "WIIR64: below 60 % of 6000 -> 3600 x 9"),
    (9, "3600", "6000", None, "32400", None, "WIIR64: exactly 60 % -> as is"),
    (9, "3599.99", "6000", None, "32400", None, "WIIR64: a fen under 60 % -> 3600"),
    (5, "20000", "6000", None, "324000", "12600", "WIIR64: above 300 % -> 18000 x 18; 70 %"),
    (5, "18000", "6000", None, "324000", "12600", "WIIR64: exactly 300 %"),
    (6, "3000", "6000", "2300", "57600", "2300", "WIIR36+64: 3600 x 16; 60 % = 2160 < minimum 2300"),
    (4, "4000", None, "2500", "84000", "3000", "WIIR35: 75 % of 4000 = 3000, above the minimum"),
    (1, "2000", None, "2500", "54000", "2500", "WIIR35: 90 % of 2000 = 1800 -> minimum 2500"),
]


@pytest.mark.parametrize("grade,wage,avg,low,lump,monthly,article", INJURY)
def test_injury(grade, wage, avg, low, lump, monthly, article) -> None:  # noqa: ANN001
    result = injury.compute(
        grade=grade, wage=D(wage), avg_wage=D(avg) if avg else None, min_wage=D(low) if low else None
    )
    assert fen(result.total) == D(lump), article
    if monthly is None:
        assert result.monthly == [], article
    else:
        assert fen(result.monthly[0].amount) == D(monthly), article
        assert ("基金" in result.monthly[0].payer) == (grade <= 4), article


def test_injury_leaving_with_provincial_subsidy() -> None:
    """WIIR37(2): medical (fund) and employment (employer) subsidies from the province's table."""
    region = RegionFigures(
        "示例市", 2025, "示例", avg_monthly_wage=D(6000), subsidy_base="统筹地区上年度职工月平均工资",
        subsidies=(InjurySubsidy(7, D(4), D(10)),), sample=True,
    )  # fmt: skip
    result = injury.compute(grade=7, wage=D(5000), avg_wage=D(6000), leaving=True, region=region)
    assert fen(result.total) == D(65000 + 4 * 6000 + 10 * 6000)
    staying = injury.compute(grade=7, wage=D(5000), avg_wage=D(6000), leaving=False, region=region)
    assert fen(staying.total) == D(65000)


def test_injury_uninsured_employer_pays() -> None:
    result = injury.compute(grade=2, wage=D(5000), insured=False)
    assert "单位" in result.lines[0].payer and any("第六十二条" in a for a in result.articles)


# (monthly wage, hours by kind, expected, article)
OVERTIME = [
    ("5000", {"weekday": 30}, "1293.10", "LL44(1): 30 x 5000/21.75/8 x 1.5 = 225000/174"),
    ("5000", {"rest": 32}, "1839.08", "LL44(2): 32 x 5000/174 x 2 = 320000/174"),
    ("5000", {"holiday": 24}, "2068.97", "LL44(3): 24 x 5000/174 x 3 = 360000/174"),
    ("5000", {"weekday": 30, "rest": 32}, "3132.18", "LL44: 545000/174, rounded once at the end"),
    ("5000", {"rest": 16, "off": 8}, "459.77", "LL44(2): 8 h made up with time off are not paid"),
    ("5000", {"rest": 8, "off": 8}, "0", "LL44(2): all rest-day hours made up"),
    ("4350", {"weekday": 10}, "375", "LL44(1): 4350/21.75 = 200 a day, 25 an hour; 10 x 25 x 1.5"),
    ("4350", {"holiday": 24}, "1800", "LL44(3): 24 x 25 x 3"),
    ("4350", {"rest": 16}, "800", "LL44(2): 16 x 25 x 2"),
    ("4350", {"weekday": 2, "rest": 8, "holiday": 8}, "1075", "LL44: 75 + 400 + 600"),
]


@pytest.mark.parametrize("wage,hours,expected,article", OVERTIME)
def test_overtime(wage, hours, expected, article) -> None:  # noqa: ANN001
    result = overtime.compute(wage=D(wage), hours={k: D(v) for k, v in hours.items()})
    assert fen(result.total) == D(expected), article


# (months worked without a contract, wage, expected, article)
DOUBLE_PAY = [
    (8, "6000", "42000", "LCL82 + RIR6: months 2-8 -> 7 x 6000"),
    (1, "6000", "0", "RIR6: still within the first month"),
    (0, "6000", "0", "RIR6: under a month"),
    (2, "6000", "6000", "RIR6: one month from the day after month one"),
    (12, "6000", "66000", "RIR7: a full year -> 11 months"),
    (13, "6000", "66000", "RIR7 + LCL14(3): at most 11 months"),
    (36, "5500", "60500", "RIR7: at most 11 months"),
]


@pytest.mark.parametrize("months,wage,expected,article", DOUBLE_PAY)
def test_double_pay(months, wage, expected, article) -> None:  # noqa: ANN001
    result = double_pay.compute(months=D(months), wage=D(wage))
    assert fen(result.total) == D(expected), article
    assert any("第二十七条" in c for c in result.caveats), "one-year limitation warned"


# (years worked, wage, untaken days or None, expected, article)
ANNUAL = [
    ("0.5", "4350", None, "0", "Reg2 / Measures3: under 12 months -> none"),
    ("1", "4350", None, "2000", "Reg3: 1 year -> 5 days; 5 x 200 x 2"),
    ("9", "4350", None, "2000", "Reg3: under 10 years -> 5 days"),
    ("10", "4350", None, "4000", "Reg3: exactly 10 years -> 10 days"),
    ("19", "4350", None, "4000", "Reg3: under 20 years -> 10 days"),
    ("20", "4350", None, "6000", "Reg3: exactly 20 years -> 15 days"),
    ("5", "4350", "3", "1200", "Measures10: 3 untaken days x 200 x 2"),
    ("12", "6000", None, "5517.24", "Measures10/11: 10 x 6000/21.75 x 2"),
]


@pytest.mark.parametrize("years,wage,untaken,expected,article", ANNUAL)
def test_annual_leave(years, wage, untaken, expected, article) -> None:  # noqa: ANN001
    result = annual_leave.compute(years=D(years), wage=D(wage), untaken=D(untaken) if untaken else None)
    assert fen(result.total) == D(expected), article


def test_table_size() -> None:
    total = len(SEVERANCE) + len(NOTHING) + len(INJURY) + 2 + len(OVERTIME) + len(DOUBLE_PAY) + len(ANNUAL)
    assert total >= 60


def test_grade_5_leaving_has_no_allowance() -> None:
    """WIIR36: the allowance is paid while the labour relationship is kept; leaving ends it."""
    staying = injury.compute(grade=5, wage=D(5000), leaving=False)
    leaving = injury.compute(grade=5, wage=D(5000), leaving=True)
    assert staying.monthly and not leaving.monthly
    assert injury.compute(grade=2, wage=D(5000), leaving=True).monthly  # grades 1-4 keep the relationship

"""Local figures a calculator needs (average and minimum wage, provincial injury subsidies).

The admin-edited file is read by knowledge_base (local_figures.yaml); the engine hands the
records over, and `figures_from` turns anything with the same attribute names into these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class InjurySubsidy:
    """One-off medical (基金) and employment (单位) subsidy on leaving, grade 5-10, in months."""

    grade: int
    medical_months: Decimal
    employment_months: Decimal


@dataclass(frozen=True)
class RegionFigures:
    region: str
    year: int
    source: str
    aliases: tuple[str, ...] = ()
    avg_monthly_wage: Decimal | None = None  # 上年度职工月平均工资
    min_monthly_wage: Decimal | None = None  # 月最低工资标准 (highest tier unless noted)
    sample: bool = False
    min_year: int | None = None
    min_source: str = ""
    subsidy_base: str = ""  # what a subsidy month is: "本人工资" or "统筹地区上年度职工月平均工资"
    subsidy_year: int | None = None
    subsidy_source: str = ""
    subsidies: tuple[InjurySubsidy, ...] = field(default_factory=tuple)

    def names(self) -> tuple[str, ...]:
        return (self.region, *self.aliases)

    def subsidy(self, grade: int) -> InjurySubsidy | None:
        return next((s for s in self.subsidies if s.grade == grade), None)


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def figures_from(records: list[Any]) -> list[RegionFigures]:
    """Copy records with the same attribute names (knowledge_base.local_figures.LocalFigures)."""
    out: list[RegionFigures] = []
    for r in records or []:
        if isinstance(r, RegionFigures):
            out.append(r)
            continue
        subsidies = tuple(
            InjurySubsidy(int(s.grade), Decimal(str(s.medical_months)), Decimal(str(s.employment_months)))
            for s in getattr(r, "subsidies", ()) or ()
        )
        out.append(
            RegionFigures(
                region=r.region,
                year=int(r.year),
                source=r.source,
                aliases=tuple(getattr(r, "aliases", ()) or ()),
                avg_monthly_wage=_dec(getattr(r, "avg_monthly_wage", None)),
                min_monthly_wage=_dec(getattr(r, "min_monthly_wage", None)),
                sample=bool(getattr(r, "sample", False)),
                min_year=getattr(r, "min_year", None),
                min_source=getattr(r, "min_source", "") or "",
                subsidy_base=getattr(r, "subsidy_base", "") or "",
                subsidy_year=getattr(r, "subsidy_year", None),
                subsidy_source=getattr(r, "subsidy_source", "") or "",
                subsidies=subsidies,
            )
        )
    return out


def find_region(text: str, regions: list[RegionFigures]) -> RegionFigures | None:
    """The region named in the text (the longest name wins), or None."""
    best: tuple[int, RegionFigures] | None = None
    for r in regions:
        for name in r.names():
            if name and name in text and (best is None or len(name) > best[0]):
                best = (len(name), r)
    return best[1] if best else None

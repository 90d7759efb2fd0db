"""Local figures for the calculators (`local_figures:` in any knowledge-base YAML file).

Each region carries its own figures, and each figure its year and source document:

    local_figures:
      - region: 示例市
        aliases: [示例区]
        sample: true                     # SAMPLE values: shown to workers as such
        avg_monthly_wage: {value: 8000, year: 2025, source: "…"}   # 上年度职工月平均工资
        min_monthly_wage: {value: 2000, year: 2025, source: "…"}   # 月最低工资标准
        injury_subsidies:                # 一次性工伤医疗补助金 / 伤残就业补助金 (grades 5-10)
          year: 2025
          source: "…"
          base: 统筹地区上年度职工月平均工资   # or 本人工资: what one month is
          grades: {5: {medical: 10, employment: 30}, …}

Every problem is reported with file and line, like the rest of the knowledge base.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from knowledge_base.model import Collector, _line, check_keys

REGION_KEYS = {
    "region": True,
    "aliases": False,
    "sample": False,
    "avg_monthly_wage": False,
    "min_monthly_wage": False,
    "injury_subsidies": False,
}
FIGURE_KEYS = {"value": True, "year": True, "source": True}
SUBSIDY_KEYS = {"year": True, "source": True, "base": True, "grades": True}
SUBSIDY_BASES = ("本人工资", "统筹地区上年度职工月平均工资")
# plausible ranges in yuan a month; outside them the figure is almost surely a typo
RANGES = {
    "avg_monthly_wage": (Decimal(1000), Decimal(100_000)),
    "min_monthly_wage": (Decimal(500), Decimal(20_000)),
}


@dataclass(frozen=True)
class Subsidy:
    grade: int
    medical_months: Decimal
    employment_months: Decimal


@dataclass(frozen=True)
class LocalFigures:
    region: str
    year: int
    source: str
    aliases: tuple[str, ...] = ()
    sample: bool = False
    avg_monthly_wage: Decimal | None = None
    min_monthly_wage: Decimal | None = None
    min_year: int | None = None
    min_source: str = ""
    subsidy_base: str = ""
    subsidy_year: int | None = None
    subsidy_source: str = ""
    subsidies: tuple[Subsidy, ...] = field(default_factory=tuple)
    file: str = ""
    line: int = 0


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _year(node: dict, what: str, file: Path, out: Collector) -> int | None:
    year = node.get("year")
    this = dt.date.today().year
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= this + 1:
        out.add(file, _line(node, "year"), f"{what}: year must be a year like {this - 1}, got {year!r}")
        return None
    return year


def _source(node: dict, what: str, file: Path, out: Collector) -> str:
    source = node.get("source")
    if not isinstance(source, str) or not source.strip():
        out.add(file, _line(node, "source"), f"{what}: source must name the document the figure comes from")
        return ""
    return source.strip()


def _figure(node: Any, key: str, region: str, file: Path, line: int, out: Collector) -> tuple | None:
    what = f"local_figures {region!r}: {key}"
    if not isinstance(node, dict):
        out.add(file, line, f"{what} must be a mapping {{value, year, source}}")
        return None
    if not check_keys(node, FIGURE_KEYS, file, what, out):
        return None
    value = _number(node.get("value"))
    low, high = RANGES[key]
    if value is None or not low <= value <= high:
        out.add(
            file,
            _line(node, "value"),
            f"{what}: value must be yuan a month between {low} and {high}, got {node.get('value')!r}",
        )
        return None
    year, source = _year(node, what, file, out), _source(node, what, file, out)
    if year is None or not source:
        return None
    return value, year, source


def _subsidies(node: Any, region: str, file: Path, line: int, out: Collector) -> tuple | None:
    what = f"local_figures {region!r}: injury_subsidies"
    if not isinstance(node, dict):
        out.add(file, line, f"{what} must be a mapping {{year, source, base, grades}}")
        return None
    if not check_keys(node, SUBSIDY_KEYS, file, what, out):
        return None
    base = node.get("base")
    if base not in SUBSIDY_BASES:
        out.add(
            file, _line(node, "base"), f"{what}: base must be one of {', '.join(SUBSIDY_BASES)}, got {base!r}"
        )
        return None
    grades = node.get("grades")
    if not isinstance(grades, dict) or not grades:
        out.add(file, _line(node, "grades"), f"{what}: grades must map grade 5-10 to {{medical, employment}}")
        return None
    items: list[Subsidy] = []
    for grade, months in grades.items():
        gline = _line(grades, grade)
        if not isinstance(grade, int) or isinstance(grade, bool) or not 5 <= grade <= 10:
            out.add(file, gline, f"{what}: grade must be 5 to 10 (grades 1-4 keep the job), got {grade!r}")
            continue
        if not isinstance(months, dict) or not check_keys(
            months, {"medical": True, "employment": True}, file, f"{what} grade {grade}", out
        ):
            if not isinstance(months, dict):
                out.add(file, gline, f"{what} grade {grade}: give {{medical: months, employment: months}}")
            continue
        medical, employment = _number(months.get("medical")), _number(months.get("employment"))
        if medical is None or employment is None or not (0 <= medical <= 100 and 0 <= employment <= 100):
            out.add(file, gline, f"{what} grade {grade}: medical and employment must be months from 0 to 100")
            continue
        items.append(Subsidy(grade, medical, employment))
    year, source = _year(node, what, file, out), _source(node, what, file, out)
    if year is None or not source:
        return None
    return base, year, source, tuple(sorted(items, key=lambda s: s.grade))


def read_local_figures(node: Any, file: Path, out: Collector) -> LocalFigures | None:
    if not isinstance(node, dict):
        out.add(file, _line(node), "local_figures: each item must be a mapping with region and figures")
        return None
    region = node.get("region")
    if not isinstance(region, str) or not region.strip():
        out.add(file, _line(node, "region"), "local_figures: region must be a place name, like 示例市")
        return None
    region = region.strip()
    if not check_keys(node, REGION_KEYS, file, f"local_figures {region!r}", out):
        return None
    aliases = node.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        out.add(
            file, _line(node, "aliases"), f"local_figures {region!r}: aliases must be a list of place names"
        )
        aliases = []
    sample = node.get("sample", False)
    if not isinstance(sample, bool):
        out.add(file, _line(node, "sample"), f"local_figures {region!r}: sample must be true or false")
    avg = (
        _figure(
            node["avg_monthly_wage"], "avg_monthly_wage", region, file, _line(node, "avg_monthly_wage"), out
        )
        if "avg_monthly_wage" in node
        else None
    )
    low = (
        _figure(
            node["min_monthly_wage"], "min_monthly_wage", region, file, _line(node, "min_monthly_wage"), out
        )
        if "min_monthly_wage" in node
        else None
    )
    sub = (
        _subsidies(node["injury_subsidies"], region, file, _line(node, "injury_subsidies"), out)
        if "injury_subsidies" in node
        else None
    )
    if not any(k in node for k in ("avg_monthly_wage", "min_monthly_wage", "injury_subsidies")):
        out.add(file, _line(node), f"local_figures {region!r}: give at least one figure")
        return None
    if avg is not None and low is not None and low[0] >= avg[0]:
        out.add(
            file,
            _line(node, "min_monthly_wage"),
            f"local_figures {region!r}: the minimum wage {low[0]} is not below the average wage {avg[0]}",
        )
    year = avg[1] if avg else low[1] if low else sub[1] if sub else 0
    source = avg[2] if avg else low[2] if low else sub[2] if sub else ""
    return LocalFigures(
        region=region,
        year=year,
        source=source,
        aliases=tuple(a.strip() for a in aliases),
        sample=bool(sample),
        avg_monthly_wage=avg[0] if avg else None,
        min_monthly_wage=low[0] if low else None,
        min_year=low[1] if low else None,
        min_source=low[2] if low else "",
        subsidy_base=sub[0] if sub else "",
        subsidy_year=sub[1] if sub else None,
        subsidy_source=sub[2] if sub else "",
        subsidies=sub[3] if sub else (),
        file=str(file),
        line=_line(node),
    )


def cross_check(figures: list[LocalFigures], root: Path, out: Collector) -> None:
    """A place name (region or alias) may stand for one region only."""
    owner: dict[str, LocalFigures] = {}
    for f in figures:
        for name in (f.region, *f.aliases):
            first = owner.get(name)
            if first is not None and first is not f:
                out.add(
                    f.file,
                    f.line,
                    f"local_figures: {name!r} already names {first.region!r} ({first.file}:{first.line})",
                )
            owner.setdefault(name, f)

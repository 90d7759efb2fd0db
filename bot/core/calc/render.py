"""A Result as the reply text: the amount, the formula with the worker's numbers, the articles,
what could change it, and the disclaimer. Kept short enough for one WeChat message."""

from __future__ import annotations

from bot.core.calc import texts
from bot.core.calc.figures import RegionFigures
from bot.core.calc.money import yuan
from bot.core.calc.result import Result


def render(result: Result, *, said: list[str] | None = None, region: RegionFigures | None = None) -> str:
    """said: notes about how the worker's own words were read (ranges, yearly pay, dates)."""
    parts: list[str] = []
    if result.nothing_due:
        parts.append(texts.NOTHING_DUE.format(why=result.nothing_due))
    else:
        parts.append(texts.TOTAL.format(headline=result.headline, amount=yuan(result.total)))
        how = [texts.HOW] + [
            f"· {line.label}：{line.formula}" + (texts.PAYER.format(payer=line.payer) if line.payer else "")
            for line in result.lines
        ]
        parts.append("\n".join(how))
        if result.monthly:
            parts.append(
                "\n".join(
                    [texts.MONTHLY]
                    + [
                        f"· {m.label}：{m.formula}" + (texts.PAYER.format(payer=m.payer) if m.payer else "")
                        for m in result.monthly
                    ]
                )
            )
    used = [n for n in (said or []) if n] + result.notes
    if used:
        parts.append("\n".join([texts.USED] + [f"· {n}" for n in used]))
    if result.alternative:
        parts.append(result.alternative + "。")
    if region is not None:
        parts.append(_region_lines(result, region))
    if result.caveats:
        parts.append("\n".join([texts.MAY_CHANGE] + [f"· {c}" for c in result.caveats]))
    parts = [p for p in parts if p]
    parts.append(texts.BASED_ON.format(articles="；".join(result.articles)))
    parts.append(texts.DISCLAIMER)
    return "\n\n".join(parts)


def _region_lines(result: Result, region: RegionFigures) -> str:
    """Which local figures were used, each with its year and source; SAMPLE data says so."""
    used = []
    if region.avg_monthly_wage is not None and result.kind in ("severance", "injury"):
        used.append(
            texts.FIGURE_AVG.format(
                year=region.year, value=yuan(region.avg_monthly_wage), source=region.source
            )
        )
    if region.min_monthly_wage is not None and result.kind in ("severance", "injury"):
        used.append(
            texts.FIGURE_MIN.format(
                year=region.min_year or region.year,
                value=yuan(region.min_monthly_wage),
                source=region.min_source,
            )
        )
    if region.subsidies and result.kind == "injury":
        used.append(
            texts.FIGURE_SUBSIDY.format(year=region.subsidy_year or region.year, source=region.subsidy_source)
        )
    if not used:
        return ""
    head = texts.SAMPLE_FIGURES if region.sample else texts.REGION_FIGURES
    return head.format(region=region.region) + "\n" + "\n".join(f"· {u}" for u in used)

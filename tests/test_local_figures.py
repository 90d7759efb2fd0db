"""The calculators' local figures file: shipped SAMPLE data loads; every mistake an admin can
make is reported with file and line by `laborbot faq validate`."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.core.calc import figures_from, find_region
from knowledge_base.loader import load_knowledge_base
from knowledge_base.model import KBValidationError

REPO = Path(__file__).resolve().parent.parent

GOOD = """\
local_figures:
  - region: 甲市
    aliases: [甲区]
    sample: true
    avg_monthly_wage: {value: 9000, year: 2025, source: 甲市统计公报}
    min_monthly_wage: {value: 2100, year: 2025, source: 甲省最低工资通知}
    injury_subsidies:
      year: 2025
      source: 甲省工伤保险实施办法
      base: 本人工资
      grades:
        5: {medical: 10, employment: 30}
        10: {medical: 1, employment: 3}
"""


def write(tmp_path: Path, text: str) -> Path:
    d = tmp_path / "kb"
    d.mkdir(exist_ok=True)
    (d / "local_figures.yaml").write_text(text, encoding="utf-8")
    return d


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(write(tmp_path, text))
    return [str(p) for p in exc.value.problems]


def test_good_file_loads_and_feeds_the_calculators(tmp_path: Path) -> None:
    kb = load_knowledge_base(write(tmp_path, GOOD))
    [region] = figures_from(kb.local_figures)
    assert region.avg_monthly_wage == Decimal(9000) and region.min_monthly_wage == Decimal(2100)
    assert region.sample and region.year == 2025 and region.source == "甲市统计公报"
    assert region.subsidy(5).employment_months == Decimal(30) and region.subsidy(7) is None
    assert find_region("我在甲区上班", [region]) is region


def test_shipped_file_is_marked_sample() -> None:
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    assert kb.local_figures and all(f.sample for f in kb.local_figures)
    assert all(f.source and f.year for f in kb.local_figures)


@pytest.mark.parametrize(
    "old,new,line,words",
    [
        ("value: 9000", "value: 90", 5, "between"),
        ("value: 9000", "value: 九千", 5, "between"),
        ("year: 2025, source: 甲市统计公报", "year: 1899, source: 甲市统计公报", 5, "year"),
        ("source: 甲市统计公报", "source: ''", 5, "source"),
        ("    sample: true\n", "    sample: 是\n", 4, "sample"),
        ("base: 本人工资", "base: 平均工资", 10, "base must be"),
        ("        10: {medical: 1", "        3: {medical: 1", 13, "grade must be 5 to 10"),
        (
            "        5: {medical: 10, employment: 30}",
            "        5: {medical: -1, employment: 30}",
            12,
            "months",
        ),
        ("        5: {medical: 10, employment: 30}", "        5: {medical: 10}", 12, "employment"),
        ("value: 2100", "value: 9500", 6, "not below the average"),
        ("    aliases: [甲区]\n", "    aliases: [甲区]\n    colour: red\n", 4, "unknown key"),
    ],
)
def test_mistakes_have_file_and_line(tmp_path: Path, old: str, new: str, line: int, words: str) -> None:
    assert old in GOOD
    found = problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(f"local_figures.yaml:{line}:" in p and words in p for p in found), found


def test_a_place_name_names_one_region(tmp_path: Path) -> None:
    twice = (
        GOOD
        + "  - region: 乙市\n    aliases: [甲区]\n    min_monthly_wage: {value: 2000, year: 2025, source: x}\n"
    )
    found = problems(tmp_path, twice)
    assert any("local_figures.yaml:14:" in p and "'甲区' already names" in p for p in found), found


def test_validate_command_reports_file_and_line(tmp_path: Path) -> None:
    kb = write(tmp_path, GOOD.replace("value: 9000", "value: -9000"))
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "faq", "validate", "--kb", str(kb)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert run.returncode == 1
    assert "local_figures.yaml:5:" in run.stdout and "avg_monthly_wage" in run.stdout

"""Alert rules from an admin-edited YAML file, validated with file:line for every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge_base.yamlpos import LineDict, YamlSyntaxError, load_yaml
from storage.models import ALERT_LEVELS

DEFAULT_RULES = Path(__file__).resolve().parent / "default_rules.yaml"
SURGE_DIMENSIONS = ("district", "industry")


class RulesError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


Thresholds = dict[str, float]  # level -> smallest value for it


@dataclass
class Rules:
    employer_window_days: int = 30
    employer_levels: Thresholds = field(default_factory=dict)
    large_window_days: int = 30
    large_workers: Thresholds = field(default_factory=dict)
    large_amount: Thresholds = field(default_factory=dict)
    risk_window_days: int = 14
    risk_words: dict[str, str] = field(default_factory=dict)
    surge_by: list[str] = field(default_factory=list)
    surge_baseline_weeks: int = 8
    surge_min_count: int = 5
    surge_ratio: Thresholds = field(default_factory=dict)
    accept_hours_left: Thresholds = field(default_factory=dict)
    festival_weeks_before: int = 0
    festival_factor: float = 1.0
    source: str = ""


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def bad(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path}:{line}: {message}")

    def section(self, root: LineDict, name: str) -> LineDict:
        value = root.get(name)
        if value is None:
            return LineDict()
        if not isinstance(value, dict):
            self.bad(root.lines.get(name, root.line), f"{name}: expected a mapping")
            return LineDict()
        return value  # type: ignore[return-value]

    def number(
        self, sec: LineDict, key: str, default: float, *, minimum: float = 0, integer: bool = True
    ) -> Any:
        if key not in sec:
            return default
        value = sec[key]
        line = sec.lines.get(key, sec.line) if hasattr(sec, "lines") else 0
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value >= minimum
        if ok and integer and not float(value).is_integer():
            ok = False
        if not ok:
            kind = "a whole number" if integer else "a number"
            self.bad(line, f"{key}: expected {kind} >= {minimum}, got {value!r}")
            return default
        return int(value) if integer else float(value)

    def thresholds(self, sec: LineDict, key: str, *, rising: bool = True) -> Thresholds:
        value = sec.get(key)
        line = sec.lines.get(key, sec.line) if hasattr(sec, "lines") else 0
        if value is None:
            return {}
        if not isinstance(value, dict) or not value:
            self.bad(line, f"{key}: expected a mapping of levels {'/'.join(ALERT_LEVELS)} to numbers")
            return {}
        out: Thresholds = {}
        for level, v in value.items():
            if level not in ALERT_LEVELS:
                self.bad(line, f"{key}: unknown level {level!r}; levels are {'/'.join(ALERT_LEVELS)}")
            elif not isinstance(v, int | float) or isinstance(v, bool) or v < 0:
                self.bad(line, f"{key}.{level}: expected a number >= 0, got {v!r}")
            else:
                out[level] = float(v)
        ordered = [out[lv] for lv in ALERT_LEVELS if lv in out]
        monotone = all(a < b for a, b in zip(ordered, ordered[1:], strict=False))
        if rising and not monotone:
            self.bad(line, f"{key}: each higher level needs a larger threshold")
        if not rising and not all(a > b for a, b in zip(ordered, ordered[1:], strict=False)):
            self.bad(line, f"{key}: each higher level needs a smaller number of hours")
        return out


def load_rules(path: Path | None = None) -> Rules:
    """Read and check a rules file; raises RulesError listing every problem as file:line."""
    path = path or DEFAULT_RULES
    try:
        data = load_yaml(path)
    except YamlSyntaxError as exc:
        raise RulesError([str(exc)]) from exc
    except OSError as exc:
        raise RulesError([f"{path}:1: cannot read: {exc.strerror}"]) from exc
    c = _Checker(path)
    if not isinstance(data, dict) or not isinstance(data.get("alert_rules"), dict):
        raise RulesError([f"{path}:1: expected a top-level mapping `alert_rules:`"])
    root: LineDict = data["alert_rules"]
    known = {"employer_repeat", "large_case", "risk_words", "surge", "accept_deadline", "spring_festival"}
    for name in root:
        if name not in known:
            c.bad(
                root.lines.get(name, root.line),
                f"unknown rule {name!r}; rules are {', '.join(sorted(known))}",
            )
    r = Rules(source=str(path))
    sec = c.section(root, "employer_repeat")
    r.employer_window_days = c.number(sec, "window_days", 30, minimum=1)
    r.employer_levels = c.thresholds(sec, "levels")
    sec = c.section(root, "large_case")
    r.large_window_days = c.number(sec, "window_days", 30, minimum=1)
    r.large_workers = c.thresholds(sec, "workers")
    r.large_amount = c.thresholds(sec, "amount")
    sec = c.section(root, "risk_words")
    r.risk_window_days = c.number(sec, "window_days", 14, minimum=1)
    words = sec.get("words") or {}
    if not isinstance(words, dict):
        c.bad(sec.lines.get("words", sec.line), "words: expected a mapping of word to level")
        words = {}
    for word, level in words.items():
        if not isinstance(word, str) or not word.strip() or level not in ALERT_LEVELS:
            c.bad(
                sec.lines.get("words", sec.line),
                f"words: {word!r}: {level!r} is not a level {'/'.join(ALERT_LEVELS)}",
            )
        else:
            r.risk_words[word.strip()] = level
    sec = c.section(root, "surge")
    by = sec.get("by", [])
    if not isinstance(by, list) or any(b not in SURGE_DIMENSIONS for b in by):
        c.bad(sec.lines.get("by", sec.line), f"by: expected a list of {', '.join(SURGE_DIMENSIONS)}")
        by = []
    r.surge_by = list(by)
    r.surge_baseline_weeks = c.number(sec, "baseline_weeks", 8, minimum=1)
    r.surge_min_count = c.number(sec, "min_count", 5, minimum=1)
    r.surge_ratio = c.thresholds(sec, "ratio")
    sec = c.section(root, "accept_deadline")
    r.accept_hours_left = c.thresholds(sec, "hours_left", rising=False)
    sec = c.section(root, "spring_festival")
    r.festival_weeks_before = c.number(sec, "weeks_before", 0, minimum=0)
    factor = c.number(sec, "factor", 1.0, minimum=0.01, integer=False)
    if factor > 1:
        c.bad(
            sec.lines.get("factor", sec.line), f"factor: expected a number between 0.01 and 1, got {factor!r}"
        )
        factor = 1.0
    r.festival_factor = factor
    if c.problems:
        raise RulesError(c.problems)
    return r


def rules_path(data_dir: Path | str | None) -> Path:
    """The admin's file when there is one, else the built-in defaults."""
    if data_dir is not None:
        own = Path(data_dir) / "alert_rules.yaml"
        if own.is_file():
            return own
    return DEFAULT_RULES

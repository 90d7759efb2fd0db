"""What the route test sets check of their own wordings: none is found in the knowledge base's
route requests, a bench set or another route test set."""

from __future__ import annotations

import glob
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def found_elsewhere(mine: list[str], own_file: str) -> list[str]:
    """The wordings of `mine` found in routes.yaml, bench/faq_*.yaml or tests/data/routes*.yaml
    other than `own_file` (a name in tests/data)."""
    others = [REPO / "knowledge_base" / "data" / "routes.yaml"]
    others += [Path(p) for p in glob.glob(str(REPO / "bench" / "faq_*.yaml"))]
    others += [p for p in (REPO / "tests" / "data").glob("routes*.yaml") if p.name != own_file]
    text = "\n".join(p.read_text(encoding="utf-8") for p in others)
    return [q for q in mine if q in text]


def load_table(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """A route table in tests/data: its (wording, route) requests and its questions that ask for no
    route."""
    data = yaml.safe_load((REPO / "tests" / "data" / name).read_text(encoding="utf-8"))
    requests = [(q, route) for route, qs in data["requests"].items() for q in qs]
    return requests, list(data["questions"])

"""Score a labelled question set through the stable interface `laborbot faq ask --json --batch`.

Usage: .venv/bin/python bench/score_faq.py SET.yaml [--laborbot CMD] [--kb DIR] [--examples]
Works on any build that has interface 1 (older builds without "decision": an id means answered).
Prints, first, the figures that matter most: confident wrong answers, then confident right,
right entry offered, out-of-scope fallback and route accuracy.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROUTES = {"@complaint": "complaint", "@progress": "progress", "@human": "human"}
BUTTONS = 3  # candidates a non-answer shows as buttons


def ask_all(cmd: list[str], questions: list[str], kb: str | None) -> list[dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(q.replace("\n", " ") for q in questions) + "\n")
    args = [*cmd, "faq", "ask", "--json", "--batch", fh.name] + (["--kb", kb] if kb else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]
    if len(rows) != len(questions):
        sys.exit(f"expected {len(questions)} answers, got {len(rows)}")
    return rows


def score(items: list[dict], rows: list[dict]) -> dict:
    n_in = n_oos = n_route = 0
    right = wrong = offered = oos_ok = route_ok = in_routed = 0
    wrong_examples: list[str] = []
    for item, r in zip(items, rows, strict=True):
        label = item.get("label")
        decision = r.get("decision", "answer" if r.get("id") else "fallback")  # older builds had no field
        answered = decision == "answer" and r.get("route") == "faq"
        if label in ROUTES:
            n_route += 1
            route_ok += r.get("route") == ROUTES[label]
        elif label is None:
            n_oos += 1
            oos_ok += r.get("route") in ("faq", "fallback") and not answered
        else:
            n_in += 1
            shown = [c["id"] for c in r.get("candidates", [])[:BUTTONS]]
            if answered and r.get("id") == label:
                right += 1
                offered += 1
            elif answered:
                wrong += 1
                wrong_examples.append(f"{item['q'][:60]} -> {r.get('id')} (want {label})")
            else:
                if r.get("route") not in ("faq", "fallback"):
                    in_routed += 1
                offered += label in shown
    pct = lambda a, b: round(100.0 * a / b, 1) if b else None  # noqa: E731
    return {
        "in_scope": n_in,
        "confident_wrong_pct": pct(wrong, n_in),
        "confident_right_pct": pct(right, n_in),
        "offered_pct": pct(offered, n_in),
        "in_scope_sent_to_a_route": in_routed,
        "out_of_scope": n_oos,
        "oos_fallback_pct": pct(oos_ok, n_oos),
        "routes": n_route,
        "route_pct": pct(route_ok, n_route),
        "wrong_examples": wrong_examples,
    }


def load(path: Path) -> list[dict]:
    """The questions of a labelled set file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def report(res: dict, examples: bool) -> None:
    """Print the figures as one JSON line, then the wrong answers when asked for."""
    wrong = res.pop("wrong_examples")
    print(json.dumps(res, ensure_ascii=False))
    if examples:
        print("\n".join(wrong))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("set", type=Path)
    p.add_argument("--laborbot", default="laborbot")
    p.add_argument("--kb")
    p.add_argument("--examples", action="store_true")
    a = p.parse_args()
    items = load(a.set)
    report(score(items, ask_all(shlex.split(a.laborbot), [i["q"] for i in items], a.kb)), a.examples)


if __name__ == "__main__":
    main()

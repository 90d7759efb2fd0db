"""Score one build on every FAQ development set at once and print one table.

Sets: bench/faq_blind.yaml ... faq_blind6.yaml (labelled: wrong, right, offered, out-of-scope
fallback, routes) and bench/faq_real.yaml, faq_real2.yaml, faq_real3.yaml (real questions: share of confident
answers on a wrong subject, share answered confidently, right topic offered). All
questions go through one `laborbot faq ask --json --batch` call (the model is built once), so a
decision about the matcher is measured on all sets together, never tuned to one.

faq_blind7..12.yaml and faq_real4..9.yaml (each measured once, 2026-12-01) are not training data.
Since 2026-12-01 the other sets are training data (knowledge_base/data/asked/): their figures here are
training figures. The honest figures are bench/asked_holdout.py's, each set scored by a build
trained and calibrated without it.

Usage: .venv/bin/python bench/faq_dev_table.py [--laborbot CMD] [--kb DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import score_faq  # noqa: E402
import score_real  # noqa: E402

HERE = Path(__file__).parent
LABELLED = (
    "faq_blind.yaml",
    "faq_blind2.yaml",
    "faq_blind3.yaml",
    "faq_blind4.yaml",
    "faq_blind5.yaml",
    "faq_blind6.yaml",
    "faq_blind7.yaml",
    "faq_blind8.yaml",
    "faq_blind9.yaml",
    "faq_blind10.yaml",
    "faq_blind11.yaml",
    "faq_blind12.yaml",
    "faq_blind13.yaml",
    "faq_blind14.yaml",
    "faq_blind15.yaml",
    "faq_blind16.yaml",
    "faq_blind17.yaml",
    "faq_blind18.yaml",
    "faq_blind19.yaml",
    "faq_blind20.yaml",
    "faq_blind21.yaml",
)
REAL = (
    "faq_real.yaml",
    "faq_real2.yaml",
    "faq_real3.yaml",
    "faq_real4.yaml",
    "faq_real5.yaml",
    "faq_real6.yaml",
    "faq_real7.yaml",
    "faq_real8.yaml",
    "faq_real9.yaml",
    "faq_real10.yaml",
    "faq_real11.yaml",
    "faq_real12.yaml",
    "faq_real13.yaml",
    "faq_real14.yaml",
    "faq_real15.yaml",
    "faq_real16.yaml",
    "faq_real17.yaml",
    "faq_real18.yaml",
)
COLUMNS = (
    ("wrong", "confident_wrong_pct"),
    ("right", "confident_right_pct"),
    ("offered", "offered_pct"),
    ("OOS", "oos_fallback_pct"),
    ("routes", "route_pct"),
)


def table(cmd: list[str], kb: str | None) -> dict[str, dict]:
    """Figures per set, plus "mean" over the labelled sets."""
    sets = {name: score_faq.load(HERE / name) for name in (*LABELLED, *REAL)}
    questions = [i["q"] for items in sets.values() for i in items]
    rows = score_faq.ask_all(cmd, questions, kb)
    out: dict[str, dict] = {}
    start = 0
    for name, items in sets.items():
        part = rows[start : start + len(items)]
        start += len(items)
        res = (score_real if name in REAL else score_faq).score(items, part)
        res.pop("wrong_examples")
        out[name] = res
    out["mean"] = {key: round(sum(out[n][key] for n in LABELLED) / len(LABELLED), 2) for _, key in COLUMNS}
    return out


def render(res: dict[str, dict]) -> str:
    lines = [f"{'set':<16}" + "".join(f"{c:>9}" for c, _ in COLUMNS)]
    for name in (*LABELLED, "mean"):
        lines.append(f"{name.removesuffix('.yaml'):<16}" + "".join(f"{res[name][k]:>9}" for _, k in COLUMNS))
    for name in REAL:
        r = res[name]
        lines.append(
            f"{name.removesuffix('.yaml')}: wrong subject {r['wrong_subject_pct_of_confident']} % of confident, "
            f"confident {r['confident_pct']} %, offered {r['offered_pct_of_fitting']} %, "
            f"sent to a route {r['sent_to_a_route']}"
        )
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--laborbot", default=".venv/bin/laborbot")
    p.add_argument("--kb")
    p.add_argument("--json", action="store_true", help="print the figures as JSON too")
    a = p.parse_args()
    res = table(shlex.split(a.laborbot), a.kb)
    print(render(res))
    if a.json:
        print(json.dumps(res, ensure_ascii=False))


if __name__ == "__main__":
    main()

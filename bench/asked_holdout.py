"""Leave-one-set-out measurement of users' labelled questions as training data
(knowledge_base/asked.py).

For each held-out set: a copy of the knowledge base gets the questions of every OTHER development
set as asked questions (bench/asked_export.py), is calibrated again (knowledge_base/calibrate.py,
as a deploy would) and answers the held-out set, which it has never seen. "before" is the
knowledge base without any asked questions, calibrated the same way. These figures are the honest
ones: once the sets are shipped as training data, bench/faq_dev_table.py on them measures training.

Usage: .venv/bin/python bench/asked_holdout.py [--held faq_blind6.yaml ...] [--real single|first|none]
       [--json OUT]   (one calibration per held-out set plus one: a few minutes)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import asked_export  # noqa: E402
import score_faq  # noqa: E402
import score_real  # noqa: E402

import knowledge_base.asked  # noqa: E402
from knowledge_base.calibrate import calibrate  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.recalibrate import confidence_of, siblings_of, thresholds_of  # noqa: E402

HELD = ("faq_blind4.yaml", "faq_blind5.yaml", "faq_blind6.yaml", "faq_real3.yaml")
LABELLED_KEYS = ("confident_wrong_pct", "confident_right_pct", "offered_pct", "oos_fallback_pct", "route_pct")
REAL_KEYS = ("wrong_subject_pct_of_confident", "confident_pct", "offered_pct_of_fitting", "sent_to_a_route")


def base_copy(tmp: Path) -> Path:
    root = tmp / "data"
    shutil.copytree(asked_export.DATA, root, ignore=shutil.ignore_patterns("asked"))
    return root


def calibrated(root: Path) -> tuple[Matcher, dict]:
    """Calibrate the knowledge base in ``root`` and build its matcher with that calibration."""
    cal = calibrate(root)
    kb = load_knowledge_base(root)
    matcher = Matcher(
        kb, thresholds=thresholds_of(cal), confidence=confidence_of(cal), siblings=siblings_of(cal)
    )
    return matcher, cal


def score(matcher: Matcher, cal: dict, held: str) -> dict:
    items = score_faq.load(HERE / held)
    rows = [matcher.match(i["q"]).as_json() for i in items]
    res = (score_real if "real" in held else score_faq).score(items, rows)
    res["calibration"] = cal["cross_validation"]
    res["thresholds"] = cal["thresholds"]
    return res


def line(name: str, res: dict) -> str:
    keys = REAL_KEYS if "real" in name else LABELLED_KEYS
    return f"{name:<34}" + "".join(f"{res[k]!s:>9}" for k in keys)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--held", nargs="*", default=list(HELD))
    p.add_argument("--real", choices=("single", "first", "none"), default="single")
    p.add_argument("--no-before", action="store_true", help="skip the knowledge base without asked questions")
    p.add_argument("--extra", nargs="*", default=[], help="labelled sets that train every held-out run")
    p.add_argument("--json", type=Path)
    p.add_argument("--index", action="store_true", help="asked questions feed the inverted index too")
    a = p.parse_args()
    knowledge_base.asked.IN_INDEX = a.index
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as t:
        root = base_copy(Path(t))
        base = asked_export.base_matcher(root)
        if not a.no_before:
            started = time.perf_counter()
            matcher, cal = calibrated(root)
            print(f"before: calibrated in {time.perf_counter() - started:.0f} s", flush=True)
            for h in a.held:
                out[f"{h} before"] = res = score(matcher, cal, h)
                print(line(f"{h} before", res), flush=True)
        for h in a.held:
            others = [s for s in asked_export.SETS if s != h] + [str(Path(e).resolve()) for e in a.extra]
            counts = asked_export.export(others, root / "asked", a.real, base)
            started = time.perf_counter()
            matcher, cal = calibrated(root)
            res = score(matcher, cal, h)
            res["asked"] = sum(counts.values())
            res["seconds"] = round(time.perf_counter() - started)
            out[f"{h} after"] = res
            print(line(f"{h} after ({res['asked']} asked, {res['seconds']} s)", res), flush=True)
            shutil.rmtree(root / "asked")
    print("labelled: wrong right offered OOS routes; real: wrong-subject confident offered routed")
    if a.json:
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

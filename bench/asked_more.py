"""More labelled blind sets as users' asked questions (issue 9): measured on sets no one trained on.

A copy of the shipped knowledge base (with its asked questions) gets bench/faq_blind7..12.yaml as
extra asked files (bench/asked_export.py's mapping, --blocklist's questions left out; a variant
caps the in-scope items per entry and file, drops the out-of-scope items or keeps only in-scope
ones, or writes them as ``written``: trained in every fold, never held out), is
calibrated again (knowledge_base/calibrate.py, the shipped calibration held as a deploy would; with
--shipped the shipped calibration is kept) and scores the honest sets: faq_blind13, faq_blind14,
faq_oos_dev (wrong / right / offered / OOS / routes) and faq_real4..11 pooled (confident, on a
wrong subject). "before" is the same copy without the added files, calibrated the same way.
--half also scores a leave-half-out: blind7..9 added, blind10..12 scored, and the reverse.

Measured 2026-12-01 22:25-23:35 UTC on main 3d642f3 (helper asked7), NOT landed: no variant
raises the real questions' confident answers without more on a wrong subject (those that answer
more lower conf_at; nonull and inscope also turn away fewer out-of-scope questions, inscope routes
fewer). real4-11 pooled: confident of 399 (on a wrong subject); blind13 / blind14 / oos_dev:
wrong, right, OOS, routes.
  before (fresh calibration = shipped, conf_at 0.79)   160 (7)  0.6 92.4 98.8 98   2.0 91.0 98.8 97  3.1 68.8 99.4 100
  all 4,749 items (conf_at 0.79 -> 0.69)               190 (12) 0.3 96.1 98.8 99   2.3 94.4 98.8 97  3.1 73.4 98.7 100
  cap4: <= 4 per entry and file, 2,780 (conf_at 0.73)  184 (13) 0.4 95.4 98.8 99   2.1 93.0 98.8 97  3.1 71.9 99.4 100
  nonull: no out-of-scope items, 4,287 (0.69)          193 (12) 0.3 96.3 96.2 99   2.3 94.0 98.8 97  3.1 75.0 98.1 100
  inscope: entries only, 3,717 (0.69)                  199 (14) 0.3 96.4 96.2 98   2.3 94.3 98.8 95  3.1 75.0 98.7 100
  written (never held out; conf_at held 0.79)          156 (9)  0.3 95.2 98.8 99   2.0 92.9 98.8 97  3.1 70.3 99.4 100
  all, shipped calibration kept (not deployable: a
  new kb_hash is calibrated again after a reload)      165 (8)  0.3 95.5 98.8 99   1.9 92.7 98.8 97  3.1 70.3 99.4 100
The blind sets' styles are learnt (blind13/14 right +3 points), but the folds now hold out blind
sets much like each other, the cross-validation finds answering easier and lowers conf_at, and
real questions (harder than any blind set) then get more confident answers on a wrong subject
(4.4 % -> 6.2-7.1 % of confident; the 5 % target is crossed). Leave half out (variant all; before
= shipped): blind7 0.3/91.4/100/100 -> 0.3/93.1/98.3/100, blind8 0.9/87.4/100/100 ->
1.2/90.6/98.7/99, blind9 0.6/90.6/100/100 -> 0.7/94.8/100/100, blind10 1.1/91.9/100/100 ->
1.1/94.5/97.5/100, blind11 0.8/86.3/98.8/100 -> 1.8/89.5/98.8/100, blind12 1.6/88.0/98.8/98 ->
1.6/91.2/98.8/98 (wrong / right / OOS / routes): right +2-4 points, wrong up on blind8/9/11,
out-of-scope down on blind7/8/10. Cost: the full model build's CPU about doubles (one process, 4,749
more texts: 7.0-7.6 s -> 13.4-15.4 s CPU under load), far over the 0.5 s allowed.

Usage: .venv/bin/python bench/asked_more.py --variant all|cap4|nonull|inscope|written|before
       [--half] [--shipped] [--blocklist FILE] [--json OUT]   (one calibration a run: 12-20 min here)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import asked_export  # noqa: E402
import score_faq  # noqa: E402
import score_real  # noqa: E402
from asked_holdout import calibrated  # noqa: E402

from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.recalibrate import shipped_calibration, with_calibration  # noqa: E402

ADDED = tuple(f"faq_blind{n}.yaml" for n in range(7, 13))
LABELLED = ("faq_blind13.yaml", "faq_blind14.yaml", "faq_oos_dev.yaml")
REAL = tuple(f"faq_real{n}.yaml" for n in range(4, 12))
KEYS = ("confident_wrong_pct", "confident_right_pct", "offered_pct", "oos_fallback_pct", "route_pct")


BLOCKLIST: set[str] = set()  # --blocklist: sha1 hashes of questions that may not be trained on


def blocked(text: str) -> bool:
    """Whether the text (whole or its first 20 characters, normalised) is on the blocklist of
    real questions that may not be trained on (as bench/real_train_check.py --blocklist)."""
    hashes = BLOCKLIST
    key = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text))
    return any(hashlib.sha1(k.encode()).hexdigest() in hashes for k in (key, key[:20]))


def variant_items(items: list[dict], variant: str) -> list[dict]:
    items = [i for i in items if not blocked(i["q"])]
    if variant.startswith("cap"):
        cap, seen, out = int(variant[3:]), Counter(), []
        for i in items:
            key = i.get("entry") or i.get("route") or i.get("out_of_scope")
            seen[key] += 1
            if "entry" not in i or seen[key] <= cap:
                out.append(i)
        return out
    if variant == "nonull":
        return [i for i in items if "out_of_scope" not in i]
    if variant == "inscope":
        return [i for i in items if "entry" in i]
    return items


def add_sets(root: Path, sets: tuple[str, ...], variant: str, base) -> int:  # noqa: ANN001
    n = 0
    for name in sets:
        items = variant_items(asked_export.items_of(HERE / name, base, "single"), variant)
        # "written": trains every fold of the calibration, never held out (knowledge_base/asked.py)
        source = f"bench/{name}" + (" (train)" if variant.startswith("written") else "")
        asked_export.write(root / "asked" / name, source, items)
        n += len(items)
    return n


def scores(matcher, labelled: tuple[str, ...], real: tuple[str, ...]) -> dict:  # noqa: ANN001
    out: dict = {}
    for name in labelled:
        items = score_faq.load(HERE / name)
        res = score_faq.score(items, [matcher.match(i["q"]).as_json() for i in items])
        out[name] = {k: res[k] for k in KEYS}
    conf = wrong = n = 0
    for name in real:
        items = score_faq.load(HERE / name)
        res = score_real.score(items, [matcher.match(i["q"]).as_json() for i in items])
        c = round(res["confident_pct"] * res["questions"] / 100)
        w = len(res["wrong_examples"])
        out[name] = {"confident": c, "wrong": w, "n": res["questions"]}
        conf, wrong, n = conf + c, wrong + w, n + res["questions"]
    if real:
        out["real pooled"] = {"confident": conf, "wrong": wrong, "n": n}
    return out


def run(
    variant: str,
    added: tuple[str, ...],
    labelled: tuple[str, ...],
    real: tuple[str, ...],
    shipped: bool = False,
) -> dict:
    with tempfile.TemporaryDirectory() as t:
        root = Path(t) / "data"
        shutil.copytree(asked_export.DATA, root)
        base = asked_export.base_matcher(root)
        n = 0 if variant == "before" else add_sets(root, added, variant, base)
        started = time.perf_counter()
        if shipped:  # the shipped thresholds and confidence model, not calibrated again
            cal = shipped_calibration()
            matcher = with_calibration(Matcher(load_knowledge_base(root)), cal)
        else:
            matcher, cal = calibrated(root)
        out = scores(matcher, labelled, real)
        out["_"] = {
            "added": n,
            "seconds": round(time.perf_counter() - started),
            "thresholds": cal["thresholds"],
        }
        return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--variant", default="all")
    p.add_argument("--half", action="store_true")
    p.add_argument("--json", type=Path)
    p.add_argument("--blocklist", type=Path, help="sha1 hashes of texts never to train on, one a line")
    p.add_argument("--shipped", action="store_true", help="keep the shipped calibration (no new one)")
    a = p.parse_args()
    if a.blocklist:
        BLOCKLIST.update(x.strip() for x in a.blocklist.read_text(encoding="utf-8").splitlines())
    before = a.variant == "before"  # scores the sets to be added too (nothing is added)
    res = {"honest": run(a.variant, ADDED, (ADDED if before else ()) + LABELLED, REAL, a.shipped)}
    print(json.dumps(res["honest"], ensure_ascii=False), flush=True)
    if a.half and not before:
        for train, test in ((ADDED[:3], ADDED[3:]), (ADDED[3:], ADDED[:3])):
            key = f"held {test[0]}..{test[-1]}"
            res[key] = run(a.variant, train, test, (), a.shipped)
            print(key, json.dumps(res[key], ensure_ascii=False), flush=True)
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

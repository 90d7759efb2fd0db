"""How steady is the calibration's answer threshold (conf_at) under small knowledge-base edits?

Each perturbation edits the knowledge base in memory: drops N random alternates (seeded), or adds
N labelled questions of bench/faq_blind7.yaml as alternates of their entries. The held-out scores
of each base are cached under --cache (the slow part); then conf_at is chosen on each with the
rule in knowledge_base/calibrate.py (with --hold: keeping the shipped conf_at while it fits) and the spread (max - min) is printed.
Run: .venv/bin/python bench/calib_steady.py [--n 20] [--perturb 5] [--cache /tmp/calsteady]"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge_base import calibrate  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402


def perturbed(kb, k: int, n: int):
    """Perturbation k of the base: k = 0 unchanged, odd k drops n alternates, even k adds n."""
    if k == 0:
        return kb
    rng = random.Random(k)
    entries = dict(kb.entries)
    if k % 2:
        pairs = [(i, a) for i, e in entries.items() for a in e.alternates]
        gone = set(rng.sample(pairs, n))
        return replace(
            kb,
            entries={
                i: replace(e, alternates=[a for a in e.alternates if (i, a) not in gone])
                for i, e in entries.items()
            },
        )
    data = yaml.safe_load((ROOT / "bench/faq_blind7.yaml").read_text(encoding="utf-8"))
    qs = [(q["label"], q["q"]) for q in data["questions"] if q.get("label") in entries]
    for label, text in rng.sample(qs, n):
        entries[label] = replace(entries[label], alternates=[*entries[label].alternates, text])
    return replace(kb, entries=entries)


def held_out(k: int, n: int, cache: Path) -> calibrate.HeldOut:
    path = cache / f"held_{k}_{n}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    kb = perturbed(load_knowledge_base(ROOT / "knowledge_base/data"), k, n)
    started = time.perf_counter()
    h = calibrate.held_out_scores(Matcher(kb))
    print(f"perturbation {k}: held-out scores in {time.perf_counter() - started:.0f} s", flush=True)
    path.write_bytes(pickle.dumps(h))
    return h


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--perturb", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/calsteady"))
    ap.add_argument(
        "--hold", action="store_true", help="keep the shipped conf_at while it fits (HOLD_ABOVE, HOLD_BELOW)"
    )
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    got, sib = [], []
    for k in range(args.perturb + 1):
        previous = calibrate.shipped_calibration().get("thresholds") if args.hold else None
        chosen = calibrate.choose(held_out(k, args.n, args.cache), previous)
        th, cv = chosen["thresholds"], chosen["cross_validation"]
        got.append(th["conf_at"])
        sib.append(th["sibling_conf_at"])
        print(
            f"perturbation {k}: T {th['temperature']} conf_at {th['conf_at']} margin {th['margin']} "
            f"sibling_conf_at {th['sibling_conf_at']} "
            f"cv right {cv['confident_right']} wrong {cv['confident_wrong']}",
            flush=True,
        )
    print(f"conf_at spread {max(got) - min(got):.3f} ({min(got)} .. {max(got)})")
    print(f"sibling_conf_at spread {max(sib) - min(sib):.3f} ({min(sib)} .. {max(sib)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a new text costs to match on the real knowledge base (the 5 ms p99 target of issue 9),
this code against a baseline commit measured in the same run: alternately, each round a fresh
Python process per code on the same knowledge base (this working tree's), every question of the
labelled sets matched once (all different, none cached; long stories too), as bench_match.py's
"new texts" line does.

Per process: p50 / p99 of the wall time and of the thread's CPU time per text (on this shared
two-core machine the wall p99 is mostly other processes' time slices; the CPU figure is steadier).
Read the medians over --rounds and the ratios to
the baseline of the same run, never one process's figure alone.

Usage: .venv/bin/python bench/bench_new_texts.py [--rounds 5] [--baseline main]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from same_run import child_figures, unpack_knowledge_base

REPO = Path(__file__).resolve().parent.parent
SETS = ("tests/data/faq_dev.yaml", "bench/faq_holdout.yaml", "bench/faq_fresh.yaml", "bench/faq_set_d.yaml")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def child(code: str) -> None:
    sys.path.insert(0, code)
    import yaml

    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.matcher import Matcher

    questions = [
        str(i["q"])
        for name in SETS
        for i in yaml.safe_load((REPO / name).read_text(encoding="utf-8"))["questions"]
    ]
    matcher = Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))
    matcher.match("加班费怎么算")  # lazy parts (pinyin reader, first dictionary parts) built
    wall, cpu = [], []
    for q in questions:
        c, t = time.thread_time(), time.perf_counter()
        matcher.match(q)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    out = {
        "wall_p50": statistics.median(wall),
        "wall_p99": percentile(wall, 99),
        "cpu_p50": statistics.median(cpu),
        "cpu_p99": percentile(cpu, 99),
        "cpu_mean": statistics.fmean(cpu),
    }
    print(json.dumps({k: round(v, 3) for k, v in out.items()}))


def run(code: Path) -> dict[str, float]:
    return child_figures([sys.executable, __file__, "--child", str(code)])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--baseline", default="main")
    p.add_argument("--child")
    a = p.parse_args()
    if a.child:
        child(a.child)
        return
    print(f"load average at start: {os.getloadavg()}", flush=True)
    results: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    with tempfile.TemporaryDirectory() as t:
        base = unpack_knowledge_base(a.baseline, Path(t) / "baseline")
        for r in range(a.rounds):
            for name, code in (("baseline", base), ("this", REPO)):
                results[name].append(run(code))
            print(f"round {r + 1}: " + json.dumps({k: v[-1] for k, v in results.items()}), flush=True)
    print(f"load average at the end: {os.getloadavg()}")
    base_med = {k: statistics.median(x[k] for x in results["baseline"]) for k in results["baseline"][0]}
    print(f"\nmedians of {a.rounds} rounds (ms per text), ratio to the baseline {a.baseline} of this run:")
    for name, rows in results.items():
        med = {k: statistics.median(x[k] for x in rows) for k in rows[0]}
        cells = [
            f"{k} {v:.3f}" + (f" ({v / base_med[k]:.2f}x)" if name != "baseline" else "")
            for k, v in med.items()
        ]
        print(f"{name:<10} " + "  ".join(cells))


if __name__ == "__main__":
    main()

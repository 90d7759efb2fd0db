"""The FAQ model's training (knowledge_base/learned.py TextModel) with its one-vs-rest SVM in one
thread and in two, alternately in one process, on the shipped knowledge base (jieba cuts already
cached, so the features cost the same both ways). Prints the load average before and after: on
the shared two-core machine the second thread only pays when a core is free.

Usage: .venv/bin/python bench/bench_svm_threads.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base import learned  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.normalize import Normalizer  # noqa: E402
from knowledge_base.tokenize import Tokenizer  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    a = p.parse_args()
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    norm = Normalizer.shared(kb.synonyms)
    words = list(kb.userdict) + [norm.normalize(k) for e in kb.entries.values() for k in e.keywords]
    tok = Tokenizer(words)
    train = learned.examples(kb, norm.normalize)[0]
    learned.TextModel(train, tok.words, 1.0)  # the cut cache warm for both
    print(f"load average before: {os.getloadavg()}")
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    for _ in range(a.rounds):
        for n in (1, 2):
            learned._threads = lambda n=n: n  # type: ignore[assignment]
            cpu, wall = time.process_time(), time.perf_counter()
            learned.TextModel(train, tok.words, 1.0)
            runs[n].append((time.perf_counter() - wall, time.process_time() - cpu))
    print(f"load average after: {os.getloadavg()}")
    for n, rows in runs.items():
        w, c = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        print(f"{n} thread(s): training wall median {w:.2f} s, CPU median {c:.2f} s; runs {rows}")


if __name__ == "__main__":
    main()

"""How long a knowledge-base edit takes to be served: a copy of knowledge_base/data is watched by
KnowledgeService (poll every 0.5 s, no background calibration), a file is edited, and the time
until the new base serves is measured (wall clock, and the process's CPU time, which is what an
idle machine would take). Run with and without users' asked questions (knowledge_base/data/asked/).

Usage: .venv/bin/python bench/bench_kb_reload.py [--edits 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base.service import KnowledgeService  # noqa: E402

DATA = REPO / "knowledge_base" / "data"


def measure(with_asked: bool, edits: int) -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory() as t:
        root = Path(t) / "data"
        shutil.copytree(DATA, root, ignore=None if with_asked else shutil.ignore_patterns("asked"))
        service = KnowledgeService(root, poll_seconds=0.5, recalibrate=False)
        service.start()
        walls, cpus = [], []
        try:
            for k in range(edits):
                edited = root / "synonyms.yaml"
                seen = service.status.reloads
                wall, cpu = time.monotonic(), time.process_time()
                edited.write_text(edited.read_text(encoding="utf-8") + f"\n# edit {k}\n", encoding="utf-8")
                while service.status.reloads == seen and time.monotonic() - wall < 60:
                    time.sleep(0.02)
                walls.append(round(time.monotonic() - wall, 2))
                cpus.append(round(time.process_time() - cpu, 2))
        finally:
            service.stop()
    return walls, cpus


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--edits", type=int, default=3)
    a = p.parse_args()
    for with_asked in (False, True):
        walls, cpus = measure(with_asked, a.edits)
        name = "with asked questions" if with_asked else "without asked questions"
        print(f"{name:<26} served after (wall s) {walls}   CPU s {cpus}", flush=True)


if __name__ == "__main__":
    main()

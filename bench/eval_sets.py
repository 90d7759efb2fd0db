"""The five answer-quality figures of knowledge_base/evaluate.py on every labelled set in the
repository (all of them were tuned on at some point; set D least). Run:
.venv/bin/python bench/eval_sets.py [--misses]"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base.evaluate import evaluate  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402

SETS = [
    REPO / "tests" / "data" / "faq_dev.yaml",
    REPO / "bench" / "faq_holdout.yaml",
    REPO / "bench" / "faq_fresh.yaml",
    REPO / "bench" / "faq_set_d.yaml",
]
KEYS = [
    "confident_right",
    "confident_wrong",
    "right_offered",
    "out_of_scope_fallback",
    "route_accuracy",
    "in_scope_top1",
    "in_scope_top3_recall",
]


def main() -> None:
    t = time.perf_counter()
    matcher = Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))
    print(f"matcher built in {time.perf_counter() - t:.2f} s")
    print(f"{'set':16} {'n':>4} " + " ".join(f"{k[:14]:>14}" for k in KEYS))
    for path in SETS:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
        f = evaluate(matcher, items)
        cells = " ".join(f"{'n/a' if f[k] is None else f'{f[k] * 100:.1f}%':>14}" for k in KEYS)
        print(f"{path.stem:16} {f['questions']:>4} {cells}")
        if "--misses" in sys.argv:
            for m in f["misses"]:
                print(f"    {m['q']}  want={m['label']}  got={m['got']}  {m.get('candidates', '')}")


if __name__ == "__main__":
    main()

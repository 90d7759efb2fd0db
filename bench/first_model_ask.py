"""`laborbot faq ask --json --batch FILE` answered by the first model a process serves when it finds
no model to start from (knowledge_base/model_cache.py: the same features, its SVM stopped early),
for bench/faq_dev_table.py:

    .venv/bin/python bench/faq_dev_table.py --laborbot ".venv/bin/python bench/first_model_ask.py"
    (--laborbot ".venv/bin/python bench/first_model_ask.py --tol 2": a trial of another tolerance)

The full model's figures are the table's own (`laborbot faq ask`, the fully trained model)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base import model_cache  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.model_cache import ModelCache  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("words", nargs=2, help="faq ask")
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", type=Path, required=True)
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument("--tol", type=float, help="another first model's SVM tolerance (a trial)")
    a = p.parse_args()
    if a.tol is not None:
        model_cache.FIRST_TOL = a.tol  # type: ignore[misc]
    matcher = Matcher(load_knowledge_base(a.kb), models=ModelCache(first_model=True), quick=True)
    if not matcher.provisional:
        sys.exit("no first model was built")
    for q in a.batch.read_text(encoding="utf-8").splitlines():
        print(json.dumps(matcher.match(q).as_json(), ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Where the right subject sits for each real question that is not answered confidently.

For every question of a real set (bench/faq_real*.yaml, "topics" = entries on the right subject)
it prints the decision, the confidence model's estimate for the best entry, the first three
entries and the rank of the best-placed right topic, then counts the questions by class:
answered right / wrong, right topic first but below the confidence threshold (top_low), second,
third, absent from the first three, sent to a route, no topic. Issue 9: this says whether a real
question is lost to the decision (top_low) or to the classifier's first choice.

Usage: .venv/bin/python bench/real_positions.py bench/faq_real4.yaml [bench/faq_real5.yaml ...] [--kb DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from entry_scores import entry_scores  # noqa: E402

from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402

KINDS = {0: "top_low", 1: "second", 2: "third"}
# A right topic second or third within this probability of the best entry is a near tie
NEAR_TIE = 0.15


def why(
    m: Matcher, kind: str, conf: float, rank: int, top3: list[tuple[str, float]], topics: list[str]
) -> str:
    """The pooled class of a question not answered confidently (issue 9 breakdown): right topic
    first under conf_at (``under_conf``), right topic first with the confidence over conf_at but
    not answered (``first_held``: a veto, a part split, an out-of-scope turn), a near tie (right
    topic second/third within NEAR_TIE), a wrong top, no candidate (no entry reaches suggest_at)."""
    if kind in ("right", "wrong", "route", "no_topic"):
        return kind
    if not top3 or top3[0][1] < m.thresholds.suggest_at:
        return "no_candidate"
    if rank == 0:
        return "under_conf" if conf < m.thresholds.conf_at else "first_held"
    right_p = max((p for e, p in top3 if e in topics), default=None)
    if right_p is not None and top3[0][1] - right_p <= NEAR_TIE:
        return "near_tie"
    return "wrong_top"


def place(m: Matcher, question: str, topics: list[str]) -> tuple[str, float, int, list[tuple[str, float]]]:
    """(class, confidence of the best entry, rank of the first right topic, first three entries)."""
    r = m.match(question)
    norm = m.normalizer.normalize(question)
    scores = entry_scores(m, norm)
    entries, conf = scores.entries, scores.confidence
    order = [e for e, _, _ in entries]
    rank = min((order.index(t) for t in topics if t in order), default=99)
    if r.route == "faq" and r.id:
        kind = "right" if r.id in topics else "wrong"
    elif r.route not in ("faq", "fallback"):
        kind = "route"
    elif not topics:
        kind = "no_topic"
    else:
        kind = KINDS.get(rank, "absent")
    return kind, conf, rank, [(e, p) for e, p, _ in entries[:3]]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sets", type=Path, nargs="+")
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument("--quiet", action="store_true", help="only the counts")
    a = p.parse_args()
    m = Matcher(load_knowledge_base(a.kb))
    pooled: Counter[str] = Counter()
    for path in a.sets:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
        counts: Counter[str] = Counter()
        print(f"===== {path}")
        for n, item in enumerate(items):
            topics = item.get("topics") or []
            kind, conf, rank, top3 = place(m, item["q"], topics)
            counts[kind] += 1
            reason = why(m, kind, conf, rank, top3, topics)
            pooled[reason] += 1
            firsts = " ".join(f"{e}:{p:.2f}" for e, p in top3)
            if not a.quiet:
                print(
                    f"[{n:2d}] {kind:8s} {reason:12s} conf={conf:.2f} rank={rank} topics={topics}\n     {firsts}\n     {item['q'][:120]}"
                )
        first = counts["right"] + counts["top_low"]
        print(dict(counts), f"right subject first (answered or not): {first}")
    total = sum(pooled.values())
    print(f"===== pooled over {len(a.sets)} sets, {total} questions")
    for reason, n in pooled.most_common():
        print(f"{reason:12s} {n:4d} {100 * n / total:5.1f} %")


if __name__ == "__main__":
    main()

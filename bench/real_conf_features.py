"""Candidate confidence signals for real questions (issue 9): for every question of the given sets,
the bot's decision, the best entry's features and a set of extra signals, written as JSON lines.

Signals: the shipped confidence; whether the index ranks the same entry first; whether the best
entry holds with the message's first or last third dropped; the share of the message's clauses
whose best entry is it; the share of the message's words found in the entry's own texts; the
length; how many entries' keywords the message names, and how many of the best entry's; whether
the runner-up is a known sibling; (``--reliability``) the best entry's own cross-validated right
share. ``right``: the best entry is one of the question's
fitting topics (``topics``; a training file's ``entry``).

Usage: .venv/bin/python bench/real_conf_features.py OUT.jsonl bench/faq_real4.yaml ... [--kb DIR] [--reliability]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from entry_scores import entry_scores  # noqa: E402

from knowledge_base.address import strip_address  # noqa: E402
from knowledge_base.decide import sibling_key  # noqa: E402
from knowledge_base.learned import is_entry  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402


def items_of(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "questions" in data:
        return [{"q": i["q"], "topics": i.get("topics") or []} for i in data["questions"]]
    return [{"q": i["q"], "topics": [i["entry"]]} for i in data["asked"]]


def top_entry(m: Matcher, norm: str) -> str | None:
    if not norm:
        return None
    terms = m.tokenizer.terms(norm, m.tokenizer.cut(norm))
    assert m.model is not None
    for label, _, _ in m.model.rank_scored(norm, [t[2:] for t in terms if t.startswith("w:")]):
        if is_entry(label):
            return label
    return None


def entry_words(m: Matcher) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for eid, e in m.kb.entries.items():
        words: set[str] = set(e.keywords)
        for t in [e.question, *e.alternates]:
            words |= set(m.tokenizer.cut(m.normalizer.normalize(t)))
        out[eid] = words
    return out


def features(m: Matcher, words_of: dict[str, set[str]], q: str) -> dict:
    r = m.match(q)
    text = strip_address(q)
    norm = m.normalizer.normalize(text)
    cut = m.tokenizer.cut(norm)
    scores = entry_scores(m, norm)
    (e1, _, _), (e2, _, _) = scores.entries[0], scores.entries[1]
    f, conf = scores.features, scores.confidence
    n = len(norm)
    head = top_entry(m, norm[: n - n // 3]) if n >= 12 else e1
    tail = top_entry(m, norm[n // 3 :]) if n >= 12 else e1
    cls = m.clauses(text)
    cl_tops = [top_entry(m, c) for c in cls]
    content = [w for w in cut if len(w) >= 2]
    own = words_of.get(e1, set())
    return {
        "answered": r.route == "faq" and bool(r.id) and r.decision == "answer",
        "id": r.id,
        "route": r.route,
        "e1": e1,
        "e2": e2,
        "conf": conf,
        "f": f,
        "len": n,
        "head": head == e1,
        "tail": tail == e1,
        "clauses": len(cls),
        "clause_share": (sum(t == e1 for t in cl_tops) / len(cls)) if cls else 1.0,
        "cover": (sum(w in own for w in content) / len(content)) if content else 0.0,
        "sibling": sibling_key(e1, e2) in m.siblings,
        "index_top": f[5],
        "topics_named": sum(any(k in norm for k in e.keywords) for e in m.kb.entries.values()),
        "own_keywords": sum(k in norm for k in m.kb.entries[e1].keywords) if e1 in m.kb.entries else 0,
    }


def entry_reliability(m: Matcher) -> dict[str, float]:
    """Per entry, the share of the knowledge base's held-out alternates (cross-validation as
    knowledge_base/calibrate.py runs it) ranked with it first that are its own."""
    from knowledge_base.calibrate import held_out_scores

    h = held_out_scores(m)
    cols = [i for i, label in enumerate(h.labels) if is_entry(label)]
    first = [h.labels[cols[int(k)]] for k in h.scores[:, cols].argmax(axis=1)]
    ranked: dict[str, list[int]] = {}
    for truth, e in zip(h.truth, first, strict=True):
        if not is_entry(truth):
            continue
        ranked.setdefault(e, []).append(int(truth == e))
    return {e: sum(v) / len(v) for e, v in ranked.items()}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("sets", type=Path, nargs="+")
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument(
        "--reliability", action="store_true", help="add each best entry's CV reliability (minutes)"
    )
    a = p.parse_args()
    m = Matcher(load_knowledge_base(a.kb))
    words_of = entry_words(m)
    reliable = entry_reliability(m) if a.reliability else {}
    with a.out.open("w", encoding="utf-8") as out:
        for path in a.sets:
            for item in items_of(path):
                row = features(m, words_of, item["q"])
                row.update(
                    set=path.stem, q=item["q"], topics=item["topics"], right=row["e1"] in item["topics"]
                )
                if reliable:
                    row["entry_cv_right"] = reliable.get(row["e1"], 0.0)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

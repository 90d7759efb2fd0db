"""How many answers sit on the answer threshold's edge, and which questions changed between builds.

Issue 9: the confidence needed to answer (calibration.json conf_at) is chosen on a grid of 0.01; a
knowledge-base edit that moves the cross-validated wrong rate a little moves conf_at by 0.01, and with
it about twenty answers across the dev sets, more than a batch of alternates moves on its own. This
runs every dev set through the matcher in this process (the model is built once), records the
whole message's confidence and first entries, and prints per set the answers conf_at + STEP would
lose and the questions conf_at - STEP would answer (R right, W wrong, OOS an out-of-scope question);
approximate where an answer comes from a message's parts (each part has its own confidence).
--dump FILE keeps the per-question rows; --diff OLD NEW lists the questions whose outcome changed
between two dumps (two builds, or before and after an edit).

Usage: .venv/bin/python bench/faq_threshold_edge.py [--step 0.01] [--dump rows.json]
       .venv/bin/python bench/faq_threshold_edge.py --diff old.json new.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SETS = (
    "faq_blind7",
    "faq_blind8",
    "faq_blind9",
    "faq_blind10",
    "faq_blind11",
    "faq_blind12",
    "faq_blind13",
    "faq_blind14",
    "faq_blind15",
    "faq_blind16",
    "faq_blind17",
    "faq_blind18",
    "faq_blind19",
    "faq_blind20",
    "faq_blind21",
    "faq_real4",
    "faq_real5",
    "faq_real6",
    "faq_real7",
    "faq_real8",
    "faq_real9",
    "faq_real10",
    "faq_real11",
    "faq_real12",
    "faq_real13",
    "faq_real14",
    "faq_real15",
    "faq_real16",
    "faq_real17",
    "faq_real18",
)


def collect(kb: Path) -> list[dict]:
    """One row per dev question: its label or topics, the final decision, the whole message's
    confidence (the first decision the matcher takes on it) and its first entries."""
    import knowledge_base.matcher as matcher_module
    from knowledge_base.learned import is_entry
    from knowledge_base.loader import load_knowledge_base

    seen: list[tuple[float | None, list[tuple[str, float]]]] = []
    decide = matcher_module.decide

    def recording(ranked, th, labour=False, confidence=None, siblings=frozenset()):  # noqa: ANN001, ANN202
        seen.append((confidence, [(label, round(p, 4)) for label, p in ranked if is_entry(label)][:3]))
        return decide(ranked, th, labour, confidence, siblings)

    matcher_module.decide = recording
    try:
        m = matcher_module.Matcher(load_knowledge_base(kb))
        rows = []
        for name in SETS:
            for item in yaml.safe_load((REPO / "bench" / f"{name}.yaml").read_text(encoding="utf-8"))[
                "questions"
            ]:
                seen.clear()
                r = m.match(item["q"])
                conf, entries = seen[0] if seen else (None, [])
                rows.append(
                    {
                        "set": name,
                        "q": item["q"],
                        "label": item.get("label"),
                        "topics": item.get("topics"),
                        "answered": r.decision == "answer" and r.route == "faq",
                        "routed": r.route not in ("faq", "fallback"),
                        "id": r.id,
                        "conf": conf,
                        "entries": entries,
                    }
                )
    finally:
        matcher_module.decide = decide
    return rows


def judge(row: dict, entry: str | None) -> str:
    """R, W or OOS for ``entry`` given as the answer to this row's question."""
    if row["topics"] is not None:
        return "R" if entry in row["topics"] else "W"
    if row["label"] is None:
        return "OOS"
    return "R" if entry == row["label"] else "W"


def outcome(row: dict) -> str:
    if row["routed"]:
        return "route"
    return judge(row, row["id"]) if row["answered"] else "-"


def edge(rows: list[dict], conf_at: float, step: float) -> dict[str, tuple[Counter, Counter]]:
    out: dict[str, tuple[Counter, Counter]] = {}
    for row in rows:
        lost, gained = out.setdefault(row["set"], (Counter(), Counter()))
        c = row["conf"]
        if c is None or row["routed"]:
            continue
        if row["answered"] and conf_at <= c < conf_at + step:
            lost[judge(row, row["id"])] += 1
        elif not row["answered"] and conf_at - step <= c < conf_at and row["entries"]:
            gained[judge(row, row["entries"][0][0])] += 1
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument("--step", type=float, default=0.01)
    p.add_argument("--dump", type=Path)
    p.add_argument("--diff", type=Path, nargs=2)
    a = p.parse_args()
    if a.diff:
        old, new = (json.loads(f.read_text(encoding="utf-8")) for f in a.diff)
        for x, y in zip(old, new, strict=True):
            if outcome(x) != outcome(y):
                print(f"{x['set']:12s} {outcome(x):5s} -> {outcome(y):5s} {y['id'] or '':34s} {y['q'][:60]}")
        return
    from knowledge_base.decide import load_thresholds

    conf_at = load_thresholds().conf_at
    rows = collect(a.kb)
    if a.dump:
        a.dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"conf_at {conf_at}: answers lost at +{a.step}, questions answered at -{a.step}")
    for name, (lost, gained) in edge(rows, conf_at, a.step).items():
        print(f"{name:12s} lost {dict(sorted(lost.items()))}  gained {dict(sorted(gained.items()))}")


if __name__ == "__main__":
    main()

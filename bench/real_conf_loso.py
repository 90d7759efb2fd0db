"""A confidence threshold for real-style messages, fitted leave-one-set-out on the real sets (issue 9).

The answer threshold (calibration.json conf_at, sibling_conf_at) is chosen on the knowledge base's
held-out alternates, short and written like the entries; real questions are long, personal and
messy. This tests whether a lower threshold for messages of some shape (long, many clauses, a
first-person story, the two best entries of one subject family or not) answers more real questions
without more wrong subjects, fitted honestly: on faq_real4..faq_real12, each shape's parameters (a
length L and a step down delta) are chosen on eight sets (the most confident answers with the
wrong-subject share at most --limit, from L >= --min-length) and measured on the ninth, over all
nine rotations; then the rule fitted on all nine is measured on the blind sets
faq_blind7..faq_blind15 (wrong, right, out-of-scope answered).

Exact, not approximated: every question is run through the whole matcher (routes, the index veto,
two questions in one message) once with the shipped thresholds and, when any decision inside it had
a confidence within DELTAS[-1] under its threshold, again with both thresholds lowered by each delta
(a rule then picks, per question, the outcome at the delta its shape gets); with delta 0 it gives
bench/faq_dev_table.py's figures. --dump / --load keep the rows (the slow part, ~10 min on the
shared machine). --curve NAME: the pooled real and blind figures of one shape at every L and delta.
Measured on main ad8ac3f: see docs/internals.md (issue 9, realedge).

Usage: .venv/bin/python bench/real_conf_loso.py [--dump rows.json | --load rows.json] [--limit 4.0]
       [--min-length 80] [--curve "length >= L"]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

REAL = tuple(f"faq_real{i}" for i in range(4, 13))
BLIND = tuple(f"faq_blind{i}" for i in range(7, 16))
DELTAS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.18, 0.21, 0.25, 0.3)
_CLAUSE = re.compile(r"[\s,，。.!！?？;；、~～…]+")
# the teller's own story: first person with something that happened (a past or ongoing event)
_OWN = re.compile(r"我|俺|咱|本人")
_EVENT = re.compile(r"了|过|着|后来|现在|已经|一直|当时")


def family(entry: str) -> str:
    """An entry's subject family: its id without the last part (wage.arrears.report -> wage.arrears)."""
    return entry.rsplit(".", 1)[0] if "." in entry else entry


def collect(kb: Path, sets: tuple[str, ...]) -> list[dict]:
    import knowledge_base.matcher as mm
    from knowledge_base.learned import is_entry
    from knowledge_base.loader import load_knowledge_base

    state = {"delta": 0.0, "seen": []}
    decide = mm.decide

    def shifted(ranked, th, labour=False, confidence=None, siblings=frozenset()):  # noqa: ANN001, ANN202
        d = state["delta"]
        if d:
            th = replace(
                th,
                conf_at=th.conf_at - d,
                sibling_conf_at=th.sibling_conf_at - d if th.sibling_conf_at else 0.0,
            )
        state["seen"].append((confidence, [(x, round(p, 4)) for x, p in ranked if is_entry(x)][:3]))
        return decide(ranked, th, labour, confidence, siblings)

    mm.decide = shifted
    try:
        m = mm.Matcher(load_knowledge_base(kb))
        base = m.thresholds
        low = min(base.conf_at, base.sibling_conf_at or base.conf_at) - DELTAS[-1]
        rows = []
        for name in sets:
            data = yaml.safe_load((REPO / "bench" / f"{name}.yaml").read_text(encoding="utf-8"))
            for item in data["questions"]:
                state["delta"], state["seen"] = 0.0, []
                outcomes = [_outcome(m.match(item["q"]))]
                seen = list(state["seen"])
                near = any(
                    c is not None and low <= c < max(base.conf_at, base.sibling_conf_at) for c, _ in seen
                )
                for d in DELTAS[1:]:
                    if near:
                        state["delta"] = d
                        outcomes.append(_outcome(m.match(item["q"])))
                    else:
                        outcomes.append(outcomes[0])
                conf, entries = seen[0] if seen else (None, [])
                norm = m.normalizer.normalize(item["q"])
                rows.append(
                    {
                        "set": name,
                        "q": item["q"],
                        "label": item.get("label"),
                        "topics": item.get("topics"),
                        "conf": conf,
                        "entries": entries,
                        "length": len(norm),
                        "clauses": len([c for c in _CLAUSE.split(item["q"]) if len(c) >= 2]),
                        "own": bool(_OWN.search(item["q"]) and _EVENT.search(item["q"])),
                        "outcomes": outcomes,
                    }
                )
    finally:
        mm.decide = decide
    return rows


def _outcome(r) -> list:  # noqa: ANN001
    """[answered, entry, routed]."""
    return [r.decision == "answer" and r.route == "faq", r.id, r.route not in ("faq", "fallback")]


def judge(row: dict, entry: str | None) -> str:
    """R (right subject / entry), W (wrong) or O (an out-of-scope question answered)."""
    if row["topics"] is not None:
        return "R" if entry in row["topics"] else "W"
    if row["label"] is None:
        return "O"
    return "R" if entry == row["label"] else "W"


# shapes: which messages get the lowered threshold
Shape = Callable[[dict, int], bool]


def _same_family(row: dict) -> bool:
    e = row["entries"]
    return len(e) >= 2 and family(e[0][0]) == family(e[1][0])


SHAPES: dict[str, Callable[[dict, int], bool]] = {
    "length >= L": lambda r, k: r["length"] >= k,
    "clauses >= L/10": lambda r, k: r["clauses"] >= max(2, k // 10),
    "own story, length >= L": lambda r, k: r["own"] and r["length"] >= k,
    "top two one family, length >= L": lambda r, k: _same_family(r) and r["length"] >= k,
    "top two other families, length >= L": lambda r, k: not _same_family(r) and r["length"] >= k,
}
LENGTHS = (0, 20, 30, 40, 50, 60, 80, 100, 120, 150)


def outcome(row: dict, shape: Callable[[dict, int], bool], k: int, di: int) -> str:
    """'-' not answered, 'route', or judge() of the answer, under the rule (shape, k, delta index)."""
    answered, entry, routed = row["outcomes"][di if shape(row, k) else 0]
    if routed:
        return "route"
    return judge(row, entry) if answered else "-"


def real_figures(rows: list[dict], rule: tuple | None) -> tuple[int, int, int]:
    """(questions, confident, wrong subject) under a rule (None: the shipped thresholds)."""
    conf = wrong = 0
    for r in rows:
        o = outcome(r, SHAPES["length >= L"], 0, 0) if rule is None else outcome(r, *rule)
        conf += o in ("R", "W", "O")
        wrong += o in ("W", "O")
    return len(rows), conf, wrong


def blind_counts(rows: list[dict], rule: tuple | None) -> tuple[int, int, int]:
    """Over all blind sets: (wrong, right, out-of-scope answered) counts."""
    out = [outcome(r, SHAPES["length >= L"], 0, 0) if rule is None else outcome(r, *rule) for r in rows]
    inscope = [
        o
        for o, r in zip(out, rows, strict=True)
        if r["label"] is not None and not str(r["label"]).startswith("@")
    ]
    return inscope.count("W"), inscope.count("R"), out.count("O")


def blind_figures(rows: list[dict], rule: tuple | None) -> dict[str, tuple[float, float, float]]:
    """Per set: (wrong %, right %, out-of-scope answered %) of the labelled questions."""
    out = {}
    for name in sorted({r["set"] for r in rows}, key=lambda s: int(s.removeprefix("faq_blind"))):
        part = [r for r in rows if r["set"] == name]
        inscope = [r for r in part if r["label"] is not None and not str(r["label"]).startswith("@")]
        oos = [r for r in part if r["label"] is None]
        res = [
            outcome(r, SHAPES["length >= L"], 0, 0) if rule is None else outcome(r, *rule) for r in inscope
        ]
        ores = [outcome(r, SHAPES["length >= L"], 0, 0) if rule is None else outcome(r, *rule) for r in oos]
        n = max(len(inscope), 1)
        out[name] = (
            round(100 * res.count("W") / n, 2),
            round(100 * res.count("R") / n, 2),
            round(100 * ores.count("O") / max(len(oos), 1), 2),
        )
    return out


def fit(rows: list[dict], shape: str, limit: float, min_length: int = 0) -> tuple:
    """The (k >= min_length, delta index) answering most with the wrong-subject share at most ``limit`` %."""
    best = (real_figures(rows, (SHAPES[shape], 0, 0))[1], 0, 0)
    for k in (x for x in LENGTHS if x >= min_length):
        for di in range(1, len(DELTAS)):
            _, c, w = real_figures(rows, (SHAPES[shape], k, di))
            if c and 100 * w / c <= limit and c > best[0]:
                best = (c, k, di)
    return (SHAPES[shape], best[1], best[2])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument("--dump", type=Path)
    p.add_argument("--load", type=Path)
    p.add_argument("--limit", type=float, default=4.0, help="wrong-subject %% allowed when fitting")
    p.add_argument(
        "--curve", help="print the pooled real and blind figures of one shape over every length and delta"
    )
    p.add_argument("--min-length", type=int, default=0, help="fit only lengths from this one up")
    a = p.parse_args()
    if a.load:
        rows = json.loads(a.load.read_text(encoding="utf-8"))
    else:
        rows = collect(a.kb, REAL + BLIND)
        if a.dump:
            a.dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    real = [r for r in rows if r["set"] in REAL]
    blind = [r for r in rows if r["set"] in BLIND]
    n, c, w = real_figures(real, None)
    print(
        f"shipped: real4-12 {n} questions, confident {c} ({100 * c / n:.1f} %), wrong subject {w} ({100 * w / max(c, 1):.1f} %)"
    )
    if a.curve:
        bw, br, bo = blind_counts(blind, None)
        print(f"shipped: blind7-15 wrong {bw}, right {br}, out-of-scope answered {bo}")
        print("per L and delta: real confident/wrong subject | blind wrong/right/out-of-scope answered")
        for k in LENGTHS:
            for di, d in enumerate(DELTAS[1:], 1):
                _, c, w = real_figures(real, (SHAPES[a.curve], k, di))
                bw, br, bo = blind_counts(blind, (SHAPES[a.curve], k, di))
                print(f"L={k:3d} delta={d:.2f}: real {c}/{w} | blind {bw}/{br}/{bo}")
        return
    base_blind = blind_figures(blind, None)
    for shape in SHAPES:
        held_c = held_w = 0
        picks = []
        for name in REAL:
            rule = fit([r for r in real if r["set"] != name], shape, a.limit, a.min_length)
            _, c, w = real_figures([r for r in real if r["set"] == name], rule)
            held_c, held_w = held_c + c, held_w + w
            picks.append(f"{rule[1]}/{DELTAS[rule[2]]}")
        rule = fit(real, shape, a.limit, a.min_length)
        _, c_all, w_all = real_figures(real, rule)
        print(
            f"\n{shape}: held out confident {held_c} ({100 * held_c / n:.1f} %), wrong subject {held_w} "
            f"({100 * held_w / max(held_c, 1):.1f} %); picks (L/delta) {' '.join(picks)}"
        )
        print(f"  fitted on all nine: L={rule[1]} delta={DELTAS[rule[2]]}: confident {c_all}, wrong {w_all}")
        print(
            f"  blind7-15 wrong/right/out-of-scope answered {blind_counts(blind, None)} -> {blind_counts(blind, rule)}"
        )
        bf = blind_figures(blind, rule)
        for name, fig in bf.items():
            print(f"  {name:12s} wrong/right/OOS answered {base_blind[name]} -> {fig}")


if __name__ == "__main__":
    main()

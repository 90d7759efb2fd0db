"""Where the FAQ confidence model's decision could move, measured on the development sets.

For every question of bench/faq_blind*.yaml (right = the labelled entry) and faq_real*.yaml
(right = an entry in the question's "topics", i.e. the right subject) it takes the model's best
entry and the confidence model's estimate that it is right (knowledge_base/decide.py), then prints
1. reliability: the share of best entries that are right, per confidence band, short (< LONG
   normalised characters) and long messages apart: is the confidence model still calibrated on
   real, long, statement-like questions?
2. the band just under the answer threshold (BAND_LOW to conf_at): how many questions sit there
   and how many of their best entries are right, and how well each candidate signal separates the
   right from the wrong ones there (ROC AUC; 0.5 = no better than chance): the confidence
   model's own features, clause agreement (the share of a long message's clauses whose best entry
   is the whole message's), the best clause's probability of that entry, the share of sentences
   agreeing, the entry's keywords found in the message. A signal worth adding to the model
   separates the band on the labelled and the real sets alike.
Real set 3 is left out unless --real3 (it is the held-out check of issue 9).
Since 799e68a these sets also train the model (knowledge_base/data/asked/): on the shipped base
the figures are no longer out of sample. For out-of-sample figures pass --kb with a copy of
knowledge_base/data without those files (the thresholds still come from calibration.json).

Usage: .venv/bin/python bench/confidence_bands.py [--kb DIR] [--real3] [--long 40] [--band-low 0.6]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import score_faq  # noqa: E402

from knowledge_base.decide import FEATURES, answer_features, others_of  # noqa: E402
from knowledge_base.learned import is_entry  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.two_questions import _PARTS, PART_MIN  # noqa: E402

LABELLED = [f"faq_blind{s}.yaml" for s in ("", "2", "3", "4", "5", "6")]
REAL = ["faq_real.yaml", "faq_real2.yaml"]
BANDS = (0.0, 0.5, 0.7, 0.8, 0.86, 0.9, 0.95, 1.01)
EXTRA = ("clause agreement", "best clause p(e1)", "sentence agreement", "e1 keywords found")


def _agreement(m: Matcher, texts: list[str], e1: str) -> tuple[float, float]:
    """The share of ``texts`` whose best entry is ``e1``, and ``e1``'s best probability among them."""
    if len(texts) < 2:
        return 1.0, -1.0
    tops, best = 0, 0.0
    for t in texts:
        ranked = m.model.rank(t)
        entries = [label for label, _ in ranked if is_entry(label)]
        tops += entries[0] == e1
        best = max(best, dict(ranked).get(e1, 0.0))
    return tops / len(texts), best


def signals(m: Matcher, question: str, keywords: dict[str, list[str]]) -> tuple[str, float, list[float]]:
    """The best entry, the confidence model's estimate and every signal of one question."""
    norm = m.normalizer.normalize(question)
    terms = m.tokenizer.terms(norm)
    scored = m.model.rank_scored(norm, [t[2:] for t in terms if t.startswith("w:")])
    retrieved = {c.id: c.score for c in m.index.rank(norm, terms).candidates}
    entries = [x for x in scored if is_entry(x[0])]
    (e1, p1, s1), (_, p2, s2) = entries[0], entries[1]
    others = others_of([(label, p) for label, p, _ in scored])
    feats = answer_features(p1, p2, s1, s2, e1, retrieved, len(norm), others)
    conf = m.confidence(feats) or 0.0
    clause_share, clause_best = _agreement(m, m.clauses(question), e1)
    parts = [m.normalizer.normalize(p) for p in _PARTS.split(question)]
    part_share, _ = _agreement(m, [p for p in parts if len(p) >= PART_MIN], e1)
    found = sum(k in norm for k in keywords.get(e1, []))
    extra = [clause_share, clause_best if clause_best >= 0 else p1, part_share, float(found)]
    return e1, conf, [*feats, *extra]


def collect(m: Matcher, names: list[str]) -> dict[str, list[tuple[bool, float, int, list[float]]]]:
    keywords = {
        e.id: [k for k in {m.normalizer.normalize(x) for x in e.keywords} if len(k) >= 2]
        for e in m.kb.entries.values()
    }
    out: dict[str, list[tuple[bool, float, int, list[float]]]] = {}
    for name in names:
        rows = []
        for item in score_faq.load(REPO / "bench" / name):
            if "topics" in item:
                good = set(item["topics"])
            else:
                label = item.get("label")
                if isinstance(label, str) and label.startswith("@"):
                    continue  # a route request: no entry is right
                good = {label}
            e1, conf, sig = signals(m, item["q"], keywords)
            rows.append((e1 in good, conf, len(m.normalizer.normalize(item["q"])), sig))
        out[name] = rows
    return out


def reliability(rows: list[tuple[bool, float, int, list[float]]], long_at: int) -> list[str]:
    lines = []
    for tag, keep in (("short", lambda n: n < long_at), ("long", lambda n: n >= long_at)):
        cells = []
        for lo, hi in zip(BANDS, BANDS[1:], strict=False):
            band = [right for right, c, n, _ in rows if lo <= c < hi and keep(n)]
            share = f"{100 * sum(band) / len(band):.0f}%" if band else "-"
            cells.append(f"{lo:.2f}+ {share:>4} ({len(band)})")
        lines.append(f"  {tag:<5} " + "  ".join(cells))
    return lines


def band_aucs(
    rows: list[tuple[bool, float, int, list[float]]], low: float, high: float
) -> tuple[int, int, list]:
    band = [(right, sig + [c]) for right, c, _, sig in rows if low <= c < high]
    y = np.array([r for r, _ in band])
    if len(band) < 2 or y.all() or not y.any():
        return len(band), int(y.sum()), []
    x = np.array([s for _, s in band])
    return len(band), int(y.sum()), [roc_auc_score(y, x[:, k]) for k in range(x.shape[1])]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--real3", action="store_true", help="add real set 3 (the held-out check)")
    p.add_argument("--long", type=int, default=40, help="normalised characters from which a message is long")
    p.add_argument("--band-low", type=float, default=0.6)
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data", help="knowledge-base folder")
    a = p.parse_args()
    m = Matcher(load_knowledge_base(a.kb))
    real = REAL + (["faq_real3.yaml"] if a.real3 else [])
    data = collect(m, LABELLED + real)
    conf_at = m.thresholds.conf_at
    print(f"share of best entries right, by confidence band (answered from {conf_at}):")
    for name, rows in data.items():
        print(name.removesuffix(".yaml"))
        print("\n".join(reliability(rows, a.long)))
    groups = {"blind1-6": LABELLED, "real": real}
    names = [*FEATURES, *EXTRA, "confidence"]
    print(f"\nband {a.band_low} <= confidence < {conf_at}: ROC AUC of each signal, right vs wrong best entry")
    found = {
        g: band_aucs([r for n in sets for r in data[n]], a.band_low, conf_at) for g, sets in groups.items()
    }
    print(f"{'':<22}" + "".join(f"{g + f' {n[1]}/{n[0]} right':>24}" for g, n in found.items()))
    for k, name in enumerate(names):
        cells = "".join(f"{(f'{v[2][k]:.3f}' if v[2] else '-'):>24}" for v in found.values())
        print(f"{name:<22}{cells}")


if __name__ == "__main__":
    main()

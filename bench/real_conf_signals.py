"""Does any signal tell right from wrong best entries among the real questions the bot does not
answer confidently (issue 9)? Reads the JSON lines of bench/real_conf_features.py.

Three tables, over the questions not answered confidently whose message stayed with the FAQ (sent
to no route; no-topic questions count: answering them is a wrong subject):
1. each signal alone: the best entry's right share where the signal holds and where it does not,
   on the training rows (``--train``) and on the honest rows (``--dev``);
2. a logistic regression over all signals fitted on the training rows, its cut chosen there:
   the answers it would add on the honest rows and how many of them are wrong, and the pooled
   confident share and wrong subject share that would give;
3. the same regression cross-validated on the honest rows themselves (5 folds): the best any
   mix of these signals can do on them; the added answers' wrong count among the first k.

Usage: .venv/bin/python bench/real_conf_signals.py --train TR.jsonl --dev DEV.jsonl [--dev-sets faq_real4 ...]
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

Row = dict
SIGNALS: dict[str, Callable[[Row], bool]] = {
    "confidence >= 0.7": lambda r: r["conf"] >= 0.7,
    "confidence >= 0.5": lambda r: r["conf"] >= 0.5,
    "index ranks it first": lambda r: r["index_top"] == 1,
    "holds without first third": lambda r: r["head"],
    "holds without last third": lambda r: r["tail"],
    "holds without either": lambda r: r["head"] and r["tail"],
    "first in >= half the clauses": lambda r: r["clause_share"] >= 0.5,
    "entry's words cover >= half": lambda r: r["cover"] >= 0.5,
    "runner-up is a sibling": lambda r: r["sibling"],
    "length >= 60": lambda r: r["len"] >= 60,
    "length < 30": lambda r: r["len"] < 30,
    ">= 3 entries' keywords named": lambda r: r["topics_named"] >= 3,
    ">= 1 own keyword named": lambda r: r["own_keywords"] >= 1,
    "entry's CV reliability >= 0.9": lambda r: r.get("entry_cv_right", 0.0) >= 0.9,
    "index first + holds both ways": lambda r: r["index_top"] == 1 and r["head"] and r["tail"],
}
CUTS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7)
FIRST_K = (10, 20, 30, 40)


def read(paths: list[Path], sets: set[str] | None = None) -> list[Row]:
    rows = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if sets is None or r["set"] in sets]


def open_question(r: Row) -> bool:
    """Not answered confidently and left with the FAQ (no route took it)."""
    return not r["answered"] and r["route"] in ("faq", "fallback")


def wrong_answer(r: Row) -> bool:
    return r["id"] not in r["topics"]


def vector(r: Row) -> list[float]:
    return [
        *r["f"],
        r["conf"],
        float(r["head"]),
        float(r["tail"]),
        r["clause_share"],
        r["cover"],
        float(r["sibling"]),
        math.log1p(r["clauses"]),
        float(r["topics_named"]),
        float(r["own_keywords"]),
        r.get("entry_cv_right", 0.0),
    ]


def split(rows: list[Row], signal: Callable[[Row], bool]) -> tuple[int, int, int, int]:
    """(right, of) where the signal holds, (right, of) where it does not."""
    yes = [r["right"] for r in rows if signal(r)]
    no = [r["right"] for r in rows if not signal(r)]
    return sum(yes), len(yes), sum(no), len(no)


def model() -> object:
    return make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=3000))


def added(scores: np.ndarray, right: np.ndarray, cut: float) -> tuple[int, int]:
    """(answers added, of them wrong) when every open question scoring at least ``cut`` is answered."""
    take = scores >= cut
    return int(take.sum()), int((take & ~right).sum())


def wrong_in_first(scores: np.ndarray, right: np.ndarray, k: int) -> int:
    order = np.argsort(-scores, kind="stable")[:k]
    return int((~right[order]).sum())


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "   -  "


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--train", type=Path, nargs="+", required=True)
    p.add_argument("--dev", type=Path, nargs="+", required=True)
    p.add_argument("--train-sets", nargs="*", help="only these sets of the training files")
    p.add_argument("--dev-sets", nargs="*", help="only these sets of the honest files")
    a = p.parse_args()
    train = read(a.train, set(a.train_sets) if a.train_sets else None)
    dev = read(a.dev, set(a.dev_sets) if a.dev_sets else None)
    tr_open = [r for r in train if open_question(r)]
    dev_open = [r for r in dev if open_question(r)]
    answered = [r for r in dev if r["answered"]]
    base_c, base_w = len(answered), sum(wrong_answer(r) for r in answered)
    print(
        f"honest rows {len(dev)}: confident {base_c} ({pct(base_c, len(dev))}), wrong subject {base_w} ({pct(base_w, base_c)})"
    )
    print(f"open questions: training {len(tr_open)}, honest {len(dev_open)}")
    print("\n1. best entry right where the signal holds | where it does not")
    for name, signal in SIGNALS.items():
        cells = []
        for rows in (tr_open, dev_open):
            ry, ny, rn, nn = split(rows, signal)
            cells.append(f"{ry:3d}/{ny:3d} {pct(ry, ny)} | {rn:3d}/{nn:3d} {pct(rn, nn)}")
        print(f"  {name:32s} train {cells[0]}   honest {cells[1]}")
    y_tr = np.array([r["right"] for r in tr_open], bool)
    y_dev = np.array([r["right"] for r in dev_open], bool)
    fitted = model().fit(np.array([vector(r) for r in tr_open]), y_tr)
    s_tr = fitted.predict_proba(np.array([vector(r) for r in tr_open]))[:, 1]
    s_dev = fitted.predict_proba(np.array([vector(r) for r in dev_open]))[:, 1]
    print("\n2. regression fitted on the training rows: answers added at a cut")
    for cut in CUTS:
        n_tr, w_tr = added(s_tr, y_tr, cut)
        n, w = added(s_dev, y_dev, cut)
        c, wc = base_c + n, base_w + w
        print(
            f"  cut {cut:.2f}  train +{n_tr:3d} ({w_tr:2d} wrong)   honest +{n:3d} ({w:2d} wrong)"
            f" -> confident {pct(c, len(dev))}, wrong subject {pct(wc, c)}"
        )
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    s_cv = cross_val_predict(
        model(), np.array([vector(r) for r in dev_open]), y_dev, cv=folds, method="predict_proba"
    )[:, 1]
    print("\n3. wrong among the first k added answers (honest rows)")
    for name, scores in (
        ("shipped confidence", np.array([r["conf"] for r in dev_open])),
        ("fitted on training", s_dev),
        ("cross-validated on honest", s_cv),
    ):
        print(
            f"  {name:26s} " + "  ".join(f"first {k}: {wrong_in_first(scores, y_dev, k):2d}" for k in FIRST_K)
        )


if __name__ == "__main__":
    main()

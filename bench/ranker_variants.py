"""Ranking quality of variants of the FAQ model (knowledge_base/learned.py) on real and blind
questions (issue 9: the top candidate on long, messy real text).

Every variant is trained on the same examples of the same knowledge base (learned.examples, users'
asked questions included) and ranks the entries alone, as the matcher's candidates are ranked.
Queries are read as the matcher reads them (pinyin, the reader addressed, normalised; jieba words).
Per variant it prints:
  real top-1 / top-3  share of real questions (bench/faq_real4..10.yaml, those with topics) whose
                      first (first three) entries hold a fitting topic: pooled and per set
  blind top-1         share of in-scope questions of bench/faq_blind7..13.yaml whose first entry is
                      the labelled one; oos1: out-of-scope questions whose first class (all
                      classes) is an out-of-scope topic; route1: route requests whose first class is
                      the route
  +/-                 real questions the variant puts right / wrong against the first variant (paired)
"shipped" is the knowledge base's own TextModel (the matcher's): the "base" variant must equal it.

Usage: nice .venv/bin/python bench/ranker_variants.py [--only base,c1.0] [--kb DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base.address import strip_address  # noqa: E402
from knowledge_base.intents import detect_intent  # noqa: E402
from knowledge_base.learned import OOS, ROUTE, SVM_C, answer_sentences, examples, is_entry  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402

REAL = [f"faq_real{k}" for k in range(4, 11)]
BLIND = [f"faq_blind{k}" for k in range(7, 14)]
ROUTES = {"@complaint", "@progress", "@human"}

# the shipped model's settings; a variant overrides some of them
BASE: dict = {
    "chars": (1, 3),  # character n-gram range
    "sublinear": True,
    "min_df": 1,
    "max_df": 1.0,
    "bigrams": False,  # word bigrams (adjacent non-stop words) in the word block
    "char_w": 1.0,  # weight of the character block
    "word_w": 1.0,  # weight of the word block
    "clf": "svm",  # svm | lr | ens (mean of the SVM's softmax and LR's probabilities) | cal
    "C": SVM_C,
    "lr_C": 20.0,
    "balanced": False,
    "answer_w": 1.0,  # weight of the short answers' sentences
    "asked_w": 1.0,  # weight of users' labelled questions
    "long_at": 0,  # training texts longer than this many characters weigh (long_at / len) ** long_pow
    "long_pow": 0.5,
    "clauses": 0.0,  # query: + this share of the best clause's scores (a long message's best part)
}

VARIANTS: dict[str, dict] = {
    "base": {},
    "no_sublinear": {"sublinear": False},
    "chars2-4": {"chars": (2, 4)},
    "chars1-4": {"chars": (1, 4)},
    "chars1-2": {"chars": (1, 2)},
    "bigrams": {"bigrams": True},
    "min_df2": {"min_df": 2},
    "max_df0.3": {"max_df": 0.3},
    "word_w0.5": {"word_w": 0.5},
    "word_w1.5": {"word_w": 1.5},
    "word_w2": {"word_w": 2.0},
    "char_w0.5": {"char_w": 0.5, "word_w": 1.0},
    "balanced": {"balanced": True},
    "C0.3": {"C": 0.3},
    "C0.5": {"C": 0.5},
    "C1.5": {"C": 1.5},
    "C3": {"C": 3.0},
    "lr_C5": {"clf": "lr", "lr_C": 5.0},
    "lr_C20": {"clf": "lr", "lr_C": 20.0},
    "lr_C80": {"clf": "lr", "lr_C": 80.0},
    "ens": {"clf": "ens"},
    "calibrated": {"clf": "cal"},
    "answer0": {"answer_w": 0.0},
    "answer0.5": {"answer_w": 0.5},
    "answer2": {"answer_w": 2.0},
    "asked0.5": {"asked_w": 0.5},
    "asked2": {"asked_w": 2.0},
    "long60": {"long_at": 60},
    "long30": {"long_at": 30},
    "long60^1": {"long_at": 60, "long_pow": 1.0},
    "clauses0.5": {"clauses": 0.5},
    "clauses1": {"clauses": 1.0},
    # combinations around the best single changes
    "word_w0.3": {"word_w": 0.3},
    "word_w0.4": {"word_w": 0.4},
    "word_w0.6": {"word_w": 0.6},
    "word_w0.75": {"word_w": 0.75},
    "w0.5+C1": {"word_w": 0.5, "C": 1.0},
    "w0.5+C0.5": {"word_w": 0.5, "C": 0.5},
    "w0.5+min_df2": {"word_w": 0.5, "min_df": 2},
    "w0.5+bigrams": {"word_w": 0.5, "bigrams": True},
    "w0.5+asked2": {"word_w": 0.5, "asked_w": 2.0},
    "w0.5+maxdf0.3": {"word_w": 0.5, "max_df": 0.3},
    "w0.5+chars1-4": {"word_w": 0.5, "chars": (1, 4)},
    "w0.5+long60^1": {"word_w": 0.5, "long_at": 60, "long_pow": 1.0},
    "w0.5+md2+bi": {"word_w": 0.5, "min_df": 2, "bigrams": True},
    "w0.5+md2+a2": {"word_w": 0.5, "min_df": 2, "asked_w": 2.0},
    "w0.5+asked1.5": {"word_w": 0.5, "asked_w": 1.5},
    "w0.5+asked3": {"word_w": 0.5, "asked_w": 3.0},
    "w0.4+asked2": {"word_w": 0.4, "asked_w": 2.0},
    "w0.6+asked2": {"word_w": 0.6, "asked_w": 2.0},
    "w0.75+asked2": {"word_w": 0.75, "asked_w": 2.0},
}


class Sets:
    """The questions, read as the matcher reads them."""

    def __init__(self, m: Matcher) -> None:
        self.real: dict[str, list[tuple[str, list[str]]]] = {}
        self.clauses: dict[str, list[str]] = {}  # the clauses of each text (the query-side variant)
        self.blind: list[tuple[str, str | None]] = []
        for name in REAL:
            items = yaml.safe_load((REPO / "bench" / f"{name}.yaml").read_text(encoding="utf-8"))["questions"]
            self.real[name] = [(self.read(m, i["q"]), i["topics"]) for i in items if i.get("topics")]
        for name in BLIND:
            items = yaml.safe_load((REPO / "bench" / f"{name}.yaml").read_text(encoding="utf-8"))["questions"]
            self.blind += [(self.read(m, i["q"]), i.get("label")) for i in items]
        self.texts = sorted({t for qs in self.real.values() for t, _ in qs} | {t for t, _ in self.blind})

    def read(self, m: Matcher, text: str) -> str:
        if detect_intent(m.normalizer.normalize(text)) is None:
            text = m.pinyin.read(text)
        text = strip_address(text)
        norm = m.normalizer.normalize(text)
        self.clauses[norm] = m.clauses(text)
        return norm


class Variant:
    def __init__(self, cfg: dict, train: list, tags: list[str], words) -> None:  # type: ignore[no-untyped-def]
        self.cfg = cfg
        self.words = words
        texts = [x.text for x in train]
        self.char = TfidfVectorizer(
            analyzer="char",
            ngram_range=cfg["chars"],
            sublinear_tf=cfg["sublinear"],
            min_df=cfg["min_df"],
            max_df=cfg["max_df"],
            dtype=np.float32,
        )
        self.word = TfidfVectorizer(
            analyzer=self._words,
            sublinear_tf=cfg["sublinear"],
            min_df=cfg["min_df"],
            max_df=cfg["max_df"],
            dtype=np.float32,
        )
        x = sp.hstack(
            [cfg["char_w"] * self.char.fit_transform(texts), cfg["word_w"] * self.word.fit_transform(texts)]
        ).tocsr()
        y = np.array([x.label for x in train])
        w = np.array([weight(cfg, ex, tag) for ex, tag in zip(train, tags, strict=True)])
        keep = w > 0
        x, y, w = x[keep], y[keep], w[keep]
        cw = "balanced" if cfg["balanced"] else None
        self.models = []
        if cfg["clf"] in ("svm", "ens"):
            self.models.append(
                LinearSVC(C=cfg["C"], random_state=0, class_weight=cw).fit(x, y, sample_weight=w)
            )
        if cfg["clf"] in ("lr", "ens"):
            lr = LogisticRegression(C=cfg["lr_C"], max_iter=300, class_weight=cw)
            self.models.append(lr.fit(x, y, sample_weight=w))
        if cfg["clf"] == "cal":
            svm = LinearSVC(C=cfg["C"], random_state=0, class_weight=cw)
            self.models.append(CalibratedClassifierCV(svm, cv=3).fit(x, y, sample_weight=w))
        self.labels = [str(c) for c in self.models[0].classes_]

    def _words(self, text: str) -> list[str]:
        w = self.words(text)
        return w + [f"{a} {b}" for a, b in zip(w, w[1:], strict=False)] if self.cfg["bigrams"] else w

    def features(self, texts: list[str]) -> sp.csr_matrix:
        return sp.hstack(
            [self.cfg["char_w"] * self.char.transform(texts), self.cfg["word_w"] * self.word.transform(texts)]
        ).tocsr()

    def scores(self, texts: list[str], temperature: float) -> np.ndarray:
        x = self.features(texts)
        out = []
        for model in self.models:
            if isinstance(model, LinearSVC) and len(self.models) > 1:
                z = model.decision_function(x) * temperature
                p = np.exp(z - z.max(axis=1, keepdims=True))
                out.append(p / p.sum(axis=1, keepdims=True))
            elif isinstance(model, LinearSVC):
                out.append(model.decision_function(x))
            else:
                out.append(model.predict_proba(x))
        return np.mean(out, axis=0)


def weight(cfg: dict, ex, tag: str) -> float:  # type: ignore[no-untyped-def]
    w = ex.weight * {"answer": cfg["answer_w"], "asked": cfg["asked_w"]}.get(tag, 1.0)
    if cfg["long_at"] and len(ex.text) > cfg["long_at"]:
        w *= (cfg["long_at"] / len(ex.text)) ** cfg["long_pow"]
    return w


def tags_of(kb, train) -> list[str]:  # type: ignore[no-untyped-def]
    answers = {(e.id, s) for e in kb.entries.values() for s in answer_sentences(e.answer)}
    return ["asked" if x.asked else "answer" if (x.label, x.raw) in answers else "kb" for x in train]


def ranks(labels: list[str], scores: np.ndarray) -> list[list[str]]:
    """Each row's entries, best first (out-of-scope topics and routes left out)."""
    entries = np.array([is_entry(c) for c in labels])
    out = []
    for row in scores:
        order = np.argsort(-row, kind="stable")
        out.append([labels[i] for i in order if entries[i]][:3] + [labels[order[0]]])
    return out


def measure(sets: Sets, ranked: dict[str, list[str]]) -> dict:
    """Figures of one variant; ``ranked``: text -> first three entries + first class of all."""
    res: dict = {"real": {}, "hits": []}
    n1 = n3 = n = 0
    for name, qs in sets.real.items():
        h1 = [bool(set(ranked[t][:1]) & set(topics)) for t, topics in qs]
        h3 = [bool(set(ranked[t][:3]) & set(topics)) for t, topics in qs]
        res["real"][name] = (sum(h1), sum(h3), len(qs))
        res["hits"] += h1
        n1, n3, n = n1 + sum(h1), n3 + sum(h3), n + len(qs)
    res["pooled"] = (n1, n3, n)
    inscope = [(t, lab) for t, lab in sets.blind if lab is not None and lab not in ROUTES]
    res["blind1"] = sum(ranked[t][0] == lab for t, lab in inscope) / len(inscope)
    oos = [t for t, lab in sets.blind if lab is None]
    res["oos1"] = sum(ranked[t][3].startswith(OOS) for t in oos) / len(oos)
    routes = [(t, lab) for t, lab in sets.blind if lab in ROUTES]
    res["route1"] = sum(ranked[t][3] == ROUTE + lab[1:] for t, lab in routes) / len(routes)
    return res


def row(name: str, r: dict, base: dict | None, seconds: float) -> str:
    n1, n3, n = r["pooled"]
    pct = lambda a, b: f"{100 * a / b:5.1f}"  # noqa: E731
    per = " ".join(pct(a, c) for a, _, c in r["real"].values())
    gained = lost = 0
    if base is not None:
        gained = sum(a and not b for a, b in zip(r["hits"], base["hits"], strict=True))
        lost = sum(b and not a for a, b in zip(r["hits"], base["hits"], strict=True))
    return (
        f"{name:14s} {pct(n1, n)} {pct(n3, n)} | {per} | {100 * r['blind1']:5.1f} "
        f"{100 * r['oos1']:5.1f} {100 * r['route1']:5.1f} | +{gained:<2d} -{lost:<2d} | {seconds:4.1f}s"
    )


def header() -> str:
    sets = " ".join(f"{'r' + s[8:]:>5s}" for s in REAL)
    return f"{'variant':14s} {'top1':>5s} {'top3':>5s} | {sets} | {'blind':>5s} {'oos1':>5s} {'rte1':>5s} | +/- vs base | build"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--kb", type=Path, default=REPO / "knowledge_base" / "data")
    p.add_argument("--only", help="comma-separated variant names")
    a = p.parse_args()
    kb = load_knowledge_base(a.kb)
    m = Matcher(kb)
    assert m.model is not None
    sets = Sets(m)
    train = examples(kb, m.normalizer.normalize)[0]
    tags = tags_of(kb, train)
    words = m.tokenizer.words
    temperature = m.thresholds.temperature
    print(f"{len(train)} examples, {len({x.label for x in train})} classes, {len(sets.texts)} questions")
    print(header())
    shipped = {t: ranks(m.model.labels, m.model.score(t)[None, :])[0] for t in sets.texts}
    base = measure(sets, shipped)
    print(row("shipped", base, None, 0.0))
    names = a.only.split(",") if a.only else list(VARIANTS)
    for name in names:
        cfg = {**BASE, **VARIANTS[name]}
        started = time.perf_counter()
        v = Variant(cfg, train, tags, words)
        seconds = time.perf_counter() - started
        scores = v.scores(sets.texts, temperature)
        if cfg["clauses"]:
            scores = with_clauses(v, sets, scores, temperature, cfg["clauses"])
        ranked = dict(zip(sets.texts, ranks(v.labels, scores), strict=True))
        print(row(name, measure(sets, ranked), base, seconds), flush=True)


def with_clauses(v: Variant, sets: Sets, scores: np.ndarray, temperature: float, share: float) -> np.ndarray:
    """Each text's scores plus ``share`` of each class's best score over its clauses, for texts of
    two clauses or more."""
    out = scores.copy()
    for k, t in enumerate(sets.texts):
        parts = sets.clauses[t]
        if len(parts) < 2:
            continue
        s = v.scores(parts, temperature)
        out[k] = scores[k] + share * s.max(axis=0)
    return out


if __name__ == "__main__":
    main()

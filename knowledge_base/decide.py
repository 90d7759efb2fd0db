"""From the model's ranked classes to a decision: route, answer, suggest or fallback.

The thresholds are not set by hand: knowledge_base/calibrate.py cross-validates the model on
the knowledge base (held-out alternates, out-of-scope examples and route requests) and writes
the values that keep confident wrong answers rare into knowledge_base/calibration.json, with
how they were chosen and the figures they gave."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from knowledge_base.learned import OOS, ROUTE, is_entry

CALIBRATION = Path(__file__).with_name("calibration.json")
BUTTONS = 3
# A long letter (issue 9, real questions): a worker's story of LETTER_AT normalised characters or
# more, told with its context, spreads the classifier's probability over the entries its details
# touch, and the confidence model (cross-validated on the knowledge base's own alternates, most of
# them short) stays under conf_at even when one entry clearly leads. On the real dev sets such
# letters whose best entry has probability >= LETTER_P1_AT, is no sibling of the runner-up and has
# confidence >= LETTER_CONF_AT were on a fitting subject 14 times in 15 (docs/internals.md,
# "Long letters"); they are answered, the runner-up still offered as a button.
LETTER_AT = 100
LETTER_CONF_AT = 0.65
LETTER_P1_AT = 0.5


@dataclass(frozen=True)
class Thresholds:
    temperature: float = 4.0  # softmax temperature on the SVM scores
    answer_at: float = 0.5  # the best entry's probability needed to answer
    margin: float = 0.2  # ... and its lead over the next entry (a near tie is suggested)
    suggest_at: float = 0.1  # below this, "没找到" (still with buttons when candidates exist)
    candidate_at: float = 0.04  # an entry this likely is offered as a button
    route_at: float = 0.5  # a route class this likely is taken
    clause_route_at: float = 0.6  # ... and in one clause of a long message
    clause_whole_at: float = 0.0  # ... when the whole message gives that route at least this
    oos_at: float = 0.4  # an out-of-scope class this likely turns the question away
    conf_at: float = 0.0  # with a confidence model: the confidence needed to answer (else answer_at)
    sibling_conf_at: float = 0.0  # ... when the two best entries are siblings (0: no siblings)

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


FEATURES = (
    "p1",
    "p1-p2",
    "s1",
    "s1-s2",
    "index(e1)",
    "index top is e1",
    "index lead of e1",
    "length",
    "p2-p3",
    "p(out of scope)",
    "p(route)",
    "entry entropy",
    "log length",
)


def answer_features(
    p1: float,
    p2: float,
    s1: float,
    s2: float,
    e1: str,
    index: dict[str, float],
    length: int,
    others: Others | None = None,
) -> list[float]:
    """What the confidence model sees of a question's best entry: the classifier's probability
    and raw score and their leads over the runner-up, the inverted index's score for it, the
    question's length, and (``others``) how the rest of the probability is spread: the third
    entry, the out-of-scope and route classes, the entropy over the entries."""
    i1 = index.get(e1, 0.0)
    rest = max((v for k, v in index.items() if k != e1), default=0.0)
    top = 1.0 if index and max(index, key=lambda k: index[k]) == e1 else 0.0
    o = others or Others()
    return [
        p1,
        p1 - p2,
        s1,
        s1 - s2,
        i1,
        top,
        i1 - rest,
        min(length, 60) / 60,
        p2 - o.p3,
        o.p_oos,
        o.p_route,
        o.entropy,
        math.log1p(length),
    ]


@dataclass(frozen=True)
class Others:
    p3: float = 0.0  # the third entry's probability
    p_oos: float = 0.0  # the likeliest out-of-scope class
    p_route: float = 0.0  # the likeliest route class
    entropy: float = 0.0  # of the entries' probabilities, renormalised


def others_of(ranked: list[tuple[str, float]]) -> Others:
    """``ranked``: (class, probability) over all classes, most likely first. One pass: it runs
    on every message."""
    entries: list[float] = []
    p_oos = p_route = 0.0
    for label, p in ranked:
        if label.startswith(OOS):
            p_oos = max(p_oos, p)
        elif label.startswith(ROUTE):
            p_route = max(p_route, p)
        else:
            entries.append(p)
    total = sum(entries) or 1.0
    entropy = -sum(p / total * math.log(p / total) for p in entries if p > 0)
    return Others(entries[2] if len(entries) > 2 else 0.0, p_oos, p_route, entropy)


@dataclass(frozen=True)
class Confidence:
    """A logistic regression over answer_features: how likely the best entry is right."""

    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0

    def __call__(self, features: list[float]) -> float | None:
        if len(self.coef) != len(features):
            return None
        z = self.intercept + sum(
            c * (f - m) / (sc or 1.0)
            for c, f, m, sc in zip(self.coef, features, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_thresholds(path: Path = CALIBRATION) -> Thresholds:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["thresholds"]
    except (OSError, ValueError, KeyError, TypeError):
        return Thresholds()
    names = {f.name for f in fields(Thresholds)}
    return Thresholds(**{k: float(v) for k, v in data.items() if k in names})


Siblings = frozenset[frozenset[str]]


def sibling_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def siblings_from(pairs: object) -> Siblings:
    """The sibling pairs of a calibration (``[[a, b], ...]``; see knowledge_base/calibrate_siblings.py)."""
    if not isinstance(pairs, list):
        return frozenset()
    return frozenset(sibling_key(str(a), str(b)) for a, b in (x for x in pairs if len(x) == 2))


def load_siblings(path: Path = CALIBRATION) -> Siblings:
    try:
        return siblings_from(json.loads(path.read_text(encoding="utf-8")).get("siblings"))
    except (OSError, ValueError, TypeError, AttributeError):
        return frozenset()


def load_confidence(path: Path = CALIBRATION) -> Confidence:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["confidence"]
        return Confidence(
            [float(x) for x in data["mean"]],
            [float(x) for x in data["scale"]],
            [float(x) for x in data["coef"]],
            float(data["intercept"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return Confidence()


@dataclass
class Decision:
    route: str  # faq | complaint | progress | human | fallback
    decision: str  # answer | suggest | fallback
    entry: str | None
    score: float  # the best entry's probability
    candidates: list[tuple[str, float]]
    oos_topic: int | None = None
    top: str = ""  # the likeliest class of all, before any route was set aside
    top_p: float = 0.0  # ... and its probability
    confidence: float | None = None  # the confidence model's estimate for the best entry


def decide(
    ranked: list[tuple[str, float]],
    th: Thresholds,
    labour: bool = False,
    confidence: float | None = None,
    siblings: Siblings = frozenset(),
    length: int = 0,
) -> Decision:
    """``ranked``: (class, probability), most likely first. ``labour``: the question holds strong
    labour words, so it is never turned away as out of scope. ``confidence``: the confidence
    model's estimate that the best entry is right (used when th.conf_at is set). ``siblings``:
    pairs of entries the cross-validation confuses; when the two best entries are one, the
    confidence needed is th.sibling_conf_at (below it both are suggested)."""
    entries = [(label, p) for label, p in ranked if is_entry(label)]
    p1 = entries[0][1] if entries else 0.0
    p2 = entries[1][1] if len(entries) > 1 else 0.0
    candidates = [(label, p) for label, p in entries[:BUTTONS] if p >= th.candidate_at]
    top, p_top = ranked[0] if ranked else ("", 0.0)
    if top.startswith(ROUTE) and p_top >= th.route_at:
        return Decision(top[len(ROUTE) :], "fallback", None, p1, candidates)
    if top.startswith(OOS) and p_top >= th.oos_at and not labour:
        return Decision("fallback", "fallback", None, p1, candidates, int(top[len(OOS) :]))
    sure = confidence >= th.conf_at if th.conf_at > 0 and confidence is not None else p1 >= th.answer_at
    if sure and confidence is not None and th.sibling_conf_at > 0 and len(entries) > 1:
        if sibling_key(entries[0][0], entries[1][0]) in siblings:
            sure = confidence >= th.sibling_conf_at
    if not sure and len(entries) > 1 and th.conf_at > 0:
        sure = long_letter_sure(length, p1, confidence, sibling_key(entries[0][0], entries[1][0]) in siblings)
    if entries and sure and p1 - p2 >= th.margin:
        return Decision("faq", "answer", entries[0][0], p1, candidates, confidence=confidence)
    if entries and p1 >= th.suggest_at:
        return Decision("fallback", "suggest", None, p1, candidates or entries[:1], confidence=confidence)
    return Decision("fallback", "fallback", None, p1, candidates, confidence=confidence)


def long_letter_sure(length: int, p1: float, confidence: float | None, siblings: bool) -> bool:
    """A long letter whose best entry leads clearly enough to be answered under conf_at: at least
    LETTER_AT characters, the entry's probability at least LETTER_P1_AT, the confidence at least
    LETTER_CONF_AT, and the runner-up no sibling (a sibling pair keeps its own, higher threshold)."""
    return (
        length >= LETTER_AT
        and confidence is not None
        and confidence >= LETTER_CONF_AT
        and p1 >= LETTER_P1_AT
        and not siblings
    )

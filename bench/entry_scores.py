"""The FAQ model's view of one normalised question, for the bench scripts that study the decision
step (bench/real_positions.py, bench/real_conf_features.py): the entries ranked by the model,
the index's scores, the confidence model's features and its estimate for the best entry."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge_base.decide import answer_features, others_of
from knowledge_base.learned import is_entry
from knowledge_base.matcher import Matcher


@dataclass(frozen=True)
class EntryScores:
    terms: list[str]
    entries: list[tuple[str, float, float]]  # (entry id, probability, score), best first
    index: dict[str, float]  # the inverted index's score of each candidate it retrieved
    features: list[float]  # answer_features of the best entry
    confidence: float


def entry_scores(m: Matcher, norm: str) -> EntryScores:
    """Rank the entries for ``norm`` (a normalised question) as the matcher does before deciding."""
    terms = m.tokenizer.terms(norm, m.tokenizer.cut(norm))
    assert m.model is not None
    scored = m.model.rank_scored(norm, [t[2:] for t in terms if t.startswith("w:")])
    entries = [x for x in scored if is_entry(x[0])]
    index = {c.id: c.score for c in m.index.rank(norm, terms).candidates}
    (e1, p1, s1), (_, p2, s2) = entries[0], entries[1]
    others = others_of([(label, p) for label, p, _ in scored])
    f = answer_features(p1, p2, s1, s2, e1, index, len(norm), others)
    return EntryScores(terms, entries, index, f, m.confidence(f) or 0.0)

"""Issue 9: the index veto keeps an answer only for an entry the index would suggest. The index
retrieves its first eight candidates; a short question whose asking words (在哪个部门办理,
是哪个部门) fill those eight with other entries' texts left out the one entry holding its topic
word, scored it 0 and withheld an answer the model was sure of. Such an entry is now scored on
its own. Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.index import CANDIDATES
from knowledge_base.matcher import Matcher

CROWDED_OUT = [
    ("失业登记在哪个部门办理", "insurance.unemployment"),
    ("年假是哪个部门规定的", "leave.annual"),
]


def _terms(matcher: Matcher, question: str) -> tuple[str, list[str]]:
    norm = matcher.normalizer.normalize(question)
    return norm, matcher.tokenizer.terms(norm, matcher.tokenizer.cut(norm))


@pytest.mark.parametrize(("question", "entry"), CROWDED_OUT)
def test_an_entry_beyond_the_first_candidates_is_answered(
    matcher: Matcher, question: str, entry: str
) -> None:
    r = matcher.match(question)
    assert r.route == "faq" and r.decision == "answer" and r.id == entry, r.as_json()


@pytest.mark.parametrize(("question", "entry"), CROWDED_OUT)
def test_the_index_scores_an_entry_it_did_not_retrieve(matcher: Matcher, question: str, entry: str) -> None:
    norm, terms = _terms(matcher, question)
    retrieved = [c.id for c in matcher.index.rank(norm, terms).candidates]
    assert len(retrieved) == CANDIDATES and entry not in retrieved
    assert matcher.index.score_of(norm, terms, entry) >= 0.3


def test_a_retrieved_entry_keeps_the_score_rank_gives_it(matcher: Matcher) -> None:
    norm, terms = _terms(matcher, "公司拖欠工资三个月了去哪里投诉")
    for c in matcher.index.rank(norm, terms).candidates:
        assert matcher.index.score_of(norm, terms, c.id) == c.score


@pytest.mark.parametrize("question", ["明天天气怎么样", "附近哪家火锅店好吃"])
def test_the_veto_still_keeps_questions_of_no_entry_unanswered(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).decision != "answer"


@pytest.mark.parametrize(("question", "entry"), CROWDED_OUT)
def test_an_entry_scored_on_its_own_gets_the_score_rank_gives_it(
    matcher: Matcher, question: str, entry: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """score_of scores only the entry asked about (no full rank of eight candidates), to the same
    score as rank(also=entry)."""
    norm, terms = _terms(matcher, question)
    [expected] = [c.score for c in matcher.index.rank(norm, terms, also=entry).candidates if c.id == entry]
    ranked: list[str] = []
    rank = type(matcher.index).rank
    monkeypatch.setattr(
        type(matcher.index), "rank", lambda self, *a, **k: ranked.append(a[0]) or rank(self, *a, **k)
    )
    assert matcher.index.score_of(norm, terms, entry) == expected
    assert ranked == []
    assert matcher.index.score_of(norm, terms, "no.such.entry") == 0.0

"""The inverted index's fast ranking (knowledge_base/entry_texts.py: coverage from precomputed
substrings, partial_ratio skipped where a bound shows it cannot count, postings summed with
bincount) gives exactly what the plain loops gave: the same candidates with the same scores, on
the knowledge base's own texts and on labelled questions, long stories included."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import yaml
from rapidfuzz import fuzz, process

from knowledge_base import entry_texts
from knowledge_base.entry_texts import EntryTexts
from knowledge_base.index import CANDIDATES, COVERAGE_SPAN, IndexRanker
from knowledge_base.loader import load_knowledge_base
from knowledge_base.normalize import Normalizer
from knowledge_base.tokenize import Tokenizer

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ranker() -> IndexRanker:
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    normalizer = Normalizer(kb.synonyms)
    words = list(kb.userdict) + [normalizer.normalize(k) for e in kb.entries.values() for k in e.keywords]
    return IndexRanker(kb, normalizer, Tokenizer(words))


def plain_fuzz(norm: str, texts: list[str]) -> float:
    fz = process.extractOne(norm, texts, scorer=fuzz.ratio)[1]
    if len(norm) >= 4:
        fz = max(fz, 0.8 * process.extractOne(norm, texts, scorer=fuzz.partial_ratio)[1])
    return fz / 100.0


def plain_coverage(weighted: list[tuple[str, float]], texts: list[str], query_len: int) -> float:
    best = 0.0
    room = COVERAGE_SPAN * query_len + 6
    for text in texts:
        s = 0.0
        for word, weight in weighted:
            if word in text:
                s += weight
        if len(text) > room:
            s *= room / len(text)
        best = max(best, s)
    return best


def plain_rank(ix: IndexRanker, norm: str, terms: list[str]) -> list[tuple[str, float]]:
    """The ranking as the index computed it with Python loops over every candidate text."""
    query_terms = list(dict.fromkeys(terms))
    total_idf = sum(ix._weight(t) for t in query_terms) or 1.0
    dense = np.zeros(ix._n_docs)
    for t in query_terms:
        if t in ix._term_no:
            docs, weights = ix._postings(t)
            dense[docs] += weights
    nonzero = np.flatnonzero(dense)
    if not len(nonzero):
        return []
    keep = min(CANDIDATES * 4, len(nonzero))
    top = nonzero[np.argpartition(-dense[nonzero], keep - 1)[:keep]]
    best_doc: dict[str, float] = {}
    for doc in sorted(top.tolist(), key=lambda d: (-dense[d], d)):
        eid = ix.doc_entry[doc]
        if float(dense[doc]) > best_doc.get(eid, 0.0):
            best_doc[eid] = float(dense[doc])
    top_bm25 = max(best_doc.values())
    known = sum(1 for t in query_terms if t in ix.idf) / len(query_terms)
    weighted = [(t[2:], ix.idf[t]) for t in query_terms if ix.idf.get(t, 0.0) > 0.0]
    ranked = []
    for eid, bm in sorted(best_doc.items(), key=lambda kv: kv[1], reverse=True)[:CANDIDATES]:
        texts = ix.entry_texts[eid]
        coverage = plain_coverage(weighted, texts, len(norm)) / total_idf
        fz = plain_fuzz(norm, texts)
        score = 0.45 * coverage + 0.35 * fz + 0.20 * (bm / top_bm25) * min(1.0, known * 1.2)
        ranked.append((eid, round(min(score, 1.0), 4)))
    ranked.sort(key=lambda c: c[1], reverse=True)
    return ranked


def questions() -> list[str]:
    """Labelled questions (short and long, typos, traditional characters) and the knowledge
    base's own questions and alternates."""
    out = []
    for name in ("tests/data/faq_dev.yaml", "bench/faq_blind5.yaml", "bench/faq_real2.yaml"):
        out += [str(x["q"]) for x in yaml.safe_load((REPO / name).read_text(encoding="utf-8"))["questions"]]
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    for e in kb.entries.values():
        out += [e.question, *e.alternates[::3]]
    return out + ["工资", "工伤认定", "欠钱", "你能干什么", "abc", "2024年"]


def test_fast_ranking_equals_the_plain_loops(ranker: IndexRanker) -> None:
    texts = questions()
    long = 0
    for q in texts:
        norm = ranker.normalizer.normalize(q)
        terms = ranker.tokenizer.terms(norm)
        if not terms:
            continue
        got = [(c.id, c.score) for c in ranker.rank(norm, terms).candidates]
        assert got == plain_rank(ranker, norm, terms), q
        long += len(norm) >= 40
    assert len(texts) > 1000 and long > 50  # the long stories, where most partial_ratio calls are skipped


@pytest.mark.parametrize("small", [0, 10**9], ids=["arrays", "loops"])
def test_fuzz_and_coverage_equal_the_plain_loops_on_awkward_texts(
    small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts of the query's length (rapidfuzz then aligns each in the other), longer than it,
    far shorter, with repeated characters, sharing nothing; queries under PARTIAL_MIN. Both
    ways: the arrays, and the loops EntryTexts runs for a few small texts; words longer than
    three characters found by search."""
    monkeypatch.setattr(entry_texts, "SMALL_COVERAGE", small)
    monkeypatch.setattr(entry_texts, "SMALL_FUZZ", small)
    monkeypatch.setattr(entry_texts, "_CHUNK", 3)  # texts scanned a few at a time, as on a large base
    entries = {
        "a": ["你能干什么", "你有什么用", "工资工资工资", "工"],
        "b": ["老板欠我工资三个月了怎么办呢我要去哪里投诉才能拿回工资", "拖欠工资"],
        "c": ["完全无关的句子", "天气很好"],
    }
    vocabulary = {"工资", "工", "老板", "投诉", "拖欠", "什么", "你", "天气", "拖欠工资", "去哪里投诉"}
    et = EntryTexts(entries, vocabulary)
    ids = list(entries)
    for query in [
        "你能干什么",
        "工资",
        "老板拖欠工资",
        "工资工资被拖欠了三个月老板不接电话",
        "天",
        "什么什么你你",
    ]:
        want = [plain_fuzz(query, entries[e]) for e in ids]
        assert et.fuzz(query, ids) == want, query
        assert et.fuzz(query, ids[::-1]) == want[::-1], query
        words = ("工资", "工", "老板", "你", "工资", "什么", "拖欠工资", "去哪里投诉")
        weighted = [(w, 1.0 + len(w) / 3) for w in words if w in query or w == "去哪里投诉"]
        for room_len in (len(query), 2):
            room = COVERAGE_SPAN * room_len + 6
            want_cov = [plain_coverage(weighted, entries[e], room_len) for e in ids]
            assert et.coverage(ids, weighted, room) == want_cov, query


def test_partial_ratio_is_skipped_where_it_cannot_count(
    ranker: IndexRanker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The equivalence above would hold vacuously if every text were still compared: on a long
    story most of the candidates' texts are never given to partial_ratio."""
    calls = []

    def counted(a: str, b: str, score_cutoff: float = 0.0) -> float:
        calls.append(b)
        return fuzz.partial_ratio(a, b, score_cutoff=score_cutoff)

    monkeypatch.setattr(entry_texts, "fuzz", SimpleNamespace(ratio=fuzz.ratio, partial_ratio=counted))
    story = "我在一家饭店当服务员 老板说生意不好 4月5月的工资一直说下个月一起发 到现在7月了还没给 我想辞职又怕钱要不回来"
    norm = ranker.normalizer.normalize(story)
    result = ranker.rank(norm, ranker.tokenizer.terms(norm))
    compared = sum(len(ranker.entry_texts[c.id]) for c in result.candidates)
    assert 0 < len(calls) < compared / 3

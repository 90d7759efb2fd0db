"""Candidate retrieval: an inverted index with BM25-style weights picks candidate entries and a
hand-weighted blend (word coverage, rapidfuzz similarity, BM25) scores them. The learned model
(knowledge_base/learned.py) ranks on top of it; on a knowledge base too large to train on at
load, these scores decide alone, with the thresholds below."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import numpy as np

from knowledge_base.candidates import Candidate, MatchResult
from knowledge_base.entry_texts import EntryTexts
from knowledge_base.model import KnowledgeBase
from knowledge_base.normalize import Normalizer
from knowledge_base.tokenize import Tokenizer

K1, B = 1.2, 0.75
POSTING_CAP = 100  # impact-ordered posting lists are cut here: rare, strong evidence wins
CANDIDATES = 8
COVERAGE_SPAN = 3.0  # texts longer than this many times the question (+6) cover it proportionally less
ANSWER_AT = 0.42
ANSWER_MARGIN = 0.0
SUGGEST_AT = 0.3
UNKNOWN_BIGRAM = 0.5
# Amounts, dates and durations ("200块", "八千", "62") are details of the worker's case, not
# missing topic evidence: when the knowledge base has never seen them they weigh nothing.
_NUMBER = re.compile(r"[0-9]|^[一二三四五六七八九十百千万两半]+$")


class IndexRanker:
    def __init__(self, kb: KnowledgeBase, normalizer: Normalizer, tokenizer: Tokenizer) -> None:
        self.kb = kb
        self.normalizer = normalizer
        self.tokenizer = tokenizer
        self._build()

    def _build(self) -> None:
        docs: list[tuple[str, str, list[str]]] = []  # (entry id, normalized text, terms)
        for e in self.kb.entries.values():
            texts = [e.question, *e.alternates]
            for text in texts:
                norm = self.normalizer.normalize(text)
                if norm:
                    docs.append((e.id, norm, self.tokenizer.terms(norm)))
            kw = " ".join(self.normalizer.normalize(k) for k in e.keywords)
            if kw.strip():
                docs.append(
                    (e.id, kw.replace(" ", ""), [f"w:{self.normalizer.normalize(k)}" for k in e.keywords])
                )
        self.doc_entry = [d[0] for d in docs]
        self.doc_text = [d[1] for d in docs]
        n = max(len(docs), 1)
        avg = sum(len(d[2]) for d in docs) / n if docs else 1.0
        df: dict[str, int] = defaultdict(int)
        for _, _, terms in docs:
            for t in set(terms):
                df[t] += 1
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.max_idf = max(self.idf.values(), default=1.0)
        # every posting as (term number, weight, document) in flat arrays, sorted once by numpy
        # (one Python sort per term cost most of a reload's index build)
        term_no = {t: k for k, t in enumerate(df)}
        flat_t: list[int] = []
        flat_w: list[float] = []
        flat_d: list[int] = []
        for i, (_, _, terms) in enumerate(docs):
            tf: dict[str, int] = defaultdict(int)
            for t in terms:
                tf[t] += 1
            norm_len = K1 * (1 - B + B * len(terms) / avg)
            for t, f in tf.items():
                flat_t.append(term_no[t])
                flat_w.append(self.idf[t] * f * (K1 + 1) / (f + norm_len))
                flat_d.append(i)
        t_arr = np.asarray(flat_t, dtype=np.intp)
        w_arr = np.asarray(flat_w, dtype=np.float64)
        d_arr = np.asarray(flat_d, dtype=np.intp)
        # impact-ordered posting lists (strongest weight first, then the later document), cut at
        # POSTING_CAP, as arrays: a query adds them up with numpy (a long story has hundreds of terms)
        order = np.lexsort((-d_arr, -w_arr, t_arr))
        w_arr, d_arr = w_arr[order], d_arr[order]
        starts = np.zeros(len(term_no) + 1, dtype=np.intp)
        starts[1:] = np.cumsum(np.bincount(t_arr, minlength=len(term_no)))
        # a term's list is cut out of the sorted arrays the first time a query has the term
        # (cutting all ~17,000 at build cost ~0.3 s of a start)
        self._term_no, self._starts, self._w_sorted, self._d_sorted = term_no, starts, w_arr, d_arr
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._n_docs = len(docs)
        self.entry_texts: dict[str, list[str]] = defaultdict(list)
        for eid, text in zip(self.doc_entry, self.doc_text, strict=True):
            self.entry_texts[eid].append(text)
        self.texts = EntryTexts(self.entry_texts, {t[2:] for t in self.idf})
        by_entry: dict[str, list[int]] = defaultdict(list)
        for i, eid in enumerate(self.doc_entry):
            by_entry[eid].append(i)
        self._entry_docs = {eid: np.asarray(ds, dtype=np.intp) for eid, ds in by_entry.items()}

    def rank(self, norm: str, terms: list[str], also: str | None = None) -> MatchResult:
        """The CANDIDATES entries whose texts share the most weighted words with ``norm``, scored.
        ``also``: an entry scored the same way even when it is not among them."""
        query = self._query(terms)
        if query is None:
            return MatchResult(route="fallback", id=None, score=0.0, normalized=norm, tokens=terms)
        query_terms, total_idf, dense = query
        nonzero = np.flatnonzero(dense)
        keep = min(CANDIDATES * 4, len(nonzero))
        top = nonzero[np.argpartition(-dense[nonzero], keep - 1)[:keep]]
        best_doc: dict[str, float] = {}
        for doc in sorted(top.tolist(), key=lambda d: (-dense[d], d)):
            s = float(dense[doc])
            eid = self.doc_entry[doc]
            if s > best_doc.get(eid, 0.0):
                best_doc[eid] = s
        chosen = sorted(best_doc.items(), key=lambda kv: kv[1], reverse=True)[:CANDIDATES]
        if also is not None and also in self._entry_docs and also not in dict(chosen):
            chosen.append((also, float(dense[self._entry_docs[also]].max())))
        ranked = self._scored(norm, query_terms, total_idf, max(best_doc.values()), chosen)
        ranked.sort(key=lambda c: c.score, reverse=True)
        top = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else 0.0
        if top.score >= ANSWER_AT and (top.score - second >= ANSWER_MARGIN or top.score >= 0.8):
            decision, route, eid = "answer", "faq", top.id
        elif top.score >= SUGGEST_AT:
            decision, route, eid = "suggest", "fallback", None
        else:
            decision, route, eid = "fallback", "fallback", None
        return MatchResult(
            route=route,
            id=eid,
            score=top.score,
            candidates=ranked,  # up to CANDIDATES; callers show three
            decision=decision,
            normalized=norm,
            tokens=terms,
        )

    def score_of(self, norm: str, terms: list[str], eid: str) -> float:
        """``eid``'s score for ``norm`` as rank gives it, also when it is not among the candidates:
        only that entry is scored (its BM25 against the best document's, as in rank: the best
        document is always among rank's first ones)."""
        query = self._query(terms)
        if query is None or eid not in self._entry_docs:
            return 0.0
        query_terms, total_idf, dense = query
        bm = float(dense[self._entry_docs[eid]].max())
        return self._scored(norm, query_terms, total_idf, float(dense.max()), [(eid, bm)])[0].score

    def _postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """The documents and weights of ``term``'s posting list, strongest first, cut at
        POSTING_CAP (the index knows the term)."""
        found = self._arrays.get(term)
        if found is None:
            k = self._term_no[term]
            a, b = int(self._starts[k]), int(self._starts[k + 1])
            b = min(b, a + POSTING_CAP)
            found = self._arrays[term] = (self._d_sorted[a:b], self._w_sorted[a:b])
        return found

    def _query(self, terms: list[str]) -> tuple[list[str], float, np.ndarray] | None:
        """The query's distinct terms, their total weight and every document's BM25 (None: no
        term the index knows)."""
        if not terms:
            return None
        query_terms = list(dict.fromkeys(terms))
        # A word the knowledge base has never seen is specific evidence that is missing, not noise:
        # it weighs as much as the rarest known word (bigrams half), so off-topic questions score low.
        total_idf = sum(self._weight(t) for t in query_terms) or 1.0
        found = [self._postings(t) for t in query_terms if t in self._term_no]
        if not found:
            return None
        # bincount adds in input order: each document's weights are summed in query-term order,
        # as adding the posting lists one by one did (a posting list holds each document once)
        dense = np.bincount(
            np.concatenate([f[0] for f in found]),
            weights=np.concatenate([f[1] for f in found]),
            minlength=self._n_docs,
        )
        return query_terms, total_idf, dense

    def _scored(
        self,
        norm: str,
        query_terms: list[str],
        total_idf: float,
        top_bm25: float,
        chosen: list[tuple[str, float]],
    ) -> list[Candidate]:
        """The blended score of each (entry, its best BM25) in ``chosen``; every entry's word
        coverage and fuzzy similarity are its own (knowledge_base/entry_texts.py computes them for
        all at once)."""
        known = sum(1 for t in query_terms if t in self.idf) / len(query_terms)
        # only known words can cover anything: (text to look for, its weight)
        weighted = [(t[2:], self.idf[t]) for t in query_terms if self.idf.get(t, 0.0) > 0.0]
        eids = [eid for eid, _ in chosen]
        covered = self.texts.coverage(eids, weighted, COVERAGE_SPAN * len(norm) + 6)
        fuzzy = self.texts.fuzz(norm, eids)
        out = []
        for (eid, bm), matched_idf, fz in zip(chosen, covered, fuzzy, strict=True):
            coverage = matched_idf / total_idf
            score = 0.45 * coverage + 0.35 * fz + 0.20 * (bm / top_bm25) * min(1.0, known * 1.2)
            out.append(Candidate(eid, round(min(score, 1.0), 4)))
        return out

    def _weight(self, term: str) -> float:
        if term in self.idf:
            return self.idf[term]
        if _NUMBER.search(term[2:]):
            return 0.0
        return self.max_idf if term.startswith("w:") else self.max_idf * UNKNOWN_BIGRAM

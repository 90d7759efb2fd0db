"""The TF-IDF features the model trains on, as scikit-learn's TfidfVectorizer makes them, counted
faster.

TfidfVectorizer.fit_transform counts the terms of each text in a Python loop over every term
(~0.5 M character n-grams on the shipped base: a fifth of a training). Here the same analyzers
(scikit-learn's own character n-grams; the tokenizer's words) feed one list comprehension, numpy
adds up the counts, and scikit-learn's TfidfTransformer weighs them. The result is the
vectoriser's to the bit: the same vocabulary (in the same order), idf, matrix and order of
indices within a row (tests/test_features.py compares them on the shipped knowledge base)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

# (vocabulary: term -> column in the order the texts first use them, idf by column)
Vocabulary = tuple[dict[str, int], np.ndarray]

_CHARS = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, dtype=np.float32)


def tfidf(texts: list[str], analyzer: Callable[[str], list[str]]) -> tuple[sp.csr_matrix, Vocabulary]:
    """TfidfVectorizer(analyzer=..., sublinear_tf=True, dtype=np.float32).fit_transform(texts)."""
    vocabulary: dict[str, int] = {}
    ids: list[int] = []
    lengths = np.zeros(len(texts), dtype=np.int64)
    for n, text in enumerate(texts):
        terms = analyzer(text)
        lengths[n] = len(terms)
        ids.extend([vocabulary.setdefault(t, len(vocabulary)) for t in terms])
    if not vocabulary:
        raise ValueError("empty vocabulary: the texts have no terms")
    rows = np.repeat(np.arange(len(texts)), lengths)
    counts = sp.csr_matrix(
        (np.ones(len(ids), dtype=np.float32), (rows, np.asarray(ids, dtype=np.int64))),
        shape=(len(texts), len(vocabulary)),
        dtype=np.float32,
    )
    counts.sum_duplicates()  # sorted indices, by first use
    counts.indices = counts.indices.astype(np.int32)
    counts.indptr = counts.indptr.astype(np.int32)
    # columns by term, as the vectoriser sorts them; a row's indices keep their first-use order
    terms = list(vocabulary)
    order = sorted(range(len(terms)), key=terms.__getitem__)
    column = np.empty(len(terms), dtype=counts.indices.dtype)
    column[order] = np.arange(len(terms), dtype=column.dtype)
    counts.indices = column.take(counts.indices)
    counts.has_sorted_indices = False
    weigh = TfidfTransformer(sublinear_tf=True).fit(counts)
    matrix = weigh.transform(counts, copy=False)
    return matrix, (dict(zip(terms, column.tolist(), strict=True)), weigh.idf_)


def char_analyzer() -> Callable[[str], list[str]]:
    """scikit-learn's character 1-3-grams (lower case, runs of white space as one space)."""
    return _CHARS.build_analyzer()

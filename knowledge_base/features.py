"""The TF-IDF features the model trains on: scikit-learn's TfidfVectorizer over character 1-3-grams
and over the tokenizer's words (sublinear term frequency, float32).

A hand-counted variant equal to the vectoriser to the bit saved ~0.3 s per training (a fifth of
it is the vectoriser's per-term Python loop); it was dropped for the library's own code, as the
project prefers a well-kept library over hand-written code. The model cache
(knowledge_base/model_cache.py) is what keeps a start or an unchanged reload cheap."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

# (vocabulary: term -> column, idf by column)
Vocabulary = tuple[dict[str, int], np.ndarray]


def tfidf(texts: list[str], analyzer: Callable[[str], list[str]]) -> tuple[sp.csr_matrix, Vocabulary]:
    """TfidfVectorizer(analyzer=..., sublinear_tf=True, dtype=np.float32).fit_transform(texts),
    with the fitted vocabulary and idf (ValueError "empty vocabulary" when no text has a term)."""
    vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32)
    matrix = vectorizer.fit_transform(texts)
    return matrix, (vectorizer.vocabulary_, vectorizer.idf_)


def char_analyzer() -> Callable[[str], list[str]]:
    """scikit-learn's character 1-3-grams (lower case, runs of white space as one space)."""
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3)).build_analyzer()

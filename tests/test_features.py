"""The model's features (knowledge_base/features.py) are scikit-learn's TfidfVectorizer's to the
bit, on the shipped knowledge base's training texts: vocabulary and its order, idf, matrix."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge_base.features import char_analyzer, tfidf
from knowledge_base.learned import examples
from knowledge_base.loader import load_knowledge_base
from knowledge_base.normalize import Normalizer
from knowledge_base.tokenize import Tokenizer

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts_and_words() -> tuple[list[str], Tokenizer]:
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    normalizer = Normalizer(kb.synonyms)
    words = list(kb.userdict) + [normalizer.normalize(k) for e in kb.entries.values() for k in e.keywords]
    train, _ = examples(kb, normalizer.normalize)
    return [x.text for x in train], Tokenizer(words)


@pytest.mark.parametrize("kind", ["char", "words"])
def test_features_equal_the_vectoriser(texts_and_words: tuple[list[str], Tokenizer], kind: str) -> None:
    texts, tokenizer = texts_and_words
    if kind == "char":
        vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, dtype=np.float32)
        analyzer = char_analyzer()
    else:
        vectorizer = TfidfVectorizer(analyzer=tokenizer.words, sublinear_tf=True, dtype=np.float32)
        analyzer = tokenizer.words
    expected = vectorizer.fit_transform(texts)
    matrix, (vocabulary, idf) = tfidf(texts, analyzer)
    assert len(vocabulary) > 1000
    assert list(vocabulary.items()) == list(vectorizer.vocabulary_.items())  # the same order too
    assert idf.dtype == vectorizer.idf_.dtype and np.array_equal(idf, vectorizer.idf_)
    assert matrix.shape == expected.shape and matrix.dtype == expected.dtype
    for part in ("indptr", "indices", "data"):  # the order of indices within a row too
        assert np.array_equal(getattr(matrix, part), getattr(expected, part)), part


def test_no_terms_is_refused() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf(["", ""], char_analyzer())

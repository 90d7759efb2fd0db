"""The model's features (knowledge_base/features.py): scikit-learn's TfidfVectorizer on the shipped
knowledge base's training texts, with a vocabulary and idf the model can be rebuilt from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

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
def test_vocabulary_and_idf_rebuild_each_row(texts_and_words: tuple[list[str], Tokenizer], kind: str) -> None:
    texts, tokenizer = texts_and_words
    analyzer = char_analyzer() if kind == "char" else tokenizer.words
    matrix, (vocabulary, idf) = tfidf(texts, analyzer)
    assert len(vocabulary) > 1000 and matrix.shape == (len(texts), len(vocabulary)) == (len(texts), len(idf))
    assert matrix.dtype == np.float32
    # a row rebuilt by hand from the vocabulary and idf (as the matcher scores a new text) is the row
    text = max(texts[:200], key=len)
    terms = analyzer(text)
    row = np.zeros(len(vocabulary))
    for term in set(terms):
        row[vocabulary[term]] = (1 + np.log(terms.count(term))) * idf[vocabulary[term]]
    row /= np.linalg.norm(row)
    assert np.allclose(matrix[texts.index(text)].toarray().ravel(), row, atol=1e-6)


def test_char_grams_are_one_to_three_characters() -> None:
    grams = char_analyzer()("欠薪 AB")
    assert "欠" in grams and "欠薪" in grams and "欠薪 " in grams and "ab" in grams
    assert max(map(len, grams)) == 3


def test_no_terms_is_refused() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf(["", ""], char_analyzer())

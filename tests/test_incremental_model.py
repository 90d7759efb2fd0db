"""The model's training pieces (knowledge_base/learned.py, knowledge_base/incremental.py): the SVM
trained in two threads agrees with the one trained in one; a quick update that changes nothing
keeps every weight; one that adds a text trains again only its class."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from knowledge_base.features import char_analyzer, tfidf
from knowledge_base.incremental import Trained, changed_classes, update
from knowledge_base.learned import Example, TextModel, _fit_svm, examples
from knowledge_base.loader import load_knowledge_base
from knowledge_base.normalize import Normalizer
from knowledge_base.tokenize import Tokenizer
from tests.small_kb import write_small_kb


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Example], Tokenizer, TextModel]:
    root: Path = tmp_path_factory.mktemp("kb")
    write_small_kb(root)
    kb = load_knowledge_base(root)
    normalizer = Normalizer(kb.synonyms)
    tokenizer = Tokenizer(list(kb.userdict))
    train, _ = examples(kb, normalizer.normalize)
    return train, tokenizer, TextModel(train, tokenizer.words, 1.0)


def test_one_or_two_threads_train_the_same_svm(
    trained: tuple[list[Example], Tokenizer, TextModel],
) -> None:
    train, tokenizer, _ = trained
    texts = [x.text for x in train]
    features = sp.hstack([tfidf(texts, char_analyzer())[0], tfidf(texts, tokenizer.words)[0]]).tocsr()
    y, weight = np.array([x.label for x in train]), np.array([x.weight for x in train])
    assert len(set(y)) >= 8  # enough classes to be split
    one = _fit_svm(features, y, weight, threads=1)
    np.random.seed(12345)  # numpy's global generator, which an unseeded liblinear would draw from
    np.random.random(7)
    again = _fit_svm(features, y, weight, threads=1)
    # one thread, a fixed seed: the very same model whatever the global generator
    assert np.array_equal(again[1], one[1]) and np.array_equal(again[2], one[2])
    two = _fit_svm(features, y, weight, threads=2)
    assert two[0] == one[0] == sorted(set(y))
    # two threads share liblinear's one generator (their visiting orders interleave): the same
    # binary problems solved to the same tolerance, so the weights agree to the last digits and
    # every training text gets the same class
    assert np.allclose(two[1], one[1], rtol=0, atol=1e-4) and np.allclose(two[2], one[2], rtol=0, atol=1e-4)
    scores_one = features @ one[1].T + one[2]
    scores_two = features @ two[1].T + two[2]
    assert np.array_equal(np.argmax(scores_one, axis=1), np.argmax(scores_two, axis=1))


def test_an_update_without_changes_keeps_every_weight(
    trained: tuple[list[Example], Tokenizer, TextModel],
) -> None:
    train, tokenizer, model = trained
    assert model.features is not None
    base = Trained(train, *model.features, model, tokenizer.signature)
    same = update(base, list(train), tokenizer.words, 1.0)
    assert same is not None and same.model.provisional
    assert same.model.labels == model.labels
    assert np.array_equal(same.model.weights, model.weights) and np.array_equal(same.model.bias, model.bias)


def test_an_added_text_trains_its_class_only(trained: tuple[list[Example], Tokenizer, TextModel]) -> None:
    train, tokenizer, model = trained
    assert model.features is not None
    base = Trained(train, *model.features, model, tokenizer.signature)
    added = Example("领导画的大饼一直不兑现", "leave.annual", "领导画的大饼一直不兑现")
    assert changed_classes(train, [*train, added]) == {"leave.annual"}
    quick = update(base, [*train, added], tokenizer.words, 1.0)
    assert quick is not None
    new = quick.model
    assert "大饼" in new._word_vocab and "画的大" in new._char_vocab  # the new text's terms have columns
    j = new.labels.index("leave.annual")
    others = [i for i, label in enumerate(new.labels) if label != "leave.annual"]
    n_chars_old = len(model._char_vocab)
    # every other class keeps its weights (new columns 0 for them); the edited class trained again
    assert np.array_equal(new.weights[:n_chars_old, others], model.weights[:n_chars_old, others])
    assert not new.weights[n_chars_old : len(new._char_vocab), others].any()
    assert new.weights[new._word_vocab["大饼"][0], j] > 0
    assert new.rank(added.text)[0][0] == "leave.annual"
    assert quick.chars.shape[0] == quick.words.shape[0] == len(train) + 1

"""A trained model brought up to date after an edit in a fraction of a training's time.

The one-vs-rest SVM of knowledge_base/learned.py is one binary classifier per class, each trained
on every example. After an edit that touches a few classes (an alternate added to an entry, a
user's question labelled, an entry removed), ``update`` keeps the features of every unchanged
example (their rows are reused), counts the features of the new texts with the fitted
vocabularies (terms no example had before get columns of their own, their idf counted as the
vectoriser would), trains again only the binary classifiers of the classes whose examples changed
(each one exactly as the multi-class SVM trains it: liblinear solves the same problem) and drops
the classes that are gone. Every other class keeps its weights: it has not seen the new examples
as counter-examples, and no idf moved. So the result is close to, not equal to, a full training:
the caller serves it at once (the edit is live within the reload) and trains the full model in
the background (knowledge_base/service.py), which replaces it when ready."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from knowledge_base.features import char_analyzer
from knowledge_base.learned import SVM_C, SVM_SEED, Example, TextModel

# A quick update trains at most this share of the classes again; an edit touching more (a
# synonym that changes every text) waits for a full training, which costs about the same.
QUICK_SHARE = 0.25


@dataclass
class Trained:
    """A model and what it was trained on: the examples and their feature rows (character and
    word blocks, in the examples' order)."""

    train: list[Example]
    chars: sp.csr_matrix
    words: sp.csr_matrix
    model: TextModel
    signature: str  # the tokenizer's: word features of another tokenizer do not fit


def _sig(x: Example) -> tuple[str, str, float]:
    return (x.text, x.label, x.weight)


def changed_classes(old: list[Example], new: list[Example]) -> set[str]:
    """The classes whose examples (texts and weights) differ, those added and those gone."""
    before: dict[str, Counter] = defaultdict(Counter)
    after: dict[str, Counter] = defaultdict(Counter)
    for x in old:
        before[x.label][(x.text, x.weight)] += 1
    for x in new:
        after[x.label][(x.text, x.weight)] += 1
    return {label for label in before.keys() | after.keys() if before.get(label) != after.get(label)}


def _extended(
    vocab: dict[str, tuple[int, float]], shift: int, analysed: list[list[str]], n_docs: int
) -> tuple[dict[str, tuple[int, float]], int]:
    """A fitted vocabulary (term -> (column, idf)) with its columns moved by ``shift`` and the new
    texts' unseen terms added after its last column, their idf scikit-learn's smooth idf (no
    unchanged example has them). Returns it and how many terms were added."""
    out = dict(vocab) if shift == 0 else {t: (i + shift, f) for t, (i, f) in vocab.items()}
    df: Counter = Counter()
    for terms in analysed:
        df.update({t for t in terms if t not in out})
    if df:
        end = max(i for i, _ in out.values()) + 1 if out else 0
        for k, t in enumerate(t for t in dict.fromkeys(t for terms in analysed for t in terms) if t in df):
            out[t] = (end + k, math.log((1 + n_docs) / (1 + df[t])) + 1.0)
    return out, len(df)


def _rows(
    analysed: list[list[str]], vocab: dict[str, tuple[int, float]], offset: int, width: int
) -> sp.csr_matrix:
    """Sublinear tf x idf, each row of unit length, float32: the vectoriser's transform."""
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for terms in analysed:
        counts = Counter(t for t in terms if t in vocab)
        vals = [(1.0 + math.log(c)) * vocab[t][1] for t, c in counts.items()]
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        indices.extend(vocab[t][0] - offset for t in counts)
        data.extend(v / norm for v in vals)
        indptr.append(len(indices))
    out = sp.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(analysed), width),
    )
    out.sort_indices()
    return out


def _widen(m: sp.csr_matrix, columns: int) -> sp.csr_matrix:
    return sp.csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], columns))


def update(
    base: Trained, train: list[Example], words: Callable[[str], list[str]], temperature: float
) -> Trained | None:
    """``base`` brought up to ``train``; None when too many classes changed (or too few remain)."""
    changed = changed_classes(base.train, train)
    labels = sorted({x.label for x in train})
    if len(labels) < 2 or len(changed & set(labels)) > QUICK_SHARE * len(labels):
        return None
    free: dict[tuple, list[int]] = defaultdict(list)
    for i, x in enumerate(base.train):
        free[_sig(x)].append(i)
    for rows in free.values():
        rows.reverse()  # popped from the end: the first row first
    fresh: list[Example] = []
    take: list[int] = []  # per example: its old row, or -1 - its index among the fresh
    for x in train:
        rows = free.get(_sig(x))
        if rows:
            take.append(rows.pop())
        else:
            take.append(-1 - len(fresh))
            fresh.append(x)
    old = base.model
    n_chars_old = len(old._char_vocab)
    fresh_chars = [char_analyzer()(x.text) for x in fresh] if fresh else []
    fresh_words = [words(x.text) for x in fresh]
    char_vocab, added_chars = _extended(old._char_vocab, 0, fresh_chars, len(train))
    n_chars = len(char_vocab)
    word_vocab, added_words = _extended(old._word_vocab, added_chars, fresh_words, len(train))
    n_old = len(base.train)
    order = np.array([t if t >= 0 else n_old + (-1 - t) for t in take], dtype=np.int64)
    char_x = sp.vstack(
        [_widen(base.chars, n_chars), _rows(fresh_chars, char_vocab, 0, n_chars)], format="csr"
    )
    word_x = sp.vstack(
        [_widen(base.words, len(word_vocab)), _rows(fresh_words, word_vocab, n_chars, len(word_vocab))],
        format="csr",
    )
    char_x, word_x = char_x[order], word_x[order]
    # the old weights with zero rows for the new terms (one copy), then the columns of the classes
    # as they are now (only when classes were added or removed)
    k_old = len(old.labels)
    weights = np.concatenate(
        [
            old.weights[:n_chars_old],
            np.zeros((added_chars, k_old), dtype=np.float32),
            old.weights[n_chars_old:],
            np.zeros((added_words, k_old), dtype=np.float32),
        ]
    )
    bias = old.bias.copy()
    if labels != old.labels:
        column = {label: j for j, label in enumerate(old.labels)}
        kept = [(j, column[label]) for j, label in enumerate(labels) if label in column]
        moved = np.zeros((weights.shape[0], len(labels)), dtype=np.float32)
        moved_bias = np.zeros(len(labels), dtype=np.float32)
        if kept:
            new_cols, old_cols = (np.array(c, dtype=np.int64) for c in zip(*kept, strict=True))
            moved[:, new_cols] = weights[:, old_cols]
            moved_bias[new_cols] = bias[old_cols]
        weights, bias = moved, moved_bias
    refit = [j for j, label in enumerate(labels) if label in changed or label not in old.labels]
    if refit:
        features = sp.hstack([char_x, word_x], format="csr").astype(np.float64)
        y = np.array([x.label for x in train])
        sample_weight = np.array([x.weight for x in train])
        for j in refit:
            svm = LinearSVC(C=SVM_C, random_state=SVM_SEED).fit(
                features, y == labels[j], sample_weight=sample_weight
            )
            weights[:, j], bias[j] = svm.coef_[0], svm.intercept_[0]
    model = TextModel.assemble(labels, weights, bias, char_vocab, word_vocab, words, temperature)
    model.features = (char_x, word_x)
    model.provisional = True
    return Trained(train, char_x, word_x, model, base.signature)

"""A linear text classifier trained at load on the knowledge base's own texts.

Classes: every entry (its question, alternates, keywords and the sentences of its short answer),
each out-of-scope topic (its examples and keywords) and the three routes
(knowledge_base/data/routes.yaml), plus users' questions labelled by staff for their class
(knowledge_base/data/asked/, see knowledge_base/asked.py). Features: TF-IDF
of character 1-3-grams of the normalised text plus TF-IDF of its jieba words. Classifier: a
one-vs-rest linear SVM (liblinear trains the real base in well under a second); its scores are
turned into probabilities by a softmax whose temperature knowledge_base/calibrate.py chooses by
cross-validation on the knowledge base itself."""

from __future__ import annotations

import math
import os
import random
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from knowledge_base.features import Vocabulary, char_analyzer, tfidf
from knowledge_base.model import KnowledgeBase

OOS = "!oos:"  # + index of the out-of-scope topic
ROUTE = "@"  # + route name
MAX_CLASSES = 1500  # beyond this, training at load would take too long: the index ranks alone
SVM_C = 0.75  # 0.5 -> 0.75: mean confident right on the four blind dev sets 77.5 -> 78.7 %, wrong 1.25 -> 1.18 % (bench/faq_dev_table.py)
SVM_TOL = 1e-4  # liblinear's stopping tolerance (scikit-learn's default): the full model
# The first model of a process that finds no trained model to start from (a fresh install, a code
# or library change): the same features, its SVM stopped early (about 6 passes over the examples
# instead of ~45; ~35 % less CPU). It serves at once and the full training follows in the
# background (knowledge_base/model_cache.py). On blind7-11 (3,300 questions) it gives the full
# model's route, entry and decision to 99.3 % of them.
FIRST_TOL = 1.0
FOLDS = 5
# the one-vs-rest SVM trains its classes in two groups, in two threads when a second core is free,
# one after the other otherwise: the same groups and the same binary problems either way (see
# _fit_svm). liblinear draws its visiting order from one process-wide generator, so two threads
# take their draws in turn and the weights agree with a one-thread build to about 1e-6, not bit
# for bit (tests/test_incremental_model.py); on one thread the SVM takes 1.5 to 2 times as long
# (full model 1.4 -> 2.1 s, first model 0.75 -> 1.5 s on the idle two-core machine)
SVM_GROUPS = 2
SVM_THREADS = min(SVM_GROUPS, os.cpu_count() or 1)
# liblinear visits the examples in a random order; a fixed seed gives every one-thread build the
# same model (unseeded, each fit drew its seed from numpy's global generator)
SVM_SEED = 0
IDLE_LOAD = 0.5  # the 1-minute load average below which the machine's other core counts as free
SPLIT_MIN = 4  # classes per thread at least, else one call
_REST = "\x00rest"  # the other threads' classes, as one class (no label starts with a NUL)
QUESTION_WEIGHT = 1.0  # an entry's own question is its plainest, most generic wording
# The sentences of an entry's short answer name what it is about in words a question may use
# (停工留薪期, 鉴定费, 一次性伤残补助金): they train too. Measured by 5-fold cross-validation on the
# knowledge base: top-3 recall and answered-right both rise; the details are left out (longer
# build, no gain).
ANSWER_WEIGHT = 1.0
ANSWER_MIN = 9  # characters: shorter pieces ("依据：") say nothing
# Users' questions labelled by staff (knowledge_base/data/asked/): each trains its class once.
ASKED_WEIGHT = 1.0
_SENTENCES = re.compile(r"[\n。；;]+")


# a model's training features as counted: character rows and vocabulary, word rows and vocabulary
Counted = tuple[sp.csr_matrix, Vocabulary, sp.csr_matrix, Vocabulary]


def is_entry(label: str) -> bool:
    return not label.startswith((OOS, ROUTE))


@dataclass
class Example:
    text: str  # normalised
    label: str
    raw: str = ""
    weight: float = 1.0
    asked: str = ""  # the source file of a user's labelled question (knowledge_base/asked.py)


def examples(
    kb: KnowledgeBase, normalize: Callable[[str], str], fold: int | None = None, seed: int = 3
) -> tuple[list[Example], list[Example]]:
    """Training examples, and (with ``fold``) the held-out ones: every FOLDS-th alternate of each
    entry, example of each out-of-scope topic and request of each route. Questions and keywords
    always train."""
    train: list[Example] = []
    held: list[Example] = []

    def add(label: str, fixed: list[str], varied: list[str], first: float = 1.0) -> None:
        for n, text in enumerate(fixed):
            train.append(Example(normalize(text), label, text, first if n == 0 else 1.0))
        varied = list(varied)
        # each class is shuffled by its own seed: an edit to one entry leaves every other class's
        # folds as they were (one shared generator re-dealt every fold after the edited class, and
        # the calibration moved by chance with any edit)
        random.Random(f"{seed}:{label}").shuffle(varied)
        for i, text in enumerate(varied):
            out = held if fold is not None and i % FOLDS == fold else train
            out.append(Example(normalize(text), label, text))

    for e in kb.entries.values():
        add(e.id, [e.question, *e.keywords], e.alternates, QUESTION_WEIGHT)
        for sentence in answer_sentences(e.answer):
            train.append(Example(normalize(sentence), e.id, sentence, ANSWER_WEIGHT))
    for i, topic in enumerate(kb.out_of_scope):
        add(f"{OOS}{i}", topic.keywords, topic.examples)
    for route, requests in sorted(kb.routes.items()):
        add(f"{ROUTE}{route}", [], requests)
    # users' labelled questions are held out a whole source file at a time: one set of questions
    # shares its writers' habits, and a threshold chosen with their neighbours in training would
    # trust the model more than a new writer's question deserves
    sources = sorted({a.source for a in kb.asked if a.held_out})
    topics = {t.topic: i for i, t in reversed(list(enumerate(kb.out_of_scope)))}
    for a in kb.asked:
        label = asked_label(a.kind, a.target, topics)
        out = train
        if fold is not None and a.held_out and (sources.index(a.source) + seed) % FOLDS == fold:
            out = held
        out.append(Example(normalize(a.text), label, a.text, ASKED_WEIGHT, a.source))
    return [x for x in train if x.text], [x for x in held if x.text]


def asked_label(kind: str, target: str, topics: dict[str, int]) -> str:
    """The class of a user's labelled question (see knowledge_base/asked.py)."""
    if kind == "route":
        return f"{ROUTE}{target}"
    if kind == "out_of_scope":
        return f"{OOS}{topics[target]}"
    return target


def answer_sentences(answer: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.split(answer or "") if len(s.strip()) >= ANSWER_MIN]


class TextModel:
    def __init__(
        self,
        train: list[Example],
        words: Callable[[str], list[str]],
        temperature: float,
        featured: Callable[[], None] | None = None,
        tol: float = SVM_TOL,
        counted: Counted | None = None,
    ) -> None:
        """``featured``: called once the features are counted, before the SVM trains (the SVM
        releases the GIL; Python work can run beside it then). ``tol``: the SVM's stopping
        tolerance (FIRST_TOL: a first model). ``counted``: the features of these examples as a
        model trained on them counted them (its ``counted``): the full training that follows a
        first model counts nothing again."""
        if counted is None:
            texts = [x.text for x in train]
            # scikit-learn's TF-IDF features (knowledge_base/features.py)
            char_features, chars = tfidf(texts, char_analyzer())
            word_features, wordv = tfidf(texts, words)
        else:
            char_features, chars, word_features, wordv = counted
        features = sp.hstack([char_features, word_features]).tocsr()
        if featured is not None:
            featured()
        labels, coef, bias = _fit_svm(
            features, np.array([x.label for x in train]), np.array([x.weight for x in train]), tol=tol
        )
        self._set(
            labels,
            coef.T,
            bias,
            _vocabulary(chars),
            _vocabulary(wordv),
            words,
            temperature,
        )
        # the feature rows of the training examples: a quick update after an edit reuses them
        # (knowledge_base/incremental.py)
        self.features = (char_features, word_features)
        if tol != SVM_TOL:  # a first model: its features serve the full training that follows
            self.counted = (char_features, chars, word_features, wordv)

    def _set(
        self,
        labels: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        chars: tuple[list[str], np.ndarray, np.ndarray],
        words_vocab: tuple[list[str], np.ndarray, np.ndarray],
        words: Callable[[str], list[str]],
        temperature: float,
    ) -> None:
        self.temperature = temperature
        self._words = words
        self.features: tuple[sp.csr_matrix, sp.csr_matrix] | None = None
        self.counted: Counted | None = None
        self.provisional = False  # a quick update's, until the full training replaces it
        self.labels = labels
        # features x classes; a query's few features pick their rows. The TF-IDF of one query is
        # computed here from the fitted vocabularies (sklearn's transform costs ~1 ms a call).
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias).astype(np.float32)
        # (term, column, idf) in the order the vectoriser met the terms (the pinyin reader walks
        # the words in this order)
        self._char_vocab = {g: (int(i), float(chars[2][i])) for g, i in zip(chars[0], chars[1], strict=True)}
        n_chars = len(chars[2])
        self._word_vocab = {
            w: (n_chars + int(i), float(words_vocab[2][i]))
            for w, i in zip(words_vocab[0], words_vocab[1], strict=True)
        }
        if len(self._char_vocab) != n_chars or len(self._word_vocab) != len(words_vocab[2]):
            raise ValueError("a vocabulary lists a term twice")
        if self.weights.shape != (n_chars + len(words_vocab[2]), len(labels)):
            raise ValueError(f"weights of shape {self.weights.shape} do not fit the vocabularies")

    @classmethod
    def assemble(
        cls,
        labels: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        char_vocab: dict[str, tuple[int, float]],
        word_vocab: dict[str, tuple[int, float]],
        words: Callable[[str], list[str]],
        temperature: float,
    ) -> TextModel:
        """A model from vocabularies already in this class's form (term -> (column, idf); word
        columns after the character ones): a quick update's (knowledge_base/incremental.py)."""
        model = cls.__new__(cls)
        model.temperature, model._words, model.features, model.provisional = temperature, words, None, False
        model.counted = None
        model.labels = labels
        model.weights = np.ascontiguousarray(weights, dtype=np.float32)
        model.bias = np.asarray(bias).astype(np.float32)
        model._char_vocab, model._word_vocab = char_vocab, word_vocab
        if model.weights.shape != (len(char_vocab) + len(word_vocab), len(labels)):
            raise ValueError(f"weights of shape {model.weights.shape} do not fit the vocabularies")
        return model

    @classmethod
    def restore(
        cls, arrays: dict[str, np.ndarray], words: Callable[[str], list[str]], temperature: float
    ) -> TextModel:
        """A model from ``arrays()`` of one trained on the same texts with the same tokenizer."""
        model = cls.__new__(cls)
        model._set(
            [str(x) for x in arrays["labels"]],
            arrays["weights"],
            arrays["bias"],
            ([str(x) for x in arrays["char_grams"]], arrays["char_index"], arrays["char_idf"]),
            ([str(x) for x in arrays["words"]], arrays["word_index"], arrays["word_idf"]),
            words,
            temperature,
        )
        return model

    def arrays(self) -> dict[str, np.ndarray]:
        """What ``restore`` needs, as plain arrays (no pickle: knowledge_base/model_cache.py)."""
        n_chars = len(self._char_vocab)
        out: dict[str, np.ndarray] = {
            "labels": np.array(self.labels, dtype=str),
            "weights": self.weights,
            "bias": self.bias,
        }
        for name, vocab, offset in (("char", self._char_vocab, 0), ("word", self._word_vocab, n_chars)):
            idf = np.zeros(len(vocab), dtype=np.float64)
            for i, f in vocab.values():
                idf[i - offset] = f
            out["char_grams" if name == "char" else "words"] = np.array(list(vocab), dtype=str)
            out[f"{name}_index"] = np.array([i - offset for i, _ in vocab.values()], dtype=np.int64)
            out[f"{name}_idf"] = idf
        return out

    @staticmethod
    def _block(grams: list[str], vocab: dict[str, tuple[int, float]]) -> tuple[list[int], list[float]]:
        counts: dict[str, int] = {}
        for g in grams:
            if g in vocab:
                counts[g] = counts.get(g, 0) + 1
        idx, val = [], []
        for g, c in counts.items():
            i, idf = vocab[g]
            idx.append(i)
            val.append((1.0 + math.log(c)) * idf)
        norm = math.sqrt(sum(v * v for v in val)) or 1.0
        return idx, [v / norm for v in val]

    def score(self, text: str, words: list[str] | None = None) -> np.ndarray:
        """Raw SVM scores of one normalised text (``words``: its jieba words, if known)."""
        grams = [text[i : i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)]
        ci, cv = self._block(grams, self._char_vocab)
        wi, wv = self._block(self._words(text) if words is None else words, self._word_vocab)
        if not ci and not wi:
            return self.bias.copy()
        return np.asarray(cv + wv, dtype=np.float32) @ self.weights[ci + wi] + self.bias

    def scores(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self.score(t) for t in texts]) if texts else np.zeros((0, len(self.labels)))

    def word_weights(self) -> dict[str, float]:
        """Each word of the vocabulary and how common it is in the training texts (1 / idf)."""
        return {w: 1.0 / idf for w, (_, idf) in self._word_vocab.items() if idf > 0}

    def rank(self, text: str, words: list[str] | None = None) -> list[tuple[str, float]]:
        labels, p, _ = self._ranked(text, words)
        return list(zip(labels, p, strict=True))

    def rank_scored(self, text: str, words: list[str] | None = None) -> list[tuple[str, float, float]]:
        """(class, probability, raw SVM score), most likely first."""
        return list(zip(*self._ranked(text, words), strict=True))

    def _ranked(self, text: str, words: list[str] | None) -> tuple[list[str], list[float], list[float]]:
        """The classes most likely first, their probabilities and raw scores: the same floats as
        float(p[i]) and float(raw[i]), listed by numpy (a Python tuple built per class by
        indexing was ~10 % of a new text's match)."""
        raw = self.score(text, words)
        z = raw * self.temperature
        p = np.exp(z - z.max())
        p /= p.sum()
        order = np.argsort(-p)
        return list(map(self.labels.__getitem__, order.tolist())), p[order].tolist(), raw[order].tolist()


def _fit_svm(
    features: sp.csr_matrix,
    y: np.ndarray,
    weight: np.ndarray,
    threads: int | None = None,
    tol: float = SVM_TOL,
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The classes, their weights (classes x features) and biases of a one-vs-rest linear SVM.

    One-vs-rest trains one binary SVM per class on every example; liblinear trains them one after
    the other and releases the GIL meanwhile. With two cores the classes are split in two
    groups, each trained in a thread of its own by one multi-class call in which every class of
    the other group is one "rest" class: each binary problem (this class against all others) is
    exactly the one the single call solves, and liblinear reads the examples twice, not once per
    class. On a loaded machine the second thread finds no free core: measured at load 5 on the
    shared two-core machine (bench/bench_svm_threads.py, 3 rounds)
    it cost 12 % more CPU and 18 % more time, so it is used only when the load leaves a core free
    (``_threads``)."""
    classes = sorted({str(c) for c in y})
    threads = _threads() if threads is None else threads
    if len(classes) < SVM_GROUPS * SPLIT_MIN:
        return _fit_group(features, y, weight, classes, tol)
    x64 = features.astype(np.float64)  # the float64 copy liblinear needs, made once for both
    groups = [classes[k::SVM_GROUPS] for k in range(SVM_GROUPS)]
    if threads < 2:
        parts = [_fit_group(x64, y, weight, g, tol) for g in groups]
    else:
        with ThreadPoolExecutor(SVM_GROUPS, thread_name_prefix="kb-svm") as pool:
            parts = list(pool.map(lambda g: _fit_group(x64, y, weight, g, tol), groups))
    fitted = {
        c: (coef, bias)
        for labels, coefs, biases in parts
        for c, coef, bias in zip(labels, coefs, biases, strict=True)
    }
    return (
        classes,
        np.vstack([fitted[c][0] for c in classes]),
        np.array([fitted[c][1] for c in classes]),
    )


def _threads() -> int:
    try:
        load = os.getloadavg()[0]
    except OSError:  # not available on this system
        return 1
    return SVM_THREADS if load <= (os.cpu_count() or 1) - 2 + IDLE_LOAD else 1


def _fit_group(
    features: sp.csr_matrix, y: np.ndarray, weight: np.ndarray, group: list[str], tol: float = SVM_TOL
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The binary SVMs of the classes of ``group`` (all: the plain multi-class SVM)."""
    if len(group) < len(set(y)):
        y = np.where(np.isin(y, group), y, _REST)
    svm = LinearSVC(C=SVM_C, tol=tol, random_state=SVM_SEED).fit(features, y, sample_weight=weight)
    coef, bias = svm.coef_, svm.intercept_
    if len(svm.classes_) == 2:  # a binary SVM has one column: the second class's side
        coef, bias = np.vstack([-coef, coef]), np.concatenate([-bias, bias])
    labels = [str(c) for c in svm.classes_]
    keep = [i for i, c in enumerate(labels) if c != _REST]
    return [labels[i] for i in keep], coef[keep], bias[keep]


def _vocabulary(fitted: Vocabulary) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(terms, their columns, idf by column)."""
    vocab, idf = fitted
    return list(vocab), np.fromiter(vocab.values(), dtype=np.int64, count=len(vocab)), idf

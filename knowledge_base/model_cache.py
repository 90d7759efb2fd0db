"""Trained models kept for reuse, keyed by what they were trained on.

The model (knowledge_base/learned.py) is a function of its training texts, labels and weights, the
tokenizer that cut them, the code that builds features and trains, and the library versions: the
hash of all these is its key. A reload whose training texts are unchanged (an edited answer's
details, a source, a centre, a synonym that no training text uses) reuses the model in memory; a
process started on an unchanged knowledge base loads it from disk (``folder``, e.g.
<data dir>/model_cache) instead of training (~0.2 s instead of ~2.5 s of the SVM and the
vectorisers). Files are plain numpy arrays (no pickle) written atomically; one that cannot be
read is logged and the model is trained again."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import tempfile
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import sklearn

from knowledge_base.cut_cache import read_cuts, write_cuts
from knowledge_base.incremental import Trained, update
from knowledge_base.index import IndexRanker
from knowledge_base.jieba_dict import keep_in
from knowledge_base.learned import FIRST_TOL, SVM_C, Example, TextModel
from knowledge_base.model import KnowledgeBase
from knowledge_base.normalize import Normalizer
from knowledge_base.tokenize import Tokenizer

log = logging.getLogger(__name__)

FORMAT = "2"  # 2: the training examples' feature rows are kept too (quick updates)
KEEP = 3  # model files kept on disk (the newest by modification time)
# the code that decides the features and the training, as this process loaded it
_CODE = hashlib.sha256(
    b"".join(Path(__file__).with_name(n).read_bytes() for n in ("learned.py", "features.py", "tokenize.py"))
).hexdigest()


def build_key(tokenizer_signature: str) -> str:
    """What a model depends on besides its examples: a model of the same build key is a base a
    quick update can start from (knowledge_base/incremental.py)."""
    h = hashlib.sha256()
    for part in (FORMAT, _CODE, repr(SVM_C), sklearn.__version__, np.__version__, tokenizer_signature):
        h.update(part.encode("utf-8") + b"\x1f")
    return h.hexdigest()


def training_key(train: list[Example], tokenizer_signature: str) -> str:
    h = hashlib.sha256(build_key(tokenizer_signature).encode("ascii"))
    for x in train:
        h.update(f"{x.label}\x1f{x.weight!r}\x1f{x.text}\x1e".encode())
    return h.hexdigest()


class ModelCache:
    """The last model built (in memory) and the last few on disk (``folder``; None: memory only)."""

    def __init__(self, folder: Path | str | None = None, keep: int = KEEP, first_model: bool = False) -> None:
        """``first_model``: a ``quick`` build that finds no model to start from serves a first
        model (``_first_model``) rather than training the full one before it returns."""
        self.folder = Path(folder) if folder is not None else None
        if self.folder is not None:
            keep_in(self.folder)  # jieba's dictionary by parts, kept beside the models
        self.keep = keep
        self.first_model = first_model
        self._first: tuple[str, TextModel] | None = None  # the first model's training key and it
        self._lock = threading.Lock()
        self._last: tuple[str, TextModel] | None = None
        self._last_index: tuple[tuple, IndexRanker] | None = None
        self._writer: threading.Thread | None = None
        # the newest model with its training examples and their features (a full training's or
        # a quick update's): what the next quick update starts from
        self._base: Trained | None = None
        self.index_hits = 0
        self.quick = 0  # models brought up to date by a quick update
        self.hits = 0  # models reused from memory
        self.loads = 0  # models read from disk
        self.trained = 0
        self.first = 0  # first models served (``_first_model``)
        self.cuts_read = 0  # texts whose cuts were read from the folder (knowledge_base/cut_cache.py)
        self._cuts_tried: weakref.WeakSet[Tokenizer] = weakref.WeakSet()  # the folder's cuts offered to them

    def model(
        self,
        train: list[Example],
        tokenizer: Tokenizer,
        temperature: float,
        featured: threading.Event | None = None,
        quick: bool = False,
    ) -> TextModel:
        """The model of these examples: the last one, one read from disk, or trained.
        ``quick``: when no trained model fits, bring the newest one up to date instead of training
        (knowledge_base/incremental.py): the model returned is marked ``provisional`` and its
        caller trains the full one later (``model`` again without ``quick``); with ``first_model``,
        when there is none to bring up to date (or too much changed), a first model (``_first_model``).
        ``featured`` is set when no more Python work is left (the features of a model to train are
        counted, or no model trains): what another thread builds from then on runs beside the SVM
        rather than against it for the GIL."""
        try:
            return self._model(train, tokenizer, temperature, featured, quick)
        finally:
            if featured is not None:
                featured.set()

    def _model(
        self,
        train: list[Example],
        tokenizer: Tokenizer,
        temperature: float,
        featured: threading.Event | None,
        quick: bool,
    ) -> TextModel:
        self._read_cuts(tokenizer)
        words = tokenizer.words
        key = training_key(train, tokenizer.signature)
        with self._lock:
            last, base = self._last, self._base
        if last is not None and last[0] == key:
            self.hits += 1
            self._keep_base(train, last[1], tokenizer.signature)
            return _with(last[1], words, temperature)
        model = self._read(key, words, temperature)
        if model is None and quick and (base is None or base.signature != tokenizer.signature):
            # a process started after an edit made while it was down: the newest model on disk
            # trained with this code and tokenizer (read while the index builds beside: mostly
            # file reading, then a few texts to count and binary SVMs that release the GIL)
            if featured is not None and self.folder is not None:
                featured.set()
            base = self._read_base(tokenizer, temperature)
        if model is None and quick and base is not None and base.signature == tokenizer.signature:
            if featured is not None:
                featured.set()  # a few texts to count; the index builds beside the binary SVMs
            updated = update(base, train, words, temperature)
            if updated is not None:
                self.quick += 1
                with self._lock:
                    self._base = updated
                return updated.model
        if model is None and quick and self.first_model:
            return self._first_model(key, train, tokenizer, temperature, featured)
        if model is None:
            with self._lock:
                first = self._first if self._first is not None and self._first[0] == key else None
                self._first = None
            model = TextModel(
                train,
                words,
                temperature,
                featured.set if featured is not None else None,
                counted=first[1].counted if first is not None else None,
            )
            self.trained += 1
            self._write_later(key, model, train, build_key(tokenizer.signature), tokenizer)
        else:
            self.loads += 1
        with self._lock:
            self._last = (key, model)
        self._keep_base(train, model, tokenizer.signature)
        return model

    def _first_model(
        self,
        key: str,
        train: list[Example],
        tokenizer: Tokenizer,
        temperature: float,
        featured: threading.Event | None,
    ) -> TextModel:
        """No model to start from (a fresh install, a code or library change: another build key)
        or too much changed for a quick update: a first model (the same features, its SVM stopped
        early: learned.FIRST_TOL) serves while the full one trains. Never written to disk nor
        reused as a trained model; the full training reuses its features."""
        model = TextModel(
            train, tokenizer.words, temperature, featured.set if featured is not None else None, tol=FIRST_TOL
        )
        model.provisional = True
        self.first += 1
        with self._lock:
            self._first = (key, model)
        self._keep_base(train, model, tokenizer.signature)
        return model

    def _read_cuts(self, tokenizer: Tokenizer) -> None:
        """The cuts kept in the folder, given once to each tokenizer (before it cuts anything for
        the features or the index)."""
        if self.folder is None or tokenizer in self._cuts_tried:
            return
        self._cuts_tried.add(tokenizer)
        self.cuts_read += read_cuts(self.folder, tokenizer)

    def _keep_base(self, train: list[Example], model: TextModel, signature: str) -> None:
        if model.features is not None:
            with self._lock:
                self._base = Trained(train, *model.features, model, signature)

    def index(self, kb: KnowledgeBase, normalizer: Normalizer, tokenizer: Tokenizer) -> IndexRanker:
        """The inverted index of these entries' texts: the last one built when they, the synonyms
        and the tokenizer's words are the same (an edit to users' questions, an answer, a route)."""
        key = (
            tuple(sorted(normalizer.synonyms.items())),
            tokenizer.signature,
            tuple((e.id, e.question, tuple(e.alternates), tuple(e.keywords)) for e in kb.entries.values()),
        )
        with self._lock:
            last = self._last_index
        if last is not None and last[0] == key:
            self.index_hits += 1
            return last[1]
        index = IndexRanker(kb, normalizer, tokenizer)
        with self._lock:
            self._last_index = (key, index)
        return index

    def _path(self, key: str) -> Path | None:
        return None if self.folder is None else self.folder / f"model-{key[:32]}.npz"

    def _read(self, key: str, words: Callable[[str], list[str]], temperature: float) -> TextModel | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as f:
                arrays = {k: f[k] for k in f.files}
            if str(arrays["key"]) != key:
                raise ValueError("the file was written for other training texts")
            return _restore(path, arrays, words, temperature)
        except Exception as exc:  # noqa: BLE001 - a bad file costs a training, never a start
            log.warning("model cache %s unreadable, training again: %s", path, exc)
            return None

    def _read_base(self, tokenizer: Tokenizer, temperature: float) -> Trained | None:
        """The newest model on disk of this build key, with its training examples (each file is
        read once)."""
        if self.folder is None or not self.folder.is_dir():
            return None
        build = build_key(tokenizer.signature)
        files = sorted(self.folder.glob("model-*.npz"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for path in files:
            try:
                with np.load(path, allow_pickle=False) as f:
                    if "build" not in f.files or str(f["build"]) != build:
                        continue
                    arrays = {k: f[k] for k in f.files}
                texts, labels = (
                    json.loads(arrays[k].tobytes().decode("utf-8")) for k in ("x_text", "x_label")
                )
                train = [
                    Example(str(t), str(label), weight=float(w))
                    for t, label, w in zip(texts, labels, arrays["x_weight"], strict=True)
                ]
                if training_key(train, tokenizer.signature) != str(arrays["key"]):
                    raise ValueError("its examples are not the ones it was trained on")
                model = _restore(path, arrays, tokenizer.words, temperature)
                return Trained(train, *model.features, model, tokenizer.signature)
            except Exception as exc:  # noqa: BLE001 - no base costs a full training, never a start
                log.warning("model cache %s unusable for a quick update: %s", path, exc)
        return None

    def _write_later(
        self,
        key: str,
        model: TextModel,
        train: list[Example] | None = None,
        build: str = "",
        tokenizer: Tokenizer | None = None,
    ) -> None:
        """Write in a thread of its own: the new model serves meanwhile. Not a daemon: a process
        that ends finishes its write first. With ``tokenizer``, the cuts of the training texts
        are kept too (knowledge_base/cut_cache.py)."""
        if self.folder is None:
            return
        self.flush()  # one write at a time
        self._writer = threading.Thread(
            target=self._write_all, args=(key, model, train or [], build, tokenizer), name="kb-model-write"
        )
        self._writer.start()

    def _write_all(
        self, key: str, model: TextModel, train: list[Example], build: str, tokenizer: Tokenizer | None
    ) -> None:
        self._write(key, model, train, build)
        if tokenizer is None or self.folder is None:
            return
        try:
            write_cuts(self.folder, tokenizer, (x.text for x in train))
        except Exception as exc:  # noqa: BLE001 - cuts not kept cost the cutting at the next start
            log.warning("could not keep the cuts in %s: %s", self.folder, exc)

    def flush(self, timeout: float | None = None) -> None:
        """Wait for the model being written."""
        writer = self._writer
        if writer is not None:
            writer.join(timeout)

    def _write(self, key: str, model: TextModel, train: list[Example], build: str) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            arrays = model.arrays()
            weights = sp.csr_matrix(arrays.pop("weights"))  # ~80 % of the weights are 0
            arrays.update(
                key=np.array(key),
                weights_shape=np.array(weights.shape, dtype=np.int64),
                w_data=weights.data,
                w_indices=weights.indices,
                w_indptr=weights.indptr,
            )
            if model.features is None:
                raise ValueError("a model without its training features is not kept")
            if train:  # its examples: a process started after an edit updates it quickly
                arrays.update(
                    build=np.array(build),
                    # as UTF-8 JSON bytes: a numpy string array pads every text to the longest
                    x_text=_utf8([x.text for x in train]),
                    x_label=_utf8([x.label for x in train]),
                    x_weight=np.array([x.weight for x in train], dtype=np.float64),
                )
            for name, m in zip(("fc", "fw"), model.features, strict=True):
                arrays.update(
                    {
                        f"{name}_data": m.data,
                        f"{name}_indices": m.indices,
                        f"{name}_indptr": m.indptr,
                        f"{name}_shape": np.array(m.shape, dtype=np.int64),
                    }
                )
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".model-", suffix=".npz")
            try:
                with os.fdopen(fd, "wb") as out:
                    np.savez(out, **arrays)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._prune(path)
        except Exception as exc:  # noqa: BLE001 - a model not kept costs a training at the next start
            log.warning("could not keep the model in %s: %s", path.parent, exc)

    def _prune(self, newest: Path) -> None:
        files = sorted(newest.parent.glob("model-*.npz"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in [p for p in files if p != newest][max(self.keep - 1, 0) :]:
            old.unlink(missing_ok=True)


def _restore(
    path: Path, arrays: dict[str, np.ndarray], words: Callable[[str], list[str]], temperature: float
) -> TextModel:
    """The model (with its training features) of a model file's arrays."""
    arrays = {k: v for k, v in arrays.items() if k not in ("key", "build", "x_text", "x_label", "x_weight")}
    shape = tuple(int(n) for n in arrays.pop("weights_shape"))
    arrays["weights"] = sp.csr_matrix(
        (arrays.pop("w_data"), arrays.pop("w_indices"), arrays.pop("w_indptr")), shape=shape
    ).toarray()
    features = tuple(
        sp.csr_matrix(
            (arrays.pop(f"{b}_data"), arrays.pop(f"{b}_indices"), arrays.pop(f"{b}_indptr")),
            shape=tuple(int(n) for n in arrays.pop(f"{b}_shape")),
        )
        for b in ("fc", "fw")
    )
    model = TextModel.restore(arrays, words, temperature)
    model.features = features  # type: ignore[assignment]
    os.utime(path)  # the newest used is the last pruned
    return model


def _utf8(texts: list[str]) -> np.ndarray:
    return np.frombuffer(json.dumps(texts, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _with(model: TextModel, words: Callable[[str], list[str]], temperature: float) -> TextModel:
    """The same weights with this matcher's tokenizer and temperature (weights are shared)."""
    out = copy.copy(model)
    out._words, out.temperature = words, temperature
    return out

"""The knowledge base a running process serves, with hot reload: an edit is served within about
two seconds (the poll, the load, and a quick update of the model: only the classes the edit
touched are trained again, knowledge_base/incremental.py); the full training follows in a
background thread and its model is swapped in when ready (a failed one is logged, the quick
model keeps serving). An invalid edit is refused (logged with file and line) and the previous
knowledge base keeps serving. A reload keeps the thresholds in use and re-runs the calibration in
a background process (knowledge_base/recalibrate.py); its thresholds are swapped in when it ends,
a failed run is logged and the thresholds in use stay. The shipped calibration.json is the
start value."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from knowledge_base.loader import kb_files, kb_hash, load_knowledge_base
from knowledge_base.matcher import Matcher, MatchResult
from knowledge_base.model import KBValidationError, KnowledgeBase
from knowledge_base.model_cache import ModelCache
from knowledge_base.querylog import QueryLog
from knowledge_base.recalibrate import Recalibrator, shipped_calibration, with_calibration

log = logging.getLogger(__name__)


CACHE_SIZE = 4096


@dataclass
class Current:
    """One loaded knowledge base, its matcher, and the results already computed with it
    (workers ask the same few questions over and over; a reload starts a fresh cache)."""

    kb: KnowledgeBase
    matcher: Matcher
    cache: OrderedDict[str, MatchResult] = field(default_factory=OrderedDict)

    def match(self, text: str | None) -> MatchResult:
        key = text or ""
        hit = self.cache.get(key)
        if hit is not None:
            self.cache.move_to_end(key)
            return hit
        result = _known(self.matcher.match(text), self.kb)
        self.cache[key] = result
        if len(self.cache) > CACHE_SIZE:
            self.cache.popitem(last=False)
        return result


@dataclass
class Status:
    loaded_at: datetime | None = None
    entries: int = 0
    last_error: str | None = None
    last_error_at: datetime | None = None
    reloads: int = 0
    refused: int = 0
    problems: list[str] = field(default_factory=list)
    calibrated_at: str | None = None  # when the thresholds in use were chosen ("chosen_at")
    calibration_hash: str | None = None  # the knowledge base they were chosen on ("kb_hash")
    calibration_error: str | None = None  # the last background calibration's failure
    calibrations: int = 0  # background calibrations swapped in
    model_error: str | None = None  # the last background training's failure
    full_models: int = 0  # background trainings swapped in


def _known(result: MatchResult, kb: KnowledgeBase) -> MatchResult:
    """A result without the entries this knowledge base no longer has (the model in use while a
    reload builds the next one was trained with them): one removed is never answered."""
    gone = [i for i in [result.id, *(c.id for c in result.candidates), *result.also] if i is not None]
    if all(i in kb.entries for i in gone):
        return result
    candidates = [c for c in result.candidates if c.id in kb.entries]
    also = [i for i in result.also if i in kb.entries]
    if result.id is None or result.id in kb.entries:
        return replace(result, candidates=candidates, also=also)
    return replace(
        result,
        route="fallback",
        id=None,
        decision="suggest" if candidates else "fallback",
        candidates=candidates,
        also=[],
    )


def _fingerprint(root: Path) -> tuple:
    items = []
    for p in kb_files(root) + [root / "userdict.txt"]:
        try:
            st = p.stat()
            items.append((str(p), st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            continue
    return tuple(items)


class KnowledgeService:
    def __init__(
        self,
        path: Path | str,
        query_log: QueryLog | None = None,
        poll_seconds: float = 0.5,
        recalibrate: bool = True,
        model_cache: Path | str | None = None,
        quick_reload: bool = True,
        first_model: bool | None = None,
    ) -> None:
        """``model_cache``: a folder where trained models are kept for the next start
        (knowledge_base/model_cache.py); None: reused in memory only, across reloads.
        ``quick_reload``: a reload (and a start whose model folder has only models of an older
        version of the knowledge base) serves a quick update of the model and trains the full one
        in the background (False: the full model is trained before the reload returns).
        ``first_model`` (default: with a ``model_cache`` folder and ``quick_reload``, as served): a
        start or reload that finds no model to bring up to date (a fresh install, a code or
        library change) serves a first model, its SVM stopped early, and trains the full one in the
        background too (knowledge_base/model_cache.py)."""
        self.path = Path(path)
        self.quick_reload = quick_reload
        self._generation = 0  # knowledge bases swapped in: a background training of an older one is dropped
        self._trainer = ThreadPoolExecutor(1, thread_name_prefix="kb-full-model")
        self._training: Future | None = None
        if first_model is None:
            first_model = quick_reload and model_cache is not None
        self.models = ModelCache(model_cache, first_model=first_model)
        self.query_log = query_log
        self.poll_seconds = poll_seconds
        self.status = Status()
        self._fingerprint = _fingerprint(self.path)
        try:
            kb = load_knowledge_base(self.path)
        except KBValidationError as exc:
            # Serve anyway (intake, status and people still work); the problem is shown to admins.
            kb = KnowledgeBase(root=self.path)
            self._refused(exc)
        self._swap = threading.Lock()
        # started after an edit made while the process was down: the newest model in the model
        # folder brought up to date serves (none: a first model), the full training follows in
        # the background
        matcher = Matcher(kb, models=self.models, quick=quick_reload)
        self.current = Current(kb, matcher)
        self.served_hash = kb_hash(self.path)
        self.calibration = shipped_calibration()
        self.status.calibrated_at = self.calibration.get("chosen_at")
        self.status.calibration_hash = self.calibration.get("kb_hash")
        self.calibrator = Recalibrator(self._calibrated, self._calibration_failed) if recalibrate else None
        self._mark_loaded()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if matcher.provisional:  # last: the rest of the start does not wait for the GIL behind it
            self._training = self._trainer.submit(self._train_fully, self._generation, matcher)

    def _refused(self, exc: KBValidationError) -> None:
        self.status.refused += 1
        self.status.last_error = str(exc)
        self.status.last_error_at = datetime.now(UTC)
        self.status.problems = [str(p) for p in exc.problems]
        for p in exc.problems:
            log.error("knowledge base refused, still serving the previous one: %s", p)

    def _mark_loaded(self) -> None:
        self.status.loaded_at = datetime.now(UTC)
        self.status.entries = len(self.current.kb.entries)

    def match(self, text: str | None) -> MatchResult:
        return self.current.match(text)

    async def record(self, query: str, result: MatchResult, channel: str | None = None) -> None:
        if self.query_log is None:
            return
        try:
            await self.query_log.record(
                query=query[:2000],
                normalized=result.normalized,
                route=result.route,
                topic_id=result.id,
                score=result.score,
                decision=result.decision,
                candidates=[{"id": c.id, "score": c.score} for c in result.candidates],
                channel=channel,
            )
        except Exception:  # noqa: BLE001 - logging a query must never break an answer
            log.exception("could not record the FAQ query")

    def reload_if_changed(self) -> bool:
        """Reload when a file changed. Returns True when a new knowledge base was swapped in."""
        fp = _fingerprint(self.path)
        if fp == self._fingerprint:
            return False
        self._fingerprint = fp
        try:
            served = kb_hash(self.path)
            kb = load_knowledge_base(self.path)
        except KBValidationError as exc:
            self._refused(exc)
            return False
        used = self.current.matcher  # its thresholds serve until the new calibration is in
        # The new answers serve at once, matched by the model in use (an entry it knows and the
        # new base has not is neither answered nor offered: _known) while the next one is built:
        # a quick update (under a second on the shipped base) serves the edit, the full training
        # follows in the background (_train_fully).
        with self._swap:
            self.current = Current(kb, used)
            self.served_hash = served
            self._generation += 1
            generation = self._generation
        matcher = Matcher(
            kb,
            tokenizer=used.tokenizer if set(kb.userdict) == set(used.kb.userdict) else None,
            thresholds=used.thresholds,
            confidence=used.confidence,
            models=self.models,
            quick=self.quick_reload,
        )
        with self._swap:
            self.current = Current(kb, matcher)
        if matcher.provisional:
            self._training = self._trainer.submit(self._train_fully, generation, matcher)
        if self.calibrator is not None:
            self.calibrator.request(self.path)
        self.status.reloads += 1
        self.status.last_error = None
        self.status.problems = []
        self._mark_loaded()
        log.info("knowledge base reloaded: %d entries", len(kb.entries))
        return True

    def _train_fully(self, generation: int, matcher: Matcher) -> None:
        """The full training of a provisional model (a background thread; liblinear releases the
        GIL): swapped in when it ends, unless a newer knowledge base was loaded meanwhile."""
        if generation != self._generation:
            return  # a newer reload's training follows
        try:
            model = self.models.model(matcher.train, matcher.tokenizer, matcher.thresholds.temperature)
        except Exception as exc:  # noqa: BLE001 - the quick model keeps serving
            self.status.model_error = f"{type(exc).__name__}: {exc}"
            log.exception("full training of the FAQ model failed, the quick update keeps serving")
            return
        with self._swap:
            if generation != self._generation:
                log.info("full model of an older knowledge base dropped; a newer one follows")
                return
            current = self.current
            self.current = Current(current.kb, current.matcher.with_model(model))
            self.status.model_error = None
            self.status.full_models += 1
        log.info("fully trained FAQ model swapped in (%d classes)", len(model.labels))

    def settle(self, timeout: float | None = None) -> None:
        """Wait for the background training of the model in use, if any."""
        training = self._training
        if training is not None:
            training.result(timeout)

    def _calibrated(self, root: Path, calibration: dict) -> None:
        """A background calibration ended: its thresholds serve from now on, unless the knowledge
        base changed meanwhile (the run for the newer one follows)."""
        with self._swap:
            if calibration.get("kb_hash") != self.served_hash:
                log.info("calibration of an older knowledge base dropped; a newer run follows")
                return
            current = self.current
            self.current = Current(current.kb, with_calibration(current.matcher, calibration))
            self.calibration = calibration
            self.status.calibrated_at = calibration.get("chosen_at")
            self.status.calibration_hash = calibration.get("kb_hash")
            self.status.calibration_error = None
            self.status.calibrations += 1
        log.info("new thresholds after the reload of %s: %s", root, calibration.get("thresholds"))

    def _calibration_failed(self, root: Path, reason: str) -> None:
        self.status.calibration_error = reason
        log.error("calibration of %s failed, the thresholds in use stay: %s", root, reason)

    def start(self) -> None:
        """Watch the folder for edits. A knowledge base edited while the server was down (the shipped
        calibration was chosen on another one) is calibrated again in the background at once."""
        if self._thread is not None:
            return
        if self.calibrator is not None and self.calibration.get("kb_hash") != self.served_hash:
            log.info("the calibration in use was chosen on another knowledge base: calibrating again")
            self.calibrator.request(self.path)
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="kb-reload", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._trainer.shutdown(wait=False, cancel_futures=True)
        self._trainer = ThreadPoolExecutor(1, thread_name_prefix="kb-full-model")
        if self.calibrator is not None:
            self.calibrator.stop()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _watch(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.reload_if_changed()
            except Exception:  # noqa: BLE001 - the watcher must outlive a bad edit
                log.exception("knowledge base reload failed")
                time.sleep(self.poll_seconds)

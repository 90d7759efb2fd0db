"""The knowledge base a running process serves, with hot reload: edited files are picked up
within two seconds; an invalid edit is refused (logged with file and line) and the previous
knowledge base keeps serving."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from knowledge_base.loader import kb_files, load_knowledge_base
from knowledge_base.matcher import Matcher, MatchResult
from knowledge_base.model import KBValidationError, KnowledgeBase
from knowledge_base.querylog import QueryLog

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
        result = self.matcher.match(text)
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
        self, path: Path | str, query_log: QueryLog | None = None, poll_seconds: float = 0.5
    ) -> None:
        self.path = Path(path)
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
        self.current = Current(kb, Matcher(kb))
        self._mark_loaded()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

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
            kb = load_knowledge_base(self.path)
            matcher = Matcher(
                kb,
                tokenizer=self.current.matcher.tokenizer
                if set(kb.userdict) == set(self.current.kb.userdict)
                else None,
            )
        except KBValidationError as exc:
            self._refused(exc)
            return False
        self.current = Current(kb, matcher)
        self.status.reloads += 1
        self.status.last_error = None
        self.status.problems = []
        self._mark_loaded()
        log.info("knowledge base reloaded: %d entries", len(kb.entries))
        return True

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="kb-reload", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
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

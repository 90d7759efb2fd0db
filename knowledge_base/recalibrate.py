"""Calibration after a reload, in the background.

A reload retrains the model within two seconds and keeps serving with the thresholds in use; the
cross-validation that chooses new ones (knowledge_base/calibrate.py, ~15 s of CPU on the real
base) runs in a separate process at low priority, so a two-core machine keeps answering. When it
finishes, ``on_done`` receives the new calibration; when it fails, ``on_error`` receives the
reason and the old thresholds stay. Edits made while a calibration runs start one more run when
it ends (only the latest knowledge base is calibrated)."""

from __future__ import annotations

import copy
import importlib
import json
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from dataclasses import fields
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from knowledge_base.decide import CALIBRATION, Confidence, Siblings, Thresholds, siblings_from
from knowledge_base.matcher import Matcher

log = logging.getLogger(__name__)

TARGET = "knowledge_base.calibrate:calibrate"  # module:function, called with the folder's Path
TIMEOUT_SECONDS = 600.0
NICE = 10


def _child(target: str, root: str, conn: Connection) -> None:
    """Runs in the worker process: lower its priority, calibrate, send back the result."""
    try:
        os.nice(NICE)
    except (AttributeError, OSError):  # pragma: no cover - a platform without nice
        pass
    try:
        module, name = target.split(":")
        result = getattr(importlib.import_module(module), name)(Path(root))
        conn.send(("ok", result))
    except BaseException as exc:  # noqa: BLE001 - every failure is reported to the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class Recalibrator:
    def __init__(
        self,
        on_done: Callable[[Path, dict[str, Any]], None],
        on_error: Callable[[Path, str], None],
        target: str = TARGET,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self.on_done = on_done
        self.on_error = on_error
        self.target = target
        self.timeout = timeout
        self._lock = threading.Lock()
        self._wanted: Path | None = None
        self._thread: threading.Thread | None = None
        self._process: Any = None
        self._stopped = False
        self.runs = 0

    @property
    def running(self) -> bool:
        with self._lock:
            return self._thread is not None

    def request(self, root: Path) -> None:
        """Calibrate ``root`` as soon as the worker is free; returns at once."""
        with self._lock:
            if self._stopped:
                return
            self._wanted = root
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kb-calibrate", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                root, self._wanted = self._wanted, None
                if root is None or self._stopped:
                    self._thread = None
                    return
            try:
                kind, value = self._run(root)
            except Exception as exc:  # noqa: BLE001 - the worker died or timed out
                kind, value = "error", f"{type(exc).__name__}: {exc}"
            self.runs += 1
            if self._stopped:
                continue
            try:
                if kind == "ok":
                    self.on_done(root, value)
                else:
                    self.on_error(root, str(value))
            except Exception:  # noqa: BLE001 - a bad result must not kill the loop
                log.exception("could not apply the new calibration")

    def _run(self, root: Path) -> tuple[str, Any]:
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that runs threads
        parent, child = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=_child, args=(self.target, str(root), child), name="kb-calibrate", daemon=True
        )
        with self._lock:
            if self._stopped:
                return "error", "stopped"
            process.start()
            self._process = process
        child.close()
        try:
            if not parent.poll(self.timeout):
                raise TimeoutError(f"calibration took more than {self.timeout:.0f} s")
            return parent.recv()
        except EOFError:
            return "error", f"the calibration process ended without a result (exit code {process.exitcode})"
        finally:
            parent.close()
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
            with self._lock:
                self._process = None

    def stop(self, wait: float = 5.0) -> None:
        """Stop: a calibration under way is ended, none is started again."""
        with self._lock:
            self._stopped = True
            self._wanted = None
            process, thread = self._process, self._thread
        if process is not None and process.is_alive():
            process.terminate()
        if thread is not None:
            thread.join(timeout=wait)


def thresholds_of(calibration: dict[str, Any]) -> Thresholds:
    names = {f.name for f in fields(Thresholds)}
    return Thresholds(**{k: float(v) for k, v in calibration["thresholds"].items() if k in names})


def confidence_of(calibration: dict[str, Any]) -> Confidence:
    c = calibration.get("confidence") or {}
    if not c:
        return Confidence()
    return Confidence(
        [float(x) for x in c["mean"]],
        [float(x) for x in c["scale"]],
        [float(x) for x in c["coef"]],
        float(c["intercept"]),
    )


def siblings_of(calibration: dict[str, Any]) -> Siblings:
    return siblings_from(calibration.get("siblings"))


def with_calibration(matcher: Matcher, calibration: dict[str, Any]) -> Matcher:
    """The same trained matcher with a new calibration's thresholds and confidence model (the
    model's weights are shared; only its softmax temperature is its own)."""
    th, conf = thresholds_of(calibration), confidence_of(calibration)
    out = copy.copy(matcher)
    out.thresholds, out.confidence, out.siblings = th, conf, siblings_of(calibration)
    if matcher.model is not None:
        out.model = copy.copy(matcher.model)
        out.model.temperature = th.temperature
    return out


def shipped_calibration(path: Path = CALIBRATION) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}

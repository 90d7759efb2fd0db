"""Calibration on reload (issue 9 item 1): a reload keeps serving with the thresholds in use and
returns at once; the calibration runs again in a background process and its thresholds are
swapped in when it ends; a failed run is logged and the thresholds in use stay."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from knowledge_base.loader import kb_hash
from knowledge_base.recalibrate import shipped_calibration, thresholds_of
from knowledge_base.service import KnowledgeService
from tests.small_kb import ENTRIES, write_small_kb

WAIT_SECONDS = 240.0  # a spawned Python with scikit-learn, on a busy two-core machine


def failing_calibration(root: Path) -> dict:
    raise RuntimeError(f"no calibration for {root.name} today")


def _wait(check, seconds: float = WAIT_SECONDS) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_an_edit_gets_new_thresholds_without_blocking_the_reload(small_kb: Path) -> None:
    service = KnowledgeService(small_kb)
    try:
        shipped = shipped_calibration()
        before = service.current.matcher.thresholds
        assert before == thresholds_of(shipped)  # the shipped calibration is the start value
        assert service.status.calibration_hash == shipped.get("kb_hash") != kb_hash(small_kb)
        write_small_kb(small_kb, extra="三个月没拿到工钱了")
        assert service.reload_if_changed()
        # the reload is back before the calibration: new entries, the thresholds in use
        assert service.calibrator is not None and service.calibrator.running
        assert service.status.calibrations == 0
        assert service.current.matcher.thresholds == before
        assert service.match("老板不发工资咋办").route in ("faq", "fallback")  # still answering
        _wait(lambda: service.status.calibrations == 1)
        assert service.status.calibration_error is None
        assert service.status.calibration_hash == kb_hash(small_kb) == service.calibration["kb_hash"]
        assert service.status.calibrated_at != shipped.get("chosen_at")
        assert service.calibration["entries"] == len(ENTRIES)
        new = thresholds_of(service.calibration)
        assert service.current.matcher.thresholds == new
        assert service.current.matcher.model is not None
        assert service.current.matcher.model.temperature == new.temperature
        assert service.match("我要投诉").route == "complaint"
    finally:
        service.stop()


def test_a_failed_calibration_keeps_the_thresholds_in_use(
    small_kb: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = KnowledgeService(small_kb)
    try:
        assert service.calibrator is not None
        service.calibrator.target = f"{__name__}:failing_calibration"
        before, hash_before = service.current.matcher.thresholds, service.status.calibration_hash
        write_small_kb(small_kb, extra="三个月没拿到工钱了")
        with caplog.at_level(logging.ERROR, logger="knowledge_base.service"):
            assert service.reload_if_changed()
            _wait(lambda: service.status.calibration_error is not None)
            _wait(lambda: not service.calibrator.running)
        assert "no calibration for kb today" in (service.status.calibration_error or "")
        assert any("no calibration for kb today" in r.getMessage() for r in caplog.records)
        assert service.current.matcher.thresholds == before
        assert service.status.calibration_hash == hash_before
        assert service.status.calibrations == 0
        assert (
            "三个月没拿到工钱了" in service.current.kb.entries["wage.arrears"].alternates
        )  # the edit serves
    finally:
        service.stop()


def test_stop_ends_a_calibration_under_way(small_kb: Path) -> None:
    service = KnowledgeService(small_kb)
    write_small_kb(small_kb, extra="三个月没拿到工钱了")
    assert service.reload_if_changed()
    assert service.calibrator is not None
    _wait(lambda: service.calibrator._process is not None, 30)
    process = service.calibrator._process
    service.stop()
    assert not service.calibrator.running
    assert process is not None and not process.is_alive()
    assert service.status.calibrations == 0


def test_a_base_edited_while_the_server_was_down_is_calibrated_at_start(small_kb: Path) -> None:
    service = KnowledgeService(small_kb)
    try:
        assert service.calibration.get("kb_hash") != kb_hash(small_kb)
        service.start()
        assert service.calibrator is not None and service.calibrator.running
        _wait(lambda: service.status.calibrations == 1)
        assert service.status.calibration_hash == kb_hash(small_kb)
        assert service.current.matcher.thresholds == thresholds_of(service.calibration)
    finally:
        service.stop()


def test_the_shipped_calibration_was_chosen_on_the_shipped_knowledge_base() -> None:
    """Regenerate it after editing knowledge_base/data: .venv/bin/python -m knowledge_base.calibrate"""
    shipped_kb = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
    assert shipped_calibration().get("kb_hash") == kb_hash(shipped_kb)

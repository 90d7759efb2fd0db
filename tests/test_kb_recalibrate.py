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

WAIT_SECONDS = 240.0  # a spawned Python with scikit-learn, on a busy two-core machine

ENTRIES = {
    "wage.arrears": (
        "被拖欠工资怎么办",
        [
            "老板不发工资咋办",
            "工资拖了三个月",
            "干完活不给钱怎么办",
            "公司欠薪不给",
            "工头卷钱跑了",
            "拖欠工钱半年了",
        ],
    ),
    "hours.overtime": (
        "加班费怎么算",
        [
            "周末加班给多少钱",
            "晚上加班有没有加班费",
            "节假日上班工资怎么算",
            "每天干十二个小时合法吗",
            "加班不给钱",
            "加班工资的基数是什么",
        ],
    ),
    "leave.annual": (
        "年假有几天",
        [
            "工作满一年有年假吗",
            "年休假怎么算",
            "没休的年假给钱吗",
            "单位不让休年假",
            "年假能不能攒到明年",
            "试用期有没有年假",
        ],
    ),
    "injury.recognition": (
        "工伤怎么认定",
        [
            "上班摔伤了算工伤吗",
            "下班路上出车祸算不算工伤",
            "工伤认定去哪里申请",
            "公司不给报工伤",
            "工伤认定要多久",
            "干活时手被机器压了",
        ],
    ),
}
ROUTES = {
    "complaint": ["我要投诉", "帮我登记欠薪", "我要举报老板", "给我立个案", "现在就投诉", "替我们反映一下"],
    "progress": [
        "我的投诉怎么样了",
        "查进度",
        "投诉有结果了吗",
        "我登记的案子到哪了",
        "受理了没有",
        "投诉了没人管",
    ],
    "human": ["转人工", "找个真人", "我要跟工作人员说", "人工客服", "不想跟机器人聊", "叫个人来"],
}


def failing_calibration(root: Path) -> dict:
    raise RuntimeError(f"no calibration for {root.name} today")


def _write(root: Path, extra: str = "") -> None:
    lines = ["entries:"]
    for i, (entry, (question, alternates)) in enumerate(ENTRIES.items()):
        alts = alternates + ([extra] if extra and i == 0 else [])
        lines += [
            f"  - id: {entry}",
            f"    question: {question}",
            f"    alternates: [{', '.join(alts)}]",
            "    keywords: []",
            f"    answer: 关于{question}的答复（测试数据）。",
            "    follow_ups: []",
            "    sources: [测试数据]",
            "    updated: 2026-11-30",
        ]
    lines += [
        "out_of_scope:",
        "  - topic: 天气",
        "    keywords: [天气]",
        "    examples: [明天天气怎么样, 今天会下雨吗, 周末冷不冷, 推荐个电影, 附近有什么好吃的, 彩票开奖了吗]",
        "    answer: 这个问题不在服务范围内。",
        "centres:",
        "  - id: central",
        "    name: 示例中心（测试数据）",
        "    districts: []",
        "    fallback: true",
        "routes:",
    ]
    for route, requests in ROUTES.items():
        lines.append(f"  {route}: [{', '.join(requests)}]")
    (root / "kb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    root.mkdir()
    _write(root)
    return root


def _wait(check, seconds: float = WAIT_SECONDS) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_an_edit_gets_new_thresholds_without_blocking_the_reload(kb_dir: Path) -> None:
    service = KnowledgeService(kb_dir)
    try:
        shipped = shipped_calibration()
        before = service.current.matcher.thresholds
        assert before == thresholds_of(shipped)  # the shipped calibration is the start value
        assert service.status.calibration_hash == shipped.get("kb_hash") != kb_hash(kb_dir)
        _write(kb_dir, extra="三个月没拿到工钱了")
        assert service.reload_if_changed()
        # the reload is back before the calibration: new entries, the thresholds in use
        assert service.calibrator is not None and service.calibrator.running
        assert service.status.calibrations == 0
        assert service.current.matcher.thresholds == before
        assert service.match("老板不发工资咋办").route in ("faq", "fallback")  # still answering
        _wait(lambda: service.status.calibrations == 1)
        assert service.status.calibration_error is None
        assert service.status.calibration_hash == kb_hash(kb_dir) == service.calibration["kb_hash"]
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
    kb_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = KnowledgeService(kb_dir)
    try:
        assert service.calibrator is not None
        service.calibrator.target = f"{__name__}:failing_calibration"
        before, hash_before = service.current.matcher.thresholds, service.status.calibration_hash
        _write(kb_dir, extra="三个月没拿到工钱了")
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


def test_stop_ends_a_calibration_under_way(kb_dir: Path) -> None:
    service = KnowledgeService(kb_dir)
    _write(kb_dir, extra="三个月没拿到工钱了")
    assert service.reload_if_changed()
    assert service.calibrator is not None
    _wait(lambda: service.calibrator._process is not None, 30)
    process = service.calibrator._process
    service.stop()
    assert not service.calibrator.running
    assert process is not None and not process.is_alive()
    assert service.status.calibrations == 0


def test_a_base_edited_while_the_server_was_down_is_calibrated_at_start(kb_dir: Path) -> None:
    service = KnowledgeService(kb_dir)
    try:
        assert service.calibration.get("kb_hash") != kb_hash(kb_dir)
        service.start()
        assert service.calibrator is not None and service.calibrator.running
        _wait(lambda: service.status.calibrations == 1)
        assert service.status.calibration_hash == kb_hash(kb_dir)
        assert service.current.matcher.thresholds == thresholds_of(service.calibration)
    finally:
        service.stop()


def test_the_shipped_calibration_was_chosen_on_the_shipped_knowledge_base() -> None:
    """Regenerate it after editing knowledge_base/data: .venv/bin/python -m knowledge_base.calibrate"""
    shipped_kb = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
    assert shipped_calibration().get("kb_hash") == kb_hash(shipped_kb)

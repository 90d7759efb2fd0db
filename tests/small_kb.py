"""A small knowledge base written for tests of the model's life cycle (training, cache, quick
reload, recalibration): four entries, the three routes and one out-of-scope topic."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from knowledge_base.service import KnowledgeService

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


def write_small_kb(root: Path, extra: str = "") -> None:
    """The small four-entry base with routes and one out-of-scope topic; `extra` is one more
    alternate for the first entry."""
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


def hold_full_training(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The background full training waits until the returned event is set: on the small test base
    it can otherwise end before the quick model has been checked."""
    release = threading.Event()
    train_fully = KnowledgeService._train_fully

    def held(self: KnowledgeService, generation: int, matcher: object) -> None:
        release.wait(120)
        train_fully(self, generation, matcher)

    monkeypatch.setattr(KnowledgeService, "_train_fully", held)
    return release


@pytest.fixture
def small_kb(tmp_path: Path) -> Path:
    """A directory holding the small base (see write_small_kb)."""
    root = tmp_path / "kb"
    root.mkdir()
    write_small_kb(root)
    return root

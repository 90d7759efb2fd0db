"""A knowledge service for the engine's unit tests: a small knowledge base built in code and a
table of match results instead of the matcher (the matcher has its own tests; the engine's
end-to-end tests use the real one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from knowledge_base.model import Centre, Entry, KnowledgeBase


@dataclass
class Match:
    """The part of knowledge_base.matcher.MatchResult the engine reads."""

    route: str
    id: str | None = None
    score: float = 0.0
    candidates: list[Any] = field(default_factory=list)
    decision: str = "fallback"
    out_of_scope: str | None = None
    also: list[str] = field(default_factory=list)


def _entry(entry_id: str, question: str, answer: str, **kw: Any) -> Entry:
    return Entry(
        id=entry_id,
        question=question,
        alternates=[],
        keywords=[],
        answer=answer,
        follow_ups=kw.pop("follow_ups", []),
        sources=["《劳动合同法》第三十条"],
        updated=dt.date(2026, 11, 23),
        **kw,
    )


ENTRIES = [
    _entry("wage.arrears.report", "被拖欠工资怎么办？", "可以先协商，也可以投诉。", actions=["complaint"]),
    _entry(
        "privacy.confidential",
        "投诉了老板会知道是我吗？",
        "依法为投诉人保密。",
        details="详细：工作人员不会向单位透露投诉人信息。",
    ),
    _entry(
        "hours.overtime_pay",
        "加班费怎么算？",
        "工作日延长工作时间按 150% 支付。",
        follow_ups=["wage.arrears.report"],
    ),
    _entry("service.service_center", "服务中心在哪里？", "可以到就近的服务中心。"),
]
CENTRES = [
    Centre(
        "central",
        "示例市中心（示例数据）",
        [],
        address="示例路1号",
        hours="工作日",
        phone="0000-1",
        fallback=True,
    ),
    Centre("east", "东区服务站（示例数据）", ["东区"], address="东区2号", hours="工作日", phone="0000-2"),
]
TABLE = {
    "我要投诉老板欠薪": Match("complaint"),
    "我要投诉欠薪": Match("complaint"),
    "我的投诉怎么样了": Match("progress"),
    "我要找人工": Match("human"),
    "投诉了老板会不会知道是我": Match("faq", "privacy.confidential", 0.9, decision="answer"),
    "加班费怎么算": Match("faq", "hours.overtime_pay", 1.0, decision="answer"),
    "年假有几天": Match(
        "fallback",
        candidates=[SimpleNamespace(id="hours.overtime_pay", score=0.3)],
        decision="suggest",
    ),
    "公积金怎么提取": Match("fallback", out_of_scope="公积金请咨询住房公积金管理中心。"),
}


class FakeKnowledge:
    def __init__(self, table: dict[str, Match] | None = None) -> None:
        kb = KnowledgeBase(root=Path("."), entries={e.id: e for e in ENTRIES}, centres=list(CENTRES))
        self.current = SimpleNamespace(kb=kb)
        self.table = dict(TABLE if table is None else table)
        self.recorded: list[tuple[str, str, str]] = []

    def match(self, text: str | None) -> Match:
        return self.table.get((text or "").strip(), Match("fallback"))

    async def record(self, query: str, result: Match, channel: str) -> None:
        self.recorded.append((query, result.route, channel))

"""Complaints about one employer from different workers are linked (fuzzy employer names,
a configurable window); staff see `related` on each case; the group's head count raises
priority. Runs on SQLite and a real PostgreSQL (the `db` fixture)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from bot.staff.case_json import case_json
from knowledge_base.service import KnowledgeService
from storage.models import Case, OutboxMessage
from storage.services.links import related_numbers
from storage.uow import SqlWorkerStore

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


def steps(employer: str, workers: str) -> list[tuple[str, str]]:
    return [
        ("button", "form:consent:yes"),
        ("text", "张三"),
        ("text", "13800138000"),
        ("text", employer),
        ("button", "form:skip"),
        ("text", "深圳市龙华区观澜街道"),
        ("text", "冲压"),
        ("text", "七月到十月"),
        ("text", "一万六"),
        ("text", workers),
        ("text", "老板一直拖着不发工资"),
        ("button", "form:confirm:submit"),
    ]


async def file(engine: Engine, user: str, employer: str, workers: str = "4个人") -> str:
    await engine.handle(Incoming("web", user, text="/complain"))
    replies = []
    for kind, value in steps(employer, workers):
        replies = await engine.handle(Incoming("web", user, **{kind: value}))
    assert replies[-1].case_no, [r.text for r in replies]
    return replies[-1].case_no


@pytest.fixture
def engine(db, tmp_path: Path) -> Engine:
    settings = Settings(data_dir=tmp_path / "data", high_workers=10, related_window_days=30)
    return Engine(settings, SqlWorkerStore(db), KnowledgeService(KB))


async def test_three_workers_one_employer_are_linked(engine: Engine, db) -> None:
    a = await file(engine, "w-a", "鑫达五金厂")
    b = await file(engine, "w-b", "鑫达五金制品有限公司")
    other = await file(engine, "w-x", "华美电子厂")
    c = await file(engine, "w-c", "观澜鑫达五金")
    async with db.session() as s:
        cases = {x.case_no: x for x in (await s.execute(select(Case))).scalars()}
        related = await related_numbers(s, cases.values())
        by_no = {no: related[x.id] for no, x in cases.items()}
        assert sorted(by_no[a]) == sorted([b, c]) and sorted(by_no[c]) == sorted([a, b])
        assert by_no[other] == []
        # the district is kept though no sample centre covers it; industry counted by category
        assert cases[a].district == "龙华区" and cases[a].industry_category == "制造业"
        assert cases[a].industry == "冲压"
        # three workers' groups of 4: 12 people together reach the high threshold (10)
        assert {cases[n].priority for n in (a, b, c)} == {"high"} and cases[other].priority == "normal"
        assert any("关联投诉 3 件" in r for r in cases[a].priority_reasons)
        pending = (
            await s.execute(select(OutboxMessage).where(OutboxMessage.case_id == cases[a].id))
        ).scalar_one()
        assert pending.priority == "high"
        js = case_json(cases[b], with_events=False, related=by_no[b])
        assert sorted(js["related"]) == sorted([a, c]) and js["industry_category"] == "制造业"


async def test_outside_the_window_not_linked(engine: Engine, db) -> None:
    a = await file(engine, "w-a", "鑫达五金厂")
    async with db.session() as s:
        old = (await s.execute(select(Case).where(Case.case_no == a))).scalar_one()
        old.created_at = old.created_at - timedelta(days=31)
    b = await file(engine, "w-b", "鑫达五金厂")
    async with db.session() as s:
        cases = list((await s.execute(select(Case))).scalars())
        assert all(v == [] for v in (await related_numbers(s, cases)).values()), b

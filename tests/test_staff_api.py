"""Staff API: bearer token, JSON shape of DESIGN.md, filters, errors — over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.api import setup_api
from storage.models import Attachment, Case, CaseEvent, Identity

TOKEN = "s3cret-token-for-tests"


async def _add_case(db, case_no: str, status: str = "submitted", priority: str = "normal") -> None:
    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    async with db.session() as s:
        ident = Identity(channel="web", user_key=f"u-{case_no}")
        s.add(ident)
        await s.flush()
        case = Case(
            case_no=case_no,
            identity_id=ident.id,
            status=status,
            priority=priority,
            centre_id="central",
            district="示例区",
            consent_at=now,
            worker_name="李四",
            contact_phone="13800138000",
            employer_name="某建筑劳务公司",
            project_name="某小区二期",
            work_location="示例区建设路工地",
            industry="建筑业",
            arrears_start="2025-10",
            arrears_end="2026-01",
            amount_owed=Decimal("23000"),
            workers_affected=12,
            description="干完活不给钱",
            accept_by=now + timedelta(days=7),
            resolve_by=now + timedelta(days=45),
            created_at=now,
        )
        s.add(case)
        await s.flush()
        s.add(CaseEvent(case_id=case.id, kind="submitted", to_status="submitted", actor="worker"))
        s.add(
            Attachment(
                identity_id=ident.id,
                case_id=case.id,
                sha256="ab" * 32,
                filename="条.jpg",
                content_type="image/jpeg",
                size=1234,
            )
        )


@pytest.fixture
async def client(db) -> AsyncIterator[TestClient]:
    app = web.Application()
    app[CTX] = AppContext(settings=Settings(api_token=TOKEN), db=db, knowledge=None, engine=None)
    setup_api(app)
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


async def test_token_required(client: TestClient) -> None:
    assert (await client.get("/api/cases")).status == 401
    r = await client.get("/api/cases", headers={"Authorization": "Bearer wrong"})
    assert r.status == 401
    r = await client.get("/api/cases/QX1", headers={"Authorization": "Basic " + TOKEN})
    assert r.status == 401


async def test_case_json_shape(client: TestClient, db) -> None:
    await _add_case(db, "QX261123ABCD")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = await client.get("/api/cases/QX261123ABCD", headers=auth)
    assert r.status == 200
    case = await r.json()
    for key in (
        "consent",
        "worker_name",
        "contact_phone",
        "employer_name",
        "project_name",
        "work_location",
        "industry",
        "arrears_period",
        "amount_owed",
        "workers_affected",
        "description",
        "evidence",
        "case_no",
        "status",
        "priority",
        "centre",
        "created_at",
        "accept_by",
        "resolve_by",
        "events",
    ):
        assert key in case, key
    assert case["amount_owed"] == 23000 and isinstance(case["amount_owed"], float)
    assert case["workers_affected"] == 12 and isinstance(case["workers_affected"], int)
    assert case["arrears_period"] == {"start": "2025-10", "end": "2026-01"}
    assert case["contact_phone"] == "13800138000"
    assert case["evidence"][0]["filename"] == "条.jpg"
    assert [e["kind"] for e in case["events"]] == ["submitted"]
    assert datetime.fromisoformat(case["accept_by"]) > datetime.fromisoformat(case["created_at"])


async def test_list_filters_and_errors(client: TestClient, db) -> None:
    await _add_case(db, "QXA", status="submitted", priority="urgent")
    await _add_case(db, "QXB", status="accepted")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = await (await client.get("/api/cases?status=submitted", headers=auth)).json()
    assert [c["case_no"] for c in body["cases"]] == ["QXA"] and body["total"] == 1
    body = await (await client.get("/api/cases?status=submitted,accepted", headers=auth)).json()
    assert sorted(c["case_no"] for c in body["cases"]) == ["QXA", "QXB"]
    body = await (await client.get("/api/cases?priority=urgent", headers=auth)).json()
    assert [c["case_no"] for c in body["cases"]] == ["QXA"]
    assert (await client.get("/api/cases?status=bogus", headers=auth)).status == 400
    assert (await client.get("/api/cases?limit=x", headers=auth)).status == 400
    r = await client.get("/api/cases/NOPE", headers=auth)
    assert r.status == 404 and "error" in await r.json()


async def test_related_lists_linked_cases(client: TestClient, db) -> None:
    from sqlalchemy import select, update

    for no in ("QXL1", "QXL2", "QXL3"):
        await _add_case(db, no)
    async with db.session() as s:
        first = (await s.execute(select(Case.id).where(Case.case_no == "QXL1"))).scalar_one()
        await s.execute(update(Case).where(Case.case_no.in_(["QXL1", "QXL2"])).values(link_group=first))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    one = await (await client.get("/api/cases/QXL1", headers=auth)).json()
    assert one["related"] == ["QXL2"]
    body = await (await client.get("/api/cases", headers=auth)).json()
    related = {c["case_no"]: c["related"] for c in body["cases"]}
    assert related["QXL2"] == ["QXL1"] and related["QXL3"] == []

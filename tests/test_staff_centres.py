"""Centres in levels: a case goes to the lowest centre covering its place; a parent's staff see
and act on their children's cases, a child's staff only their own (403 on a parent's case); an
account without a centre sees nothing, an admin everything; a case not accepted in time rises
to the parent with a notification; the centre file's parents are checked with file:line."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.core.intake.centre_match import match_centre
from bot.staff import scope
from bot.staff.deadline_watch import check
from bot.staff.web import setup
from knowledge_base import load_knowledge_base
from knowledge_base.model import KBValidationError
from storage.models import Case, CaseEvent, OutboxMessage
from tests.factories import T0, FakeCentre, file_cases, staff_account

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
CITY = FakeCentre("city", "市劳动关系公共服务中心", fallback=True)
STATION = FakeCentre("east", "东区服务站", parent="city")
POINT = FakeCentre("east-jianshe", "建设路街道服务点", parent="east")
WEST = FakeCentre("west", "西区服务站", parent="city")


class _Current:
    def __init__(self, centres: list[FakeCentre]) -> None:
        self.kb = type("KB", (), {"centres": centres})()


class _Knowledge:
    def __init__(self, centres: list[FakeCentre]) -> None:
        self.current = _Current(centres)


@pytest.fixture
async def dash(db, tmp_path) -> AsyncIterator[TestClient]:
    app = web.Application()
    app[CTX] = AppContext(
        settings=Settings(data_dir=tmp_path),
        db=db,
        knowledge=_Knowledge([CITY, STATION, POINT, WEST]),
        engine=None,
        pushers={},
    )
    setup(app, app[CTX])
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client


async def _login(client: TestClient, username: str) -> str:
    client.session.cookie_jar.clear()
    page = await (await client.get("/staff/login")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    await client.post("/staff/login", data={"csrf": token, "username": username, "password": "x" * 12})
    return await (await client.get("/staff/")).text()


async def test_parent_sees_children_child_gets_403_on_parent(dash, db) -> None:
    client = dash
    [city_case] = await file_cases(db, 1, centre="city")
    [east_case] = await file_cases(db, 1, centre="east")
    [point_case] = await file_cases(db, 1, centre="east-jianshe")
    [west_case] = await file_cases(db, 1, centre="west")
    await staff_account(db, "point", centre="east-jianshe")
    await staff_account(db, "station", centre="east")
    await staff_account(db, "citysup", role="supervisor", centre="city")
    await staff_account(db, "root", role="admin", centre=None)
    await staff_account(db, "loose", role="supervisor", centre=None)
    expected = {
        "point": {point_case},
        "station": {east_case, point_case},
        "citysup": {city_case, east_case, point_case, west_case},
        "root": {city_case, east_case, point_case, west_case},
        "loose": set(),
    }
    everything = {city_case, east_case, point_case, west_case}
    for user, visible in expected.items():
        listing = await _login(client, user)
        assert {n for n in everything if n in listing} == visible, user
        for n in everything:
            status = (await client.get(f"/staff/cases/{n}")).status
            assert status == (200 if n in visible else 403), (user, n, status)
    # a child's staff trying to act on the parent's case: 403, nothing changes
    page = await _login(client, "point")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = await client.post(f"/staff/cases/{east_case}/action", data={"csrf": csrf, "action": "accept"})
    assert r.status == 403
    # the station acts on its street point's case
    page = await _login(client, "station")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = await client.post(
        f"/staff/cases/{point_case}/action", data={"csrf": csrf, "action": "accept"}, allow_redirects=False
    )
    assert "ok=1" in r.headers["Location"]
    async with db.session() as s:
        statuses = dict((await s.execute(select(Case.case_no, Case.status))).all())
    assert statuses[east_case] == "submitted" and statuses[point_case] == "accepted"
    # the situation figures follow the same scope
    figures = await (await client.get("/staff/situation/data.json?period=365")).json()
    assert {c["centre"] for c in figures["centres"]} <= {"east", "east-jianshe"}


async def test_unaccepted_case_rises_to_the_parent(dash, db) -> None:
    [case_no] = await file_cases(db, 1, centre="east-jianshe")
    # filed at T0 with accept_by T0 + 7 days
    scope.use_centres(lambda: [CITY, STATION, POINT, WEST])
    counts = await check(db, T0 + timedelta(days=7, minutes=1), timedelta(hours=24))
    assert counts["raised"] == 1
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        note = (await s.execute(select(CaseEvent.note).where(CaseEvent.kind == "escalation"))).scalar_one()
        push = (await s.execute(select(OutboxMessage).where(OutboxMessage.kind == "escalation"))).scalar_one()
    assert case.centre_id == "east" and push.centre_id == "east"
    assert "建设路街道服务点未在期限内受理，案件已上交东区服务站" in note and push.payload["text"] == note
    # checked again: no second rise, no second notice
    counts = await check(db, T0 + timedelta(days=9), timedelta(hours=24))
    assert counts["raised"] == 0
    await staff_account(db, "point", centre="east-jianshe")
    await staff_account(db, "station", centre="east")
    await _login(dash, "point")
    assert (await dash.get(f"/staff/cases/{case_no}")).status == 403
    await _login(dash, "station")
    assert (await dash.get(f"/staff/cases/{case_no}")).status == 200


def test_case_goes_to_the_lowest_covering_centre() -> None:
    kb = load_knowledge_base(KB)
    by_id = {c.id: c for c in kb.centres}
    assert by_id["dongcheng"].parent == "central" and by_id["dongcheng-jianshe"].parent == "dongcheng"
    centre, district = match_centre("东城区", kb, detail="东城区建设路18号工地")
    assert centre.id == "dongcheng-jianshe" and district == "东城区"
    centre, _ = match_centre("东城区", kb, detail="东城区和平里小区")
    assert centre.id == "dongcheng"
    centre, district = match_centre("某县某乡", kb)
    assert centre.id == "central" and district is None


def test_centre_parents_checked_with_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(KB, root)
    path = root / "service_centres.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - id: xicheng\n    parent: central\n", "  - id: xicheng\n    parent: nowhere\n")
    text = text.replace(
        "  - id: dongcheng\n    parent: central\n", "  - id: dongcheng\n    parent: dongcheng-jianshe\n"
    )
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    xicheng = lines.index("  - id: xicheng") + 1
    dongcheng = lines.index("  - id: dongcheng") + 1
    with pytest.raises(KBValidationError) as info:
        load_knowledge_base(root)
    problems = [str(p) for p in info.value.problems]
    assert f"{path}:{xicheng}: centre 'xicheng': parent 'nowhere' is not a centre id" in problems
    assert any(p.startswith(f"{path}:{dongcheng}: centre 'dongcheng': parents form a loop") for p in problems)


def test_a_centre_without_a_group_is_served_by_the_one_above() -> None:
    from bot.staff.routing import targets_for

    city = FakeCentre("city", "市中心", telegram_chat="-100", fallback=True)
    station = FakeCentre("east", "东区站", wecom_webhook="http://robot/east", parent="city")
    point = FakeCentre("east-jianshe", "建设路点", parent="east")
    lone = FakeCentre("west", "西区站", parent="city")
    centres = [city, station, point, lone]
    settings = Settings(staff_telegram_chat="-999")
    assert targets_for("east-jianshe", "normal", centres, settings) == ["wecom:http://robot/east"]
    assert targets_for("west", "normal", centres, settings) == ["telegram:-100"]
    assert targets_for("east", "normal", centres, settings) == ["wecom:http://robot/east"]

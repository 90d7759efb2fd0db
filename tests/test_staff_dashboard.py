"""Dashboard over real HTTP: login, roles, CSRF, rate limit, case actions, exports, stats."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.web import setup
from storage.models import AuditLog, Case, CaseEvent, WorkerNotice
from tests.factories import RecordingPusher, file_cases, staff_account

PASSWORD = "x" * 12  # what tests.factories.staff_account sets


@pytest.fixture
async def dash(db, tmp_path) -> AsyncIterator[tuple[TestClient, RecordingPusher]]:
    app = web.Application()
    pusher = RecordingPusher()
    app[CTX] = AppContext(
        settings=Settings(data_dir=tmp_path), db=db, knowledge=None, engine=None, pushers={"web": pusher}
    )
    setup(app, app[CTX])
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client, pusher


async def _login(client: TestClient, username: str, password: str = PASSWORD):
    page = await (await client.get("/staff/login")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    return await client.post(
        "/staff/login",
        data={"csrf": token, "username": username, "password": password},
        allow_redirects=False,
    )


def _csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def test_login_and_case_workflow(dash, db) -> None:
    client, pusher = dash
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "zhang")
    assert (await client.get("/staff/", allow_redirects=False)).status == 302
    r = await _login(client, "zhang")
    assert r.status == 302
    cookie = r.cookies["laborbot_staff"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    listing = await (await client.get("/staff/")).text()
    assert case_no in listing
    page = await (await client.get(f"/staff/cases/{case_no}")).text()
    assert "13912345678" in page  # own centre: full identity
    csrf = _csrf(page)
    r = await client.post(
        f"/staff/cases/{case_no}/action", data={"csrf": csrf, "action": "accept"}, allow_redirects=False
    )
    assert r.status == 302 and "ok=1" in r.headers["Location"]
    await client.post(f"/staff/cases/{case_no}/note", data={"csrf": csrf, "note": "已联系项目经理"})
    await client.post(
        f"/staff/cases/{case_no}/action",
        data={"csrf": csrf, "action": "resolve", "amount_recovered": "8500", "note": "已支付"},
    )
    page = await (await client.get(f"/staff/cases/{case_no}")).text()
    assert "已联系项目经理" in page and "已办结" in page
    assert any("已受理" in t for t in pusher.sent) and any("已办结" in t for t in pusher.sent)
    async with db.session() as s:
        assert (await s.execute(select(Case.status))).scalar_one() == "resolved"
        assert len((await s.execute(select(AuditLog))).scalars().all()) == 3


async def test_csrf_and_invalid_action(dash, db) -> None:
    client, _ = dash
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "qin")
    await _login(client, "qin")
    r = await client.post(f"/staff/cases/{case_no}/action", data={"csrf": "forged", "action": "accept"})
    assert r.status == 403
    csrf = _csrf(await (await client.get("/staff/")).text())
    r = await client.post(
        f"/staff/cases/{case_no}/action", data={"csrf": csrf, "action": "reject"}, allow_redirects=False
    )
    assert "err=" in r.headers["Location"]  # a reason is required
    async with db.session() as s:
        assert (await s.execute(select(Case.status))).scalar_one() == "submitted"
        assert (await s.execute(select(CaseEvent))).scalars().all() == []


async def test_wrong_password_and_rate_limit(dash, db) -> None:
    client, _ = dash
    await staff_account(db, "wu")
    r = await _login(client, "wu", "wrong-password-1")
    assert r.status == 401 and "用户名或密码错误" in await r.text()
    for _ in range(4):
        await _login(client, "wu", "wrong-password-1")
    r = await _login(client, "wu")  # even the right password is refused now
    assert r.status == 429


async def test_roles_and_identity_masking(dash, db) -> None:
    client, _ = dash
    [case_no] = await file_cases(db, 1, centre="east")
    await staff_account(db, "other", centre="west")
    await staff_account(db, "root", role="admin", centre=None)
    await _login(client, "other")
    assert (await client.get(f"/staff/cases/{case_no}")).status == 403  # another centre's case
    assert case_no not in await (await client.get("/staff/")).text()
    assert (await client.get("/staff/admin/faq")).status == 403
    await _login(client, "root")  # an admin sees every centre, the worker's identity masked
    page = await (await client.get(f"/staff/cases/{case_no}")).text()
    assert "139****5678" in page and "13912345678" not in page


async def test_exports_are_masked_and_filtered(dash, db) -> None:
    client, _ = dash
    numbers = await file_cases(db, 3, urgent_every=3)
    await staff_account(db, "boss", role="admin", centre=None)
    await _login(client, "boss")
    body = await (await client.get("/staff/export.csv?priority=urgent")).read()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][0] == numbers[0]
    assert "139****5678" in rows[1] and "13912345678" not in body.decode("utf-8-sig")
    xlsx = await (await client.get("/staff/export.xlsx")).read()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        shared = z.read("xl/sharedStrings.xml").decode()
    assert all(n in shared for n in numbers) and "13912345678" not in shared
    stats = await client.get("/staff/stats")  # the old address leads to the situation page
    assert stats.url.path == "/staff/situation" and 'id="chart-district"' in await stats.text()
    figures = await (await client.get("/staff/situation/data.json?period=365")).json()
    assert figures["by_district"][0]["name"] == "示例区" and figures["totals"]["current"]["n"] == 3


async def test_reply_notice_waits_without_pusher(dash, db) -> None:
    client, pusher = dash
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "lu")
    await _login(client, "lu")
    csrf = _csrf(await (await client.get(f"/staff/cases/{case_no}")).text())
    client.server.app[CTX].pushers.clear()
    await client.post(f"/staff/cases/{case_no}/reply", data={"csrf": csrf, "text": "请补充考勤记录"})
    async with db.session() as s:
        notice = (await s.execute(select(WorkerNotice))).scalar_one()
        assert notice.delivered_at is None and "请补充考勤记录" in notice.text


async def test_canned_replies_fill_case_fields(dash, db) -> None:
    client, pusher = dash
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "sup", role="supervisor", centre="central")
    await _login(client, "sup")
    csrf = _csrf(await (await client.get("/staff/canned")).text())
    await client.post(
        "/staff/canned",
        data={
            "csrf": csrf,
            "title": "已联系单位",
            "body": "您好，关于 {case_no}，我们已联系{employer_name}。",
        },
    )
    page = await (await client.get(f"/staff/cases/{case_no}")).text()
    assert "已联系单位" in page
    await client.post(
        f"/staff/cases/{case_no}/reply",
        data={"csrf": csrf, "text": "", "canned": "您好，关于 {case_no}，我们已联系{employer_name}。"},
    )
    assert pusher.sent[-1].endswith("您可以直接回复这条消息，我们会转给承办人。")
    assert f"您好，关于 {case_no}，我们已联系某劳务公司0。" in pusher.sent[-1]
    staff_page = await client.post("/staff/canned", data={"csrf": csrf, "title": "", "body": ""})
    assert "标题和内容都要填写" in await staff_page.text()

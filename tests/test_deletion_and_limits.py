"""/delete carries the deletion out (security probe M4), cancelled drafts' evidence is swept,
and the web chat's abuse limits hold (M7)."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta
from pathlib import Path

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from bot.config import Settings
from bot.context import CTX
from storage.models import Attachment, Case, DeletionRequest, FaqQuery
from storage.services.evidence_cleanup import sweep_evidence
from tests.factories import staff_account
from tests.web_client import TO_CONFIRM, app_client


async def _say(c: TestClient, user: str, text: str) -> tuple[int, dict]:
    r = await c.post("/api/chat", json={"user": user, "text": text})
    return r.status, json.loads(await r.text())


async def _photo(c: TestClient, user: str, n: int) -> None:
    form = FormData()
    form.add_field("user", user)
    form.add_field(
        "file",
        io.BytesIO(b"\xff\xd8\xff\xe0" + bytes([n]) * 5000),
        filename=f"p{n}.jpg",
        content_type="image/jpeg",
    )
    r = await c.post("/api/chat/upload", data=form)
    assert r.status == 200 and "已收到材料" in await r.text()


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if not p.name.startswith(".")] if folder.exists() else []


async def test_delete_without_a_case_erases_draft_and_evidence(db_url: str, tmp_path: Path) -> None:
    async with app_client(db_url, tmp_path / "d") as c:
        await _say(c, "del-1", "我叫刘德明 电话13712345678 老板不给工资怎么办")
        for text in TO_CONFIRM:
            await _say(c, "del-1", text)
        for n in range(3):
            await _photo(c, "del-1", n)
        folder = c.server.app[CTX].settings.effective_evidence_dir
        assert len(_files(folder)) == 3
        status, body = await _say(c, "del-1", "/delete")
        assert status == 200 and "已删除" in body["replies"][0]["text"]
        db = c.server.app[CTX].db
        assert await sweep_evidence(db, folder, grace=timedelta(0)) == (0, 3)
        assert _files(folder) == []
        async with db.session() as s:
            assert await s.scalar(select(func.count(Attachment.id))) == 0
            [req] = (await s.execute(select(DeletionRequest))).scalars().all()
            assert req.handled_at is not None and req.handled_by == "system"
        status, body = await _say(c, "del-1", "/mydata")
        assert "王五" not in body["replies"][0]["text"]
    async with app_client(db_url, tmp_path / "d2") as c:  # the query log was written on close
        async with c.server.app[CTX].db.session() as s:
            logged = " ".join((await s.execute(select(FaqQuery.query))).scalars().all())
        assert "老板不给工资" in logged and "13712345678" not in logged and "137****5678" in logged


async def test_delete_with_a_filed_case_says_what_is_kept_and_staff_see_it(
    db_url: str, tmp_path: Path
) -> None:
    async with app_client(db_url, tmp_path / "d") as c:
        for text in TO_CONFIRM:
            await _say(c, "del-2", text)
        status, body = await _say(c, "del-2", "确认提交")
        case_no = body["case_no"]
        assert case_no
        status, body = await _say(c, "del-2", "/delete")
        text = body["replies"][0]["text"]
        assert case_no in text and "仍然保存" in text and "第四十七条" in text
        db = c.server.app[CTX].db
        await staff_account(db, "boss", role="supervisor")
        page = await (await c.get("/staff/login")).text()
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = await c.post("/staff/login", data={"csrf": token, "username": "boss", "password": "x" * 12})
        assert r.status == 200  # followed the redirect to the case list
        page = await (await c.get("/staff/deletions")).text()
        assert case_no in page
        req_id = re.search(r'action="/staff/deletions/(\d+)/done"', page).group(1)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = await c.post(f"/staff/deletions/{req_id}/done", data={"csrf": csrf, "note": "已电话告知保存期限"})
        assert r.status == 200
        async with db.session() as s:
            req = await s.get(DeletionRequest, int(req_id))
            assert req.handled_by == "boss" and req.note == "已电话告知保存期限"
            assert await s.scalar(select(func.count(Case.id))) == 1  # the case itself is kept


async def test_cancelled_draft_evidence_is_swept(db_url: str, tmp_path: Path) -> None:
    async with app_client(db_url, tmp_path / "d") as c:
        for text in TO_CONFIRM:
            await _say(c, "cancel-1", text)
        for text in TO_CONFIRM:
            await _say(c, "keep-1", text)
        for n in range(2):
            await _photo(c, "cancel-1", n)
        await _photo(c, "keep-1", 9)
        await _say(c, "cancel-1", "取消")
        folder = c.server.app[CTX].settings.effective_evidence_dir
        assert await sweep_evidence(c.server.app[CTX].db, folder, grace=timedelta(0)) == (2, 2)
        assert len(_files(folder)) == 1  # the open draft keeps its photo


async def test_web_limits(db_url: str, tmp_path: Path) -> None:
    async with app_client(db_url, tmp_path / "d", web_messages_per_minute_user=5) as c:
        statuses = [(await _say(c, "fast", "加班费怎么算"))[0] for _ in range(7)]
        assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
        status, body = await _say(c, "fast", "hi")
        assert "太快" in body["replies"][0]["text"]
        assert (await _say(c, "another", "加班费怎么算"))[0] == 200
    async with app_client(db_url, tmp_path / "d", web_complaints_per_day_ip=1) as c:
        for user in ("w1", "w2"):
            for text in TO_CONFIRM:
                status, _ = await _say(c, user, text)
        status, body = await _say(c, "w1", "确认提交")
        assert status == 200 and body["case_no"]
        status, body = await _say(c, "w2", "确认提交")
        assert status == 429 and "12333" in body["replies"][0]["text"]
        async with c.server.app[CTX].db.session() as s:
            assert await s.scalar(select(func.count(Case.id))) == 1


async def test_filing_limit_is_told_when_the_form_starts(db_url: str, tmp_path: Path) -> None:
    """Many phones share one address (carrier-grade NAT): the default share per address is
    generous; once a share (address or user) is used up, the form is refused when it starts,
    not after the worker has answered everything."""
    assert Settings().web_complaints_per_day_ip >= 50 and Settings().web_complaints_per_day_user >= 1
    async with app_client(
        db_url, tmp_path / "d", web_complaints_per_day_ip=2, web_complaints_per_day_user=1
    ) as c:
        for text in TO_CONFIRM + ["确认提交"]:
            status, body = await _say(c, "u1", text)
        assert status == 200 and body["case_no"]
        status, body = await _say(c, "u1", "我要投诉")  # the user's own share is used up
        assert status == 429 and "12333" in body["replies"][0]["text"]
        for text in TO_CONFIRM + ["确认提交"]:
            status, body = await _say(c, "u2", text)
        assert status == 200 and body["case_no"]
        status, body = await _say(c, "u3", "我要投诉")  # the address's share is used up
        assert status == 429 and "12333" in body["replies"][0]["text"]
        assert body["replies"][0]["text"] != (await _say(c, "u3", "加班费怎么算"))[1]["replies"][0]["text"]
        async with c.server.app[CTX].db.session() as s:
            assert await s.scalar(select(func.count(Case.id))) == 2

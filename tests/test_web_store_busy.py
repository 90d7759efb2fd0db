"""The web chat when every database connection stays busy past the pool's timeout in its own
reads around the conversation (bot/channels/web.py): before the message is handled, a 503 with
the Chinese reply the page shows and nothing written; after it is handled, the worker still gets
the answer (the filing-limit count is what is missed). Never a 500."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from bot.channels import texts
from bot.channels.web import _LIMITS
from bot.context import CTX
from bot.core.ports import StoreBusy
from storage.models import Delivery
from tests.web_client import TO_CONFIRM, app_client


@pytest.fixture
async def client(db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with app_client(db_url, tmp_path / "data") as c:
        yield c


async def _post(c: TestClient, body: dict) -> tuple[int, dict]:
    r = await c.post("/api/chat", json=body)
    return r.status, json.loads(await r.read())


async def _deliveries(c: TestClient) -> int:
    async with c.server.app[CTX].db.session() as s:
        return int(await s.scalar(select(func.count()).select_from(Delivery)))


def _busy(*_: object, **__: object) -> None:
    raise StoreBusy("no database connection within 30 s")


async def test_busy_before_the_message_is_a_503_with_the_reply_and_nothing_written(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, text in enumerate(TO_CONFIRM):
        status, _ = await _post(client, {"user": "busy-1", "text": text, "id": i})
        assert status == 200
    written = await _deliveries(client)
    store = client.server.app[CTX].engine.store
    monkeypatch.setattr(store, "worker_state", _busy)  # the filing-share read before the engine
    status, body = await _post(client, {"user": "busy-1", "text": "确认提交", "id": "confirm"})
    assert status == 503 and body["replies"][0]["text"] == texts.BUSY and body["case_no"] is None
    assert await _deliveries(client) == written
    monkeypatch.undo()
    # the same message sent again is handled: the case is filed
    status, body = await _post(client, {"user": "busy-1", "text": "确认提交", "id": "confirm"})
    assert status == 200 and body["case_no"]


async def test_busy_in_the_message_rate_check_is_a_503(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client.server.app[_LIMITS], "message_allowed", _busy)
    status, body = await _post(client, {"user": "busy-2", "text": "加班费怎么算"})
    assert status == 503 and body["replies"][0]["text"] == texts.BUSY
    assert await _deliveries(client) == 0


async def test_busy_after_the_message_keeps_its_answer(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client.server.app[_LIMITS], "may_start", _busy)
    status, body = await _post(client, {"user": "busy-3", "text": "加班费怎么算"})
    assert status == 200 and "300%" in body["replies"][0]["text"]


async def test_busy_in_the_upload_count_is_a_503(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client.server.app[_LIMITS], "upload_allowed", _busy)
    form = FormData()
    form.add_field("user", "busy-4")
    form.add_field("file", b"%PDF-1.4 a page", filename="a.pdf", content_type="application/pdf")
    r = await client.post("/api/chat/upload", data=form)
    body = json.loads(await r.read())
    assert r.status == 503 and body["replies"][0]["text"] == texts.BUSY

"""Hostile input at every door (security probe H2, M9, L2, L3, L9): NUL and lone surrogates,
deep JSON, a bad row in the batched query log, personal data in tracebacks, forged log lines."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.context import CTX
from bot.core.masking import PersonalDataFilter
from bot.server import build_app
from storage.models import Case, FaqQuery
from storage.services.query_log import QueryLogStore
from tests.web_client import TO_CONFIRM

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
# the web form to its confirmation, with a lone surrogate in the name
FORM = [*TO_CONFIRM[:2], "\ud800" + TO_CONFIRM[2], *TO_CONFIRM[3:]]


@pytest.fixture
async def client(db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    app = await build_app(Settings(data_dir=tmp_path / "data", database_url=db_url, kb_dir=KB))
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


async def _chat(c: TestClient, body: dict | str) -> tuple[int, dict]:
    data = body if isinstance(body, str) else json.dumps(body)
    r = await c.post("/api/chat", data=data.encode("utf-8", "surrogatepass"))
    return r.status, (await r.json() if r.content_type == "application/json" else {})


async def test_nul_and_surrogates_never_reach_the_database(client: TestClient, db_url: str) -> None:
    status, body = await _chat(client, '{"user": "a\\u0000b", "text": "加班费\\u0000怎么算"}')
    assert status == 200 and "300%" in body["replies"][0]["text"]
    status, body = await _chat(client, '{"user": "u\\ud800", "text": "\\udfff"}')
    assert status == 200
    # A lone surrogate typed as the name is dropped, the form moves on and the case files.
    for text in FORM:
        status, body = await _chat(client, json.dumps({"user": "worker-s", "text": text}))
        assert status == 200, text
    status, body = await _chat(client, {"user": "worker-s", "button": "form:confirm"})
    if body.get("case_no") is None:  # the confirm step takes words too
        status, body = await _chat(client, {"user": "worker-s", "text": "确认提交"})
    assert status == 200 and body["case_no"]
    status, mydata = await _chat(client, {"user": "worker-s", "text": "/mydata"})
    assert status == 200 and "王五" in mydata["replies"][0]["text"]
    status, _ = await _chat(client, '{"user": "worker-s", "text": "/mydata", "id": "\\ud800"}')
    assert status == 200
    r = await client.post("/api/chat/updates", data=b'{"user": "\\ud800\\u0000x"}')
    assert r.status == 200
    async with client.server.app[CTX].db.session() as s:
        [case] = (await s.execute(select(Case))).scalars().all()
        assert case.worker_name == "王五"


async def test_deep_json_and_odd_bodies_are_400(client: TestClient) -> None:
    deep = '{"user": "u", "text": "hi", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    for body in (deep, "[]", "{}", '"x"', "null", '{"user": true, "text": "hi"}'):
        status, _ = await _chat(client, body)
        assert status == 400, body[:40]
    r = await client.post("/api/chat/updates", data=deep.encode())
    assert r.status == 400


async def test_control_characters_in_paths_queries_and_forms_are_refused(client: TestClient) -> None:
    for url in ("/staff/?q=%00", "/staff/cases/%00", "/static/%00"):
        r = await client.get(url, allow_redirects=False)
        assert r.status == 400, url
    r = await client.post("/staff/login", data={"username": "a\x00", "password": "x"})
    assert r.status == 400


async def test_a_row_the_database_refuses_is_dropped_alone(db, caplog: pytest.LogCaptureFixture) -> None:
    store = QueryLogStore(db)
    store.start()
    good = dict(
        normalized="n", route="faq", topic_id=None, score=1.0, decision="answer", candidates=[], channel="web"
    )
    await store.record(query="我叫刘德明 电话13712345678 老板不给工资怎么办", **good)
    # A row no database takes (NULL in a NOT NULL column); on PostgreSQL also a NUL.
    await store.add(
        {
            "query": None,
            "normalized": "x",
            "route": "faq",
            "score": 0.0,
            "decision": "answer",
            "candidates": [],
            "created_at": None,
        }
    )
    if db.is_postgres:
        await store.add({**good, "query": "加班费\x00", "created_at": None})
    await store.record(query="加班费怎么算", **good)
    caplog.set_level(logging.INFO)
    await store.close()
    async with db.session() as s:
        stored = sorted((await s.execute(select(FaqQuery.query))).scalars().all())
    assert stored == sorted(["我叫刘德明 电话137****5678 老板不给工资怎么办", "加班费怎么算"])
    assert store.buffered == []
    logged = "\n".join(r.getMessage() + str(r.exc_text or "") for r in caplog.records)
    assert "dropped" in logged and "13712345678" not in logged and "刘德明" not in logged


def test_tracebacks_are_masked_and_log_lines_cannot_be_forged() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(PersonalDataFilter())
    logger = logging.getLogger("test.masking")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise ValueError("row 我叫刘德明 电话13712345678 身份证110101199003071234")
        except ValueError:
            logger.exception("batch failed")
        logger.warning("repeated delivery %s ignored", "x ignored\n2026-11-30 WARNING forged\x1b[2J")
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert "ValueError" in text and "137****5678" in text
    assert "13712345678" not in text and "110101199003071234" not in text
    assert "\n2026-11-30 WARNING forged" not in text and "\x1b" not in text

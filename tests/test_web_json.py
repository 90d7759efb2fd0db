"""The web chat reads its JSON with orjson where it can (bot/channels/web.py `_json_body`) and
answers with orjson: what json accepted is still accepted and read alike (integers beyond 64
bits as the user key, another charset, NaN), and the reply is the same JSON with the same
Content-Type header."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.context import CTX
from storage.models import Delivery, Identity
from tests.web_client import app_client


@pytest.fixture
async def client(db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with app_client(db_url, tmp_path / "data") as c:
        yield c


async def _post(c: TestClient, data: bytes, content_type: str = "application/json") -> tuple[int, dict, str]:
    r = await c.post("/api/chat", data=data, headers={"Content-Type": content_type})
    return r.status, json.loads(await r.read()), r.headers["Content-Type"]


async def test_a_big_integer_user_and_id_are_read_as_integers(client: TestClient) -> None:
    big = 123456789012345678901234567890
    status, body, _ = await _post(client, f'{{"user": {big}, "text": "你好", "id": {big}}}'.encode())
    assert status == 200 and body["replies"]
    async with client.server.app[CTX].db.session() as s:
        keys = set((await s.scalars(select(Identity.user_key))).all())
        ids = set((await s.scalars(select(Delivery.delivery_id))).all())
    assert str(big) in keys and f"web:{big}:{big}" in ids


async def test_other_charsets_and_json_only_numbers_read_as_before(client: TestClient) -> None:
    gbk = '{"user": "gbk-worker", "text": "加班费怎么算"}'.encode("gbk")
    status, body, _ = await _post(client, gbk, "application/json; charset=gbk")
    assert status == 200 and "300%" in body["replies"][0]["text"]
    status, body, _ = await _post(client, b'{"user": "n", "text": NaN}')
    assert status == 400 and body == {"error": "'text' must be a string"}
    status, body, _ = await _post(
        client, b'{"user": "n", "text": "\\ud800\\u52a0\\u73ed\\u8d39\\u600e\\u4e48\\u7b97"}'
    )
    assert status == 200 and "300%" in body["replies"][0]["text"]
    status, body, _ = await _post(client, b"\xef\xbb\xbf{}")
    assert status == 400 and body["error"].startswith("body must be JSON")


async def test_the_reply_is_utf8_json_with_its_charset(client: TestClient) -> None:
    status, body, content_type = await _post(client, '{"user": "r", "text": "年假有几天"}'.encode())
    assert status == 200 and content_type == "application/json; charset=utf-8"
    assert set(body) == {"replies", "expects", "case_no"}
    assert body["replies"][0]["text"] and isinstance(body["replies"][0]["buttons"], list)

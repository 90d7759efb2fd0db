"""A test client for the whole server app, and a complaint walked up to the evidence step."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.server import build_app

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
TO_EVIDENCE = [
    "我要投诉",
    "同意",
    "王五",
    "13912345678",
    "某某物流公司",
    "跳过",
    "东城区和平小区",
    "保安",
    "今年8月到10月",
    "一万二",
    "就我一个",
    "干完活老板说没钱一直拖着",
]


@asynccontextmanager
async def app_client(db_url: str, data: Path, **extra: object) -> AsyncIterator[TestClient]:
    """The server app built from settings, on a loopback test server."""
    app = await build_app(Settings(data_dir=data, database_url=db_url, kb_dir=KB, **extra))
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c

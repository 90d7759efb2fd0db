"""A test client for the whole server app, and a complaint walked up to its confirmation (where
evidence photos and files are taken)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.server import build_app

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
TO_CONFIRM = [
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


@asynccontextmanager
async def app_in_thread(db_url: str, data: Path, **extra: object) -> AsyncIterator[ClientSession]:
    """The server app on its own event loop in its own thread, as a second `laborbot serve`
    process would run, and a client session for it (relative paths: `await s.post("/api/chat")`).
    Two apps on one SQLite file must not share a loop: one's synchronous write would wait on
    the other's open transaction, which needs that loop to finish."""
    from tests.pg import free_port

    port = free_port()
    ready, failure, stop = threading.Event(), [], []

    def run() -> None:
        loop = asyncio.new_event_loop()
        try:
            app = loop.run_until_complete(
                build_app(Settings(data_dir=data, database_url=db_url, kb_dir=KB, **extra))
            )
            runner = web.AppRunner(app)
            loop.run_until_complete(runner.setup())
            loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            failure.append(exc)
            ready.set()
            loop.close()
            return
        done = asyncio.Event()
        stop.append((loop, done))
        ready.set()
        loop.run_until_complete(done.wait())
        loop.run_until_complete(runner.cleanup())
        loop.close()

    def run_as_module() -> None:
        # aiohttp names an AppKey after the module whose top level is on the stack; a thread
        # has none, so the thread's code runs as a little module of its own
        exec(compile("run()", "<app thread>", "exec"), {"__name__": __name__, "run": run})

    thread = threading.Thread(target=run_as_module, name=f"app-{port}", daemon=True)
    thread.start()
    await asyncio.to_thread(ready.wait, 120)
    if failure:
        raise failure[0]
    try:
        async with ClientSession(base_url=f"http://127.0.0.1:{port}") as session:
            yield session
    finally:
        loop, done = stop[0]
        loop.call_soon_threadsafe(done.set)
        await asyncio.to_thread(thread.join, 60)

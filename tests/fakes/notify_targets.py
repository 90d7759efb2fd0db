"""A loopback server that plays the Telegram Bot API's sendMessage and WeCom group robots,
records what arrives, and fails on demand (5xx, 429 with retry_after, errcodes, slowness)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class Received:
    kind: str  # "telegram" | "wecom"
    address: str  # chat id or robot key
    body: dict[str, Any]
    tag: Any = None  # whatever the test set as `current_tag` (e.g. a simulated time)


@dataclass
class NotifyTargets:
    received: list[Received] = field(default_factory=list)
    # scripted failures, consumed in order: ("status", 500) | ("retry_after", 7) |
    # ("errcode", 45009) | ("slow", seconds)
    script: list[tuple[str, Any]] = field(default_factory=list)
    current_tag: Any = None
    server: TestServer | None = None
    calls: int = 0

    @property
    def base(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("")).rstrip("/")

    @property
    def telegram_base_url(self) -> str:
        return f"{self.base}/bot"

    def wecom_url(self, key: str) -> str:
        return f"{self.base}/cgi-bin/webhook/send?key={key}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/sendMessage", self._telegram)
        app.router.add_post("/cgi-bin/webhook/send", self._wecom)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    async def _scripted(self) -> tuple[str, Any] | None:
        self.calls += 1
        if not self.script:
            return None
        step = self.script.pop(0)
        if step[0] == "slow":
            await asyncio.sleep(step[1])
            return None
        return step

    async def _telegram(self, request: web.Request) -> web.Response:
        body = await request.json()
        step = await self._scripted()
        if step and step[0] == "status":
            return web.json_response({"ok": False, "description": "Internal"}, status=step[1])
        if step and step[0] == "retry_after":
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests",
                    "parameters": {"retry_after": step[1]},
                },
                status=429,
            )
        self.received.append(Received("telegram", str(body.get("chat_id")), body, self.current_tag))
        return web.json_response({"ok": True, "result": {"message_id": len(self.received)}})

    async def _wecom(self, request: web.Request) -> web.Response:
        body = await request.json()
        step = await self._scripted()
        if step and step[0] == "status":
            return web.Response(status=step[1], text="bad gateway")
        if step and step[0] == "errcode":
            return web.json_response({"errcode": step[1], "errmsg": "api freq out of limit"})
        self.received.append(Received("wecom", request.query.get("key", ""), body, self.current_tag))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

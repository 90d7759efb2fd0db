"""A loopback server that plays WeChat's official-account API: access tokens, customer-service
messages (recorded) and temporary media downloads (served from `media`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class WeChatAPI:
    appid: str = "wx-test"
    secret: str = "s3cret"
    sent: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # media_id -> (bytes, type)
    token_requests: int = 0
    server: TestServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("")).rstrip("/")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/cgi-bin/token", self._token)
        app.router.add_post("/cgi-bin/message/custom/send", self._send)
        app.router.add_get("/cgi-bin/media/get", self._media)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    def _authorised(self, request: web.Request) -> bool:
        return request.query.get("access_token") == "TOKEN-1"

    async def _token(self, request: web.Request) -> web.Response:
        self.token_requests += 1
        q = request.query
        if q.get("appid") != self.appid or q.get("secret") != self.secret:
            return web.json_response({"errcode": 40125, "errmsg": "invalid appsecret"})
        return web.json_response({"access_token": "TOKEN-1", "expires_in": 7200})

    async def _send(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        self.sent.append(await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def _media(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        item = self.media.get(request.query.get("media_id", ""))
        if item is None:
            return web.json_response({"errcode": 40007, "errmsg": "invalid media_id"})
        data, content_type = item
        return web.Response(body=data, content_type=content_type)

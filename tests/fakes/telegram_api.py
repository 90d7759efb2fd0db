"""A fake Telegram Bot API on loopback: python-telegram-bot talks real HTTP to it.

Serves getMe, getUpdates (a queue the test fills; long polling honoured), setMyCommands,
deleteWebhook/setWebhook, getFile and file downloads; records sendMessage,
answerCallbackQuery and the rest; can answer 429 (retry_after) or 5xx on demand."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

BOT = {
    "id": 4242,
    "is_bot": True,
    "first_name": "laborbot",
    "username": "laborbot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


@dataclass
class FakeTelegram:
    token: str = "4242:TEST"
    updates: asyncio.Queue = field(default_factory=asyncio.Queue)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    fail_next: list[tuple[str, int, int]] = field(default_factory=list)  # (method, status, retry_after)
    server: TestServer | None = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(100))

    @property
    def base_url(self) -> str:
        return str(self.server.make_url("/bot")) if self.server else ""

    @property
    def base_file_url(self) -> str:
        return str(self.server.make_url("/file/bot")) if self.server else ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    # -------------------------------------------------------------- test helpers
    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"工人{user_id}"}

    def push_text(self, user_id: int, text: str, update_id: int | None = None) -> dict[str, Any]:
        update = {
            "update_id": update_id or next(self._update_ids),
            "message": {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": self._user(user_id),
                "text": text,
                **(
                    {"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}
                    if text.startswith("/")
                    else {}
                ),
            },
        }
        self.updates.put_nowait(update)
        return update

    def push_update(self, update: dict[str, Any]) -> None:
        self.updates.put_nowait(update)

    def push_contact(self, user_id: int, phone: str, owner: int | None) -> None:
        contact = {"phone_number": phone, "first_name": "某人", **({"user_id": owner} if owner else {})}
        self.updates.put_nowait(
            {
                "update_id": next(self._update_ids),
                "message": {
                    "message_id": next(self._ids),
                    "date": int(time.time()),
                    "chat": {"id": user_id, "type": "private"},
                    "from": self._user(user_id),
                    "contact": contact,
                },
            }
        )

    def push_button(self, user_id: int, data: str) -> None:
        self.updates.put_nowait(
            {
                "update_id": next(self._update_ids),
                "callback_query": {
                    "id": str(next(self._ids)),
                    "from": self._user(user_id),
                    "chat_instance": "ci",
                    "data": data,
                    "message": {
                        "message_id": next(self._ids),
                        "date": int(time.time()),
                        "chat": {"id": user_id, "type": "private"},
                        "text": "…",
                    },
                },
            }
        )

    def push_photo(self, user_id: int, data: bytes) -> None:
        file_id = f"photo{next(self._ids)}"
        self.files[file_id] = data
        self.updates.put_nowait(
            {
                "update_id": next(self._update_ids),
                "message": {
                    "message_id": next(self._ids),
                    "date": int(time.time()),
                    "chat": {"id": user_id, "type": "private"},
                    "from": self._user(user_id),
                    "photo": [
                        {
                            "file_id": file_id,
                            "file_unique_id": file_id,
                            "width": 10,
                            "height": 10,
                            "file_size": len(data),
                        }
                    ],
                },
            }
        )

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [params for m, params in self.calls if m == method]

    async def wait_sent(self, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.sent()) >= count:
                return self.sent()
            await asyncio.sleep(0.02)
        raise AssertionError(
            f"expected {count} sendMessage calls, got {len(self.sent())}: {self.sent()[-3:]}"
        )

    # -------------------------------------------------------------- the API
    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        data = await request.post()
        out: dict[str, Any] = {}
        for k, v in data.items():
            if isinstance(v, str) and v[:1] in "[{":
                try:
                    v = json.loads(v)
                except ValueError:
                    pass
            out[k] = v
        return out

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        for i, (m, status, retry_after) in enumerate(self.fail_next):
            if m == method:
                self.fail_next.pop(i)
                body: dict[str, Any] = {"ok": False, "error_code": status, "description": "fake failure"}
                if status == 429:
                    body["parameters"] = {"retry_after": retry_after}
                return web.json_response(body, status=status)
        if method != "getUpdates":
            self.calls.append((method, params))
        handler = getattr(self, f"_m_{method}", None)
        result = await handler(params) if handler else True
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, _p: dict) -> dict:
        return BOT

    async def _m_getUpdates(self, p: dict) -> list:
        timeout = float(p.get("timeout") or 0)
        out = []
        try:
            out.append(await asyncio.wait_for(self.updates.get(), timeout=max(timeout, 0.05)))
        except TimeoutError:
            return []
        while not self.updates.empty():
            out.append(self.updates.get_nowait())
        return out

    async def _m_sendMessage(self, p: dict) -> dict:
        chat_id = int(p["chat_id"])
        return {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT,
            "text": p.get("text", ""),
        }

    async def _m_getFile(self, p: dict) -> dict:
        fid = p["file_id"]
        return {
            "file_id": fid,
            "file_unique_id": fid,
            "file_size": len(self.files.get(fid, b"")),
            "file_path": f"photos/{fid}.jpg",
        }

    async def _file(self, request: web.Request) -> web.Response:
        name = request.match_info["path"].split("/")[-1].removesuffix(".jpg")
        if name not in self.files:
            raise web.HTTPNotFound()
        return web.Response(body=self.files[name], content_type="image/jpeg")


@pytest.fixture(name="fake")
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    """A started fake Bot API on loopback, closed after the test."""
    f = FakeTelegram()
    await f.start()
    yield f
    await f.close()

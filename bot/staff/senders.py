"""Sending one StaffNotice to one target: Telegram staff chat or WeCom group robot."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import aiohttp

from bot.staff.notice import StaffNotice

log = logging.getLogger(__name__)

WECOM_RATE_LIMITED = 45009


@dataclass
class SendError(Exception):
    reason: str
    retry_after: float | None = None

    def __str__(self) -> str:
        return self.reason


class Sender(Protocol):
    async def send(self, target: str, notice: StaffNotice) -> None: ...


def _cut_html(text: str, limit: int = 4096) -> str:
    """Telegram's length limit without cutting an entity or the closing </b> in half."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    amp = cut.rfind("&")
    if amp > cut.rfind(";"):
        cut = cut[:amp]
    return cut


class HttpSender:
    """Sends to "telegram:<chat_id>" through the Bot API and "wecom:<webhook url>" as markdown."""

    def __init__(self, telegram_token: str | None, telegram_base_url: str, timeout: float = 10.0) -> None:
        self.telegram_token = telegram_token
        self.telegram_base_url = telegram_base_url
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, target: str, notice: StaffNotice) -> None:
        kind, _, address = target.partition(":")
        try:
            if kind == "telegram":
                await self._telegram(address, notice)
            elif kind == "wecom":
                await self._wecom(address, notice)
            else:
                raise SendError(f"unknown target kind {kind!r}")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise SendError(f"{type(exc).__name__}: {exc}") from exc

    async def _telegram(self, chat_id: str, notice: StaffNotice) -> None:
        if not self.telegram_token:
            raise SendError("telegram token not configured")
        body: dict = {"chat_id": chat_id, "text": _cut_html(notice.as_telegram_html()), "parse_mode": "HTML"}
        if notice.buttons:
            body["reply_markup"] = {
                "inline_keyboard": [
                    [{"text": label, "callback_data": data[:64]} for label, data in notice.buttons]
                ]
            }
        url = f"{self.telegram_base_url}{self.telegram_token}/sendMessage"
        http = await self._http()
        async with http.post(url, json=body) as resp:
            try:
                data = await resp.json(content_type=None)
            except ValueError:
                data = {}
            if resp.status == 200 and data.get("ok"):
                return
            params = data.get("parameters") or {}
            retry_after = params.get("retry_after")
            raise SendError(
                f"telegram HTTP {resp.status}: {data.get('description', '')}".strip(),
                float(retry_after) if retry_after is not None else None,
            )

    async def _wecom(self, url: str, notice: StaffNotice) -> None:
        body = {"msgtype": "markdown", "markdown": {"content": notice.as_wecom_markdown()[:4000]}}
        http = await self._http()
        async with http.post(url, json=body) as resp:
            try:
                data = await resp.json(content_type=None)
            except ValueError:
                data = {}
            if resp.status == 200 and data.get("errcode") == 0:
                return
            code = data.get("errcode")
            retry_after = 60.0 if code == WECOM_RATE_LIMITED or resp.status == 429 else None
            raise SendError(f"wecom HTTP {resp.status} errcode {code}: {data.get('errmsg', '')}", retry_after)

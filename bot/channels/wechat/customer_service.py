"""WeChat customer-service messages: for answers not ready in time and for staff updates.
Allowed only within 48 hours of the worker's last message; outside it we return False."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import aiohttp

log = logging.getLogger(__name__)


class CustomerService:
    def __init__(
        self,
        api_base: str,
        appid: str | None,
        secret: str | None,
        window_open: Callable[[str], Awaitable[bool]],
    ) -> None:
        self.api_base = api_base.rstrip("/")
        self.appid, self.secret = appid, secret
        self._token: tuple[str, float] | None = None
        self.window_open = window_open  # the 48-hour window, as the database knows it
        self._session: aiohttp.ClientSession | None = None

    async def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def _access_token(self) -> str | None:
        if self._token and self._token[1] > time.time():
            return self._token[0]
        if not (self.appid and self.secret):
            return None
        http = await self._http()
        async with http.get(
            f"{self.api_base}/cgi-bin/token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        ) as resp:
            data = await resp.json(content_type=None)
        token = data.get("access_token")
        if not token:
            log.warning("wechat access_token refused: errcode %s", data.get("errcode"))
            return None
        self._token = (token, time.time() + int(data.get("expires_in", 7200)) - 300)
        return token

    async def download_media(self, media_id: str, max_bytes: int) -> tuple[bytes, str] | str:
        """A temporary media file (the worker's photo) as (bytes, content type), or a reason:
        "too_big" or "failed"."""
        try:
            token = await self._access_token()
            if token is None:
                return "failed"
            http = await self._http()
            async with http.get(
                f"{self.api_base}/cgi-bin/media/get", params={"access_token": token, "media_id": media_id}
            ) as resp:
                content_type = resp.content_type or "application/octet-stream"
                if resp.status != 200 or content_type in ("application/json", "text/plain"):
                    body = await resp.content.read(4096)
                    log.warning("wechat media download refused: %s %s", resp.status, body[:200])
                    return "failed"
                if (resp.content_length or 0) > max_bytes:
                    return "too_big"
                data = await resp.content.read(max_bytes + 1)
                if len(data) > max_bytes:
                    return "too_big"
                return data, content_type
        except (aiohttp.ClientError, TimeoutError):
            log.exception("wechat media download failed")
            return "failed"

    async def send_text(self, user: str, text: str) -> bool:
        if not await self.window_open(user):
            return False
        try:
            token = await self._access_token()
            if token is None:
                return False
            http = await self._http()
            async with http.post(
                f"{self.api_base}/cgi-bin/message/custom/send",
                params={"access_token": token},
                json={"touser": user, "msgtype": "text", "text": {"content": text}},
            ) as resp:
                data = await resp.json(content_type=None)
            if data.get("errcode", 0) != 0:
                log.warning("wechat customer-service message refused: errcode %s", data.get("errcode"))
                if data.get("errcode") in (40001, 42001):
                    self._token = None
                return False
            return True
        except (aiohttp.ClientError, TimeoutError, ValueError):
            log.exception("wechat customer-service message failed")
            return False

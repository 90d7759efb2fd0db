"""The /wechat endpoint: URL verification, plaintext and safe mode, passive replies.

WeChat waits 5 seconds, then delivers the same message again (up to three times). A retry
of a message still being answered waits for the same answer; one answered already gets the
stored reply from the engine's delivery record (an empty list) and we answer "success".
An answer not ready within ANSWER_WITHIN seconds is sent as a customer-service message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import Any

from aiohttp import web

from bot.channels import texts
from bot.channels.wechat.crypto import WeChatCipher, WeChatCryptoError, check_msg_signature, check_signature
from bot.channels.wechat.customer_service import CustomerService
from bot.channels.wechat.messages import BadXML, encrypted_reply, parse_message, parse_xml, text_reply
from bot.context import CTX
from bot.core.types import Attachment, Incoming, Reply

log = logging.getLogger(__name__)
ANSWER_WITHIN = 4.0
CHOICES_TTL = 3600


class WeChatChannel:
    def __init__(self, ctx: Any) -> None:
        s = ctx.settings
        self.ctx = ctx
        self.token = s.wechat_token or ""
        self.cipher = WeChatCipher(s.wechat_aes_key, s.wechat_appid or "") if s.wechat_aes_key else None
        self.service = CustomerService(s.wechat_api_base, s.wechat_appid, s.wechat_appsecret)
        self.inflight: dict[str, asyncio.Task] = {}
        self.choices: dict[str, tuple[float, dict[str, str]]] = {}

    # -------------------------------------------------------------- helpers
    def render(self, user: str, replies: list[Reply]) -> str:
        parts: list[str] = []
        mapping: dict[str, str] = {}
        for r in replies:
            parts.append(r.text)
            if r.buttons:
                lines = []
                for b in r.buttons:
                    n = str(len(mapping) + 1)
                    mapping[n] = b.payload
                    lines.append(f"{n}. {b.label}")
                parts.append(texts.CHOOSE_NUMBER + "\n" + "\n".join(lines))
            if r.case_no:
                parts.append(f"投诉编号：{r.case_no}")
        self.choices[user] = (time.monotonic() + CHOICES_TTL, mapping)
        return "\n\n".join(p for p in parts if p)[:2000]

    def to_incoming(self, msg: Any) -> Incoming:
        user = msg.from_user
        text: str | None = None
        button: str | None = None
        if msg.msg_type == "text":
            text = (msg.content or "").strip()
            expiry, mapping = self.choices.get(user, (0.0, {}))
            if text in mapping and expiry > time.monotonic():
                button, text = mapping[text], None
        elif msg.msg_type == "voice":
            text = msg.recognition or ""
        elif msg.msg_type == "event":
            if (msg.event or "").lower() == "subscribe":
                text = "/start"
            elif (msg.event or "").upper() == "CLICK" and msg.event_key:
                button = msg.event_key
            else:
                text = None
        self.service.saw(user)
        return Incoming(
            channel="wechat", user_key=user, text=text, button=button, delivery_id=msg.delivery_id
        )

    async def answer(self, msg: Any) -> str | None:
        """The reply text for a message (None: nothing to say), sharing work between retries."""
        key = msg.delivery_id
        task = self.inflight.get(key)
        if task is None:
            task = asyncio.create_task(self._handle(msg))
            self.inflight[key] = task
            task.add_done_callback(
                lambda _t: asyncio.get_running_loop().call_later(30, self.inflight.pop, key, None)
            )
        try:
            return await asyncio.wait_for(asyncio.shield(task), ANSWER_WITHIN)
        except TimeoutError:
            task.add_done_callback(lambda t: asyncio.ensure_future(self._send_late(msg.from_user, t)))
            return None

    async def _handle(self, msg: Any) -> str | None:
        inc = self.to_incoming(msg)
        if msg.msg_type == "image" and msg.media_id:
            limit = self.ctx.settings.max_upload_bytes
            got = await self.service.download_media(msg.media_id, limit)
            if got == "too_big":
                return texts.TOO_BIG.format(mb=limit // 1_048_576)
            if isinstance(got, tuple):
                data, content_type = got
                name = f"wechat-{msg.msg_id or msg.create_time}.{content_type.rsplit('/', 1)[-1][:8]}"
                inc = replace(inc, attachment=Attachment(filename=name, content_type=content_type, data=data))
            else:
                return texts.DOWNLOAD_FAILED
        replies = await self.ctx.engine.handle(inc)
        return self.render(msg.from_user, replies) if replies else None

    async def _send_late(self, user: str, task: asyncio.Task) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        text = task.result()
        if text:
            await self.service.send_text(user, text)

    async def push(self, user_key: str, replies: list[Reply]) -> bool:
        return await self.service.send_text(user_key, self.render(user_key, replies))


async def verify(request: web.Request) -> web.Response:
    ch: WeChatChannel = request.app[_CHANNEL]
    q = request.query
    if q.get("msg_signature") and ch.cipher is not None:
        if not check_msg_signature(
            ch.token, q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), q.get("echostr", "")
        ):
            return web.Response(status=403, text="forbidden")
        try:
            return web.Response(text=ch.cipher.decrypt(q.get("echostr", "")))
        except WeChatCryptoError:
            return web.Response(status=403, text="forbidden")
    if not check_signature(ch.token, q.get("signature"), q.get("timestamp"), q.get("nonce")):
        return web.Response(status=403, text="forbidden")
    return web.Response(text=q.get("echostr", ""))


async def receive(request: web.Request) -> web.Response:
    ch: WeChatChannel = request.app[_CHANNEL]
    q = request.query
    if not check_signature(ch.token, q.get("signature"), q.get("timestamp"), q.get("nonce")):
        return web.Response(status=403, text="forbidden")
    body = await request.read()
    try:
        fields = parse_xml(body)
    except (BadXML, UnicodeDecodeError):
        return web.Response(status=400, text="bad xml")
    safe = q.get("encrypt_type") == "aes"
    if safe:
        encrypted = fields.get("Encrypt", "")
        if ch.cipher is None or not check_msg_signature(
            ch.token, q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), encrypted
        ):
            return web.Response(status=403, text="forbidden")
        try:
            fields = parse_xml(ch.cipher.decrypt(encrypted))
        except (WeChatCryptoError, BadXML):
            return web.Response(status=400, text="bad message")
    msg = parse_message(fields)
    if not msg.from_user:
        return web.Response(status=400, text="no sender")
    text = await ch.answer(msg)
    if not text:
        return web.Response(text="success")
    reply = text_reply(msg.from_user, msg.to_user, text)
    if safe and ch.cipher is not None:
        timestamp, nonce = str(int(time.time())), q.get("nonce", "")
        encrypted = ch.cipher.encrypt(reply)
        from bot.channels.wechat.crypto import sha1_signature

        reply = encrypted_reply(
            encrypted, sha1_signature(ch.token, timestamp, nonce, encrypted), timestamp, nonce
        )
    return web.Response(text=reply, content_type="application/xml")


_CHANNEL = web.AppKey("wechat_channel", WeChatChannel)


def setup(app: web.Application, ctx: Any) -> None:
    """Adds /wechat when LABORBOT_WECHAT_TOKEN is set; otherwise the channel stays off."""
    if not ctx.settings.wechat_token:
        return
    channel = WeChatChannel(ctx)
    app[_CHANNEL] = channel
    app.router.add_get("/wechat", verify)
    app.router.add_post("/wechat", receive)
    ctx.pushers["wechat"] = channel.push

    async def close(_app: web.Application) -> None:
        await channel.service.close()

    app.on_cleanup.append(close)
    _ = CTX

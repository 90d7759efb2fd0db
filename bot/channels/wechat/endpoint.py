"""The /wechat endpoint: URL verification, plaintext and safe mode, passive replies.

WeChat waits 5 seconds, then delivers the same message again (up to three times). A retry
of a message still being answered waits for the same answer; one answered already gets the
stored reply from the engine's delivery record (an empty list) and we answer "success".
An answer not ready within ANSWER_WITHIN seconds is sent as a customer-service message.

Forgery: a delivery must be signed, its timestamp within FRESH_SECONDS of our clock, and its
nonce not used before with another body (kept in the database, so every process agrees).
With an AES key configured only encrypted (safe-mode) deliveries are taken.
The numbered choices shown to a worker are kept in their conversation row, so a reply that
reaches another process, or this one after a restart, means the same thing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import Any

from aiohttp import web

from bot.channels import texts
from bot.channels.wechat import privacy_gate
from bot.channels.wechat.crypto import (
    WeChatCipher,
    WeChatCryptoError,
    check_msg_signature,
    check_signature,
    sha1_signature,
)
from bot.channels.wechat.customer_service import CustomerService
from bot.channels.wechat.fit import fit_message
from bot.channels.wechat.messages import BadXML, encrypted_reply, parse_message, parse_xml, text_reply
from bot.core.types import Attachment, Incoming, Reply

log = logging.getLogger(__name__)
ANSWER_WITHIN = 4.0
CHOICES_TTL = 3600
FRESH_SECONDS = 300
WINDOW_SECONDS = 48 * 3600


class WeChatChannel:
    def __init__(self, ctx: Any) -> None:
        s = ctx.settings
        self.ctx = ctx
        self.memory = ctx.channel_memory
        self.token = s.wechat_token or ""
        self.cipher = WeChatCipher(s.wechat_aes_key, s.wechat_appid or "") if s.wechat_aes_key else None
        self.service = CustomerService(
            s.wechat_api_base, s.wechat_appid, s.wechat_appsecret, window_open=self.window_open
        )
        self.inflight: dict[str, asyncio.Task] = {}
        self._last_prune = 0.0

    async def window_open(self, user: str) -> bool:
        """WeChat lets us write unprompted only within 48 hours of the worker's last message."""
        seen = await self.memory.last_inbound_at("wechat", user)
        return seen is not None and time.time() - seen.timestamp() < WINDOW_SECONDS

    # -------------------------------------------------------------- helpers
    async def render(self, user: str, replies: list[Reply], *, inbound: bool = False) -> str:
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
                parts.append(texts.CASE_NO.format(case_no=r.case_no))
        choices = {"map": mapping, "until": time.time() + CHOICES_TTL}
        await self.memory.update_channel_state("wechat", user, {"choices": choices}, inbound=inbound)
        return fit_message([p for p in parts if p])

    @staticmethod
    def to_incoming(msg: Any, state: dict[str, Any]) -> Incoming:
        user = msg.from_user
        text: str | None = None
        button: str | None = None
        if msg.msg_type == "text":
            text = (msg.content or "").strip()
            choices = state.get("choices") or {}
            mapping = choices.get("map") or {}
            if text in mapping and choices.get("until", 0) > time.time():
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
        return Incoming(
            channel="wechat", user_key=user, text=text, button=button, delivery_id=msg.delivery_id
        )

    async def answer(self, msg: Any, safe: bool) -> str | None:
        """The reply text for a message (None: nothing to say), sharing work between retries."""
        key = msg.delivery_id
        task = self.inflight.get(key)
        if task is None:
            task = asyncio.create_task(self._handle(msg, safe))
            self.inflight[key] = task
            task.add_done_callback(
                lambda _t: asyncio.get_running_loop().call_later(30, self.inflight.pop, key, None)
            )
        try:
            return await asyncio.wait_for(asyncio.shield(task), ANSWER_WITHIN)
        except TimeoutError:
            task.add_done_callback(lambda t: asyncio.ensure_future(self._send_late(msg.from_user, t)))
            return None

    async def _gate(self, user: str, inc: Incoming, state: dict[str, Any], safe: bool) -> Incoming | str:
        """Plaintext /mydata and /delete wait for the one-time code; a right code runs them."""
        if safe:
            return inc
        pending = state.get("privacy")
        outcome, value = privacy_gate.check_code(user, inc.text, pending)
        if outcome == "ok":
            await self.memory.update_channel_state("wechat", user, {"privacy": None}, inbound=True)
            return replace(inc, text=str(value), button=None)
        if outcome == "wrong":
            await self.memory.update_channel_state("wechat", user, {"privacy": value}, inbound=True)
            return texts.PRIVACY_CODE_WRONG
        command = privacy_gate.private_command(inc.text, inc.button)
        if command is None:
            return inc
        code, challenge = privacy_gate.new_challenge(user, command)
        await self.memory.update_channel_state("wechat", user, {"privacy": challenge}, inbound=True)
        if await self.service.send_text(user, texts.PRIVACY_CODE.format(code=code)):
            return texts.PRIVACY_CODE_SENT
        return texts.PRIVACY_CODE_FAILED

    async def _handle(self, msg: Any, safe: bool) -> str | None:
        user = msg.from_user
        state = await self.memory.load_channel_state("wechat", user)
        inc = self.to_incoming(msg, state)
        gated = await self._gate(user, inc, state, safe)
        if isinstance(gated, str):
            return gated
        inc = gated
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
        return await self.render(user, replies, inbound=True) if replies else None

    async def _send_late(self, user: str, task: asyncio.Task) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        text = task.result()
        if text:
            await self.service.send_text(user, text)

    async def push(self, user_key: str, replies: list[Reply]) -> bool:
        if not await self.window_open(user_key):
            return False
        return await self.service.send_text(user_key, await self.render(user_key, replies))

    async def fresh_and_new(self, timestamp: str | None, nonce: str | None, body: bytes) -> bool:
        """The delivery's timestamp is recent and its nonce unused (or used by this very body)."""
        try:
            age = abs(time.time() - int(timestamp or ""))
        except ValueError:
            return False
        if age > FRESH_SECONDS:
            return False
        now = time.monotonic()
        if now - self._last_prune > 60:
            self._last_prune = now
            await self.memory.prune_nonces()
        return await self.memory.claim_nonce("wechat", f"{timestamp}:{nonce}", body)


def _forbidden() -> web.Response:
    return web.Response(status=403, text="forbidden")


async def verify(request: web.Request) -> web.Response:
    ch: WeChatChannel = request.app[_CHANNEL]
    q = request.query
    if q.get("msg_signature") and ch.cipher is not None:
        if not check_msg_signature(
            ch.token, q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), q.get("echostr", "")
        ):
            return _forbidden()
        try:
            return web.Response(text=ch.cipher.decrypt(q.get("echostr", "")))
        except WeChatCryptoError:
            return _forbidden()
    if not check_signature(ch.token, q.get("signature"), q.get("timestamp"), q.get("nonce")):
        return _forbidden()
    return web.Response(text=q.get("echostr", ""))


async def receive(request: web.Request) -> web.Response:
    ch: WeChatChannel = request.app[_CHANNEL]
    q = request.query
    if not check_signature(ch.token, q.get("signature"), q.get("timestamp"), q.get("nonce")):
        return _forbidden()
    safe = q.get("encrypt_type") == "aes"
    if ch.cipher is not None and not safe:
        log.warning("wechat: plaintext delivery refused (an AES key is configured)")
        return _forbidden()
    body = await request.read()
    if not await ch.fresh_and_new(q.get("timestamp"), q.get("nonce"), body):
        log.warning("wechat: stale or replayed delivery refused")
        return _forbidden()
    try:
        fields = parse_xml(body)
    except (BadXML, UnicodeDecodeError):
        return web.Response(status=400, text="bad xml")
    if safe:
        encrypted = fields.get("Encrypt", "")
        if ch.cipher is None or not check_msg_signature(
            ch.token, q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), encrypted
        ):
            return _forbidden()
        try:
            fields = parse_xml(ch.cipher.decrypt(encrypted))
        except (WeChatCryptoError, BadXML, UnicodeDecodeError):
            return web.Response(status=400, text="bad message")
    msg = parse_message(fields)
    if not msg.from_user:
        return web.Response(status=400, text="no sender")
    text = await ch.answer(msg, safe)
    if not text:
        return web.Response(text="success")
    reply = text_reply(msg.from_user, msg.to_user, text)
    if safe and ch.cipher is not None:
        timestamp, nonce = str(int(time.time())), q.get("nonce", "")
        encrypted = ch.cipher.encrypt(reply)
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

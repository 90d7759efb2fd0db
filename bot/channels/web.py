"""Web chat: the page at / and POST /api/chat (DESIGN.md "Stable interfaces" 2)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import orjson
from aiohttp import web

from bot.channels import texts
from bot.channels.web_limits import WebLimits
from bot.channels.web_origin import same_origin_only
from bot.context import CTX
from bot.core.intake.vocabulary import confirms
from bot.core.ports import StoreBusy
from bot.core.safe_text import clean_incoming, strip_unsafe
from bot.core.types import Attachment, Incoming, Reply
from bot.net import client_ip

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
MAX_USER = 128
MULTIPART_OVERHEAD = 64 * 1024  # boundaries, headers and the user field around the file


def replies_json(replies: list[Reply]) -> dict[str, Any]:
    expects = None
    case_no = None
    for r in replies:
        if r.expects is not None:
            expects = r.expects
        if r.case_no is not None:
            case_no = r.case_no
    return {
        "replies": [
            {
                "text": r.text,
                "buttons": [{"label": b.label, "payload": b.payload} for b in r.buttons],
                "request_contact": r.request_contact,
            }
            for r in replies
        ],
        "expects": expects,
        "case_no": case_no,
    }


def _bad(message: str) -> web.Response:
    return web.json_response({"error": message}, status=400)


async def _json_body(request: web.Request) -> Any:
    """The body read as JSON: by orjson when it is UTF-8 and orjson takes it (what it takes,
    json reads alike, but for integers beyond 64 bits, which it reads as floats: a float
    'user' or 'id' is read again); anything else (another charset, a lone surrogate escape,
    NaN) as json reads it, with json's errors."""
    raw = await request.read()
    if (request.charset or "utf-8").lower() in ("utf-8", "utf8"):
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
        else:
            if not isinstance(body, dict) or not any(isinstance(body.get(k), float) for k in ("user", "id")):
                return body
    return await request.json(loads=json.loads)


async def _body_with_user(request: web.Request, example: str) -> tuple[dict[str, Any], str] | web.Response:
    """The JSON object of a request and its 'user', or the 400 response that says what is wrong."""
    try:
        body = await _json_body(request)
    except (ValueError, UnicodeDecodeError, RecursionError, LookupError):
        return _bad(f"body must be JSON: {example}")
    if not isinstance(body, dict):
        return _bad("body must be a JSON object")
    user = body.get("user")
    if isinstance(user, bool) or not isinstance(user, str | int):
        user = None
    user = strip_unsafe(str(user)).strip() if user is not None else ""
    if not user or len(user) > MAX_USER:
        return _bad("'user' must be a non-empty string of at most 128 characters")
    return body, user


def _json(body: dict[str, Any], status: int = 200) -> web.Response:
    """The replies as UTF-8 JSON (orjson: serialising in Python cost more than the answer's
    lookup); the same header and content as json.dumps(..., ensure_ascii=False) gave."""
    try:
        data = orjson.dumps(body)
    except orjson.JSONEncodeError:  # e.g. a lone surrogate: json's own error, as before
        return web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))
    return web.Response(body=data, status=status, content_type="application/json", charset="utf-8")


def _replies(replies: list[Reply]) -> web.Response:
    return _json(replies_json(replies))


def _limited(text: str) -> web.Response:
    """A limit reached: 429, with a reply the chat page shows like any other."""
    return _json(replies_json([Reply(text)]), status=429)


def _busy() -> web.Response:
    """Every database connection stayed busy past the pool's timeout before the message was
    handled: nothing of it was written. 503, with a reply the chat page shows, so the worker
    sends it again (the engine answers the same when the wait comes inside it)."""
    log.warning("store busy: web message not handled")
    return _json(replies_json([Reply(texts.BUSY)]), status=503)


def _ip(request: web.Request) -> str:
    return client_ip(request, request.app[CTX].settings.trusted_proxies)


async def _may_file_over_share(request: web.Request, ip: str, user: str, inc: Incoming) -> bool:
    """The message reads as a confirmation (the only answer that files a case), the worker
    has a form open, and the daily share of the address or user is used up. Checked in the
    shared database whichever process showed the confirm step; the reads are made only for
    a message that could file, the counters' only for a worker with a form open (an idle
    worker's "好的" costs one cheap read)."""
    clean = clean_incoming(inc)
    if clean.attachment is not None or not confirms(clean.button, clean.text):
        return False
    state = await request.app[CTX].engine.store.worker_state("web", user)
    if state is None or not state.busy:
        return False
    return await request.app[_LIMITS].used_up(ip, user)


async def _answer(request: web.Request, user: str, inc: Incoming) -> web.Response:
    limits = request.app[_LIMITS]
    ip = _ip(request)
    try:
        if await _may_file_over_share(request, ip, user, inc):
            return _limited(texts.FILING_LIMIT)
    except StoreBusy:
        return _busy()
    replies = await request.app[CTX].engine.handle(inc)
    out = replies_json(replies)
    try:
        if not await limits.may_start(ip, user, out["expects"]):
            # the form just opened is closed again, so the worker's next question is answered
            await request.app[CTX].engine.handle(Incoming(channel="web", user_key=user, text="/cancel"))
            return _limited(texts.FILING_LIMIT_START)
        if out["case_no"]:
            await limits.filed(ip, user)
    except StoreBusy:
        # the message is handled (a case may be filed): the worker gets its answer; the daily
        # share misses this one count
        log.warning("store busy: web filing limits not counted for this message")
    return _json(out)


async def chat(request: web.Request) -> web.Response:
    got = await _body_with_user(request, '{"user": "...", "text": "..."}')
    if isinstance(got, web.Response):
        return got
    body, user = got
    try:
        if not await request.app[_LIMITS].message_allowed(_ip(request), user):
            return _limited(texts.SLOW_DOWN)
    except StoreBusy:
        return _busy()
    text, button = body.get("text"), body.get("button")
    if text is not None and not isinstance(text, str):
        return _bad("'text' must be a string")
    if button is not None and not isinstance(button, str):
        return _bad("'button' must be a string")
    if text is None and button is None:
        return _bad("give 'text' or 'button'")
    delivery = body.get("id")
    delivery_id = f"web:{user}:{delivery}" if isinstance(delivery, str | int) and str(delivery) else None
    inc = Incoming(channel="web", user_key=user, text=text, button=button, delivery_id=delivery_id)
    return await _answer(request, user, inc)


async def updates(request: web.Request) -> web.Response:
    """Staff updates for this page's worker (the page polls; a web page cannot be pushed to)."""
    ctx = request.app[CTX]
    got = await _body_with_user(request, '{"user": "..."}')
    if isinstance(got, web.Response):
        return got
    return _replies(await ctx.engine.updates("web", got[1]))


async def upload(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    try:
        if not await request.app[_LIMITS].upload_allowed(_ip(request)):
            return _limited(texts.UPLOADS_LIMIT)
    except StoreBusy:
        return _busy()
    # The app-wide body limit (max_request_bytes, 1 MiB) suits JSON; a photo may be 10 MB.
    request = request.clone(client_max_size=ctx.settings.max_upload_bytes + MULTIPART_OVERHEAD)
    try:
        form = await request.post()
    except ValueError:
        return _bad("multipart form expected")
    user = form.get("user")
    file = form.get("file")
    user = strip_unsafe(user).strip()[:MAX_USER] if isinstance(user, str) else ""
    if not user or file is None or not hasattr(file, "file"):
        return _bad("fields 'user' and 'file' are required")
    data = file.file.read(ctx.settings.max_upload_bytes + 1)
    attachment = Attachment(filename=file.filename or "file", content_type=file.content_type or "", data=data)
    return await _answer(request, user, Incoming(channel="web", user_key=user, attachment=attachment))


async def index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "chat.html", headers={"Cache-Control": "no-cache"})


_LIMITS = web.AppKey("web_limits", WebLimits)


def setup(app: web.Application, ctx: Any) -> None:
    if ctx.limit_counters is None:
        raise RuntimeError("the web chat needs the shared limit counters (AppContext.limit_counters)")
    limits = app[_LIMITS] = WebLimits(ctx.settings, ctx.limit_counters)

    async def start_limits(_app: web.Application) -> None:
        limits.start()

    async def close_limits(_app: web.Application) -> None:
        await limits.close()  # before the database closes (bot/server.py registers its close later)

    app.on_startup.append(start_limits)
    app.on_cleanup.append(close_limits)
    app.router.add_get("/", index)
    app.router.add_post("/api/chat", same_origin_only(chat))
    app.router.add_post("/api/chat/upload", same_origin_only(upload))
    app.router.add_post("/api/chat/updates", same_origin_only(updates))
    app.router.add_static("/static/", STATIC, show_index=False)
    _ = texts

"""`laborbot serve`: one aiohttp application for every channel, the staff API and dashboard.
The services come from bot/compose.py; this module adds the HTTP parts."""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import logging
import secrets
import signal
from typing import Any

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from bot.compose import build_services, wire_telegram_staff
from bot.config import Settings
from bot.context import CTX, AppContext
from bot.core.masking import PersonalDataFilter
from bot.core.safe_text import has_unsafe

log = logging.getLogger(__name__)

PARTS = (
    "bot.channels.web",
    "bot.channels.wechat",
    "bot.channels.telegram",
    "bot.staff.web",
    "bot.staff.dispatcher",
    "bot.staff.deadline_watch",
    "bot.staff.alerts.watch",
    "bot.metrics",
)


@web.middleware
async def errors(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 400 and request.path.startswith("/api/") and exc.content_type != "application/json":
            return web.json_response({"error": exc.reason}, status=exc.status)
        raise
    except asyncio.CancelledError:
        raise
    except Exception:  # noqa: BLE001 - never a traceback to the client
        error_id = secrets.token_hex(4)
        log.exception("unhandled error %s on %s %s", error_id, request.method, request.path)
        return web.json_response({"error": "internal error", "error_id": error_id}, status=500)


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access lines without the query string: WeChat puts its signature, timestamp, nonce
    and the sender's openid there, and whoever reads the log must not be able to reuse them."""

    @property
    def enabled(self) -> bool:
        # aiohttp skips the access log (and its timing) for connections opened while INFO is off
        return self.logger.isEnabledFor(logging.INFO)

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        remote = request.remote or "-"
        path = request.path.encode("unicode_escape", "backslashreplace").decode("ascii")[:300]
        self.logger.info("%s %s %s %s %.3fs", remote, request.method, path, response.status, time)


@web.middleware
async def refuse_unsafe_characters(request: web.Request, handler: Any) -> web.StreamResponse:
    """NUL, other control characters and lone surrogates in a path, query or form field are
    refused at the door (400): PostgreSQL cannot store them and UTF-8 cannot encode some.
    Chat texts in JSON bodies are cleaned by the channels and the engine instead."""
    fields = [request.path]
    if request.query_string:
        fields += [*request.query.keys(), *request.query.values()]
    if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
        form = await request.post()
        fields += [*form.keys(), *(v for v in form.values() if isinstance(v, str))]
    if any(has_unsafe(f) for f in fields):
        if request.path.startswith("/api/"):
            return web.json_response({"error": "control characters are not allowed"}, status=400)
        return web.Response(status=400, text="请求中含有无法处理的字符。")
    return await handler(request)


async def healthz(request: web.Request) -> web.Response:
    ctx: AppContext = request.app[CTX]
    db_ok = await ctx.db.ping()
    status = getattr(ctx.knowledge, "status", None)
    body = {
        "status": "ok" if db_ok else "degraded",
        "database": db_ok,
        "knowledge_base": {
            "entries": getattr(status, "entries", None),
            "last_error": getattr(status, "last_error", None),
        },
    }
    return web.json_response(body, status=200 if db_ok else 503)


SWEEP_SECONDS = 600


async def _sweep_evidence_forever(db: Any, settings: Settings) -> None:
    """Cancelled drafts' and deleted workers' evidence files go (storage/services/evidence_cleanup.py)."""
    from storage.services.evidence_cleanup import sweep_evidence

    while True:
        await asyncio.sleep(SWEEP_SECONDS)
        try:
            await sweep_evidence(db, settings.effective_evidence_dir)
        except Exception:  # noqa: BLE001 - try again next time
            log.exception("evidence sweep failed")


async def build_app(settings: Settings) -> web.Application:
    from bot.channels.telegram.app import TELEGRAM_APP

    services = await build_services(settings)
    ctx = AppContext(
        settings=settings,
        db=services.db,
        knowledge=services.knowledge,
        engine=services.engine,
        channel_memory=services.channel_memory,
        limit_counters=services.limit_counters,
    )
    app = web.Application(
        client_max_size=settings.max_request_bytes, middlewares=[errors, refuse_unsafe_characters]
    )
    app[CTX] = ctx
    app.router.add_get("/healthz", healthz)
    for name in PARTS:
        importlib.import_module(name).setup(app, ctx)
    if TELEGRAM_APP in app:
        wire_telegram_staff(app[TELEGRAM_APP], ctx)

    sweeper: list[asyncio.Task[None]] = []

    async def start_watch(_app: web.Application) -> None:
        services.start()
        sweeper.append(asyncio.create_task(_sweep_evidence_forever(services.db, settings)))

    async def close(_app: web.Application) -> None:
        for task in sweeper:
            task.cancel()
        await services.close()

    app.on_startup.append(start_watch)
    app.on_cleanup.append(close)
    return app


async def serve(settings: Settings) -> None:
    app = await build_app(settings)
    runner = web.AppRunner(
        app, handle_signals=False, shutdown_timeout=10, access_log_class=PathOnlyAccessLogger
    )
    await runner.setup()
    # the story reader's data (all China's towns, the county index): read now, not at the first
    # story that names a place (~0.7 s of the first worker's wait)
    from bot.core.extract.warm import warm_up

    warm_up()
    # What is loaded by now (the knowledge base, its model, the libraries) lives as long as the
    # process: kept out of the collector's full passes, each of which walked it for 0.1-0.2 s
    # and stalled every request meanwhile (issue 9, the web chat's tail latency).
    gc.collect()
    gc.freeze()
    site = web.TCPSite(runner, settings.host, settings.port, reuse_address=True)
    await site.start()
    log.warning(
        "laborbot serving on http://%s:%s/ (database: %s)",
        settings.host,
        settings.port,
        settings.effective_database_url.split("@")[-1],
    )
    print(json.dumps({"event": "listening", "host": settings.host, "port": settings.port}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.warning("shutting down: finishing requests in flight")
    await runner.cleanup()


def install_log_filter() -> None:
    for handler in logging.getLogger().handlers:
        handler.addFilter(PersonalDataFilter())

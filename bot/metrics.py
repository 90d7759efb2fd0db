"""GET /metrics in the Prometheus text format (prometheus-client).

Two kinds of figures:
* counted in this process since it started (messages by channel and decision, the
  knowledge base's reloads): with several `laborbot serve` processes each reports its own;
  Prometheus scrapes every instance and `sum()` adds them up;
* read from the shared database at scrape time (cases by status, outbox, open warnings):
  every process reports the same value, so take `max()` across instances, not `sum()`.

/metrics is not for the public: nginx refuses it (deploy/nginx/laborbot.conf) and Prometheus
scrapes each instance's own port. The process itself answers only a loopback peer that sent
no X-Forwarded-For (so nothing relayed by a proxy), or a request bearing
LABORBOT_METRICS_TOKEN (a scraper on another machine or container); others get a 404."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
from collections.abc import Iterator
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.context import AppContext

log = logging.getLogger(__name__)
METRICS = web.AppKey("metrics", object)
LEVEL_NAMES = {"蓝": "blue", "黄": "yellow", "橙": "orange", "红": "red"}  # storage ALERT_LEVELS


class KnowledgeCollector(Collector):
    """The knowledge base as this process holds it: entries, reloads, refused files."""

    def __init__(self, knowledge: Any) -> None:
        self.knowledge = knowledge

    def collect(self) -> Iterator[Any]:
        status = getattr(self.knowledge, "status", None)
        if status is None:
            return
        yield GaugeMetricFamily(
            "laborbot_kb_entries", "FAQ entries in the knowledge base in use", status.entries
        )
        yield CounterMetricFamily(
            "laborbot_kb_reloads", "knowledge-base reloads taken since start", value=status.reloads
        )
        yield CounterMetricFamily(
            "laborbot_kb_refused_reloads",
            "changed knowledge-base files refused as invalid (the previous version kept serving)",
            value=status.refused,
        )
        yield GaugeMetricFamily(
            "laborbot_kb_last_reload_failed",
            "1 while the newest knowledge-base files are invalid and an older version serves",
            1 if status.last_error else 0,
        )
        if status.loaded_at is not None:
            yield GaugeMetricFamily(
                "laborbot_kb_loaded_timestamp_seconds",
                "when the knowledge base in use was loaded (Unix time)",
                status.loaded_at.timestamp(),
            )


class DatabaseCollector(Collector):
    """Figures read from the database just before this scrape (see storage/services/metrics_queries.py)."""

    def __init__(self, figures: Any, up: bool) -> None:
        self.figures = figures
        self.up = up

    def collect(self) -> Iterator[Any]:
        yield GaugeMetricFamily(
            "laborbot_database_up", "1 if the database answered this scrape", int(self.up)
        )
        f = self.figures
        if f is None:
            return
        cases = GaugeMetricFamily("laborbot_cases", "complaint cases by status", labels=["status"])
        for status, n in sorted(f.cases_by_status.items()):
            cases.add_metric([status], n)
        yield cases
        outbox = GaugeMetricFamily(
            "laborbot_outbox_messages", "staff notifications by status (pending|sent|dead)", labels=["status"]
        )
        for status in sorted({"pending", "sent", "dead", *f.outbox_by_status}):
            outbox.add_metric([status], f.outbox_by_status.get(status, 0))
        yield outbox
        yield GaugeMetricFamily(
            "laborbot_outbox_retrying",
            "pending staff notifications that failed at least once",
            f.outbox_retrying,
        )
        yield GaugeMetricFamily(
            "laborbot_outbox_lag_seconds",
            "age of the oldest staff notification not yet sent (0: none waiting)",
            f.outbox_oldest_pending_seconds,
        )
        alerts = GaugeMetricFamily(
            "laborbot_alerts",
            "warnings (预警) not closed, by level (blue<yellow<orange<red) and status",
            labels=["level", "status"],
        )
        for (level, status), n in sorted(f.alerts_by_level_status.items()):
            alerts.add_metric([LEVEL_NAMES.get(level, level), status], n)
        yield alerts


class Metrics:
    """This process's counters; a fresh registry per scrape adds the database figures."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.messages = Counter(
            "laborbot_messages",
            "messages handled by this process, by channel and decision "
            "(answer|suggest|fallback|dialog|duplicate|too_long|busy)",
            ["channel", "decision"],
            registry=None,
        )
        self._children: dict[tuple[str, str], Any] = {}
        self.knowledge = KnowledgeCollector(ctx.knowledge)
        self.pid = os.getpid()

    def observe(self, channel: str, decision: str) -> None:
        child = self._children.get((channel, decision))
        if child is None:  # labels() validates and locks: once per pair, not once per message
            child = self._children[(channel, decision)] = self.messages.labels(channel, decision)
        child.inc()

    async def render(self) -> bytes:
        from storage.services.metrics_queries import database_figures

        figures, up = None, False
        try:
            figures, up = await database_figures(self.ctx.db), True
        except Exception:  # noqa: BLE001 - a scrape reports the database down, never fails
            log.warning("metrics: the database did not answer", exc_info=True)
        registry = CollectorRegistry(auto_describe=False)
        registry.register(self.messages)
        registry.register(self.knowledge)
        registry.register(DatabaseCollector(figures, up))
        return generate_latest(registry)


def allowed(request: web.Request, token: str | None) -> bool:
    if token:
        given = request.headers.get("Authorization", "")
        if hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            return True
    if "X-Forwarded-For" in request.headers or "Forwarded" in request.headers:
        return False
    try:
        return ipaddress.ip_address(request.remote or "").is_loopback
    except ValueError:
        return False


async def metrics_view(request: web.Request) -> web.Response:
    metrics = request.app[METRICS]
    if not allowed(request, metrics.ctx.settings.metrics_token):
        raise web.HTTPNotFound()
    body = await metrics.render()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def setup(app: web.Application, ctx: AppContext) -> None:
    metrics = Metrics(ctx)
    app[METRICS] = metrics
    ctx.engine.observers.append(metrics.observe)
    app.router.add_get("/metrics", metrics_view)

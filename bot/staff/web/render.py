"""Jinja2 rendering for the dashboard: autoescaping on, security headers on every page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot import clock
from bot.staff import texts

CSP = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "script-src 'self'; form-action 'self'; frame-ancestors 'none'"
)


def local_dt(value: datetime | None) -> str:
    return clock.local_minute(value) if value else ""


def _money(value: Any) -> str:
    return f"{float(value):,.0f}" if value is not None else ""


_env = Environment(
    loader=PackageLoader("bot.staff.web", "templates"),
    autoescape=select_autoescape(["html"], default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["dt"] = local_dt
_env.filters["money"] = _money
_env.globals.update(
    UI=texts.UI,
    STATUS_LABEL=texts.STATUS_LABEL,
    PRIORITY_LABEL=texts.PRIORITY_LABEL,
    FIELD_LABEL=texts.FIELD_LABEL,
    EVENT_LABEL=texts.EVENT_LABEL,
    ACTION_LABEL=texts.ACTION_LABEL,
    DECISION_LABEL=texts.DECISION_LABEL,
    STATS=texts.STATS,
    ALERT=texts.ALERT,
    ALERT_KIND=texts.ALERT_KIND,
    ALERT_STATUS=texts.ALERT_STATUS,
    ALERT_DISPOSITION=texts.ALERT_DISPOSITION,
    ALERT_EVENT=texts.ALERT_EVENT,
)


def render_text(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)


def html_response(body: str, status: int = 200) -> web.Response:
    return web.Response(
        text=body,
        status=status,
        content_type="text/html",
        charset="utf-8",
        headers={
            "Cache-Control": "no-store",
            "X-Frame-Options": "DENY",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": CSP,
        },
    )


def render(template: str, status: int = 200, **context: Any) -> web.Response:
    context.setdefault("user", None)
    context.setdefault("message", None)
    context.setdefault("error", None)
    context.setdefault("scripts", [])
    return html_response(render_text(template, **context), status)

"""Staff dashboard under /staff/ (Jinja2 templates, autoescaped) and the staff API.

`setup(app, ctx)` adds both. Modules: security (login, guard), cases, situation, admin.
May import: aiohttp, jinja2, storage, bot.staff, bot.core (types, masking), bot.clock.
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.context import AppContext
from bot.staff import scope
from bot.staff.api import setup_api
from bot.staff.dispatcher import centres_of
from bot.staff.web import admin, alerts, cases, deletions, security, situation

STATIC = Path(__file__).resolve().parent / "static"


def setup(app: web.Application, ctx: AppContext) -> None:
    scope.use_centres(centres_of(ctx))
    setup_api(app)
    security.add_routes(app)
    cases.add_routes(app)
    situation.add_routes(app)
    admin.add_routes(app)
    alerts.add_routes(app)
    deletions.add_routes(app)
    app.router.add_static("/staff/static/", STATIC, append_version=False)

"""Staff JSON API (DESIGN.md "Stable interfaces" 3): bearer token from settings.api_token."""

from __future__ import annotations

import hmac

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.context import CTX, AppContext
from bot.staff.alerts.store import alert_json
from bot.staff.case_json import case_json
from storage.models import ALERT_STATUSES, CASE_STATUSES, PRIORITIES, Alert, Case
from storage.services.links import related_numbers

MAX_LIMIT = 500


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _authorised(request: web.Request, ctx: AppContext) -> bool:
    token = ctx.settings.api_token
    header = request.headers.get("Authorization", "")
    if not token or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer ") :].strip().encode(), token.encode())


@web.middleware
async def _require_token(request: web.Request, handler):  # type: ignore[no-untyped-def]
    if request.path.startswith(("/api/cases", "/api/alerts")):
        ctx: AppContext = request.app[CTX]
        if not _authorised(request, ctx):
            return web.json_response(
                {"error": "unauthorised: send Authorization: Bearer <LABORBOT_API_TOKEN>"},
                status=401,
                headers={"WWW-Authenticate": 'Bearer realm="laborbot"'},
            )
    return await handler(request)


async def list_cases(request: web.Request) -> web.Response:
    ctx: AppContext = request.app[CTX]
    q = request.query
    stmt = select(Case).options(selectinload(Case.events), selectinload(Case.attachments))
    count = select(func.count(Case.id))
    filters = []
    if status := q.get("status"):
        statuses = [s.strip() for s in status.split(",") if s.strip()]
        unknown = [s for s in statuses if s not in CASE_STATUSES]
        if unknown:
            return _error(400, f"unknown status {unknown[0]!r}; one of {', '.join(CASE_STATUSES)}")
        filters.append(Case.status.in_(statuses))
    if priority := q.get("priority"):
        if priority not in PRIORITIES:
            return _error(400, f"unknown priority {priority!r}; one of {', '.join(PRIORITIES)}")
        filters.append(Case.priority == priority)
    if centre := q.get("centre"):
        filters.append(Case.centre_id == centre)
    try:
        limit = min(int(q.get("limit", 100)), MAX_LIMIT)
        offset = max(int(q.get("offset", 0)), 0)
    except ValueError:
        return _error(400, "limit and offset must be integers")
    if limit < 1:
        return _error(400, "limit must be at least 1")
    for f in filters:
        stmt = stmt.where(f)
        count = count.where(f)
    stmt = stmt.order_by(Case.created_at.desc(), Case.id.desc()).limit(limit).offset(offset)
    async with ctx.db.session() as s:
        total = (await s.execute(count)).scalar_one()
        cases = (await s.execute(stmt)).scalars().all()
        related = await related_numbers(s, cases)
        body = {
            "cases": [case_json(c, related=related[c.id]) for c in cases],
            "total": total,
            "limit": limit,
            "offset": offset,
        }
    return web.json_response(body)


async def get_case(request: web.Request) -> web.Response:
    ctx: AppContext = request.app[CTX]
    case_no = request.match_info["case_no"]
    stmt = (
        select(Case)
        .where(Case.case_no == case_no)
        .options(selectinload(Case.events), selectinload(Case.attachments))
    )
    async with ctx.db.session() as s:
        case = (await s.execute(stmt)).scalar_one_or_none()
        if case is None:
            return _error(404, f"no case {case_no!r}")
        body = case_json(case, related=(await related_numbers(s, [case]))[case.id])
    return web.json_response(body)


async def list_alerts(request: web.Request) -> web.Response:
    """GET /api/alerts?status=open|acknowledged|closed (comma-separated; default: all),
    newest first -> a JSON list of warnings (docs/design.md interface 3)."""
    ctx: AppContext = request.app[CTX]
    stmt = select(Alert)
    if status := request.query.get("status"):
        statuses = [v.strip() for v in status.split(",") if v.strip()]
        unknown = [v for v in statuses if v not in ALERT_STATUSES]
        if unknown:
            return _error(400, f"unknown status {unknown[0]!r}; one of {', '.join(ALERT_STATUSES)}")
        stmt = stmt.where(Alert.status.in_(statuses))
    stmt = stmt.order_by(Alert.opened_at.desc(), Alert.id.desc()).limit(MAX_LIMIT)
    async with ctx.db.session() as s:
        alerts = (await s.execute(stmt)).scalars().all()
    return web.json_response([alert_json(a) for a in alerts])


def setup_api(app: web.Application) -> None:
    """Add the staff API routes; the app must hold the AppContext under app[CTX]."""
    app.middlewares.append(_require_token)
    app.router.add_get("/api/cases", list_cases)
    app.router.add_get("/api/cases/{case_no}", get_case)
    app.router.add_get("/api/alerts", list_alerts)

"""Warnings page: list by status, acknowledge, handle (分类处置), close."""

from __future__ import annotations

from urllib.parse import quote

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.staff import auth, texts
from bot.staff.alerts.store import AlertError, act
from bot.staff.web.known_errors import known_error
from bot.staff.web.render import render
from bot.staff.web.security import ctx_of, login_required, message_page
from storage.models import ALERT_LEVELS, ALERT_STATUSES, Alert


@login_required()
async def alerts_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    status = request.query.get("status", "open")
    if status not in ALERT_STATUSES:
        status = "open"
    stmt = select(Alert).where(Alert.status == status).options(selectinload(Alert.events))
    scope = user.case_scope()
    if scope is not None:
        stmt = stmt.where(Alert.centre_id.in_(scope))
    async with ctx_of(request).db.session() as s:
        alerts = list((await s.execute(stmt.order_by(Alert.opened_at.desc()).limit(300))).scalars())
    alerts.sort(key=lambda a: (-ALERT_LEVELS.index(a.level), -a.opened_at.timestamp()))
    err = known_error(request.query.get("err"))
    return render(
        "alerts.html",
        user=user,
        title=texts.ALERT["title"],
        alerts=alerts,
        current=status,
        statuses=list(texts.ALERT_STATUS.items()),
        message=texts.UI["done"] if request.query.get("ok") else None,
        error=err[:200] if err else None,
    )


@login_required()
async def alert_action(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = ctx_of(request)
    raw = request.match_info["id"]
    if not raw.isdigit():
        raise web.HTTPNotFound()
    async with ctx.db.session() as s:
        alert = await s.get(Alert, int(raw))
    if alert is None:
        return message_page(user, texts.ALERT_ERR_NOT_FOUND, 404)
    if alert.centre_id is not None and not user.may_see(alert.centre_id):
        return message_page(user, texts.UI["forbidden"], 403)
    form = await request.post()
    try:
        await act(
            ctx.db,
            alert.id,
            request.match_info["action"],
            user.account,
            disposition=str(form.get("disposition", "")) or None,
            note=str(form.get("note", "")),
            ip=auth.client_ip(request),
        )
    except AlertError as exc:
        raise web.HTTPFound(f"/staff/alerts?status={alert.status}&err={quote(str(exc))}") from None
    raise web.HTTPFound(f"/staff/alerts?status={alert.status}&ok=1")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/alerts", alerts_page)
    app.router.add_post("/staff/alerts/{id}/{action:acknowledge|handle|close}", alert_action)

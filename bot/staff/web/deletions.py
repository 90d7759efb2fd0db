"""Deletion requests (个人信息删除申请): what workers asked to have erased, the filed cases
kept by law, and a form to record how each request was handled (supervisors)."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import select

from bot.clock import utcnow
from bot.core.masking import mask_name
from bot.staff import auth, texts
from bot.staff.web.render import render
from bot.staff.web.security import ctx_of, login_required, message_page
from storage.models import AuditLog, Case, DeletionRequest, Identity


@login_required("supervisor")
async def deletions_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    show_all = request.query.get("all") == "1"
    stmt = select(DeletionRequest, Identity).join(Identity, Identity.id == DeletionRequest.identity_id)
    if not show_all:
        stmt = stmt.where(DeletionRequest.handled_at.is_(None))
    async with ctx_of(request).db.session() as s:
        rows = (await s.execute(stmt.order_by(DeletionRequest.created_at.desc()).limit(300))).all()
        ids = [ident.id for _, ident in rows]
        cases = (
            (await s.execute(select(Case).where(Case.identity_id.in_(ids)))).scalars().all() if ids else []
        )
    by_identity: dict[int, list[Case]] = {}
    for c in cases:
        by_identity.setdefault(c.identity_id, []).append(c)
    items = [
        {
            "request": req,
            "channel": ident.channel,
            "user": mask_name(ident.user_key),
            "cases": by_identity.get(ident.id, []),
        }
        for req, ident in rows
    ]
    return render(
        "deletions.html",
        user=user,
        title=texts.DELETIONS["title"],
        items=items,
        show_all=show_all,
        D=texts.DELETIONS,
        message=texts.UI["done"] if request.query.get("ok") else None,
    )


@login_required("supervisor")
async def deletion_done(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = ctx_of(request)
    raw = request.match_info["id"]
    if not raw.isdigit():
        raise web.HTTPNotFound()
    form = await request.post()
    note = str(form.get("note", "")).strip()[:1000]
    if not note:
        return message_page(user, texts.DELETIONS["note_required"], 400)
    async with ctx.db.session() as s:
        req = await s.get(DeletionRequest, int(raw))
        if req is None:
            return message_page(user, texts.UI["forbidden"], 404)
        req.handled_at, req.handled_by, req.note = utcnow(), user.account.username, note
        s.add(
            AuditLog(
                actor=user.account.username,
                action="deletion_handled",
                target=f"deletion:{req.id}",
                detail={"note": note},
                ip=auth.client_ip(request),
            )
        )
    raise web.HTTPFound("/staff/deletions?ok=1")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/deletions", deletions_page)
    app.router.add_post("/staff/deletions/{id}/done", deletion_done)

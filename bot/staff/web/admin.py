"""Admin pages: knowledge-base status, unanswered questions, matcher trace; canned replies."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from sqlalchemy import func, select

from bot.staff import auth, texts
from bot.staff.web.render import local_dt, render
from bot.staff.web.security import ctx_of, login_required
from storage.models import CannedReply, FaqQuery


def _status_field(status: Any, name: str) -> str:
    if status is None:
        return "—"
    value = status.get(name) if isinstance(status, dict) else getattr(status, name, None)
    if hasattr(value, "astimezone"):
        return local_dt(value)
    if isinstance(value, list | tuple):
        return "\n".join(map(str, value))
    return "" if value is None else str(value)


@login_required("admin")
async def admin_faq(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    async with ctx.db.session() as s:
        rows = (
            await s.execute(
                select(
                    FaqQuery.normalized,
                    func.count(FaqQuery.id).label("n"),
                    func.max(FaqQuery.query),
                    func.max(FaqQuery.score),
                    func.max(FaqQuery.decision),
                )
                .where(FaqQuery.decision.in_(["fallback", "suggest"]))
                .group_by(FaqQuery.normalized)
                .order_by(func.count(FaqQuery.id).desc())
                .limit(200)
            )
        ).all()
    status = getattr(ctx.knowledge, "status", None)
    kb = [
        (texts.UI["kb_loaded"], _status_field(status, "loaded_at")),
        (texts.UI["kb_entries"], _status_field(status, "entries")),
        (texts.UI["kb_error"], _status_field(status, "last_error") or "—"),
    ]
    misses = [{"n": n, "query": q, "score": score, "decision": d} for _norm, n, q, score, d in rows]
    return render("admin_faq.html", user=user, title=texts.UI["admin_faq"], kb=kb, rows=misses)


@login_required("admin")
async def admin_faq_try(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    q = request.query.get("q", "")[:500]
    result = ctx.knowledge.match(q) if ctx.knowledge is not None and q else None
    rows: list[tuple[str, object]] = []
    if result is not None:
        rows = [
            ("route", result.route),
            ("id", result.id),
            ("score", f"{result.score:.3f}"),
            ("normalized", getattr(result, "normalized", "")),
            ("tokens", " / ".join(getattr(result, "tokens", []) or [])),
            ("candidates", "; ".join(f"{c.id} {c.score:.3f}" for c in result.candidates)),
        ]
    return render("admin_try.html", user=user, title=texts.UI["matcher"], q=q, rows=rows)


@login_required("supervisor")
async def canned_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    error = None
    if request.method == "POST":
        form = await request.post()
        if form.get("delete"):
            raw = str(form["delete"])
            async with ctx.db.session() as s:
                row = await s.get(CannedReply, int(raw) if raw.isdigit() else -1)
                if row is not None:
                    await s.delete(row)
        else:
            title = str(form.get("title", "")).strip()[:64]
            body = str(form.get("body", "")).strip()[:2000]
            if not title or not body:
                error = texts.UI["canned_missing"]
            else:
                async with ctx.db.session() as s:
                    s.add(
                        CannedReply(
                            title=title,
                            body=body,
                            centre_id=user.account.centre_id,
                            created_by=f"staff:{user.account.username}",
                        )
                    )
    async with ctx.db.session() as s:
        rows = (await s.execute(select(CannedReply).order_by(CannedReply.id))).scalars().all()
    return render("canned.html", user=user, title=texts.UI["canned"], rows=rows, error=error)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/admin/faq", admin_faq)
    app.router.add_get("/staff/admin/faq/try", admin_faq_try)
    app.router.add_route("*", "/staff/canned", canned_page)

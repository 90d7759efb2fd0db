"""Admin pages: knowledge-base status, unanswered questions, matcher trace; canned replies."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

from aiohttp import web
from sqlalchemy import func, select

from bot.staff import auth, texts
from bot.staff.web.render import local_dt, render
from bot.staff.web.security import ctx_of, login_required
from knowledge_base.edit import EditError, add_alternate
from storage.models import AuditLog, CannedReply, FaqQuery


def _status_field(status: Any, name: str) -> str:
    if status is None:
        return "—"
    value = status.get(name) if isinstance(status, dict) else getattr(status, name, None)
    if hasattr(value, "astimezone"):
        return local_dt(value)
    if isinstance(value, list | tuple):
        return "\n".join(map(str, value))
    return "" if value is None else str(value)


MISS_ROUTES = ("faq", "fallback")  # complaint, progress and human openers are routed, not missed


async def misses(ctx: Any, limit: int = 200) -> list[dict[str, Any]]:
    """Questions the FAQ did not answer (no match, or only suggestions), most frequent first;
    a question the current knowledge base now answers is no longer listed."""
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
                .where(FaqQuery.route.in_(MISS_ROUTES), FaqQuery.decision.in_(["fallback", "suggest"]))
                .group_by(FaqQuery.normalized)
                .order_by(func.count(FaqQuery.id).desc(), func.max(FaqQuery.query))
                .limit(limit)
            )
        ).all()
    out = []
    for _norm, n, q, score, decision in rows:
        best = None
        if ctx.knowledge is not None:
            now = ctx.knowledge.match(q)
            if now.route not in MISS_ROUTES or now.decision == "answer":
                continue
            best = now.candidates[0].id if now.candidates else None
        out.append({"n": n, "query": q, "score": score, "decision": decision, "best": best})
    return out


def _entries(ctx: Any) -> list[tuple[str, str]]:
    current = getattr(ctx.knowledge, "current", None)
    entries = getattr(getattr(current, "kb", None), "entries", {}) or {}
    return sorted((eid, e.question) for eid, e in entries.items())


@login_required("admin")
async def admin_faq(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    status = getattr(ctx.knowledge, "status", None)
    kb = [
        (texts.UI["kb_loaded"], _status_field(status, "loaded_at")),
        (texts.UI["kb_entries"], _status_field(status, "entries")),
        (texts.UI["kb_error"], _status_field(status, "last_error") or "—"),
    ]
    err = request.query.get("err")  # knowledge-base problems (file:line) for admins: free text
    return render(
        "admin_faq.html",
        user=user,
        title=texts.UI["admin_faq"],
        kb=kb,
        rows=await misses(ctx),
        entries=_entries(ctx),
        message=texts.UI["attached"].format(entry=request.query["ok"]) if request.query.get("ok") else None,
        error=err[:2000] if err else None,
    )


@login_required("admin")
async def admin_faq_attach(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    """Attach a missed question to an entry as a new alternate: written into the entry's YAML
    file (comments and layout kept), validated, then the knowledge base reloads."""
    ctx = ctx_of(request)
    form = await request.post()
    entry_id = str(form.get("entry", "")).strip()
    question = str(form.get("query", ""))
    if ctx.knowledge is None:
        raise web.HTTPFound("/staff/admin/faq?err=" + quote(texts.UI["kb_missing"]))
    try:
        path = await asyncio.to_thread(add_alternate, ctx.knowledge.path, entry_id, question)
    except EditError as exc:
        raise web.HTTPFound("/staff/admin/faq?err=" + quote("\n".join(exc.problems)[:1500])) from None
    await asyncio.to_thread(ctx.knowledge.reload_if_changed)
    s_actor = f"staff:{user.account.username}"
    async with ctx.db.session() as s:
        s.add(
            AuditLog(
                actor=s_actor,
                action="faq_alternate",
                target=entry_id,
                detail={"file": path.name, "alternate": question[:200]},
                ip=auth.client_ip(request),
            )
        )
    raise web.HTTPFound("/staff/admin/faq?ok=" + quote(entry_id))


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
    app.router.add_post("/staff/admin/faq/attach", admin_faq_attach)
    app.router.add_route("*", "/staff/canned", canned_page)

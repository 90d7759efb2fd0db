"""Case list, case page, case actions, exports and evidence downloads."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.context import AppContext
from bot.core.masking import mask_name, mask_phone
from bot.staff import auth, texts
from bot.staff.export import to_csv, to_xlsx
from bot.staff.queries import CaseFilter, case_query, is_overdue
from bot.staff.web.known_errors import known_error
from bot.staff.web.render import local_dt, render
from bot.staff.web.security import ctx_of, login_required, message_page
from bot.staff.workflow import (
    REFER_TARGETS,
    TRANSITIONS,
    WorkflowError,
    add_note,
    assign,
    render_canned,
    reply_to_worker,
    transition,
)
from storage.models import CASE_STATUSES, PRIORITIES, Attachment, CannedReply, Case, StaffAccount
from storage.services.links import related_numbers

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def _cases(ctx: AppContext, f: CaseFilter, user: auth.StaffUser) -> list[Case]:
    stmt = case_query(f)
    scope = user.case_scope()
    if scope is not None:
        stmt = stmt.where(Case.centre_id.in_(scope))
    async with ctx.db.session() as s:
        return list((await s.execute(stmt)).scalars().all())


@login_required()
async def case_list(request: web.Request, user: auth.StaffUser) -> web.Response:
    f = CaseFilter.from_query(request.query)
    cases = await _cases(ctx_of(request), f, user)
    return render(
        "cases.html",
        user=user,
        title=texts.UI["cases"],
        f=f,
        statuses=[("", texts.UI["all"])] + [(s, texts.STATUS_LABEL[s]) for s in CASE_STATUSES],
        priorities=[("", texts.UI["all"])] + [(p, texts.PRIORITY_LABEL[p]) for p in PRIORITIES],
        rows=[{"case": c, "overdue": is_overdue(c)} for c in cases],
    )


@login_required()
async def export(request: web.Request, user: auth.StaffUser) -> web.Response:
    kind = request.match_info["kind"]
    cases = await _cases(ctx_of(request), CaseFilter.from_query(request.query), user)
    if kind == "csv":
        body, ctype = to_csv(cases), "text/csv"
    else:
        body, ctype = to_xlsx(cases), XLSX
    return web.Response(
        body=body,
        content_type=ctype,
        headers={"Content-Disposition": f'attachment; filename="cases.{kind}"', "Cache-Control": "no-store"},
    )


async def load_case(ctx: AppContext, case_no: str) -> Case | None:
    async with ctx.db.session() as s:
        return (
            await s.execute(
                select(Case)
                .where(Case.case_no == case_no)
                .options(selectinload(Case.events), selectinload(Case.attachments))
            )
        ).scalar_one_or_none()


def _fields(c: Case, full: bool, assignee: StaffAccount | None) -> list[tuple[str, object]]:
    name = c.worker_name if full else mask_name(c.worker_name)
    phone = c.contact_phone if full else mask_phone(c.contact_phone)
    reasons = f"（{'、'.join(map(str, c.priority_reasons))}）" if c.priority_reasons else ""
    approx = "约 "
    return [
        (texts.UI["status"], texts.STATUS_LABEL.get(c.status, c.status)),
        (texts.UI["priority"], texts.PRIORITY_LABEL.get(c.priority, c.priority) + reasons),
        (texts.UI["centre"], c.centre_id),
        (texts.UI["district"], c.district or ""),
        (texts.FIELD_LABEL["worker_name"], name),
        (texts.FIELD_LABEL["contact_phone"], phone),
        (texts.FIELD_LABEL["employer_name"], c.employer_name),
        (texts.FIELD_LABEL["project_name"], c.project_name or texts.UI["none"]),
        (texts.FIELD_LABEL["work_location"], c.work_location),
        (
            texts.FIELD_LABEL["industry"],
            f"{c.industry_category}（{c.industry}）" if c.industry_category else c.industry,
        ),
        (texts.FIELD_LABEL["arrears_period"], f"{c.arrears_start} 至 {c.arrears_end}"),
        (
            texts.FIELD_LABEL["amount_owed"],
            f"{approx if c.amount_approximate else ''}{float(c.amount_owed):,.2f}",
        ),
        (
            texts.FIELD_LABEL["workers_affected"],
            f"{approx if c.workers_approximate else ''}{c.workers_affected}",
        ),
        (
            texts.FIELD_LABEL["amount_recovered"],
            f"{float(c.amount_recovered):,.2f}" if c.amount_recovered is not None else texts.UI["none"],
        ),
        (texts.UI["assignee"], assignee.display_name if assignee else texts.UI["none"]),
        (texts.UI["created"], local_dt(c.created_at)),
        (
            texts.UI["accept_by"],
            local_dt(c.accept_by) + (f" {texts.UI['overdue_mark']}" if is_overdue(c) else ""),
        ),
        (texts.UI["resolve_by"], local_dt(c.resolve_by)),
        (texts.FIELD_LABEL["description"], c.description),
    ]


@login_required()
async def case_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    c = await load_case(ctx, request.match_info["case_no"])
    if c is None:
        return message_page(user, texts.UI["not_found"], 404)
    if not user.may_see(c.centre_id):
        return message_page(user, texts.UI["forbidden"], 403)
    assignee = None
    async with ctx.db.session() as s:
        related = (await related_numbers(s, [c]))[c.id]
        if c.assignee_id:
            assignee = await s.get(StaffAccount, c.assignee_id)
        canned = list(
            (
                await s.execute(
                    select(CannedReply).where(
                        (CannedReply.centre_id.is_(None)) | (CannedReply.centre_id == c.centre_id)
                    )
                )
            ).scalars()
        )
    err = known_error(request.query.get("err"))
    return render(
        "case.html",
        user=user,
        title=c.case_no,
        c=c,
        fields=_fields(c, user.sees_identity_of(c.centre_id), assignee),
        actions=[a for a, (sources, _t) in TRANSITIONS.items() if c.status in sources],
        refer_targets=list(REFER_TARGETS.items()),
        canned=canned,
        related=related,
        message=texts.UI["done"] if request.query.get("ok") else None,
        error=err[:200] if err else None,
    )


def _back(case_no: str, error: str | None = None) -> web.HTTPFound:
    suffix = f"?err={quote(error)}" if error else "?ok=1"
    return web.HTTPFound(f"/staff/cases/{quote(case_no)}{suffix}")


@login_required()
async def case_action(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = ctx_of(request)
    case_no = request.match_info["case_no"]
    form = await request.post()
    what = request.match_info["what"]
    ip = auth.client_ip(request)
    c = await load_case(ctx, case_no)
    if c is not None and not user.may_see(c.centre_id):
        return message_page(user, texts.UI["forbidden"], 403)
    try:
        if what == "action":
            await transition(
                ctx.db,
                case_no,
                str(form.get("action", "")),
                user.account,
                note=str(form.get("note", "")),
                amount_recovered=str(form.get("amount_recovered", "")),
                refer_to=str(form.get("refer_to", "")) or None,
                pushers=ctx.pushers,
                ip=ip,
            )
        elif what == "claim":
            await assign(ctx.db, case_no, user.account, ip=ip)
        elif what == "note":
            await add_note(ctx.db, case_no, user.account, str(form.get("note", "")), ip=ip)
        elif what == "reply":
            text = str(form.get("text", "")).strip() or str(form.get("canned", ""))
            if c is not None:
                text = render_canned(text, c)
            await reply_to_worker(ctx.db, case_no, user.account, text, pushers=ctx.pushers, ip=ip)
        else:
            raise web.HTTPNotFound()
    except WorkflowError as exc:
        raise _back(case_no, str(exc)) from None
    raise _back(case_no)


@login_required()
async def evidence(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = ctx_of(request)
    try:
        att_id = int(request.match_info["id"])
    except ValueError:
        raise web.HTTPNotFound() from None
    async with ctx.db.session() as s:
        att = await s.get(Attachment, att_id)
        case = await s.get(Case, att.case_id) if att and att.case_id else None
    if att is None or case is None or not user.sees_identity_of(case.centre_id):
        return message_page(user, texts.UI["forbidden"], 404)
    path = Path(ctx.settings.effective_evidence_dir) / att.sha256
    if not path.is_file():
        raise web.HTTPNotFound()
    return web.Response(
        body=path.read_bytes(),
        headers={
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f'attachment; filename="evidence-{att.id}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/", case_list)
    app.router.add_get("/staff/export.{kind:csv|xlsx}", export)
    app.router.add_get("/staff/cases/{case_no}", case_page)
    app.router.add_post("/staff/cases/{case_no}/{what:action|claim|note|reply}", case_action)
    app.router.add_get("/staff/evidence/{id}", evidence)

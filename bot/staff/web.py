"""Staff dashboard under /staff/ and the staff API: `setup(app, ctx)` adds both."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.context import CTX, AppContext
from bot.core.masking import mask_name, mask_phone
from bot.staff import auth, texts
from bot.staff.api import setup_api
from bot.staff.export import to_csv, to_xlsx
from bot.staff.html import Markup, csrf_field, esc, h, join, page, select_field
from bot.staff.queries import CaseFilter, case_query, is_overdue
from bot.staff.stats import bar_chart, compute
from bot.staff.workflow import (
    REFER_TARGETS,
    TRANSITIONS,
    WorkflowError,
    add_note,
    assign,
    reply_to_worker,
    transition,
)
from storage.models import CASE_STATUSES, PRIORITIES, Attachment, CannedReply, Case, FaqQuery, StaffAccount

log = logging.getLogger(__name__)
TZ = ZoneInfo("Asia/Shanghai")
Handler = Callable[[web.Request, auth.StaffUser], Awaitable[web.StreamResponse]]


def _ctx(request: web.Request) -> AppContext:
    return request.app[CTX]


def _dt(value: Any) -> str:
    return value.astimezone(TZ).strftime("%Y-%m-%d %H:%M") if value else ""


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(
        text=body,
        status=status,
        content_type="text/html",
        charset="utf-8",
        headers={
            "Cache-Control": "no-store",
            "X-Frame-Options": "DENY",
            "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
            "img-src 'self' data:; form-action 'self'",
        },
    )


def _page(user: auth.StaffUser, title: str, body: object, **kw: Any) -> web.Response:
    status = kw.pop("status", 200)
    return _html(
        page(title, body, user_name=user.account.display_name, csrf=user.csrf, is_admin=user.is_admin, **kw),
        status,
    )


def login_required(
    role: str = "staff",
) -> Callable[[Handler], Callable[[web.Request], Awaitable[web.StreamResponse]]]:
    def wrap(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def inner(request: web.Request) -> web.StreamResponse:
            user = await auth.current_user(request, _ctx(request).db)
            if user is None:
                raise web.HTTPFound("/staff/login")
            if auth.ROLE_RANK.get(user.account.role, 0) < auth.ROLE_RANK[role]:
                return _page(user, texts.UI["forbidden"], h("p", texts.UI["forbidden"]), status=403)
            if request.method == "POST":
                form = await request.post()
                if not auth.csrf_ok(user, form.get("csrf")):
                    return _page(user, texts.UI["csrf"], h("p", texts.UI["csrf"]), status=403)
            return await handler(request, user)

        return inner

    return wrap


# ---------------------------------------------------------------- login
def _login_page(error: str | None = None, status: int = 200) -> web.Response:
    token = auth.new_login_csrf()
    form = Markup(
        f'<div class="card" style="max-width:380px"><h2>{esc(texts.UI["login"])}</h2>'
        f'<form method="post" action="/staff/login"><input type="hidden" name="csrf" value="{esc(token)}">'
        f'<p><label>{esc(texts.UI["username"])}<br><input name="username" autocomplete="username" required></label></p>'
        f'<p><label>{esc(texts.UI["password"])}<br><input name="password" type="password" '
        f'autocomplete="current-password" required></label></p>'
        f'<p><button type="submit">{esc(texts.UI["submit_login"])}</button></p></form></div>'
    )
    resp = _html(page(texts.UI["login"], form, error=error), status)
    resp.set_cookie(auth.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="Strict", path="/staff/login")
    return resp


async def login_get(request: web.Request) -> web.Response:
    return _login_page()


async def login_post(request: web.Request) -> web.StreamResponse:
    ctx = _ctx(request)
    form = await request.post()
    if not auth.login_csrf_ok(request, form.get("csrf")):
        return _login_page(texts.UI["csrf"], 403)
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))[:256]
    ip = auth.client_ip(request)
    if await auth.login_blocked(ctx.db, username, ip):
        return _login_page(texts.UI["login_blocked"], 429)
    account = await auth.authenticate(ctx.db, username, password, ip)
    if account is None:
        return _login_page(texts.UI["bad_login"], 401)
    token, _csrf = await auth.start_session(ctx.db, account)
    resp = web.HTTPFound("/staff/")
    auth.set_cookie(resp, request, token)
    resp.del_cookie(auth.LOGIN_CSRF_COOKIE, path="/staff/login")
    raise resp


@login_required()
async def logout(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    await auth.end_session(_ctx(request).db, request.cookies.get(auth.COOKIE))
    resp = web.HTTPFound("/staff/login")
    resp.del_cookie(auth.COOKIE, path="/staff")
    raise resp


# ---------------------------------------------------------------- case list
def _filters_form(f: CaseFilter) -> Markup:
    statuses = [("", texts.UI["all"])] + [(s, texts.STATUS_LABEL[s]) for s in CASE_STATUSES]
    prios = [("", texts.UI["all"])] + [(p, texts.PRIORITY_LABEL[p]) for p in PRIORITIES]
    return Markup(
        '<form class="card" method="get" action="/staff/">'
        f"{esc(texts.UI['status'])} {select_field('status', statuses, f.status)} "
        f"{esc(texts.UI['priority'])} {select_field('priority', prios, f.priority)} "
        f'{esc(texts.UI["centre"])} <input name="centre" size="8" value="{esc(f.centre or "")}"> '
        f'<label><input type="checkbox" name="overdue" value="1"{" checked" if f.overdue else ""}>'
        f"{esc(texts.UI['overdue'])}</label> "
        f'<input name="q" placeholder="{esc(texts.UI["search"])}" value="{esc(f.q or "")}"> '
        f"<button>{esc(texts.UI['filter'])}</button> "
        f'<a href="/staff/export.csv?{esc(f.query_string())}">{esc(texts.UI["export_csv"])}</a> · '
        f'<a href="/staff/export.xlsx?{esc(f.query_string())}">{esc(texts.UI["export_xlsx"])}</a></form>'
    )


async def _cases(ctx: AppContext, f: CaseFilter) -> list[Case]:
    async with ctx.db.session() as s:
        return list((await s.execute(case_query(f))).scalars().all())


@login_required()
async def case_list(request: web.Request, user: auth.StaffUser) -> web.Response:
    f = CaseFilter.from_query(request.query)
    cases = await _cases(_ctx(request), f)
    head = h(
        "tr",
        [
            h("th", texts.UI[k])
            for k in (
                "case_no",
                "status",
                "employer",
                "amount",
                "workers",
                "district",
                "accept_by",
                "created",
            )
        ],
    )
    rows = []
    for c in cases:
        overdue = is_overdue(c)
        rows.append(
            h(
                "tr",
                [
                    h(
                        "td",
                        [
                            h("a", c.case_no, href=f"/staff/cases/{c.case_no}"),
                            Markup(" ") + h("span", texts.PRIORITY_LABEL[c.priority], class_=c.priority)
                            if c.priority != "normal"
                            else "",
                        ],
                    ),
                    h(
                        "td",
                        [
                            texts.STATUS_LABEL.get(c.status, c.status),
                            Markup(" ") + h("span", texts.UI["overdue_mark"], class_="overdue")
                            if overdue
                            else "",
                        ],
                    ),
                    h("td", c.employer_name),
                    h("td", f"{float(c.amount_owed):,.0f}"),
                    h("td", c.workers_affected),
                    h("td", c.district or ""),
                    h("td", _dt(c.accept_by)),
                    h("td", _dt(c.created_at)),
                ],
            )
        )
    table = h("table", [head, *rows])
    return _page(user, texts.UI["cases"], join([_filters_form(f), h("div", table, class_="card")]))


@login_required()
async def export(request: web.Request, user: auth.StaffUser) -> web.Response:
    kind = request.match_info["kind"]
    cases = await _cases(_ctx(request), CaseFilter.from_query(request.query))
    if kind == "csv":
        body, ctype = to_csv(cases), "text/csv"
    else:
        body, ctype = to_xlsx(cases), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return web.Response(
        body=body,
        content_type=ctype,
        headers={"Content-Disposition": f'attachment; filename="cases.{kind}"', "Cache-Control": "no-store"},
    )


# ---------------------------------------------------------------- case page
async def _load(ctx: AppContext, case_no: str) -> Case | None:
    async with ctx.db.session() as s:
        return (
            await s.execute(
                select(Case)
                .where(Case.case_no == case_no)
                .options(selectinload(Case.events), selectinload(Case.attachments))
            )
        ).scalar_one_or_none()


def _action_forms(c: Case, user: auth.StaffUser, canned: list[CannedReply]) -> Markup:
    csrf = csrf_field(user.csrf)
    base = f"/staff/cases/{esc(c.case_no)}"
    forms = []
    for action, (sources, _target) in TRANSITIONS.items():
        if c.status not in sources:
            continue
        extra = Markup("")
        if action == "resolve":
            extra = Markup(
                f'<input name="amount_recovered" inputmode="decimal" size="10" '
                f'placeholder="{esc(texts.UI["recovered"])}">'
            )
        if action == "refer":
            extra = select_field("refer_to", list(REFER_TARGETS.items()), None)
        forms.append(
            Markup(
                f'<form method="post" action="{base}/action">{csrf}<input type="hidden" name="action" value="{action}">'
                f'{extra}<input name="note" size="24" placeholder="{esc(texts.UI["reason"])}">'
                f'<button name="do" value="{action}">{esc(texts.ACTION_LABEL[action])}</button></form>'
            )
        )
    forms.append(
        Markup(
            f'<form method="post" action="{base}/claim">{csrf}<button>{esc(texts.UI["claim"])}</button></form>'
        )
    )
    forms.append(
        Markup(
            f'<form method="post" action="{base}/note">{csrf}<textarea name="note" rows="2" cols="40" '
            f'placeholder="{esc(texts.UI["note"])}"></textarea><button>{esc(texts.UI["add_note"])}</button></form>'
        )
    )
    options = "".join(f'<option value="{esc(r.body)}">{esc(r.title)}</option>' for r in canned)
    forms.append(
        Markup(
            f'<form method="post" action="{base}/reply">{csrf}<textarea name="text" rows="2" cols="40" '
            f'placeholder="{esc(texts.UI["reply"])}"></textarea>'
            + (
                f'<select name="canned"><option value="">{esc(texts.UI["canned"])}</option>{options}</select>'
                if canned
                else ""
            )
            + f"<button>{esc(texts.UI['send_reply'])}</button></form>"
        )
    )
    return join(forms)


@login_required()
async def case_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = _ctx(request)
    c = await _load(ctx, request.match_info["case_no"])
    if c is None:
        return _page(user, texts.UI["not_found"], h("p", texts.UI["not_found"]), status=404)
    full = user.sees_identity_of(c.centre_id)
    name = c.worker_name if full else mask_name(c.worker_name)
    phone = c.contact_phone if full else mask_phone(c.contact_phone)
    assignee = None
    canned: list[CannedReply] = []
    async with ctx.db.session() as s:
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
    fields = [
        (texts.UI["status"], texts.STATUS_LABEL.get(c.status, c.status)),
        (
            texts.UI["priority"],
            texts.PRIORITY_LABEL.get(c.priority, c.priority)
            + (f"（{'、'.join(map(str, c.priority_reasons))}）" if c.priority_reasons else ""),
        ),
        (texts.UI["centre"], c.centre_id),
        (texts.UI["district"], c.district or ""),
        (texts.FIELD_LABEL["worker_name"], name),
        (texts.FIELD_LABEL["contact_phone"], phone),
        (texts.FIELD_LABEL["employer_name"], c.employer_name),
        (texts.FIELD_LABEL["project_name"], c.project_name or texts.UI["none"]),
        (texts.FIELD_LABEL["work_location"], c.work_location),
        (texts.FIELD_LABEL["industry"], c.industry),
        (texts.FIELD_LABEL["arrears_period"], f"{c.arrears_start} 至 {c.arrears_end}"),
        (
            texts.FIELD_LABEL["amount_owed"],
            f"{'约 ' if c.amount_approximate else ''}{float(c.amount_owed):,.2f}",
        ),
        (
            texts.FIELD_LABEL["workers_affected"],
            f"{'约 ' if c.workers_approximate else ''}{c.workers_affected}",
        ),
        (
            texts.FIELD_LABEL["amount_recovered"],
            f"{float(c.amount_recovered):,.2f}" if c.amount_recovered is not None else texts.UI["none"],
        ),
        (texts.UI["assignee"], assignee.display_name if assignee else texts.UI["none"]),
        (texts.UI["created"], _dt(c.created_at)),
        (texts.UI["accept_by"], _dt(c.accept_by) + (f" {texts.UI['overdue_mark']}" if is_overdue(c) else "")),
        (texts.UI["resolve_by"], _dt(c.resolve_by)),
        (texts.FIELD_LABEL["description"], c.description),
    ]
    dl = h("dl", [join([h("dt", k), h("dd", v)]) for k, v in fields])
    timeline = h(
        "table",
        [
            h(
                "tr",
                [
                    h("td", _dt(e.created_at)),
                    h("td", e.actor),
                    h(
                        "td",
                        texts.STATUS_LABEL.get(e.to_status or "") or texts.EVENT_LABEL.get(e.kind, e.kind),
                    ),
                    h("td", e.note or ""),
                ],
            )
            for e in c.events
        ],
    )
    evidence = (
        h(
            "ul",
            [
                h("li", h("a", f"{a.filename}（{a.size // 1024 + 1} KB）", href=f"/staff/evidence/{a.id}"))
                for a in c.attachments
            ],
        )
        if c.attachments
        else h("p", texts.UI["none"])
    )
    body = join(
        [
            h("h2", [c.case_no, " · ", c.employer_name]),
            h(
                "div",
                [
                    h("div", [h("h3", texts.UI["fields"]), dl], class_="card"),
                    h("div", [h("h3", texts.UI["actions"]), _action_forms(c, user, canned)], class_="card"),
                ],
                class_="grid",
            ),
            h("div", [h("h3", texts.UI["evidence"]), evidence], class_="card"),
            h("div", [h("h3", texts.UI["timeline"]), timeline], class_="card"),
        ]
    )
    msg = texts.UI["done"] if request.query.get("ok") else None
    err = request.query.get("err")
    return _page(user, c.case_no, body, message=msg, error=err[:200] if err else None)


def _back(case_no: str, error: str | None = None) -> web.HTTPFound:
    from urllib.parse import quote

    suffix = f"?err={quote(error)}" if error else "?ok=1"
    return web.HTTPFound(f"/staff/cases/{quote(case_no)}{suffix}")


@login_required()
async def case_action(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = _ctx(request)
    case_no = request.match_info["case_no"]
    form = await request.post()
    what = request.match_info["what"]
    ip = auth.client_ip(request)
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
            c = await _load(ctx, case_no)
            if c is not None and "{" in text:
                from bot.staff.workflow import render_canned

                text = render_canned(CannedReply(title="", body=text), c)
            await reply_to_worker(ctx.db, case_no, user.account, text, pushers=ctx.pushers, ip=ip)
        else:
            raise web.HTTPNotFound()
    except WorkflowError as exc:
        raise _back(case_no, str(exc)) from None
    raise _back(case_no)


@login_required()
async def evidence(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    ctx = _ctx(request)
    try:
        att_id = int(request.match_info["id"])
    except ValueError:
        raise web.HTTPNotFound() from None
    async with ctx.db.session() as s:
        att = await s.get(Attachment, att_id)
        case = await s.get(Case, att.case_id) if att and att.case_id else None
    if att is None or case is None or not user.sees_identity_of(case.centre_id):
        return _page(user, texts.UI["forbidden"], h("p", texts.UI["forbidden"]), status=404)
    path = Path(ctx.settings.data_dir) / "attachments" / att.sha256
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


# ---------------------------------------------------------------- statistics
@login_required()
async def stats_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = _ctx(request)
    f = CaseFilter.from_query(request.query)
    st = compute(await _cases(ctx, f), ctx.settings.resolve_days)
    S = texts.STATS

    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v * 100:.1f}%"

    figures = h(
        "dl",
        [
            join([h("dt", k), h("dd", v)])
            for k, v in [
                (S["total"], st.total),
                (S["owed"], f"{st.owed:,.0f}"),
                (S["recovered"], f"{st.recovered:,.0f}"),
                (S["time_to_accept"], st.days_to_accept if st.days_to_accept is not None else "—"),
                (S["time_to_close"], st.days_to_close if st.days_to_close is not None else "—"),
                (S["closed_45"], pct(st.closed_within_45)),
                (S["by_mediation"], pct(st.by_mediation)),
            ]
        ],
    )
    body = join(
        [
            h("div", [h("h3", S["title"]), figures], class_="card"),
            h(
                "div",
                [
                    h("div", [h("h3", S["per_week"]), bar_chart(st.per_week)], class_="card"),
                    h("div", [h("h3", S["by_district"]), bar_chart(st.by_district)], class_="card"),
                    h("div", [h("h3", S["by_industry"]), bar_chart(st.by_industry)], class_="card"),
                ],
                class_="grid",
            ),
        ]
    )
    return _page(user, S["title"], body)


# ---------------------------------------------------------------- admin: FAQ
@login_required("admin")
async def admin_faq(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = _ctx(request)
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
    kb = h(
        "dl",
        [
            join([h("dt", texts.UI["kb_loaded"]), h("dd", _status_field(status, "loaded_at"))]),
            join([h("dt", texts.UI["kb_entries"]), h("dd", _status_field(status, "entries"))]),
            join([h("dt", texts.UI["kb_error"]), h("dd", _status_field(status, "last_error") or "—")]),
        ],
    )
    table = h(
        "table",
        [
            h(
                "tr",
                [
                    h("th", texts.UI["times"]),
                    h("th", texts.UI["question"]),
                    h("th", texts.UI["decision"]),
                    h("th", ""),
                ],
            )
        ]
        + [
            h(
                "tr",
                [
                    h("td", n),
                    h("td", q),
                    h("td", f"{texts.DECISION_LABEL.get(d, d)} {score:.2f}"),
                    h("td", h("a", texts.UI["try"], href=f"/staff/admin/faq/try?q={_quote(q)}")),
                ],
            )
            for _norm, n, q, score, d in rows
        ],
    )
    body = join(
        [
            h("div", [h("h3", texts.UI["kb_status"]), kb], class_="card"),
            h("div", [h("h3", texts.UI["unanswered"]), table], class_="card"),
        ]
    )
    return _page(user, texts.UI["admin_faq"], body)


def _quote(q: str) -> str:
    from urllib.parse import quote

    return quote(q)


def _status_field(status: Any, name: str) -> str:
    if status is None:
        return "—"
    value = status.get(name) if isinstance(status, dict) else getattr(status, name, None)
    if hasattr(value, "astimezone"):
        return _dt(value)
    if isinstance(value, list | tuple):
        return "\n".join(map(str, value))
    return "" if value is None else str(value)


@login_required("admin")
async def admin_faq_try(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = _ctx(request)
    q = request.query.get("q", "")[:500]
    result = ctx.knowledge.match(q) if ctx.knowledge is not None and q else None
    rows = []
    if result is not None:
        rows = [
            ("route", result.route),
            ("id", result.id),
            ("score", f"{result.score:.3f}"),
            ("normalized", getattr(result, "normalized", "")),
            ("tokens", " / ".join(getattr(result, "tokens", []) or [])),
            ("candidates", "; ".join(f"{c.id} {c.score:.3f}" for c in result.candidates)),
        ]
    body = join(
        [
            h(
                "form",
                Markup(f'<input name="q" size="40" value="{esc(q)}"><button>{esc(texts.UI["try"])}</button>'),
                method="get",
                class_="card",
            ),
            h(
                "div",
                [h("h3", texts.UI["matcher"]), h("dl", [join([h("dt", k), h("dd", v)]) for k, v in rows])],
                class_="card",
            ),
        ]
    )
    return _page(user, texts.UI["matcher"], body)


# ---------------------------------------------------------------- canned replies
@login_required("supervisor")
async def canned_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = _ctx(request)
    error = None
    if request.method == "POST":
        form = await request.post()
        if form.get("delete"):
            async with ctx.db.session() as s:
                row = await s.get(
                    CannedReply, int(str(form["delete"])) if str(form["delete"]).isdigit() else -1
                )
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
    csrf = csrf_field(user.csrf)
    table = h(
        "table",
        [
            h(
                "tr",
                [
                    h("td", r.title),
                    h("td", r.body),
                    h(
                        "td",
                        Markup(
                            f'<form method="post">{csrf}<button name="delete" value="{r.id}">{esc(texts.UI["delete"])}</button></form>'
                        ),
                    ),
                ],
            )
            for r in rows
        ],
    )
    add = Markup(
        f'<form method="post" class="card">{csrf}<input name="title" placeholder="{esc(texts.UI["canned_title"])}">'
        f'<textarea name="body" rows="3" cols="50" placeholder="{esc(texts.UI["canned_body"])}"></textarea>'
        f"<button>{esc(texts.UI['add'])}</button></form>"
    )
    return _page(user, texts.UI["canned"], join([add, h("div", table, class_="card")]), error=error)


def setup(app: web.Application, ctx: AppContext) -> None:
    setup_api(app)
    app.router.add_get("/staff/login", login_get)
    app.router.add_post("/staff/login", login_post)
    app.router.add_post("/staff/logout", logout)
    app.router.add_get("/staff/", case_list)
    app.router.add_get("/staff", _to_dashboard)
    app.router.add_get("/staff/export.{kind:csv|xlsx}", export)
    app.router.add_get("/staff/cases/{case_no}", case_page)
    app.router.add_post("/staff/cases/{case_no}/{what:action|claim|note|reply}", case_action)
    app.router.add_get("/staff/evidence/{id}", evidence)
    app.router.add_get("/staff/stats", stats_page)
    app.router.add_get("/staff/admin/faq", admin_faq)
    app.router.add_get("/staff/admin/faq/try", admin_faq_try)
    app.router.add_route("*", "/staff/canned", canned_page)


async def _to_dashboard(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/staff/")

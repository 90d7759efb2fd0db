"""Situation analysis (研判): page, its figures as JSON for the charts, and the XLSX export."""

from __future__ import annotations

from aiohttp import web

from bot.staff import auth, texts
from bot.staff.situation.figures import PERIODS, Figures, compute
from bot.staff.situation.xlsx import to_xlsx
from bot.staff.web.render import render
from bot.staff.web.security import ctx_of, login_required

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(request: web.Request) -> int:
    raw = request.query.get("period", "30")
    return int(raw) if raw.isdigit() and int(raw) in PERIODS else 30


async def _figures(request: web.Request, user: auth.StaffUser) -> Figures:
    ctx = ctx_of(request)
    return await compute(
        ctx.db, _period(request), scope=user.case_scope(), resolve_days=ctx.settings.resolve_days
    )


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


@login_required()
async def situation_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    fig = await _figures(request, user)
    return render(
        "situation.html",
        user=user,
        title=texts.STATS["title"],
        fig=fig,
        periods=[(p, texts.STATS["days"].format(n=p)) for p in PERIODS],
        pct=_pct,
        scripts=["/staff/static/echarts/echarts.min.js", "/staff/static/situation.js"],
    )


@login_required()
async def situation_data(request: web.Request, user: auth.StaffUser) -> web.Response:
    fig = await _figures(request, user)
    return web.json_response(fig.as_json(), headers={"Cache-Control": "no-store"})


@login_required()
async def situation_xlsx(request: web.Request, user: auth.StaffUser) -> web.Response:
    fig = await _figures(request, user)
    return web.Response(
        body=to_xlsx(fig),
        content_type=XLSX,
        headers={
            "Content-Disposition": f'attachment; filename="situation-{fig.end}-{fig.period_days}d.xlsx"',
            "Cache-Control": "no-store",
        },
    )


async def _old_stats(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/staff/situation")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/situation", situation_page)
    app.router.add_get("/staff/situation/data.json", situation_data)
    app.router.add_get("/staff/situation.xlsx", situation_xlsx)
    app.router.add_get("/staff/stats", _old_stats)

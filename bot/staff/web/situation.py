"""Situation analysis (研判) page."""

from __future__ import annotations

from aiohttp import web

from bot.staff import auth, texts
from bot.staff.queries import CaseFilter
from bot.staff.stats import compute
from bot.staff.web.cases import _cases
from bot.staff.web.render import render
from bot.staff.web.security import ctx_of, login_required


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


@login_required()
async def stats_page(request: web.Request, user: auth.StaffUser) -> web.Response:
    ctx = ctx_of(request)
    st = compute(await _cases(ctx, CaseFilter.from_query(request.query), user), ctx.settings.resolve_days)
    S = texts.STATS
    figures = [
        (S["total"], st.total),
        (S["owed"], f"{st.owed:,.0f}"),
        (S["recovered"], f"{st.recovered:,.0f}"),
        (S["time_to_accept"], st.days_to_accept if st.days_to_accept is not None else "—"),
        (S["time_to_close"], st.days_to_close if st.days_to_close is not None else "—"),
        (S["closed_45"], _pct(st.closed_within_45)),
        (S["by_mediation"], _pct(st.by_mediation)),
    ]
    return render("situation.html", user=user, title=S["title"], st=st, figures=figures)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/stats", stats_page)
    app.router.add_get("/staff/situation", stats_page)

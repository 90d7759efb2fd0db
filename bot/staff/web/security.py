"""Login, logout and the `login_required` guard (role check and CSRF on every POST)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.context import CTX, AppContext
from bot.staff import auth, login_limits, texts
from bot.staff.web.render import render

Handler = Callable[[web.Request, auth.StaffUser], Awaitable[web.StreamResponse]]
Route = Callable[[web.Request], Awaitable[web.StreamResponse]]


def ctx_of(request: web.Request) -> AppContext:
    return request.app[CTX]


def message_page(user: auth.StaffUser | None, text: str, status: int) -> web.Response:
    return render("message.html", status=status, user=user, title=text, text=text)


def login_required(role: str = "staff") -> Callable[[Handler], Route]:
    def wrap(handler: Handler) -> Route:
        async def inner(request: web.Request) -> web.StreamResponse:
            user = await auth.current_user(request, ctx_of(request).db)
            if user is None:
                raise web.HTTPFound("/staff/login")
            if auth.ROLE_RANK.get(user.account.role, 0) < auth.ROLE_RANK[role]:
                return message_page(user, texts.UI["forbidden"], 403)
            if request.method == "POST":
                form = await request.post()
                if not auth.csrf_ok(user, form.get("csrf")):
                    return message_page(user, texts.UI["csrf"], 403)
            return await handler(request, user)

        return inner

    return wrap


def _login_page(error: str | None = None, status: int = 200) -> web.Response:
    token = auth.new_login_csrf()
    resp = render("login.html", status=status, title=texts.UI["login"], token=token, error=error)
    resp.set_cookie(auth.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="Strict", path="/staff/login")
    return resp


async def login_get(request: web.Request) -> web.Response:
    return _login_page()


async def login_post(request: web.Request) -> web.StreamResponse:
    ctx = ctx_of(request)
    form = await request.post()
    if not auth.login_csrf_ok(request, form.get("csrf")):
        return _login_page(texts.UI["csrf"], 403)
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))[:256]
    ip = auth.client_ip(request)
    outcome = await login_limits.attempt(
        ctx.db, username, ip, lambda: auth.authenticate(ctx.db, username, password, ip)
    )
    if outcome.wait_seconds:
        resp = _login_page(texts.UI["login_wait"].format(seconds=outcome.wait_seconds), 429)
        resp.headers["Retry-After"] = str(outcome.wait_seconds)
        return resp
    account = outcome.account
    if account is None:
        return _login_page(texts.UI["bad_login"], 401)
    token, _csrf = await auth.start_session(ctx.db, account)
    resp = web.HTTPFound("/staff/")
    auth.set_cookie(resp, request, token)
    resp.del_cookie(auth.LOGIN_CSRF_COOKIE, path="/staff/login")
    raise resp


@login_required()
async def logout(request: web.Request, user: auth.StaffUser) -> web.StreamResponse:
    await auth.end_session(ctx_of(request).db, request.cookies.get(auth.COOKIE))
    resp = web.HTTPFound("/staff/login")
    resp.del_cookie(auth.COOKIE, path="/staff")
    raise resp


async def to_dashboard(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/staff/")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/login", login_get)
    app.router.add_post("/staff/login", login_post)
    app.router.add_post("/staff/logout", logout)
    app.router.add_get("/staff", to_dashboard)

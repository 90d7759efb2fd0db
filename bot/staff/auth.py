"""Dashboard sessions: argon2 logins, DB-backed sessions in HttpOnly SameSite cookies,
per-session CSRF tokens, login rate limiting, and role checks."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import delete, func, select

from bot.clock import utcnow
from bot.staff import scope
from bot.staff.passwords import hash_password, needs_rehash, verify_password
from storage.models import LoginAttempt, StaffAccount, StaffSession

COOKIE = "laborbot_staff"
SESSION_HOURS = 12
WINDOW = timedelta(minutes=15)
MAX_FAILS_PER_USER = 5
MAX_FAILS_PER_IP = 20
ROLE_RANK = {"staff": 0, "supervisor": 1, "admin": 2}
_DUMMY_HASH = hash_password("not-a-real-password-0")


@dataclass
class StaffUser:
    account: StaffAccount
    csrf: str

    @property
    def is_supervisor(self) -> bool:
        return ROLE_RANK.get(self.account.role, 0) >= ROLE_RANK["supervisor"]

    @property
    def is_admin(self) -> bool:
        return self.account.role == "admin"

    def sees_identity_of(self, centre_id: str) -> bool:
        """A worker's name and phone in full: for staff of the case's centre or a centre above
        it; an admin without a centre sees them masked."""
        if self.account.centre_id is None:
            return False
        return scope.may_act(self.account, centre_id)

    def case_scope(self) -> list[str] | None:
        """Centre ids whose cases this user sees; None: every centre (admin only)."""
        return scope.scope_of(self.account)

    def may_see(self, centre_id: str) -> bool:
        return scope.may_act(self.account, centre_id)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def client_ip(request: web.Request) -> str:
    from bot.context import CTX
    from bot.net import client_ip as peer_address

    ctx = request.app.get(CTX)
    return peer_address(request, ctx.settings.trusted_proxies if ctx is not None else ())


async def login_blocked(db: Any, username: str, ip: str, now: datetime | None = None) -> bool:
    now = now or utcnow()
    async with db.session() as s:
        fails = await s.execute(
            select(LoginAttempt.key, func.count(LoginAttempt.id))
            .where(
                LoginAttempt.key.in_([f"user:{username}", f"ip:{ip}"]),
                LoginAttempt.success.is_(False),
                LoginAttempt.created_at > now - WINDOW,
            )
            .group_by(LoginAttempt.key)
        )
        counts = dict(fails.all())
    return (
        counts.get(f"user:{username}", 0) >= MAX_FAILS_PER_USER
        or counts.get(f"ip:{ip}", 0) >= MAX_FAILS_PER_IP
    )


async def authenticate(db: Any, username: str, password: str, ip: str) -> StaffAccount | None:
    """Check a login; record the attempt. Returns the account or None.

    argon2 takes tens of milliseconds of CPU by design: it runs in a worker thread (argon2-cffi
    releases the GIL), outside any database transaction, so the event loop keeps serving the
    chat and the dashboard while a password is checked."""
    async with db.session() as s:
        account = (
            await s.execute(select(StaffAccount).where(StaffAccount.username == username))
        ).scalar_one_or_none()
    new_hash = None
    if account is not None and account.active:
        ok = await asyncio.to_thread(verify_password, account.password_hash, password)
        if ok and needs_rehash(account.password_hash):
            new_hash = await asyncio.to_thread(hash_password, password)
    else:
        ok = False
        # same work either way: no username probing by timing
        await asyncio.to_thread(verify_password, _DUMMY_HASH, password)
    async with db.session() as s:
        if ok and account is not None:
            account = await s.get(StaffAccount, account.id)
            ok = account is not None and account.active  # not disabled while the password was checked
            if ok and account is not None:
                if new_hash is not None:
                    account.password_hash = new_hash
                account.last_login_at = utcnow()
        s.add(LoginAttempt(key=f"user:{username[:100]}", success=ok))
        s.add(LoginAttempt(key=f"ip:{ip}", success=ok))
    return account if ok else None


async def start_session(db: Any, account: StaffAccount) -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    async with db.session() as s:
        s.add(
            StaffSession(
                token_hash=_hash(token),
                staff_id=account.id,
                csrf_token=csrf,
                expires_at=utcnow() + timedelta(hours=SESSION_HOURS),
            )
        )
    return token, csrf


async def end_session(db: Any, token: str | None) -> None:
    if token:
        async with db.session() as s:
            await s.execute(delete(StaffSession).where(StaffSession.token_hash == _hash(token)))


async def current_user(request: web.Request, db: Any) -> StaffUser | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    async with db.session() as s:
        row = (
            await s.execute(
                select(StaffSession, StaffAccount)
                .join(StaffAccount)
                .where(StaffSession.token_hash == _hash(token))
            )
        ).first()
    if row is None:
        return None
    session, account = row
    if session.expires_at < utcnow() or not account.active:
        return None
    return StaffUser(account=account, csrf=session.csrf_token)


def is_https(request: web.Request) -> bool:
    """TLS here, or at a trusted proxy in front (X-Forwarded-Proto), or LABORBOT_SECURE_COOKIES."""
    from bot.context import CTX
    from bot.net import forwarded_https

    ctx = request.app.get(CTX)
    if request.secure or (ctx is not None and ctx.settings.secure_cookies):
        return True
    return ctx is not None and forwarded_https(request, ctx.settings.trusted_proxies)


def set_cookie(response: web.StreamResponse, request: web.Request, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="Strict",
        secure=is_https(request),
        path="/staff",
        max_age=SESSION_HOURS * 3600,
    )


def csrf_ok(user: StaffUser, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(user.csrf.encode(), str(submitted).encode())


# Login forms have no session yet: a double-submit token in its own cookie.
LOGIN_CSRF_COOKIE = "laborbot_login_csrf"


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def login_csrf_ok(request: web.Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    return bool(cookie and submitted) and hmac.compare_digest(cookie.encode(), str(submitted).encode())

"""Login limits (security probe M3): concurrent guesses are counted, nobody can lock another
user out, X-Forwarded-For is believed only from a configured proxy."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.net import client_ip
from bot.staff.web import setup
from tests.factories import staff_account

PASSWORD = "x" * 12


@pytest.fixture
async def client(db, tmp_path) -> AsyncIterator[TestClient]:
    app = web.Application()
    settings = Settings(data_dir=tmp_path, trusted_proxies=["127.0.0.1"])
    app[CTX] = AppContext(settings=settings, db=db, knowledge=None, engine=None)
    setup(app, app[CTX])
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


async def _login(c: TestClient, username: str, password: str, ip: str) -> int:
    page = await (await c.get("/staff/login")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = await c.post(
        "/staff/login",
        data={"csrf": token, "username": username, "password": password},
        headers={"X-Forwarded-For": ip},
        allow_redirects=False,
    )
    return r.status


async def test_concurrent_guesses_are_counted(client: TestClient, db) -> None:
    await staff_account(db, "target")
    statuses = await asyncio.gather(*(_login(client, "target", f"guess-{i}", "10.0.0.7") for i in range(40)))
    assert statuses.count(401) <= 4, statuses  # at most the free attempts get checked
    assert statuses.count(429) >= 36


async def test_failures_from_one_address_do_not_lock_the_owner_out(client: TestClient, db) -> None:
    await staff_account(db, "victim")
    for i in range(12):
        assert await _login(client, "victim", f"wrong-{i}", "203.0.113.9") in (401, 429)
    assert await _login(client, "victim", PASSWORD, "203.0.113.9") == 429  # the guesser waits
    assert await _login(client, "victim", PASSWORD, "198.51.100.4") == 302  # the owner gets in


def test_forwarded_for_is_believed_only_from_a_trusted_proxy() -> None:
    class Peer:
        def __init__(self, peer: str, xff: str) -> None:
            self.remote = peer
            self.headers = {"X-Forwarded-For": xff}

    assert client_ip(Peer("203.0.113.5", "1.2.3.4"), []) == "203.0.113.5"
    assert client_ip(Peer("203.0.113.5", "1.2.3.4"), ["127.0.0.1"]) == "203.0.113.5"
    assert client_ip(Peer("127.0.0.1", "9.9.9.9, 1.2.3.4"), ["127.0.0.1"]) == "1.2.3.4"
    assert client_ip(Peer("127.0.0.1", "1.2.3.4, 127.0.0.1"), ["127.0.0.0/8"]) == "1.2.3.4"
    assert client_ip(Peer("127.0.0.1", "garbage"), ["127.0.0.1"]) == "127.0.0.1"


async def test_session_cookie_is_secure_behind_a_tls_proxy(client: TestClient, db) -> None:
    await staff_account(db, "tls")
    for proto, secure in (("http", False), ("https", True)):
        page = await (await client.get("/staff/login")).text()
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = await client.post(
            "/staff/login",
            data={"csrf": token, "username": "tls", "password": PASSWORD},
            headers={"X-Forwarded-Proto": proto},
            allow_redirects=False,
        )
        assert r.status == 302
        assert ("Secure" in r.headers["Set-Cookie"]) is secure


async def test_the_loop_keeps_serving_while_a_password_is_checked(
    client: TestClient, db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argon2 costs tens to hundreds of milliseconds of CPU by design. It runs in a worker
    thread: a cheap request sent once the check has begun is answered before the check ends."""
    from argon2 import PasswordHasher

    from bot.staff import auth
    from storage.models import StaffAccount

    slow = PasswordHasher(time_cost=6)  # about a second: the window must be wide on a busy machine
    async with db.session() as s:
        s.add(
            StaffAccount(
                username="slow",
                display_name="slow",
                password_hash=slow.hash(PASSWORD),
                role="staff",
                centre_id="central",
            )
        )
    began, ended = threading.Event(), []
    real = auth.verify_password

    def watched(password_hash: str, password: str) -> bool:
        began.set()
        try:
            return real(password_hash, password)
        finally:
            ended.append(time.monotonic())

    monkeypatch.setattr(auth, "verify_password", watched)

    async def cheap() -> float:
        assert await asyncio.to_thread(began.wait, 30)
        r = await client.get("/staff/login")
        assert r.status == 200
        return time.monotonic()

    status, answered = await asyncio.gather(_login(client, "slow", PASSWORD, "10.0.0.8"), cheap())
    assert status == 302  # the login went through (and the hash was brought to today's cost)
    assert answered < ended[0], "the event loop waited for the password check"
    async with db.session() as s:
        account = (await s.execute(select(StaffAccount).where(StaffAccount.username == "slow"))).scalar_one()
    assert not auth.needs_rehash(account.password_hash) and auth.verify_password(
        account.password_hash, PASSWORD
    )

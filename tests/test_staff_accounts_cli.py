"""Probe L7: password rules, and disabling or resetting an account from the command line."""

from __future__ import annotations

import asyncio
import io
import sys

import pytest
from sqlalchemy import func, select

from bot.cli import main
from bot.staff.auth import authenticate, start_session
from bot.staff.passwords import password_problem
from storage.models import StaffSession


@pytest.mark.parametrize(
    "weak", ["short1", "aaaaaaaaaaaa", "1234567890", "wang.li-2026-x", "Password2026!", "ab1ab1ab1ab1"]
)
def test_weak_passwords_are_refused(weak: str) -> None:
    assert password_problem(weak, "wang.li") is not None


def test_a_good_password_passes() -> None:
    assert password_problem("河边-Tide-7-lamp", "wang.li") is None


async def _cli(monkeypatch: pytest.MonkeyPatch, args: list[str], password: str | None = None) -> int:
    if password is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return await asyncio.to_thread(main, args)  # the command runs its own event loop


async def test_disable_and_reset(db, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = ["--database-url", db_url]
    first, second = "Tide-7-lamp-river", "Moon-3-kettle-sky"
    assert (
        await _cli(
            monkeypatch,
            ["staff", "add", "wang.li", "--centre", "central", "--password-stdin", *url],
            "wang.li12345!",
        )
        == 2
    )
    assert (
        await _cli(
            monkeypatch, ["staff", "add", "wang.li", "--centre", "central", "--password-stdin", *url], first
        )
        == 0
    )
    account = await authenticate(db, "wang.li", first, "127.0.0.1")
    assert account is not None
    await start_session(db, account)
    assert await _cli(monkeypatch, ["staff", "disable", "wang.li", *url]) == 0
    assert await authenticate(db, "wang.li", first, "127.0.0.1") is None
    async with db.session() as s:
        assert await s.scalar(select(func.count(StaffSession.id))) == 0  # sessions ended at once
    assert await _cli(monkeypatch, ["staff", "enable", "wang.li", *url]) == 0
    assert (
        await _cli(monkeypatch, ["staff", "reset-password", "wang.li", "--password-stdin", *url], second) == 0
    )
    assert await authenticate(db, "wang.li", first, "127.0.0.1") is None
    assert await authenticate(db, "wang.li", second, "127.0.0.1") is not None
    assert await _cli(monkeypatch, ["staff", "disable", "nobody", *url]) == 1

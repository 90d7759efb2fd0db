"""Login rate limits that slow guessing down without letting anyone lock others out.

Three counters per attempt, kept in the database (storage/services/login_throttle.py) so that
concurrent attempts and every server process count: the account from this address, the
account from anywhere, and the address. Each takes one attempt at a time, and after a few
failures waits grow (2, 4, 8... seconds, capped). The right password from another address
is never refused for long: the account-wide wait is at most ACCOUNT_CAP.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.clock import utcnow
from storage.services import login_throttle

WINDOW = timedelta(minutes=15)
# key kind -> (failures allowed without a wait, longest wait)
POLICY = {
    "pair": (3, timedelta(minutes=15)),
    "acct": (10, timedelta(seconds=60)),
    "ip": (20, timedelta(minutes=5)),
}
ACCOUNT_CAP = POLICY["acct"][1]


@dataclass(frozen=True)
class Outcome:
    account: Any | None  # the staff account when the password was right
    wait_seconds: int = 0  # > 0: not tried; ask again after this long


def _keys(username: str, ip: str) -> list[str]:
    name = username.lower()[:64]
    return [f"pair:{name}|{ip}"[:160], f"acct:{name}", f"ip:{ip}"[:160]]


def _delay(key: str, failures: int) -> timedelta:
    free, cap = POLICY[key.split(":", 1)[0]]
    if failures <= free:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - free, 20)), cap)


async def attempt(
    db: Any,
    username: str,
    ip: str,
    check: Callable[[], Awaitable[Any | None]],
) -> Outcome:
    """Run `check` (the password test) if every counter allows an attempt now."""
    keys = _keys(username, ip)
    now = utcnow()
    try:
        await login_throttle.reserve(db, keys, now)
    except login_throttle.Busy as busy:
        return Outcome(None, max(1, int((busy.retry_at - now).total_seconds() + 0.999)))
    account = None
    try:
        account = await check()
    finally:
        await login_throttle.finish(
            db,
            keys,
            failed=account is None,
            forget_on_success={keys[0], keys[1]},
            now=utcnow(),
            window=WINDOW,
            delay=_delay,
        )
    return Outcome(account)

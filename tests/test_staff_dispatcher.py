"""The outbox dispatcher against fake Telegram and WeCom servers on loopback."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.staff.dispatcher import Dispatcher
from bot.staff.senders import HttpSender
from storage.models import OutboxMessage
from tests.factories import T0, FakeCentre, file_cases
from tests.fakes.notify_targets import NotifyTargets


def _settings(fake: NotifyTargets, **extra: object) -> Settings:
    return Settings(
        telegram_token="123:abc",
        telegram_base_url=fake.telegram_base_url,
        staff_telegram_chat="-100777",
        staff_wecom_webhook=fake.wecom_url("central"),
        **extra,
    )


def _dispatcher(db, settings: Settings, fake: NotifyTargets, centres=(), **kw) -> Dispatcher:
    sender = HttpSender(settings.telegram_token, settings.telegram_base_url, timeout=kw.pop("timeout", 5.0))
    return Dispatcher(db, settings, sender, lambda: centres, rng=random.Random(1), **kw)


async def test_case_announced_to_both_targets_masked(db, targets: NotifyTargets) -> None:
    settings = _settings(targets)
    [case_no] = await file_cases(db, 1)
    d = _dispatcher(db, settings, targets)
    assert await d.run_once(T0) == 2
    kinds = sorted(r.kind for r in targets.received)
    assert kinds == ["telegram", "wecom"]
    tg = next(r for r in targets.received if r.kind == "telegram")
    assert tg.address == "-100777" and case_no in tg.body["text"]
    assert "139****5678" in tg.body["text"] and "13912345678" not in tg.body["text"]
    assert "王小明" not in tg.body["text"]
    datas = [b["callback_data"] for b in tg.body["reply_markup"]["inline_keyboard"][0]]
    assert datas == [f"staff:accept:{case_no}", f"staff:claim:{case_no}", f"staff:detail:{case_no}"]
    # nothing is sent twice on the next pass
    assert await d.run_once(T0 + timedelta(seconds=5)) == 0
    assert len(targets.received) == 2


async def test_centre_targets_and_urgent_goes_to_supervisors(db, targets: NotifyTargets) -> None:
    settings = _settings(targets, supervisor_telegram_chat="-100999")
    centres = [
        FakeCentre("east", "东区中心", telegram_chat="-100111"),
        FakeCentre("central", "中心", fallback=True),
    ]
    await file_cases(db, 1, urgent_every=1, centre="east")
    d = _dispatcher(db, settings, targets, centres)
    await d.run_once(T0)
    chats = sorted(r.address for r in targets.received)
    assert chats == ["-100111", "-100999"]  # the centre's own chat and the supervisors, not the default
    assert all("【紧急】" in r.body["text"] for r in targets.received)


async def test_failures_are_retried_until_delivered(db, targets: NotifyTargets) -> None:
    settings = Settings(
        telegram_token="1:a", telegram_base_url=targets.telegram_base_url, staff_telegram_chat="-1"
    )
    await file_cases(db, 1)
    d = _dispatcher(db, settings, targets, timeout=0.5)
    targets.script = [("status", 502), ("slow", 1.0), ("retry_after", 7), ("status", 500)]
    now = T0
    await d.run_once(now)  # 502
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.status == "pending" and row.attempts == 1 and "502" in row.last_error
        first_retry = row.next_attempt_at
    assert await d.run_once(now + timedelta(seconds=1)) == 0  # not due yet: back-off holds
    now = first_retry
    await d.run_once(now)  # times out
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.attempts == 2 and "Timeout" in row.last_error
        now = row.next_attempt_at
    await d.run_once(now)  # 429 retry_after 7
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.next_attempt_at == now + timedelta(seconds=7)
        now = row.next_attempt_at
    await d.run_once(now)  # 500
    async with db.session() as s:
        now = (
            await s.execute(select(OutboxMessage.next_attempt_at).where(OutboxMessage.target.is_not(None)))
        ).scalar_one()
    assert await d.run_once(now) == 1
    assert len(targets.received) == 1
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.status == "sent" and row.attempts == 4


async def test_wecom_error_code_is_a_failure(db, targets: NotifyTargets) -> None:
    settings = Settings(staff_wecom_webhook=targets.wecom_url("k1"))
    await file_cases(db, 1)
    d = _dispatcher(db, settings, targets)
    targets.script = [("errcode", 45009)]
    assert await d.run_once(T0) == 0
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.status == "pending" and "45009" in row.last_error
        assert row.next_attempt_at == T0 + timedelta(seconds=60)
    assert await d.run_once(T0 + timedelta(seconds=60)) == 1
    assert targets.received[0].body["msgtype"] == "markdown"


async def test_dispatcher_killed_mid_send_resends_after_lease(db, targets: NotifyTargets) -> None:
    settings = Settings(
        telegram_token="1:a", telegram_base_url=targets.telegram_base_url, staff_telegram_chat="-1"
    )
    await file_cases(db, 1)
    targets.script = [("slow", 2.0)]
    first = _dispatcher(db, settings, targets, lease_seconds=60)
    task = asyncio.create_task(first.run_once(T0))
    deadline = asyncio.get_running_loop().time() + 60
    while targets.calls == 0:  # the request has reached the target (a fixed pause was too short under load)
        assert asyncio.get_running_loop().time() < deadline, "the dispatcher never sent"
        await asyncio.sleep(0.02)
    task.cancel()  # killed while the request is in flight
    with pytest.raises(asyncio.CancelledError):
        await task
    second = _dispatcher(db, settings, targets, lease_seconds=60)
    assert await second.run_once(T0 + timedelta(seconds=30)) == 0  # lease still held
    assert await second.run_once(T0 + timedelta(seconds=61)) == 1  # lease expired: sent again
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage).where(OutboxMessage.target.is_not(None)))).scalar_one()
        assert row.status == "sent"


async def test_unconfigured_targets_keep_the_row(db, targets: NotifyTargets) -> None:
    await file_cases(db, 1)
    d = _dispatcher(db, Settings(), targets)
    await d.run_once(T0)
    async with db.session() as s:
        row = (await s.execute(select(OutboxMessage))).scalar_one()
        assert row.status == "pending" and "no staff notification target" in row.last_error


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
async def test_two_dispatchers_never_send_a_row_twice(db, targets: NotifyTargets) -> None:
    settings = Settings(
        telegram_token="1:a", telegram_base_url=targets.telegram_base_url, staff_telegram_chat="-1"
    )
    numbers = await file_cases(db, 60)
    a = _dispatcher(db, settings, targets, rate_per_minute=1000, name="a")
    b = _dispatcher(db, settings, targets, rate_per_minute=1000, name="b")
    for step in range(6):
        now = T0 + timedelta(seconds=step)
        await asyncio.gather(a.run_once(now), b.run_once(now))
    seen = Counter(n for r in targets.received for n in numbers if n in r.body["text"])
    assert set(seen) == set(numbers)
    assert max(seen.values()) == 1


async def test_surge_of_500_cases_in_a_minute(db, targets: NotifyTargets) -> None:
    """500 cases filed within one minute: every case announced, urgent ones first and alone,
    and no target ever gets more than 20 messages in any 60-second window."""
    settings = _settings(targets)
    numbers = await file_cases(db, 500, urgent_every=50, spread=60.0)
    urgent = set(numbers[::50])
    d = _dispatcher(db, settings, targets)
    now = T0
    while now < T0 + timedelta(minutes=6):
        targets.current_tag = now
        await d.run_once(now)
        now += timedelta(seconds=3)
    for kind in ("telegram", "wecom"):
        msgs = [r for r in targets.received if r.kind == kind]
        texts = [r.body.get("text") or r.body["markdown"]["content"] for r in msgs]
        announced = {n for n in numbers for t in texts if n in t}
        assert announced == set(numbers), f"{kind}: {len(set(numbers) - announced)} cases never announced"
        times = sorted(r.tag for r in msgs)
        for i, t in enumerate(times):
            in_window = [u for u in times[i:] if u < t + timedelta(seconds=60)]
            assert len(in_window) <= 20, f"{kind}: {len(in_window)} messages within a minute from {t}"
        alone = [t for t in texts if "紧急" in t and "汇总" not in t]
        assert {n for n in urgent for t in alone if n in t} == urgent
        first_minute = [r for r in msgs if r.tag < T0 + timedelta(seconds=60)]
        assert len(first_minute) <= 20 and len(msgs) < 60  # folded into digests, not 500 messages

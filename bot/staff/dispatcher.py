"""Outbox dispatcher: routes staff notifications, respects each group's rate limit, folds
ordinary cases into digests under a surge, retries with back-off, and never loses a row.

Delivery is at least once: a row is marked sent only after the target accepted it; a
dispatcher that dies mid-send leaves a lease that expires, and the row goes out again.
Several dispatchers may share one PostgreSQL: rows are claimed with FOR UPDATE SKIP
LOCKED, and one target is drained by one dispatcher at a time (advisory lock), so the
per-target rate limit holds across processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import random
import socket
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import func, or_, select, text

from bot.clock import utcnow
from bot.config import Settings
from bot.staff.notice import StaffNotice, case_notice, digest_notice, text_notice
from bot.staff.routing import targets_for
from bot.staff.senders import HttpSender, Sender, SendError
from bot.staff.texts import BUTTON_DETAIL, DELETION_REQUEST, HUMAN_REQUEST, WORKER_MESSAGE
from storage.models import Case, OutboxMessage

log = logging.getLogger(__name__)
_TASK = web.AppKey("staff_dispatcher_task", asyncio.Task)

ROUTE_BATCH = 500
CLAIM_BATCH = 1000
DIGEST_SIZE = 40
FOLDABLE = {"case_created"}


def backoff_seconds(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    if retry_after is not None:
        return max(float(retry_after), 1.0)
    base = min(900.0, 5.0 * (2 ** max(attempts - 1, 0)))
    return base * rng.uniform(0.8, 1.2)


class Dispatcher:
    def __init__(
        self,
        db: Any,
        settings: Settings,
        sender: Sender,
        centres: Callable[[], Iterable[Any]] = lambda: (),
        *,
        name: str | None = None,
        rate_per_minute: int = 20,
        lease_seconds: int = 60,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.sender = sender
        self.centres = centres
        self.name = name or f"{socket.gethostname()}:{id(self):x}"
        self.rate = rate_per_minute
        self.lease = timedelta(seconds=lease_seconds)
        self.clock = clock
        self.rng = rng or random.Random()
        self._local_locks: dict[str, asyncio.Lock] = {}

    # ------------------------------------------------------------------ routing
    async def route(self, now: datetime) -> int:
        """Expand rows without a target into one row per target."""
        centres = list(self.centres())
        centre_names = {c.id: c.name for c in centres}
        routed = 0
        async with self.db.session() as s:
            rows = (
                (
                    await s.execute(
                        select(OutboxMessage)
                        .where(
                            OutboxMessage.status == "pending",
                            OutboxMessage.target.is_(None),
                            OutboxMessage.next_attempt_at <= now,
                        )
                        .order_by(OutboxMessage.id)
                        .limit(ROUTE_BATCH)
                        .with_for_update(skip_locked=True)
                    )
                )
                .scalars()
                .all()
            )
            for row in rows:
                targets = targets_for(row.centre_id, row.priority, centres, self.settings, row.kind)
                if not targets:
                    row.last_error = "no staff notification target configured"
                    row.next_attempt_at = now + timedelta(minutes=5)
                    continue
                payload = dict(row.payload or {})
                payload.setdefault("centre_name", centre_names.get(row.centre_id or "", row.centre_id or ""))
                for target in targets:
                    s.add(
                        OutboxMessage(
                            kind=row.kind,
                            case_id=row.case_id,
                            centre_id=row.centre_id,
                            priority=row.priority,
                            payload=payload,
                            target=target,
                            next_attempt_at=now,
                            created_at=row.created_at,
                        )
                    )
                row.status = "routed"
                routed += 1
        return routed

    # ------------------------------------------------------------------ sending
    async def run_once(self, now: datetime | None = None) -> int:
        """One pass: route, then drain every target with due rows. Returns messages sent."""
        now = now or self.clock()
        await self.route(now)
        async with self.db.session() as s:
            targets = (
                (
                    await s.execute(
                        select(OutboxMessage.target)
                        .where(
                            OutboxMessage.status == "pending",
                            OutboxMessage.target.is_not(None),
                            OutboxMessage.next_attempt_at <= now,
                        )
                        .distinct()
                    )
                )
                .scalars()
                .all()
            )
        sent = 0
        for target in targets:
            sent += await self._drain_locked(target, now)
        return sent

    async def _drain_locked(self, target: str, now: datetime) -> int:
        lock = self._local_locks.setdefault(target, asyncio.Lock())
        if lock.locked():
            return 0
        async with lock:
            if not self.db.is_postgres:
                return await self._drain(target, now)
            key = int.from_bytes(hashlib.sha256(target.encode()).digest()[:8], "big", signed=True)
            async with self.db.engine.connect() as conn:
                got = (await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key})).scalar()
                await conn.commit()
                if not got:
                    return 0
                try:
                    return await self._drain(target, now)
                finally:
                    await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    await conn.commit()

    async def _budget(self, s: Any, target: str, now: datetime) -> int:
        recent = await s.scalar(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.target == target,
                OutboxMessage.status == "sent",
                OutboxMessage.sent_at > now - timedelta(seconds=60),
            )
        )
        return self.rate - int(recent or 0)

    async def _drain(self, target: str, now: datetime) -> int:
        async with self.db.session() as s:
            budget = await self._budget(s, target, now)
            if budget <= 0:
                return 0
            rows = (
                (
                    await s.execute(
                        select(OutboxMessage)
                        .where(
                            OutboxMessage.status == "pending",
                            OutboxMessage.target == target,
                            OutboxMessage.next_attempt_at <= now,
                            or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
                        )
                        .order_by(OutboxMessage.id)
                        .limit(CLAIM_BATCH)
                        .with_for_update(skip_locked=True)
                    )
                )
                .scalars()
                .all()
            )
            plan = self._plan(rows, budget)
            for group in plan:
                for row in group:
                    row.claimed_by = self.name
                    row.claimed_until = now + self.lease
            planned_ids = [[r.id for r in group] for group in plan]
        sent = 0
        for ids in planned_ids:
            ok, retry_after = await self._send_group(target, ids, now)
            sent += ok
            if retry_after is not None:
                break  # the target asked us to wait: leave the rest for later
        return sent

    def _plan(self, rows: list[OutboxMessage], budget: int) -> list[list[OutboxMessage]]:
        """Urgent rows first and alone; the rest alone while the budget allows, else folded."""
        urgent = [r for r in rows if r.priority == "urgent"]
        rest = [r for r in rows if r.priority != "urgent"]
        plan: list[list[OutboxMessage]] = [[r] for r in urgent[:budget]]
        budget -= len(plan)
        if budget <= 0 or not rest:
            return plan
        if len(rest) <= budget:
            return plan + [[r] for r in rest]
        foldable = [r for r in rest if r.kind in FOLDABLE and r.case_id is not None]
        single = [r for r in rest if not (r.kind in FOLDABLE and r.case_id is not None)]
        groups = [[r] for r in single]
        groups += [foldable[i : i + DIGEST_SIZE] for i in range(0, len(foldable), DIGEST_SIZE)]
        return plan + groups[:budget]

    async def _render(self, s: Any, rows: list[OutboxMessage]) -> StaffNotice:
        if len(rows) > 1:
            ids = [r.case_id for r in rows]
            cases = (await s.execute(select(Case).where(Case.id.in_(ids)).order_by(Case.id))).scalars().all()
            return digest_notice(list(cases))
        row = rows[0]
        payload = row.payload or {}
        if row.case_id is not None and row.kind == "case_created":
            case = await s.get(Case, row.case_id)
            return case_notice(case, payload.get("centre_name") or row.centre_id or "")
        if row.kind == "human_request":
            return text_notice(
                HUMAN_REQUEST.format(channel=payload.get("channel", ""), user=payload.get("user_masked", ""))
            )
        if row.kind == "worker_message":
            case_no = str(payload.get("case_no", ""))
            notice = text_notice(WORKER_MESSAGE.format(case_no=case_no, text=payload.get("text", "")))
            notice.buttons = [(BUTTON_DETAIL, f"staff:detail:{case_no}")]
            return notice
        if row.kind == "deletion_request":
            return text_notice(
                DELETION_REQUEST.format(
                    channel=payload.get("channel", ""),
                    user=payload.get("user_masked", ""),
                    cases="、".join(payload.get("cases") or []) or "无",
                )
            )
        if row.kind == "alert":
            return StaffNotice(
                title=str(payload.get("title", "")),
                body=str(payload.get("text", "")),
                urgent=row.priority == "urgent",
            )
        return text_notice(str(payload.get("text", row.kind)), urgent=row.priority == "urgent")

    async def _send_group(self, target: str, ids: list[int], now: datetime) -> tuple[int, float | None]:
        async with self.db.session() as s:
            rows = (
                (
                    await s.execute(
                        select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)
                    )
                )
                .scalars()
                .all()
            )
            notice = await self._render(s, list(rows))
        try:
            await self.sender.send(target, notice)
        except SendError as exc:
            await self._failed(ids, now, exc)
            log.warning("outbox %s to %s failed: %s", ids[:3], target.split(":")[0], exc)
            return 0, exc.retry_after if exc.retry_after is not None else 0.0
        except Exception as exc:  # noqa: BLE001 - a bug in rendering must not lose the row
            log.exception("outbox %s: unexpected error", ids[:3])
            await self._failed(ids, now, SendError(f"{type(exc).__name__}: {exc}"))
            return 0, None
        await self._delivered(target, ids, now)
        return 1, None

    async def _delivered(self, target: str, ids: list[int], now: datetime) -> None:
        async with self.db.session() as s:
            rows = (await s.execute(select(OutboxMessage).where(OutboxMessage.id.in_(ids)))).scalars().all()
            if len(rows) == 1:
                rows[0].status, rows[0].sent_at, rows[0].claimed_until = "sent", now, None
                return
            digest = OutboxMessage(
                kind="digest",
                target=target,
                status="sent",
                sent_at=now,
                payload={"outbox_ids": ids},
                priority="normal",
            )
            s.add(digest)
            for row in rows:
                row.status, row.sent_at, row.claimed_until = "folded", now, None

    async def _failed(self, ids: list[int], now: datetime, exc: SendError) -> None:
        async with self.db.session() as s:
            rows = (await s.execute(select(OutboxMessage).where(OutboxMessage.id.in_(ids)))).scalars().all()
            for row in rows:
                row.attempts += 1
                row.last_error = str(exc)[:500]
                row.claimed_until = None
                row.claimed_by = None
                row.next_attempt_at = now + timedelta(
                    seconds=backoff_seconds(row.attempts, exc.retry_after, self.rng)
                )

    # ------------------------------------------------------------------ lifecycle
    async def run_forever(self, interval: float = 2.0) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - keep dispatching after a transient error
                log.exception("dispatcher pass failed")
            await asyncio.sleep(interval)


def centres_of(ctx: Any) -> Callable[[], Iterable[Any]]:
    def centres() -> Iterable[Any]:
        knowledge = getattr(ctx, "knowledge", None)
        current = getattr(knowledge, "current", None)
        kb = getattr(current, "kb", current)
        return getattr(kb, "centres", ()) or ()

    return centres


def setup(app: Any, ctx: Any) -> None:
    """Run the dispatcher in the background of `laborbot serve`."""
    settings: Settings = ctx.settings
    sender = HttpSender(settings.telegram_token, settings.telegram_base_url)
    dispatcher = Dispatcher(ctx.db, settings, sender, centres_of(ctx))

    async def start(_app: Any) -> None:
        _app[_TASK] = asyncio.create_task(dispatcher.run_forever())

    async def stop(_app: Any) -> None:
        task = _app.get(_TASK)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await sender.close()

    app.on_startup.append(start)
    app.on_cleanup.append(stop)

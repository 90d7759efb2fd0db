"""Raise, escalate and handle warnings. A warning is pushed to the supervisors once when it
opens and once more each time its level rises; new cases behind it are added quietly.

One active warning per situation (kind + key) across processes: `active_key` is unique while
the warning is open or acknowledged; a level rises through a conditional UPDATE, so only one
process ever pushes a given rise."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.clock import utcnow
from bot.staff import texts
from bot.staff.alerts.detect import MAX_CASES, Candidate
from storage.models import ALERT_LEVELS, Alert, AlertEvent, AuditLog, OutboxMessage, StaffAccount

log = logging.getLogger(__name__)
HOLD = timedelta(minutes=10)  # between two pushes of one warning (红 never waits)
PUSH_PRIORITY = {"蓝": "normal", "黄": "high", "橙": "urgent", "红": "urgent"}


class AlertError(Exception):
    """A staff action on a warning that cannot be done; the message is Chinese, for staff."""


@dataclass
class ApplyResult:
    opened: int = 0
    escalated: int = 0
    updated: int = 0


def _push(alert: Alert, now: datetime, *, escalated: bool) -> OutboxMessage:
    tpl = texts.ALERT_PUSH_ESCALATED if escalated else texts.ALERT_PUSH_TITLE
    shown = alert.cases[:10]
    more = f" 等 {len(alert.cases)} 件" if len(alert.cases) > len(shown) else ""
    return OutboxMessage(
        kind="alert",
        centre_id=alert.centre_id,
        priority=PUSH_PRIORITY[alert.level],
        payload={
            "alert_id": alert.id,
            "kind": alert.kind,
            "level": alert.level,
            "title": tpl.format(level=alert.level, kind=texts.ALERT_KIND[alert.kind], subject=alert.subject),
            "text": texts.ALERT_PUSH_BODY.format(reason=alert.reason, cases="、".join(shown) + more),
        },
        next_attempt_at=now,
        created_at=now,
    )


def _rank(level: str) -> int:
    return ALERT_LEVELS.index(level)


async def _open(db: Any, c: Candidate, now: datetime) -> bool:
    """Open a warning unless it was closed with no new case since. False if another process won."""
    async with db.session() as s:
        last_closed = (
            await s.execute(
                select(Alert)
                .where(Alert.kind == c.kind, Alert.key == c.key, Alert.status == "closed")
                .order_by(Alert.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if last_closed is not None and set(c.cases) <= set(last_closed.cases or []):
            return False
        try:
            async with s.begin_nested():
                alert = Alert(
                    kind=c.kind,
                    key=c.key,
                    active_key=f"{c.kind}:{c.key}"[:340],
                    subject=c.subject[:300],
                    level=c.level,
                    reason=c.reason,
                    cases=c.cases[:MAX_CASES],
                    centre_id=c.centre_id,
                    status="open",
                    opened_at=now,
                    updated_at=now,
                    pushed_level=c.level,
                    pushed_at=now,
                )
                s.add(alert)
                await s.flush()
        except IntegrityError:
            return False
        s.add(
            AlertEvent(
                alert_id=alert.id, kind="opened", level=c.level, actor="system", note=c.reason, created_at=now
            )
        )
        s.add(_push(alert, now, escalated=False))
    return True


async def _refresh(db: Any, alert_id: int, c: Candidate, now: datetime) -> str:
    """Add new cases, raise the level if the situation grew. Returns escalated|updated|same."""
    async with db.session() as s:
        alert = await s.get(Alert, alert_id)
        if alert is None or alert.status == "closed":
            return "same"
        known = list(alert.cases or [])
        new = [n for n in c.cases if n not in set(known)]
        outcome = "same"
        if new:
            alert.cases = (known + new)[:MAX_CASES]
            alert.reason = c.reason
            alert.updated_at = now
            s.add(
                AlertEvent(
                    alert_id=alert.id,
                    kind="updated",
                    level=alert.level,
                    actor="system",
                    note=f"+{len(new)}",
                    created_at=now,
                )
            )
            outcome = "updated"
        if _rank(c.level) > _rank(alert.level):
            lower = list(ALERT_LEVELS[: _rank(c.level)])
            res = await s.execute(
                update(Alert)
                .where(Alert.id == alert.id, Alert.level.in_(lower), Alert.status != "closed")
                .values(level=c.level, reason=c.reason, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if res.rowcount == 1:
                alert.level, alert.reason = c.level, c.reason
                s.add(
                    AlertEvent(
                        alert_id=alert.id,
                        kind="escalated",
                        level=c.level,
                        actor="system",
                        note=c.reason,
                        created_at=now,
                    )
                )
                outcome = "escalated"
        await _push_rise(s, alert, now)
    return outcome


async def _push_rise(s: Any, alert: Alert, now: datetime) -> bool:
    """Push the level reached when it is above the level last pushed: at once for 红, else once
    HOLD has passed since the last push, so a situation climbing 蓝→黄→橙 within minutes
    reaches the supervisors as one rise, not three. One process wins the conditional UPDATE."""
    pushed = alert.pushed_level or alert.level
    if _rank(alert.level) <= _rank(pushed):
        return False
    waited = alert.pushed_at is None or now - alert.pushed_at >= HOLD
    if alert.level != ALERT_LEVELS[-1] and not waited:
        return False
    lower = list(ALERT_LEVELS[: _rank(alert.level)])
    res = await s.execute(
        update(Alert)
        .where(Alert.id == alert.id, or_(Alert.pushed_level.in_(lower), Alert.pushed_level.is_(None)))
        .values(pushed_level=alert.level, pushed_at=now)
        .execution_options(synchronize_session=False)
    )
    if res.rowcount != 1:
        return False
    alert.pushed_level, alert.pushed_at = alert.level, now
    s.add(_push(alert, now, escalated=True))
    return True


async def apply(db: Any, candidates: list[Candidate], now: datetime | None = None) -> ApplyResult:
    now = now or utcnow()
    result = ApplyResult()
    async with db.session() as s:
        active = {
            (a.kind, a.key): a.id
            for a in (await s.execute(select(Alert).where(Alert.status != "closed"))).scalars()
        }
    for c in candidates:
        alert_id = active.get((c.kind, c.key))
        if alert_id is None:
            if await _open(db, c, now):
                result.opened += 1
                continue
            async with db.session() as s:  # another process opened it meanwhile
                alert_id = await s.scalar(
                    select(Alert.id).where(Alert.active_key == f"{c.kind}:{c.key}"[:340])
                )
            if alert_id is None:
                continue
        outcome = await _refresh(db, alert_id, c, now)
        if outcome == "escalated":
            result.escalated += 1
        elif outcome == "updated":
            result.updated += 1
    # rises held back earlier go out once their wait is over, whatever the rules say now
    async with db.session() as s:
        waiting = (
            await s.execute(
                select(Alert).where(
                    Alert.status != "closed",
                    Alert.pushed_level.is_not(None),
                    Alert.pushed_level != Alert.level,
                )
            )
        ).scalars()
        for alert in waiting:
            await _push_rise(s, alert, now)
    return result


# ---------------------------------------------------------------- staff actions
def _actor(account: StaffAccount) -> str:
    return f"staff:{account.username}"


async def act(
    db: Any,
    alert_id: int,
    action: str,
    account: StaffAccount,
    *,
    disposition: str | None = None,
    note: str | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> Alert:
    """acknowledge | handle (分类处置, with a disposition) | close; each step an event."""
    now = now or utcnow()
    note = (note or "").strip()[:2000] or None
    if action == "handle" and disposition not in texts.ALERT_DISPOSITION:
        raise AlertError(texts.ALERT_ERR_DISPOSITION)
    async with db.session() as s:
        alert = await s.get(Alert, alert_id)
        if alert is None:
            raise AlertError(texts.ALERT_ERR_NOT_FOUND)
        if alert.status == "closed":
            raise AlertError(texts.ALERT_ERR_CLOSED)
        if action == "acknowledge":
            alert.status = "acknowledged"
            kind = "acknowledged"
        elif action == "handle":
            alert.status = "acknowledged"
            alert.disposition = disposition
            kind = "handled"
            note = texts.ALERT_DISPOSITION[disposition or ""] + (f"：{note}" if note else "")
        elif action == "close":
            alert.status = "closed"
            alert.active_key = None
            alert.closed_at = now
            kind = "closed"
        else:
            raise AlertError(texts.ERR_UNKNOWN_ACTION.format(action=action))
        alert.updated_at = now
        s.add(
            AlertEvent(
                alert_id=alert.id,
                kind=kind,
                level=alert.level,
                actor=_actor(account),
                note=note,
                created_at=now,
            )
        )
        s.add(
            AuditLog(
                actor=_actor(account),
                action=f"alert_{kind}",
                target=f"alert:{alert.id}",
                detail={"disposition": disposition, "note": note},
                ip=ip,
            )
        )
    return alert


def alert_json(alert: Alert) -> dict[str, Any]:
    """docs/design.md interface 3."""
    return {
        "id": alert.id,
        "level": alert.level,
        "kind": alert.kind,
        "subject": alert.subject,
        "reason": alert.reason,
        "cases": list(alert.cases or []),
        "opened_at": alert.opened_at.isoformat() if alert.opened_at else None,
        "status": alert.status,
    }

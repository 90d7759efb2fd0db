"""Deadline watcher: a reminder before 受理/办结 deadlines, an escalation once they pass.

Each reminder and escalation is sent once per case and deadline (the case keeps the time
it was sent), as an outbox row the dispatcher delivers; escalations are urgent, so they
reach the supervisors' target too. `check(now)` takes the time, so tests travel in time.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import select

from bot import clock
from bot.clock import utcnow
from bot.staff import scope, texts
from bot.staff.periodic import run_every
from storage.models import Case, CaseEvent, OutboxMessage

log = logging.getLogger(__name__)

# (deadline column, statuses in which it still runs, reminded column, escalated column)
DEADLINES = (
    ("accept_by", ("submitted",), "accept_reminded_at", "accept_escalated_at"),
    ("resolve_by", ("submitted", "accepted", "mediating"), "resolve_reminded_at", "resolve_escalated_at"),
)


async def check(db: Any, now: datetime, remind_before: timedelta) -> dict[str, int]:
    counts = {"reminders": 0, "escalations": 0, "raised": 0}
    tree = scope.tree()
    async with db.session() as s:
        for deadline_col, statuses, reminded_col, escalated_col in DEADLINES:
            deadline = getattr(Case, deadline_col)
            cases = (
                (
                    await s.execute(
                        select(Case)
                        .where(
                            Case.status.in_(statuses),
                            deadline <= now + remind_before,
                            getattr(Case, escalated_col).is_(None),
                        )
                        .with_for_update(skip_locked=True)
                    )
                )
                .scalars()
                .all()
            )
            for case in cases:
                due: datetime = getattr(case, deadline_col)
                which = texts.DEADLINE_NAME[deadline_col]
                when = clock.local_minute(due)
                if due <= now:
                    setattr(case, escalated_col, now)
                    kind, priority = "escalation", "urgent"
                    text = texts.ESCALATION.format(case_no=case.case_no, which=which, when=when)
                    counts["escalations"] += 1
                    parent = tree.parent.get(case.centre_id) if deadline_col == "accept_by" else None
                    if parent:
                        # not accepted in time: the case rises to the centre one level up
                        text += texts.RAISED_TO_PARENT.format(
                            child=tree.names.get(case.centre_id, case.centre_id),
                            parent=tree.names.get(parent, parent),
                        )
                        case.centre_id = parent
                        counts["raised"] += 1
                elif getattr(case, reminded_col) is None:
                    setattr(case, reminded_col, now)
                    kind, priority = "reminder", "normal"
                    text = texts.REMINDER.format(case_no=case.case_no, which=which, when=when)
                    counts["reminders"] += 1
                else:
                    continue
                s.add(CaseEvent(case_id=case.id, kind=kind, actor="system", note=text, created_at=now))
                s.add(
                    OutboxMessage(
                        kind=kind,
                        case_id=case.id,
                        centre_id=case.centre_id,
                        priority=priority,
                        payload={"text": text},
                        next_attempt_at=now,
                        created_at=now,
                    )
                )
    return counts


def setup(app: web.Application, ctx: Any, interval: float = 60.0) -> None:
    remind_before = timedelta(hours=ctx.settings.reminder_hours_before)

    async def step() -> dict[str, int] | None:
        counts = await check(ctx.db, utcnow(), remind_before)
        return counts if any(counts.values()) else None

    run_every(app, "deadline watch", interval, step, log)

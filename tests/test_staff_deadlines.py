"""Deadline reminders and escalations, each once, travelling in time instead of waiting."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.config import Settings
from bot.staff.deadline_watch import check
from bot.staff.workflow import transition
from storage.models import Case, CaseEvent, OutboxMessage
from tests.factories import T0, file_cases, staff_account
from tests.test_staff_dispatcher import _dispatcher

DAY = timedelta(days=1)
REMIND = timedelta(hours=24)


async def test_reminder_then_escalation_once_each(db) -> None:
    await file_cases(db, 1)  # accept_by = T0 + 7 days, resolve_by = T0 + 45 days
    assert await check(db, T0 + 5 * DAY, REMIND) == {"reminders": 0, "escalations": 0, "raised": 0}
    assert await check(db, T0 + 6 * DAY + timedelta(hours=1), REMIND) == {
        "reminders": 1,
        "escalations": 0,
        "raised": 0,
    }
    assert await check(db, T0 + 6 * DAY + timedelta(hours=2), REMIND) == {
        "reminders": 0,
        "escalations": 0,
        "raised": 0,
    }
    assert await check(db, T0 + 7 * DAY + timedelta(minutes=1), REMIND) == {
        "reminders": 0,
        "escalations": 1,
        "raised": 0,
    }
    assert await check(db, T0 + 8 * DAY, REMIND) == {"reminders": 0, "escalations": 0, "raised": 0}
    async with db.session() as s:
        rows = (
            (
                await s.execute(
                    select(OutboxMessage)
                    .where(OutboxMessage.kind != "case_created")
                    .order_by(OutboxMessage.id)
                )
            )
            .scalars()
            .all()
        )
        assert [(r.kind, r.priority) for r in rows] == [("reminder", "normal"), ("escalation", "urgent")]
        kinds = (await s.execute(select(CaseEvent.kind).order_by(CaseEvent.id))).scalars().all()
        assert kinds == ["reminder", "escalation"]


async def test_accepted_case_only_watches_resolution(db, targets) -> None:
    [case_no] = await file_cases(db, 1)
    staff = await staff_account(db, "sun")
    await transition(db, case_no, "accept", staff)
    assert await check(db, T0 + 10 * DAY, REMIND) == {"reminders": 0, "escalations": 0, "raised": 0}
    assert await check(db, T0 + 44 * DAY + timedelta(hours=1), REMIND) == {
        "reminders": 1,
        "escalations": 0,
        "raised": 0,
    }
    assert await check(db, T0 + 46 * DAY, REMIND) == {"reminders": 0, "escalations": 1, "raised": 0}
    # the escalation reaches the supervisors through the dispatcher
    settings = Settings(
        telegram_token="1:a",
        telegram_base_url=targets.telegram_base_url,
        staff_telegram_chat="-1",
        supervisor_telegram_chat="-2",
    )
    await _dispatcher(db, settings, targets).run_once(T0 + 46 * DAY)
    to_supervisors = [r.body["text"] for r in targets.received if r.address == "-2"]
    assert any("已超期" in t and case_no in t for t in to_supervisors)
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
        assert case.resolve_escalated_at is not None and case.accept_escalated_at is None

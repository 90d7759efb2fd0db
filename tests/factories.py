"""Test data shared by the staff tests: cases filed as intake files them, staff accounts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from bot.staff.passwords import hash_password
from storage.models import Case, Identity, OutboxMessage, StaffAccount

# Cases are filed two days before the real now: a server under test runs its deadline watcher
# on the real clock, and a fixed date would turn every case overdue (and escalate it) once
# the calendar passes it. Tests that move time pass explicit times relative to T0.
T0 = (datetime.now(UTC) - timedelta(days=2)).replace(minute=0, second=0, microsecond=0)


@dataclass
class FakeCentre:
    id: str
    name: str
    telegram_chat: str | None = None
    wecom_webhook: str | None = None
    fallback: bool = False
    parent: str | None = None


async def file_cases(
    db, n: int, *, urgent_every: int = 0, start: datetime = T0, spread: float = 0.0, centre: str = "central"
) -> list[str]:
    """Insert n cases with their case_created outbox rows, as intake does."""
    numbers = []
    async with db.session() as s:
        for i in range(n):
            created = start + timedelta(seconds=spread * i / max(n, 1))
            ident = Identity(channel="web", user_key=f"w{i}-{random.random()}")
            s.add(ident)
            await s.flush()
            urgent = urgent_every and i % urgent_every == 0
            case_no = f"QXT{i:04d}{random.randrange(10**6):06d}"
            case = Case(
                case_no=case_no,
                identity_id=ident.id,
                priority="urgent" if urgent else "normal",
                priority_reasons=["涉及人数多"] if urgent else [],
                centre_id=centre,
                district="示例区",
                consent_at=created,
                worker_name="王小明",
                contact_phone="13912345678",
                employer_name=f"某劳务公司{i}",
                work_location="示例区某工地",
                industry="建筑业",
                arrears_start="2026-08",
                arrears_end="2026-10",
                amount_owed=Decimal(8500 + i),
                workers_affected=40 if urgent else 3,
                description="拖欠工资",
                accept_by=created + timedelta(days=7),
                resolve_by=created + timedelta(days=45),
                created_at=created,
            )
            s.add(case)
            await s.flush()
            s.add(
                OutboxMessage(
                    kind="case_created",
                    case_id=case.id,
                    centre_id=centre,
                    priority=case.priority,
                    next_attempt_at=created,
                    created_at=created,
                )
            )
            numbers.append(case_no)
    return numbers


async def staff_account(
    db, username: str, role: str = "staff", centre: str | None = "central"
) -> StaffAccount:
    async with db.session() as s:
        acc = StaffAccount(
            username=username,
            display_name=username,
            password_hash=hash_password("x" * 12),
            role=role,
            centre_id=centre,
        )
        s.add(acc)
    return acc


class RecordingPusher:
    """A channel pusher that records what it was asked to send; `ok` says whether it could."""

    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.sent: list[str] = []

    async def __call__(self, user_key: str, replies) -> bool:  # noqa: ANN001
        self.sent.extend(r.text for r in replies)
        return self.ok

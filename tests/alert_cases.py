"""Cases made to order for the warning and situation tests."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from decimal import Decimal

from storage.models import Case, Identity

_seq = itertools.count(1)


async def add_case(
    db,
    *,
    created: datetime,
    employer: str = "某劳务公司",
    worker: str | None = None,
    district: str = "示例区",
    industry: str = "建筑业",
    centre: str = "central",
    description: str = "拖欠工资",
    workers: int = 1,
    amount: float = 5000,
    status: str = "submitted",
    accept_by: datetime | None = None,
    closed_at: datetime | None = None,
    outcome: str | None = None,
) -> str:
    n = next(_seq)
    async with db.session() as s:
        ident = Identity(channel="web", user_key=worker or f"worker-{n}")
        existing = None
        if worker:
            from sqlalchemy import select

            existing = (
                await s.execute(
                    select(Identity).where(Identity.channel == "web", Identity.user_key == worker)
                )
            ).scalar_one_or_none()
        if existing is None:
            s.add(ident)
            await s.flush()
        else:
            ident = existing
        case_no = f"T{n:07d}"
        s.add(
            Case(
                case_no=case_no,
                identity_id=ident.id,
                status=status,
                centre_id=centre,
                district=district,
                consent_at=created,
                worker_name="王小明",
                contact_phone="13912345678",
                employer_name=employer,
                work_location=f"{district}某工地",
                industry=industry,
                arrears_start="2026-08",
                arrears_end="2026-10",
                amount_owed=Decimal(str(amount)),
                workers_affected=workers,
                description=description,
                accept_by=accept_by or created + timedelta(days=7),
                resolve_by=created + timedelta(days=45),
                created_at=created,
                closed_at=closed_at,
                outcome=outcome,
            )
        )
    return case_no

"""Filing a case (one transaction: case, event, outbox row) and a worker's own cases."""

from __future__ import annotations

import secrets
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.models import Attachment, Case, CaseEvent, Identity, OutboxMessage

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O/1/I: read over the phone


def new_case_no(now: datetime) -> str:
    """'QX' + yymmdd + 8 random characters from `secrets`: not guessable from another number."""
    return "QX" + now.strftime("%y%m%d") + "".join(secrets.choice(_ALPHABET) for _ in range(8))


async def file_case(
    s: AsyncSession,
    ident: Identity,
    fields: dict[str, Any],
    *,
    consent_at: datetime,
    centre_id: str,
    centre_name: str,
    district: str | None,
    accept_by: datetime,
    resolve_by: datetime,
    priority: str,
    reasons: list[str],
    now: datetime,
    industry_category: str | None = None,
    employer_key: str | None = None,
) -> Case:
    case = Case(
        case_no=new_case_no(now),
        identity_id=ident.id,
        status="submitted",
        priority=priority,
        priority_reasons=reasons,
        centre_id=centre_id,
        district=district,
        consent_at=consent_at,
        worker_name=fields["worker_name"],
        contact_phone=fields["contact_phone"],
        employer_name=fields["employer_name"],
        project_name=fields.get("project_name"),
        work_location=fields["work_location"],
        industry=fields["industry"],
        industry_category=industry_category,
        employer_key=employer_key or None,
        arrears_start=fields["arrears_period"]["start"],
        arrears_end=fields["arrears_period"]["end"],
        amount_owed=Decimal(str(fields["amount_owed"])),
        amount_approximate=bool(fields.get("amount_approximate")),
        workers_affected=int(fields["workers_affected"]),
        workers_approximate=bool(fields.get("workers_approximate")),
        description=fields["description"],
        accept_by=accept_by,
        resolve_by=resolve_by,
        created_at=now,
        updated_at=now,
    )
    s.add(case)
    await s.flush()
    s.add(
        CaseEvent(
            case_id=case.id,
            kind="submitted",
            to_status="submitted",
            actor="worker",
            created_at=now,
            visible_to_worker=True,
        )
    )
    for att_id in fields.get("evidence") or []:
        att = await s.get(Attachment, att_id)
        if att is not None and att.identity_id == ident.id:
            att.case_id = case.id
    s.add(
        OutboxMessage(
            kind="case_created",
            case_id=case.id,
            centre_id=centre_id,
            priority=priority,
            payload={"centre_name": centre_name},
            next_attempt_at=now,
            created_at=now,
        )
    )
    return case


async def cases_of(s: AsyncSession, ident: Identity) -> list[Case]:
    return list(
        (
            await s.execute(
                select(Case)
                .where(Case.identity_id == ident.id)
                .options(selectinload(Case.events))
                .order_by(Case.created_at.desc())
                .limit(10)
            )
        ).scalars()
    )

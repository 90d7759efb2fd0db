"""What a worker's message can ask of staff besides filing: a message relayed to their case,
a person to talk to, their personal data deleted. Each writes case events and outbox rows."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Attachment, Case, CaseEvent, DeletionRequest, Identity, OutboxMessage
from storage.services.cases import cases_of


async def relay_to_case(s: AsyncSession, ident: Identity, case_id: int, note: str, masked: str) -> str | None:
    """The worker answers a staff reply: the text joins the case and its centre is told.
    None when the case is gone or belongs to someone else."""
    case = await s.get(Case, case_id)
    if case is None or case.identity_id != ident.id:
        return None
    s.add(CaseEvent(case_id=case.id, kind="worker_message", actor="worker", note=note))
    s.add(
        OutboxMessage(
            kind="worker_message",
            case_id=case.id,
            centre_id=case.centre_id,
            payload={"case_no": case.case_no, "text": masked},
        )
    )
    return case.case_no


def request_human(s: AsyncSession, ident: Identity, user_masked: str) -> None:
    s.add(OutboxMessage(kind="human_request", payload={"channel": ident.channel, "user_masked": user_masked}))


async def request_deletion(s: AsyncSession, ident: Identity, note: str, user_masked: str) -> None:
    """Evidence not yet part of a case is forgotten at once; the rest waits for staff."""
    await s.execute(
        delete(Attachment).where(Attachment.identity_id == ident.id, Attachment.case_id.is_(None))
    )
    s.add(DeletionRequest(identity_id=ident.id))
    for c in await cases_of(s, ident):
        s.add(CaseEvent(case_id=c.id, kind="deletion_request", actor="worker", note=note))
    s.add(
        OutboxMessage(kind="deletion_request", payload={"channel": ident.channel, "user_masked": user_masked})
    )

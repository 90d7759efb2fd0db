"""What a worker's message can ask of staff besides filing: a message relayed to their case,
a person to talk to, their personal data deleted. Each writes case events and outbox rows."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Attachment,
    Case,
    CaseEvent,
    Conversation,
    DeletionRequest,
    Identity,
    OutboxMessage,
    WorkerNotice,
)
from storage.services.cases import cases_of
from storage.types import utcnow


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


async def request_deletion(s: AsyncSession, ident: Identity, note: str, user_masked: str) -> list[str]:
    """Carries out what can be done at once: evidence not part of a case (its files go with the
    next evidence sweep, storage/services/evidence_cleanup.py), the Telegram display name,
    staff messages already shown, what the channel remembers. Filed cases are records the
    centre must keep: the request is recorded on each and waits for staff; with no case it is
    marked handled. Returns the numbers of the cases kept."""
    await s.execute(
        delete(Attachment).where(Attachment.identity_id == ident.id, Attachment.case_id.is_(None))
    )
    await s.execute(
        delete(WorkerNotice).where(
            WorkerNotice.identity_id == ident.id, WorkerNotice.delivered_at.is_not(None)
        )
    )
    ident.display_name = None
    conv = await s.scalar(select(Conversation).where(Conversation.identity_id == ident.id))
    if conv is not None:
        conv.data, conv.channel_state = {}, None
    cases = await cases_of(s, ident)
    kept = [c.case_no for c in cases]
    request = DeletionRequest(identity_id=ident.id)
    if not kept:
        request.handled_at, request.handled_by = utcnow(), "system"
        request.note = "no filed case: draft, unfiled evidence, display name and shown messages erased"
    s.add(request)
    for c in cases:
        s.add(CaseEvent(case_id=c.id, kind="deletion_request", actor="worker", note=note))
    if kept:
        s.add(
            OutboxMessage(
                kind="deletion_request",
                centre_id=cases[0].centre_id,
                payload={"channel": ident.channel, "user_masked": user_masked, "cases": kept},
            )
        )
    return kept

"""Case workflow for staff: valid transitions, events, audit trail, and the worker told.

Every function takes the acting staff account, checks that it may act on the case
(its centre or a centre above it; admins: every centre; see bot/staff/scope.py), records a CaseEvent
and an AuditLog row in the same transaction, and leaves a WorkerNotice that is pushed
to the worker's channel when it can be (else shown on the worker's next message).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import clock
from bot.clock import utcnow
from bot.core.types import Reply
from bot.staff import scope, texts
from storage.models import AuditLog, Case, CaseEvent, Identity, StaffAccount, WorkerNotice
from storage.services.workers import conversation_for, open_reply_relay

log = logging.getLogger(__name__)

# action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "accept": (frozenset({"submitted"}), "accepted"),
    "mediate": (frozenset({"accepted"}), "mediating"),
    "resolve": (frozenset({"accepted", "mediating"}), "resolved"),
    "refer": (frozenset({"submitted", "accepted", "mediating"}), "referred"),
    "reject": (frozenset({"submitted", "accepted"}), "rejected"),
    "withdraw": (frozenset({"submitted", "accepted", "mediating"}), "withdrawn"),
}
REFER_TARGETS = texts.REFER_TARGETS
MAX_AMOUNT = Decimal("1000000000000")  # Numeric(14, 2): at most 12 digits before the point


class WorkflowError(Exception):
    """A staff action that cannot be done; the message is Chinese, for staff."""


@dataclass
class Outcome:
    case: Case
    notice_id: int | None
    pushed: bool = False


def can_act(account: StaffAccount, case: Case) -> bool:
    """Staff and supervisors act on their centre's and its descendants' cases; admins on all."""
    return scope.may_act(account, case.centre_id)


def actor_name(account: StaffAccount) -> str:
    return f"staff:{account.username}"


def _local(dt: datetime) -> str:
    return clock.local_date(dt)


async def _load_case(s: AsyncSession, case_no: str, account: StaffAccount) -> Case:
    case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one_or_none()
    if case is None:
        raise WorkflowError(texts.ERR_NO_CASE.format(case_no=case_no))
    if not can_act(account, case):
        raise WorkflowError(texts.ERR_NOT_YOURS)
    return case


def _worker_text(action: str, case: Case, note: str | None, refer_to: str | None) -> str:
    tpl = texts.WORKER_STATUS[action]
    return tpl.format(
        case_no=case.case_no,
        resolve_by=_local(case.resolve_by),
        note=note or "",
        refer_to=REFER_TARGETS.get(refer_to or "", ""),
    ).strip()


async def _notice(s: AsyncSession, case: Case, text: str) -> WorkerNotice:
    notice = WorkerNotice(identity_id=case.identity_id, case_id=case.id, text=text)
    s.add(notice)
    await s.flush()
    return notice


def _audit(
    s: AsyncSession, account: StaffAccount, action: str, case: Case, detail: dict[str, Any], ip: str | None
) -> None:
    s.add(AuditLog(actor=actor_name(account), action=action, target=case.case_no, detail=detail, ip=ip))


async def transition(
    db: Any,
    case_no: str,
    action: str,
    account: StaffAccount,
    *,
    note: str | None = None,
    amount_recovered: str | Decimal | None = None,
    refer_to: str | None = None,
    pushers: dict[str, Any] | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> Outcome:
    if action not in TRANSITIONS:
        raise WorkflowError(texts.ERR_UNKNOWN_ACTION.format(action=action))
    sources, target = TRANSITIONS[action]
    note = (note or "").strip() or None
    if action == "reject" and not note:
        raise WorkflowError(texts.ERR_REASON_REQUIRED)
    if action == "refer" and refer_to not in REFER_TARGETS:
        raise WorkflowError(texts.ERR_REFER_TARGET)
    recovered: Decimal | None = None
    if amount_recovered not in (None, ""):
        try:
            recovered = Decimal(str(amount_recovered).strip().replace(",", ""))
        except InvalidOperation as exc:
            raise WorkflowError(texts.ERR_AMOUNT) from exc
        # NaN, Infinity and anything the Numeric(14, 2) column cannot hold are refused:
        # one such value used to break every export of the case list.
        if not recovered.is_finite() or recovered < 0 or recovered >= MAX_AMOUNT:
            raise WorkflowError(texts.ERR_AMOUNT)
        recovered = recovered.quantize(Decimal("0.01"))
    now = now or utcnow()
    async with db.session() as s:
        case = await _load_case(s, case_no, account)
        if case.status not in sources:
            raise WorkflowError(
                texts.ERR_TRANSITION.format(
                    status=texts.STATUS_LABEL.get(case.status, case.status), action=texts.ACTION_LABEL[action]
                )
            )
        previous = case.status
        case.status = target
        case.updated_at = now
        if action == "accept":
            case.accepted_at = now
            if case.assignee_id is None:
                case.assignee_id = account.id
        if target in ("resolved", "referred", "rejected", "withdrawn"):
            case.closed_at = now
            case.outcome = {
                "resolve": "mediation" if previous == "mediating" else "resolved",
                "refer": refer_to,
            }.get(action, action)
        if recovered is not None:
            case.amount_recovered = recovered
        s.add(
            CaseEvent(
                case_id=case.id,
                kind="status",
                from_status=previous,
                to_status=target,
                actor=actor_name(account),
                note=note,
                visible_to_worker=True,
                created_at=now,
            )
        )
        _audit(s, account, action, case, {"from": previous, "to": target, "note": note}, ip)
        notice = await _notice(s, case, _worker_text(action, case, note, refer_to))
        notice_id = notice.id
    pushed = await push_notice(db, notice_id, pushers)
    return Outcome(case=case, notice_id=notice_id, pushed=pushed)


async def assign(
    db: Any,
    case_no: str,
    account: StaffAccount,
    assignee: StaffAccount | None = None,
    *,
    ip: str | None = None,
) -> Case:
    """Assign the case to `assignee` (default: the acting account, i.e. 认领)."""
    assignee = assignee or account
    async with db.session() as s:
        case = await _load_case(s, case_no, account)
        if assignee.id != account.id and account.role == "staff":
            raise WorkflowError(texts.ERR_ASSIGN_OTHERS)
        case.assignee_id = assignee.id
        s.add(
            CaseEvent(
                case_id=case.id,
                kind="assign",
                actor=actor_name(account),
                note=texts.ASSIGNED_NOTE.format(name=assignee.display_name),
            )
        )
        _audit(s, account, "assign", case, {"assignee": assignee.username}, ip)
    return case


async def add_note(db: Any, case_no: str, account: StaffAccount, note: str, *, ip: str | None = None) -> Case:
    note = (note or "").strip()
    if not note:
        raise WorkflowError(texts.ERR_EMPTY_NOTE)
    async with db.session() as s:
        case = await _load_case(s, case_no, account)
        s.add(CaseEvent(case_id=case.id, kind="note", actor=actor_name(account), note=note[:4000]))
        _audit(s, account, "note", case, {}, ip)
    return case


async def reply_to_worker(
    db: Any,
    case_no: str,
    account: StaffAccount,
    text: str,
    *,
    pushers: dict[str, Any] | None = None,
    ip: str | None = None,
) -> Outcome:
    """A message from staff to the worker (relayed on the worker's own channel)."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(texts.ERR_EMPTY_NOTE)
    async with db.session() as s:
        case = await _load_case(s, case_no, account)
        s.add(
            CaseEvent(
                case_id=case.id,
                kind="reply",
                actor=actor_name(account),
                note=text[:4000],
                visible_to_worker=True,
            )
        )
        _audit(s, account, "reply", case, {}, ip)
        notice = await _notice(s, case, texts.WORKER_REPLY.format(case_no=case.case_no, text=text[:4000]))
        notice_id = notice.id
        worker = await s.get(Identity, case.identity_id)
        if worker is not None:
            open_reply_relay(await conversation_for(s, worker), case.id)
    pushed = await push_notice(db, notice_id, pushers)
    return Outcome(case=case, notice_id=notice_id, pushed=pushed)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def canned_fields(case: Case) -> dict[str, str]:
    """The placeholders a canned reply may use, as plain strings."""
    return {
        "case_no": case.case_no,
        "employer_name": case.employer_name,
        "industry": case.industry,
        "work_location": case.work_location,
        "amount_owed": f"{float(case.amount_owed):,.0f}",
        "workers_affected": str(case.workers_affected),
        "resolve_by": _local(case.resolve_by),
        "accept_by": _local(case.accept_by),
        "status": texts.STATUS_LABEL.get(case.status, case.status),
    }


def render_canned(text: str, case: Case) -> str:
    """Fill the known {placeholders} of a reply from the case by plain substitution; any other
    brace, format spec or attribute path stays as typed (never str.format)."""
    fields = canned_fields(case)
    return _PLACEHOLDER.sub(lambda m: fields.get(m.group(1), m.group(0)), text)


async def push_notice(db: Any, notice_id: int | None, pushers: dict[str, Any] | None) -> bool:
    """Try to push one notice now; on success mark it delivered. Never raises."""
    if notice_id is None or not pushers:
        return False
    async with db.session() as s:
        notice = await s.get(WorkerNotice, notice_id)
        ident = await s.get(Identity, notice.identity_id) if notice else None
    if notice is None or ident is None or notice.delivered_at is not None:
        return False
    pusher = pushers.get(ident.channel)
    if pusher is None:
        return False
    try:
        ok = bool(await pusher(ident.user_key, [Reply(text=notice.text)]))
    except Exception:  # noqa: BLE001 - the notice waits for the worker's next message instead
        log.exception("push to %s failed", ident.channel)
        ok = False
    if ok:
        async with db.session() as s:
            row = await s.get(WorkerNotice, notice_id)
            if row is not None and row.delivered_at is None:
                row.delivered_at = utcnow()
                row.delivered_via = "push"
    return ok

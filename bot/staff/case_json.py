"""A case as the staff API shows it (DESIGN.md "A wage-arrears case")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.models import Case, CaseEvent


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def event_json(event: CaseEvent) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor": event.actor,
        "note": event.note,
        "visible_to_worker": event.visible_to_worker,
        "created_at": _iso(event.created_at),
    }


def case_json(case: Case, *, with_events: bool = True, related: list[str] | None = None) -> dict[str, Any]:
    """Field names of DESIGN.md plus case_no, status, priority, centre, dates, events and
    `related` (case numbers of linked complaints about the same employer).
    Needs `case.events` and `case.attachments` loaded when `with_events` is true."""
    data: dict[str, Any] = {
        "case_no": case.case_no,
        "status": case.status,
        "priority": case.priority,
        "priority_reasons": list(case.priority_reasons or []),
        "centre": case.centre_id,
        "district": case.district,
        "created_at": _iso(case.created_at),
        "accept_by": _iso(case.accept_by),
        "resolve_by": _iso(case.resolve_by),
        "accepted_at": _iso(case.accepted_at),
        "closed_at": _iso(case.closed_at),
        "consent": case.consent_at is not None,
        "consent_at": _iso(case.consent_at),
        "worker_name": case.worker_name,
        "contact_phone": case.contact_phone,
        "employer_name": case.employer_name,
        "project_name": case.project_name,
        "work_location": case.work_location,
        "industry": case.industry,
        "industry_category": case.industry_category,
        "arrears_period": {"start": case.arrears_start, "end": case.arrears_end},
        "amount_owed": float(case.amount_owed),
        "amount_approximate": case.amount_approximate,
        "workers_affected": int(case.workers_affected),
        "workers_approximate": case.workers_approximate,
        "description": case.description,
        "amount_recovered": float(case.amount_recovered) if case.amount_recovered is not None else None,
        "outcome": case.outcome,
        "related": list(related or []),
    }
    if with_events:
        data["evidence"] = [
            {
                "id": a.id,
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in case.attachments
        ]
        data["events"] = [event_json(e) for e in case.events]
    return data

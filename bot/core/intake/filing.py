"""Filing the confirmed form: deadlines, priority, one store call, and the confirmation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot import clock
from bot.core import texts
from bot.core.deadlines import WorkingDayCalendar, deadlines
from bot.core.extract import classify, employer_key, same_employer
from bot.core.intake import guard
from bot.core.intake.fields import FormContext
from bot.core.intake.form import cancel
from bot.core.ports import Filing, WorkerTx
from bot.core.priority import compute_priority
from bot.core.types import Button, Reply


def group_priority(cases: int, workers: int, settings: Any) -> tuple[str, list[str]] | None:
    """Linked complaints count their workers together: the group's head count gives the
    priority one case with that head count would have (None: normal)."""
    priority, _reasons = compute_priority(workers, Decimal(0), "", settings)
    if priority == "normal":
        return None
    return priority, [texts.LINKED_REASON.format(n=cases, workers=workers)]


async def file(tx: WorkerTx, fields: dict[str, Any], ctx: FormContext) -> list[Reply]:
    now = clock.utcnow()
    relative = fields.get("_relative_note")
    if relative and relative not in str(fields.get("description") or ""):
        fields = {**fields, "description": f"{fields['description']}\n{relative}"}
    if fields.get("_employer_note"):
        note = texts.EMPLOYER_NOTE_LINE.format(note=fields["_employer_note"])
        fields = {**fields, "description": f"{fields['description']}\n{note}"}
    if fields.get("evidence_note"):
        note = texts.EVIDENCE_NOTE_LINE.format(note=fields["evidence_note"])
        fields = {**fields, "description": f"{fields['description']}\n{note}"}
    if kept := guard.description_lines(fields):  # answers that did not read, word for word
        fields = {**fields, "description": "\n".join([str(fields.get("description") or ""), *kept]).strip()}
    calendar = WorkingDayCalendar(getattr(ctx.kb, "holidays", []) or [])
    accept_by, resolve_by = deadlines(
        now, ctx.settings.accept_working_days, ctx.settings.resolve_days, calendar
    )
    amount = Decimal(str(fields["amount_owed"]))
    priority, reasons = compute_priority(
        int(fields["workers_affected"]), amount, fields.get("description", ""), ctx.settings
    )
    filing = Filing(
        consent_at=tx.form.consent_at or now,
        centre_id=fields.get("_centre") or "central",
        centre_name=fields.get("_centre_name") or "",
        district=fields.get("_district"),
        accept_by=accept_by,
        resolve_by=resolve_by,
        priority=priority,
        reasons=reasons,
        now=now,
        industry_category=fields.get("_industry_category")
        or classify(str(fields.get("industry") or ""), list(getattr(ctx.kb, "industries", []) or [])),
        # an employer kept as said for staff to check links no case: its words are no name
        employer_key=None
        if guard.kept_for_staff(fields, "employer_name")
        else employer_key(
            fields["employer_name"],
            tuple(p for p in (fields.get("_district"), fields.get("work_location")) if p),
        ),
        link_window_days=ctx.settings.related_window_days,
        same_employer=same_employer,
        group_priority=lambda cases, workers: group_priority(cases, workers, ctx.settings),
    )
    case_no = await tx.file_case(fields, filing)
    cancel(tx.form)
    text = texts.FILED.format(
        case_no=case_no,
        centre=fields.get("_centre_name") or texts.CENTRE_DEFAULT,
        accept_by=clock.local_date(accept_by, texts.DATE_FORMAT),
        resolve_by=clock.local_date(resolve_by, texts.DATE_FORMAT),
    )
    if priority == "urgent":
        text += "\n" + texts.FILED_URGENT
    return [Reply(text, case_no=case_no, buttons=[Button(texts.BUTTON_STATUS, "cmd:status")])]

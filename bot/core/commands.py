"""The worker's commands beyond questions and the form: /status, /human, /mydata, /delete,
and the reply relay (the worker answers a staff reply). Persistence goes through the store."""

from __future__ import annotations

from bot import clock
from bot.core import intake, texts
from bot.core.masking import mask_name, mask_phone, mask_text
from bot.core.ports import WorkerTx
from bot.core.types import Button, Reply


def menu() -> list[Button]:
    return [Button(label, payload) for label, payload in texts.MENU_BUTTONS]


async def status(tx: WorkerTx, case_no: str) -> list[Reply]:
    cases = await tx.cases()
    if case_no:
        cases = [c for c in cases if c.case_no == case_no.upper()]
        if not cases:
            return [Reply(texts.STATUS_NOT_FOUND.format(case_no=case_no[:40]))]
    if not cases:
        return [Reply(texts.STATUS_NONE, buttons=[Button(texts.BUTTON_COMPLAIN, "cmd:complain")])]
    parts = []
    for c in cases:
        if c.closed_at:
            deadline = texts.STATUS_CLOSED.format(date=clock.local_date(c.closed_at))
        elif c.status == "submitted":
            deadline = texts.STATUS_DEADLINE_ACCEPT.format(date=clock.local_date(c.accept_by))
        else:
            deadline = texts.STATUS_DEADLINE_RESOLVE.format(date=clock.local_date(c.resolve_by))
        line = texts.STATUS_LINE.format(
            case_no=c.case_no,
            status=texts.STATUS_LABEL.get(c.status, c.status),
            employer=c.employer_name,
            deadline=deadline,
        )
        if c.worker_notes:
            line += "\n" + texts.STATUS_NOTE.format(note=c.worker_notes[-1])
        parts.append(line)
    return [Reply("\n\n".join(parts))]


async def relay(tx: WorkerTx, case_id: int, text: str) -> list[Reply]:
    """The worker answers a staff reply: the text joins the case and its centre is told."""
    case_no = await tx.relay(case_id, note=text[:4000], masked=mask_text(text)[:1000])
    if case_no is None:
        tx.form.close_relay()
        return []
    return [Reply(texts.RELAYED.format(case_no=case_no), buttons=[Button(texts.END_RELAY, "cmd:endreply")])]


async def human(tx: WorkerTx) -> list[Reply]:
    await tx.request_human(user_masked=mask_phone(tx.user_key))
    return [Reply(texts.HUMAN)]


async def mydata(tx: WorkerTx) -> list[Reply]:
    cases = await tx.cases()
    draft = {k: v for k, v in ((tx.form.data or {}).get("fields") or {}).items() if not k.startswith("_")}
    if not cases and not draft:
        return [Reply(texts.MYDATA_NONE)]
    lines = [texts.MYDATA_TITLE]
    for c in cases:
        lines.append(
            texts.MYDATA_CASE.format(
                case_no=c.case_no,
                status=texts.STATUS_LABEL.get(c.status, c.status),
                name=c.worker_name,
                phone=c.contact_phone,
                employer=c.employer_name,
                location=c.work_location,
                amount=f"{float(c.amount_owed):,.0f}",
            )
        )
    if draft:
        lines.append(
            texts.MYDATA_DRAFT.format(
                fields="；".join(f"{texts.FIELD_LABEL.get(k, k)}：{v}" for k, v in draft.items() if v)
            )
        )
    return [Reply("\n".join(lines))]


async def delete(tx: WorkerTx) -> list[Reply]:
    intake.cancel(tx.form)
    tx.form.close_relay()
    tx.form.consent_at = None
    kept = await tx.request_deletion(note=texts.DELETE_NOTE, user_masked=mask_name(tx.user_key))
    if kept:
        return [Reply(texts.DELETE_KEPT.format(cases="、".join(kept)))]
    return [Reply(texts.DELETE_DONE)]

"""The worker's own open case about the same employer: offered to add to it rather than file a
second one (moved out of steps.py, no change)."""

from __future__ import annotations

import re
from typing import Any

from bot.core import texts
from bot.core.extract import employer_key, same_employer
from bot.core.intake import guard, story
from bot.core.intake.form import cancel
from bot.core.intake.turn import Turn, advance
from bot.core.masking import mask_text
from bot.core.ports import WorkerTx
from bot.core.types import Button, Reply


async def on_duplicate(turn: Turn) -> list[Reply]:
    """The worker already has an open case about this employer: add to it, or file anew."""
    offer = turn.data.get("duplicate") or {}
    said = turn.said
    if turn.inc.button == "form:dup:add" or re.search(r"补充|加到|原来的|原投诉", said):
        note = str(turn.fields.get("description") or story.told_so_far(turn.fields))
        case_no = await turn.tx.relay(int(offer["case_id"]), note=note[:4000], masked=mask_text(note)[:1000])
        cancel(turn.form)
        return [Reply(texts.DUPLICATE_ADDED.format(case_no=case_no or offer.get("case_no", "")))]
    if turn.inc.button == "form:dup:new" or re.search(r"新建|重新|另外|新的|不是", said):
        turn.data.pop("duplicate", None)
        turn.form.step = offer.get("step") or "worker_name"
        return advance(turn)
    return [duplicate_offer(offer)]


def duplicate_offer(offer: dict[str, Any]) -> Reply:
    return Reply(
        texts.DUPLICATE_OFFER.format(case_no=offer.get("case_no", ""), employer=offer.get("employer", "")),
        buttons=[
            Button(texts.DUPLICATE_ADD, "form:dup:add"),
            Button(texts.DUPLICATE_NEW, "form:dup:new"),
        ],
    )


async def check_duplicate(tx: WorkerTx, replies: list[Reply]) -> list[Reply]:
    """Once the employer is known: the worker's own open case about it is offered instead of a
    second one (the open statuses are submitted, accepted and mediating)."""
    if tx.form.flow != "complaint" or tx.form.step in ("consent", "duplicate"):
        return replies
    data = dict(tx.form.data or {})
    fields = dict(data.get("fields") or {})
    if (
        not fields.get("employer_name")
        or data.get("duplicate_checked")
        or guard.kept_for_staff(fields, "employer_name")  # the worker's words, no name to match
    ):
        return replies
    data["duplicate_checked"] = True
    tx.form.data = data
    key = employer_key(str(fields["employer_name"]))
    for c in await tx.cases():
        if c.status in ("submitted", "accepted", "mediating") and same_employer(
            key, employer_key(c.employer_name)
        ):
            offer = {"case_id": c.id, "case_no": c.case_no, "employer": c.employer_name, "step": tx.form.step}
            tx.form.data = {**data, "duplicate": offer}
            tx.form.step = "duplicate"
            kept = [r for r in replies if r.expects is None and not r.buttons]
            return [*kept, duplicate_offer(offer)]
    return replies

"""The loop guard: a field whose answer failed to read twice in a row is not asked the same way a
third time. The third ask says plainly what form is needed, with an example, and for an item staff
can settle later (employer, place, period, amount, head count) offers one button to go on with
what was said, so the complaint is always filed. Every answer that did not read is kept and
written into the case's description: nothing the worker typed is lost.

A value kept for staff is never a guess passed off as read: a text item keeps the worker's words;
a number or a period the case needs (the staff API's types) gets a placeholder (0 yuan, 1 person,
the month of filing), read back and filed as 待工作人员核实 with the worker's words beside it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from bot.core import texts
from bot.core.parsers import Parsed, strip_said
from bot.core.types import Button, Reply

# items staff can settle later; the worker's name, phone, trade and account must be told
SETTLE = ("employer_name", "work_location", "arrears_period", "amount_owed", "workers_affected")
KEEP_PREFIX = "form:keep:"
FAILS = "_fails"  # {"field": the field, "n": answers in a row that did not read}
UNREAD = "_unread"  # [[field, the answer as typed], ...]
STAFF_CHECK = "_staff_check"  # fields kept as said, for staff to check
_MAX_KEPT = 40
_MAX_CHARS = 500


def failed(fields: dict[str, Any], field: str, text: str, retry: Reply) -> Reply:
    """An answer to `field` did not read: it is kept, and the reply is `retry` (the specific
    re-prompt) the first time, the plain form with an example from the second time in a row."""
    said = " ".join((text or "").split())[:_MAX_CHARS]
    if said:
        fields[UNREAD] = [*list(fields.get(UNREAD) or []), [field, said]][-_MAX_KEPT:]
    fails = dict(fields.get(FAILS) or {})
    n = int(fails.get("n", 0)) + 1 if fails.get("field") == field else 1
    fields[FAILS] = {"field": field, "n": n}
    if n < 2:
        return retry
    # what was wrong this time, then the form needed, said plainly with an example
    lines = [retry.text, texts.GUARD_INTRO + texts.PLAIN_FORM.get(field, texts.ASK.get(field, ""))]
    buttons = list(retry.buttons)
    if field in SETTLE and said_to(fields, field):
        lines.append(texts.GUARD_KEEP)
        buttons.append(Button(texts.KEEP_FOR_STAFF, KEEP_PREFIX + field))
    return Reply("\n".join(lines), buttons=buttons, expects=field, request_contact=retry.request_contact)


def read(fields: dict[str, Any]) -> None:
    """An answer read: the count of failures starts again."""
    fields.pop(FAILS, None)


def kept_for_staff(fields: dict[str, Any], field: str) -> bool:
    return field in (fields.get(STAFF_CHECK) or [])


def said_to(fields: dict[str, Any], field: str) -> list[str]:
    """The answers to `field` that did not read, as typed."""
    return [str(s) for f, s in fields.get(UNREAD) or [] if f == field]


def kept(fields: dict[str, Any], field: str, today: date) -> Parsed | None:
    """The value filed for `field` when the worker goes on with what was said (None: nothing
    was said to it, or staff cannot settle it)."""
    said = said_to(fields, field)
    if field not in SETTLE or not said:
        return None
    fields[STAFF_CHECK] = [*[f for f in fields.get(STAFF_CHECK) or [] if f != field], field]
    words = "；".join(said)
    if field in ("employer_name", "work_location"):
        limit = 100 if field == "employer_name" else 300
        value = (strip_said(said[-1]).strip() or said[-1])[:limit]
        return Parsed(value, texts.KEPT_SAID.format(said=value))
    echo = texts.KEPT_UNREAD.format(said=words)
    if field == "arrears_period":
        month = f"{today.year:04d}-{today.month:02d}"
        return Parsed({"start": month, "end": month}, echo)
    if field == "amount_owed":
        return Parsed(Decimal(0), echo)
    return Parsed(1, echo)  # workers_affected: at least the worker


def mark_kept(fields: dict[str, Any], field: str) -> None:
    """A number kept for staff is filed as approximate (the staff list shows it as unsure)."""
    if field == "amount_owed":
        fields["amount_approximate"] = True
    if field == "workers_affected":
        fields["workers_approximate"] = True


def description_lines(fields: dict[str, Any]) -> list[str]:
    """What the case's description adds: the items kept for staff, and every answer that did
    not read, word for word."""
    lines = []
    check = [texts.FIELD_LABEL.get(f, f) for f in fields.get(STAFF_CHECK) or []]
    if check:
        lines.append(texts.STAFF_CHECK_LINE.format(labels="、".join(check)))
    for field, said in fields.get(UNREAD) or []:
        lines.append(texts.UNREAD_LINE.format(label=texts.FIELD_LABEL.get(field, field), said=said))
    return lines

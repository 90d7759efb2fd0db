"""Opening, leaving and re-asking the complaint form (the state is a FormState)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.core import texts
from bot.core.intake.fields import FormContext, ask, record, summary
from bot.core.parsers import Parsed
from bot.core.ports import FormState
from bot.core.types import Button, Reply


def consent_request(text: str) -> Reply:
    return Reply(
        text,
        buttons=[
            Button(texts.CONSENT_YES, "form:consent:yes"),
            Button(texts.CONSENT_NO, "form:consent:no"),
        ],
        expects="consent",
    )


def start(form: FormState, prefill: dict[str, Any] | None = None) -> list[Reply]:
    """Open the form; `prefill` ({field: {value, echo, approximate}}, e.g. from the arrears
    calculator) is recorded once the worker consents, and those fields are not asked."""
    form.flow, form.step, form.data = "complaint", "consent", {"prefill": prefill} if prefill else {}
    if prefill and prefill.get("_story"):  # told to the calculator: read for every field after consent
        form.data["story"] = str(prefill["_story"])
    return [consent_request(texts.CONSENT)]


PREFILLABLE = ("amount_owed", "arrears_period")


def take_prefill(form: FormState, fields: dict[str, Any], ctx: FormContext) -> list[Reply]:
    """Record the prefilled fields (after consent); the echo of each."""
    replies = []
    for name, item in ((form.data or {}).get("prefill") or {}).items():
        if name not in PREFILLABLE or not isinstance(item, dict) or "value" not in item:
            continue
        value = Decimal(str(item["value"])) if name == "amount_owed" else item["value"]
        replies.append(
            record(name, Parsed(value, str(item.get("echo", "")), bool(item.get("approximate"))), fields, ctx)
        )
    return replies


def reask(form: FormState) -> Reply:
    """The question of the step the worker is on (the summary at the end)."""
    if form.step == "confirm":
        return summary(dict((form.data or {}).get("fields") or {}))
    return ask(form.step or "worker_name")


def cancel(form: FormState) -> None:
    form.flow, form.step, form.data = None, None, {}

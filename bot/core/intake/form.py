"""Opening, leaving and re-asking the complaint form (the state is a FormState)."""

from __future__ import annotations

from bot.core import texts
from bot.core.intake.fields import ask, summary
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


def start(form: FormState) -> list[Reply]:
    form.flow, form.step, form.data = "complaint", "consent", {}
    return [consent_request(texts.CONSENT)]


def reask(form: FormState) -> Reply:
    """The question of the step the worker is on (the summary at the end)."""
    if form.step == "confirm":
        return summary(dict((form.data or {}).get("fields") or {}))
    return ask(form.step or "worker_name")


def cancel(form: FormState) -> None:
    form.flow, form.step, form.data = None, None, {}

"""One worker message while the complaint form is open, and going on to the next question."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.core import texts
from bot.core.intake import story
from bot.core.intake import vocabulary as words
from bot.core.intake.fields import BY_NAME, FormContext, ask, next_field, summary
from bot.core.ports import FormState, WorkerTx
from bot.core.types import Incoming, Reply


@dataclass
class Turn:
    """One message: the store's unit of work, the message, and working copies of the form."""

    tx: WorkerTx
    inc: Incoming
    ctx: FormContext
    data: dict[str, Any]
    fields: dict[str, Any]

    @property
    def form(self) -> FormState:
        return self.tx.form

    @property
    def said(self) -> str:
        return words.said(self.inc.text)

    def save(self) -> None:
        self.form.data = {**self.data, "fields": self.fields}


Step = Callable[[Turn], Awaitable[list[Reply]]]


def skipping(turn: Turn) -> bool:
    """The answer skips the step (its button, "跳过", "没有", or a sentence starting so)."""
    said, step = turn.said, turn.form.step or ""
    skip_start = BY_NAME[step].skip_start if step in BY_NAME else "(?!)"
    return (
        turn.inc.button == "form:skip"
        or said in words.SKIP_WORDS
        or said == texts.EVIDENCE_DONE
        or bool(re.match(skip_start, said))
    )


def advance(turn: Turn) -> list[Reply]:
    """Go to the first missing field (back to the summary after an edit)."""
    nxt = "confirm" if turn.data.get("editing") else next_field(turn.fields)
    if nxt == "confirm" and next_field(turn.fields) != "confirm":
        nxt = next_field(turn.fields)
    if nxt == "confirm":
        turn.data.pop("editing", None)
    turn.form.step = nxt
    turn.save()
    return [question(turn.fields, nxt)]


def question(fields: dict[str, Any], step: str) -> Reply:
    """What the worker is asked at this step: the story's own question where it left a choice
    (two amounts, a title only, a length only), the summary at the end."""
    if step == "amount_owed" and (which := story.amount_question(fields)) is not None:
        return which
    if step == "employer_name" and (full := story.employer_question(fields)) is not None:
        return full
    if step == "work_location" and (where := story.place_question(fields)) is not None:
        return where
    if step == "project_name" and (site := story.site_question(fields)) is not None:
        return site
    if step == "arrears_period" and (months := story.period_question(fields)) is not None:
        return months
    if step == "worker_name" and "contact_phone" not in fields:
        # both can come in one answer ("张三 138…": the phone is read from it and not asked)
        return Reply(texts.ASK_NAME_WITH_PHONE, expects="worker_name")
    return summary(fields) if step == "confirm" else ask(step)

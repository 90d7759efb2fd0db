"""The calculators inside a conversation: the state rides in the worker's form state (flow
"calc", step = what is being asked, data = {"calc": state}), which the engine already loads
and saves with every message. Works on anything with `flow`, `step` and `data` attributes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.core.calc import flow, texts
from bot.core.calc.figures import RegionFigures
from bot.core.types import Button, Reply

FLOW = "calc"
STORY = "_story"  # handoff key: what the worker told the calculator, the complaint's opening story


@dataclass
class Outcome:
    replies: list[Reply]
    passthrough: bool = False  # not an answer: the engine routes the message as a new question
    handoff: dict[str, Any] | None = None  # start the complaint form with these fields


def owns(form: Any, button: str | None) -> bool:
    """True when this message belongs to a calculator."""
    return form.flow == FLOW or (button or "").startswith("calc:")


def start(form: Any, kind: str, text: str, regions: list[RegionFigures], today: date) -> list[Reply]:
    turn = flow.begin(kind, text, regions, today)
    if turn.state is not None and text:
        turn.state["told"] = text  # the worker's words, read for every field if a complaint follows
    _save(form, turn.state)
    return turn.replies


def handle(
    form: Any, text: str | None, button: str | None, regions: list[RegionFigures], today: date
) -> Outcome:
    button = button or ""
    kind = button.removeprefix("calc:")
    if kind in flow.FIELDS:
        return Outcome(start(form, kind, "", regions, today))
    state = (form.data or {}).get(FLOW) if form.flow == FLOW else None
    if state is None:
        if button:  # a button of a calculation that is over
            buttons = [Button(texts.BUTTON_CALC_KIND[k], f"calc:{k}") for k in flow.FIELDS]
            return Outcome([Reply(texts.EXPIRED, buttons=buttons)])
        return Outcome([], passthrough=True)
    turn = flow.answer(state, text, button or None, regions, today)
    _save(form, turn.state)
    if turn.handoff is not None:
        told = {STORY: state["told"]} if state.get("told") else {}
        return Outcome([], handoff={**turn.handoff, **told})
    return Outcome(turn.replies, passthrough=turn.passthrough)


def _save(form: Any, state: dict[str, Any] | None) -> None:
    if state is None:
        form.flow, form.step, form.data = None, None, {}
    else:
        form.flow, form.step, form.data = FLOW, state.get("asking"), {FLOW: state}

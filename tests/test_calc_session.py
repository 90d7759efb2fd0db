"""The calculator's state rides in the form state the engine saves (flow/step/data), as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal as D
from typing import Any

from bot.core.calc import session

TODAY = date(2026, 11, 23)


@dataclass
class Form:
    flow: str | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def reload(self) -> Form:
        """What the next message sees: the saved row, through JSON."""
        return Form(self.flow, self.step, json.loads(json.dumps(self.data, ensure_ascii=False)))


def test_button_starts_and_each_answer_is_saved() -> None:
    form = Form()
    assert session.owns(form, "calc:overtime")
    replies = session.handle(form, None, "calc:overtime", [], TODAY).replies
    assert form.flow == "calc" and form.step == "wage" and "工资" in replies[0].text
    form = form.reload()
    out = session.handle(form, "4350", None, [], TODAY)
    assert form.step == "hours" and out.replies
    form = form.reload()
    out = session.handle(form, "平时加班10小时", None, [], TODAY)
    assert "375.00" in out.replies[0].text and form.step == "done"
    form = form.reload()
    out = session.handle(form, "那工伤怎么认定呢", None, [], TODAY)
    assert out.passthrough and form.flow is None and form.data == {}


def test_handoff_to_the_complaint_form() -> None:
    form = Form()
    session.start(form, "arrears", "老板欠我三个月工资 每月4500", [], TODAY)
    form = form.reload()
    out = session.handle(form, None, "calc:complain", [], TODAY)
    assert (
        out.handoff is not None and D(out.handoff["amount_owed"]["value"]) == D(13500) and form.flow is None
    )


def test_a_stale_button_offers_the_calculators() -> None:
    form = Form()
    out = session.handle(form, None, "calc:pick:layoff", [], TODAY)
    assert form.flow is None and len(out.replies[0].buttons) == 6
    assert not session.owns(form, None)


def test_a_question_at_a_choice_passes_through() -> None:
    form = Form()
    session.handle(form, None, "calc:severance", [], TODAY)
    assert form.step == "reason"
    out = session.handle(form.reload(), "不知道选哪个", None, [], TODAY)
    assert out.replies and out.replies[0].buttons  # asked again with the choices
    form = form.reload()
    out = session.handle(form, "工伤认定要多长时间？", None, [], TODAY)
    assert out.passthrough and form.flow is None

"""The calculator conversation: read what the worker already wrote, ask only for what is
missing (one question at a time), then answer. The state is a plain JSON-able dict that the
engine keeps in the conversation it already stores; nothing lives in process memory."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.core.calc import annual_leave, arrears, double_pay, extract, injury, overtime, severance, texts
from bot.core.calc.extract import Found, Problem
from bot.core.calc.figures import RegionFigures, find_region
from bot.core.calc.render import render
from bot.core.calc.result import Result
from bot.core.parsers import Parsed, ParseError, parse_amount, parse_period
from bot.core.types import Button, Reply

FIELDS: dict[str, tuple[str, ...]] = {
    "severance": ("reason", "months", "wage"),
    "injury": ("grade", "wage"),
    "overtime": ("wage", "hours"),
    "double_pay": ("months", "wage"),
    "annual_leave": ("years", "wage"),
    "arrears": ("amount",),
}
ASK_KEY = {
    ("injury", "wage"): "injury_wage",
    ("overtime", "wage"): "ot_wage",
    ("double_pay", "months"): "no_contract_months",
    ("double_pay", "wage"): "dp_wage",
    ("annual_leave", "wage"): "al_wage",
}
MISSING = {
    "months": texts.SERVICE_MISSING,
    "wage": texts.WAGE_MISSING,
    "grade": texts.GRADE_MISSING,
    "hours": texts.OT_MISSING,
    "years": texts.YEARS_MISSING,
    "avg_wage": texts.AVG_BAD,
}
_QUESTIONISH = re.compile(r"[吗呢？?]|怎么|什么|哪里|哪个|为什么|咋|能不能|可不可以")


@dataclass
class Turn:
    replies: list[Reply]
    state: dict[str, Any] | None  # None: the calculator is finished and holds nothing
    handoff: dict[str, Any] | None = None  # complaint form prefill (one tap from the arrears result)
    passthrough: bool = False  # the message was not an answer: route it as a new question
    result: Result | None = field(default=None, repr=False)


def begin(kind: str, text: str, regions: list[RegionFigures], today: date) -> Turn:
    state: dict[str, Any] = {"kind": kind, "inputs": {}, "said": [], "asking": None}
    return _advance(state, text or "", None, regions, today, intro=True)


def answer(
    state: dict[str, Any], text: str | None, button: str | None, regions: list[RegionFigures], today: date
) -> Turn:
    state = {**state, "inputs": dict(state.get("inputs") or {}), "said": list(state.get("said") or [])}
    kind = state.get("kind")
    if kind not in FIELDS:
        return Turn([Reply(texts.CANCELLED)], None)
    if button == "calc:cancel":
        return Turn([Reply(texts.CANCELLED)], None)
    if button == "calc:again":
        return begin(kind, "", regions, today)
    if button == "calc:complain":
        return Turn([], None, handoff=dict(state.get("handoff") or {}))
    if button == "calc:avg":
        state["asking"] = "avg_wage"
        return Turn([Reply(texts.ASK["avg_wage"])], state)
    if button and button.startswith("calc:pick:"):
        return _advance(state, "", button.removeprefix("calc:pick:"), regions, today)
    if state.get("asking") in (None, "done"):
        return Turn([], None, passthrough=True)
    return _advance(state, text or "", None, regions, today)


# ---------------------------------------------------------------- reading
def read_field(kind: str, name: str, text: str, lenient: bool, today: date) -> Found | Problem | None:
    if name == "wage":
        return extract.bare_wage(text) if lenient else extract.wage(text)
    if name == "months":
        found = extract.service_months(text, today)
        if found is None and lenient:
            found = extract.duration_months(text, need_verb=False)
        if found is None and lenient and re.fullmatch(r"\s*\d{1,3}\s*", text):
            found = Found(Decimal(text.strip()))
        return found
    if name == "years":
        found = extract.duration_months(text, need_verb=not lenient)
        if isinstance(found, Found):
            return Found(found.value / 12, found.note, found.rough)
        if found is None and lenient and re.fullmatch(r"\s*\d{1,2}(\.\d)?\s*", text):
            return Found(Decimal(text.strip()))
        return found
    if name == "grade":
        g = extract.grade(text)
        if g is None and lenient and re.fullmatch(r"\s*(10|[1-9]|十|[一二三四五六七八九])\s*", text):
            g = extract.grade(text.strip() + "级")
        if g is None and lenient and re.fullmatch(r"\s*-?\d+\s*", text):
            return Problem("grade_range", texts.GRADE_RANGE)
        return g if isinstance(g, Problem) or g is None else Found(Decimal(g))
    if name == "hours":
        hours = overtime.hours_from(text)
        if isinstance(hours, Problem):
            return hours
        if not hours or not any(hours.get(k) for k in ("weekday", "rest", "holiday")):
            return None
        return Found(Decimal(0), ";".join(f"{k}={v}" for k, v in hours.items()))
    if name == "amount":
        if not lenient and not re.search(r"(欠|拖|没发|不发|没给|不给|结|讨薪|工钱)", text):
            return None
        parsed = parse_amount(text)
        if isinstance(parsed, ParseError):
            return Problem(parsed.code, texts.AMOUNT_REPROMPT_PREFIX + parsed.message) if lenient else None
        if not lenient and parsed.value < 100:
            return None  # "一分都不给", "周六": not an amount owed
        return Found(parsed.value, parsed.echo, parsed.approximate)
    if name == "avg_wage":
        found = extract.bare_wage(text)
        return found
    return None


def _store(state: dict[str, Any], name: str, found: Found) -> None:
    inputs = state["inputs"]
    if name == "hours":
        inputs["hours"] = found.note  # the dict as text, read back by _hours
        return
    inputs[name] = str(found.value)
    if name == "amount":
        inputs["amount_echo"], inputs["amount_approx"] = found.note, "1" if found.rough else ""
        return
    if found.note:
        state["said"].append(found.note)


def _extras(state: dict[str, Any], text: str, regions: list[RegionFigures], today: date) -> None:
    """Figures that refine a result but are never asked for."""
    inputs, kind = state["inputs"], state["kind"]
    region = find_region(text, regions)
    if region is not None:
        inputs["region"] = region.region
    if kind == "injury":
        leaving = extract.flag(
            text, r"(离职|辞职|解除|不干了|走人|到期|终止)", r"(继续上班|不离职|还在上班|不走)"
        )
        if leaving is not None:
            inputs["leaving"] = "1" if leaving else ""
        if re.search(r"(没|没有|未|不)(给我)?(交|缴|买|上|参加|参)(工伤|社保|保险)", text):
            inputs["uninsured"] = "1"
    if kind == "annual_leave" and "untaken" not in inputs:
        m = re.search(r"(\d+|[一二两三四五六七八九十]+)\s*天\s*(?:的)?\s*年(?:休)?假", text) or re.search(
            r"年(?:休)?假.{0,6}?(\d+|[一二两三四五六七八九十]+)\s*天", text
        )
        value = extract.count(m.group(0), "天") if m else None
        if isinstance(value, Decimal):
            inputs["untaken"] = str(value)
    if kind == "arrears" and "period" not in inputs:
        p = parse_period(text, today) if re.search(r"月", text) else None
        if isinstance(p, Parsed):
            inputs["period"], inputs["period_echo"] = f"{p.value['start']}/{p.value['end']}", p.echo


def _advance(
    state: dict[str, Any],
    text: str,
    picked: str | None,
    regions: list[RegionFigures],
    today: date,
    intro: bool = False,
) -> Turn:
    kind, inputs, asking = state["kind"], state["inputs"], state.get("asking")
    if picked is not None and asking:
        problem = _take_pick(state, asking, picked)
        if problem is not None:
            return _ask_problem(state, asking, problem)
    elif asking == "avg_wage" and find_region(text, regions) is not None:
        inputs["region"] = find_region(text, regions).region  # a place in the figures file
    elif asking == "avg_wage":
        found = read_field(kind, "avg_wage", text, True, today)
        if not isinstance(found, Found):
            return Turn([Reply(found.message if isinstance(found, Problem) else texts.AVG_BAD)], state)
        inputs["avg_wage"] = str(found.value)
    elif asking == "untaken":
        said = extract.count(text, "天") if "天" in text else extract.count(text + "天", "天")
        if not isinstance(said, Decimal) or said < 0:
            return Turn([Reply(texts.DAYS_REPROMPT)], state)
        inputs["untaken"] = str(said)
    elif asking in ("reason", "dismissal_ground"):
        reason = severance.reason_from(text)
        if reason is None or (asking == "dismissal_ground" and reason not in severance.REASONS):
            if _QUESTIONISH.search(text) and len(text) > 6:
                return Turn([], None, passthrough=True)
            return _ask_choice(state, asking, texts.CHOICE_REPROMPT)
        inputs["reason"] = reason
    elif text:
        _extras(state, text, regions, today)
        if kind == "severance" and "reason" not in inputs:
            reason = severance.reason_from(text)
            if reason is not None:
                inputs["reason"] = reason
        for name in FIELDS[kind]:
            if name in inputs or name == "reason":
                continue
            said = text
            if name == asking == "hours" and state.get("hours_said"):
                said = state.pop("hours_said") + "，" + text  # "每天加班2小时" then "22天"
            found = read_field(kind, name, said, name == asking, today)
            if isinstance(found, Problem):
                if found.code == "hours_per_day":
                    state["hours_said"] = said
                return _ask_problem(state, name, found)
            if found is not None:
                _store(state, name, found)
            elif name == asking:
                if _QUESTIONISH.search(text) and len(text) > 6:
                    return Turn([], None, passthrough=True)
                return Turn([Reply(MISSING.get(name, texts.WAGE_MISSING))], state)
    if inputs.get("reason") == "dismissed":
        del inputs["reason"]
        return _ask_choice(state, "dismissal_ground", texts.ASK["dismissal_ground"])
    missing = _missing(kind, inputs)
    if missing is not None:
        if missing == "reason":
            return _ask_choice(state, "reason", texts.ASK["reason"], intro=intro)
        state["asking"] = missing
        ask = texts.ASK[ASK_KEY.get((kind, missing), missing)]
        return Turn([Reply((texts.INTRO[kind] + "\n" if intro else "") + ask)], state)
    return _finish(state, regions)


def _missing(kind: str, inputs: dict[str, str]) -> str | None:
    for name in FIELDS[kind]:
        if name not in inputs:
            return name
        if kind == "severance" and name == "reason" and severance.REASONS[inputs["reason"]][0] == "0":
            return None  # nothing is due: service and wage do not matter
    return None


def _take_pick(state: dict[str, Any], asking: str, picked: str) -> Problem | None:
    inputs = state["inputs"]
    if asking in ("reason", "dismissal_ground"):
        valid = {v for _, v in texts.REASON_CHOICES} | set(severance.REASONS)
        if picked not in valid:
            return Problem("choice", texts.CHOICE_REPROMPT)
        inputs["reason"] = picked
        return None
    try:
        value = Decimal(picked)
    except InvalidOperation:
        return Problem("choice", texts.CHOICE_REPROMPT)
    if asking != "wage" or not value.is_finite() or extract.absurd_wage(value) is not None:
        return Problem("choice", texts.CHOICE_REPROMPT)  # a payload no button of ours carries
    inputs[asking] = str(value)
    return None


def _ask_choice(state: dict[str, Any], asking: str, prompt: str, intro: bool = False) -> Turn:
    state["asking"] = asking
    choices = texts.REASON_CHOICES if asking == "reason" else texts.GROUND_CHOICES
    buttons = [Button(label, f"calc:pick:{value}") for label, value in choices]
    head = texts.INTRO[state["kind"]] + "\n" if intro else ""
    return Turn([Reply(head + prompt, buttons=buttons)], state)


def _ask_problem(state: dict[str, Any], name: str, problem: Problem) -> Turn:
    state["asking"] = name
    buttons = [Button(label, f"calc:pick:{value}") for label, value in problem.choices]
    return Turn([Reply(problem.message, buttons=buttons)], state)


# ---------------------------------------------------------------- computing
def _region(inputs: dict[str, str], regions: list[RegionFigures]) -> RegionFigures | None:
    name = inputs.get("region")
    return next((r for r in regions if r.region == name), None) if name else None


def _hours(inputs: dict[str, str]) -> dict[str, Decimal]:
    pairs = (item.split("=", 1) for item in inputs.get("hours", "").split(";") if "=" in item)
    return {k: Decimal(v) for k, v in pairs}


def compute(kind: str, inputs: dict[str, str], regions: list[RegionFigures]) -> Result:
    region = _region(inputs, regions)
    avg = (
        Decimal(inputs["avg_wage"])
        if inputs.get("avg_wage")
        else (region.avg_monthly_wage if region else None)
    )
    low = region.min_monthly_wage if region else None
    wage = Decimal(inputs["wage"]) if inputs.get("wage") else Decimal(0)
    if kind == "severance":
        return severance.compute(
            months=Decimal(inputs.get("months", "0")),
            wage=wage,
            reason=inputs["reason"],
            avg_wage=avg,
            min_wage=low,
            region=region.region if region else "当地",
        )
    if kind == "injury":
        leaving = inputs.get("leaving")
        return injury.compute(
            grade=int(Decimal(inputs["grade"])),
            wage=wage,
            avg_wage=avg,
            min_wage=low,
            leaving=None if leaving is None else bool(leaving),
            insured=not inputs.get("uninsured"),
            region=region,
        )
    if kind == "overtime":
        return overtime.compute(wage=wage, hours=_hours(inputs))
    if kind == "double_pay":
        return double_pay.compute(months=Decimal(inputs["months"]), wage=wage)
    if kind == "annual_leave":
        untaken = Decimal(inputs["untaken"]) if inputs.get("untaken") else None
        return annual_leave.compute(years=Decimal(inputs["years"]), wage=wage, untaken=untaken)
    parsed = Parsed(
        Decimal(inputs["amount"]), inputs.get("amount_echo", ""), bool(inputs.get("amount_approx"))
    )
    period = None
    if inputs.get("period"):
        start, end = inputs["period"].split("/")
        period = Parsed({"start": start, "end": end}, inputs.get("period_echo", ""))
    return arrears.compute(parsed, period)


def _finish(state: dict[str, Any], regions: list[RegionFigures]) -> Turn:
    kind, inputs = state["kind"], state["inputs"]
    check = _contradiction(kind, inputs)
    if check is not None:
        name, problem = check
        inputs.pop(name, None)
        return _ask_problem(state, name, problem)
    result = compute(kind, inputs, regions)
    region = _region(inputs, regions)
    text = render(result, said=state["said"], region=region)
    buttons = []
    if kind == "arrears":
        buttons.append(Button(texts.BUTTON_TO_COMPLAINT, "calc:complain"))
    avg_matters = kind in ("severance", "injury") and not result.nothing_due
    if avg_matters and region is None and not inputs.get("avg_wage"):
        buttons.append(Button(texts.BUTTON_AVG, "calc:avg"))
    buttons.append(Button(texts.BUTTON_AGAIN, "calc:again"))
    done = {**state, "asking": "done", "handoff": result.handoff}
    return Turn([Reply(text, buttons=buttons)], done, result=result)


def _contradiction(kind: str, inputs: dict[str, str]) -> tuple[str, Problem] | None:
    if kind == "annual_leave" and inputs.get("untaken"):
        due = annual_leave.days_due(Decimal(inputs["years"]))
        said = Decimal(inputs["untaken"])
        if due and said > 2 * due:
            return "untaken", Problem("days_too_many", texts.DAYS_TOO_MANY.format(said=said, due=due))
    return None

"""A later piece of the story typed while the form waits for one field ("还有进店交的一千块押金
也不退" at the name question, "不对 七月的发了 是八九十三个月" at the phone question). It is
read with the story told so far, for every field, as the same words sent in one message would
be: a second sum or a deposit joins the amount where the story reader adds it, a correction
replaces what it corrects. Only what came from the story changes; an item the worker answered
or corrected on its own is kept. The question waiting is not answered with it."""

from __future__ import annotations

from typing import Any

from bot.core.extract.corrections import is_correction
from bot.core.intake import story
from bot.core.intake.fields import ORDER, FormContext
from bot.core.parsers import to_simplified, without_spelling
from bot.core.told import part_paid_told, pays_told

_FIELDS = frozenset(f for f in ORDER if f != "description")
_NEVER_IN_PIECES = frozenset({"worker_name", "contact_phone"})


def _read(text: str, ctx: FormContext) -> dict[str, Any]:
    """The case fields a text gives, recorded as the form would record them."""
    fresh: dict[str, Any] = {}
    story.absorb(fresh, text, ctx, describe=False, account=True)
    return {f: v for f, v in fresh.items() if f in _FIELDS}


def later_piece(fields: dict[str, Any], message: str, step: str, ctx: FormContext) -> tuple[list[str], bool]:
    """The fields a piece typed at `step` changes or adds, read with the story told before it,
    and whether the message answers `step` itself too. ([], True): no piece, an answer;
    ([], False): a piece that tells nothing new, no answer either."""
    said = [str(t) for t in fields.get("_story") or []]
    text = message.strip()
    if not said or not text:
        return [], True
    if step == "worker_name":
        text = without_spelling(text)  # "田桂香 田地的田 …": the spelling words tell nothing else
    simple = to_simplified(text)
    alone = story.read(text, ctx)
    own = {f for f in alone.fields if f in _FIELDS}
    # the items the piece itself speaks of (money paid or held told: the amount); no other
    # item is changed by reading it with the story
    pays = pays_told(simple) or part_paid_told(simple)
    spoken = own | ({"amount_owed"} if pays else set())
    correction = is_correction(simple)
    if not (own - {step} or correction or pays):
        return [], True
    # a piece is never the answer to who the worker is or their phone; at another question the
    # answer may well name other items ("包工头是X 总包是Y公司"): read as the answer all the same,
    # unless it opens by correcting the story or tells only money paid
    answers = step in own or (step not in _NEVER_IN_PIECES and not correction and bool(own - {step}))
    if step == "employer_name":
        spoken -= {"industry"}  # a company's name is not the worker's trade
    before = _read("\n".join(said), ctx)
    joined = _read("\n".join([*said, text]), ctx)
    whole: set[str] = set()  # the items read from the whole story with the piece
    if correction:
        # a correction replaces: what the message says of an item stands over the story's;
        # months corrected are read with the story ("不对 是八月开始的": the end told before
        # stays), and an amount worked out from the old months is worked out again
        after = {**before, **_read(text, ctx)}
        if "arrears_period" in own and joined.get("arrears_period") is not None:
            whole = {"arrears_period"}
            if _estimated(fields, before) and "amount_owed" in joined and "amount_owed" not in own:
                whole.add("amount_owed")
                spoken.add("amount_owed")
            after.update({f: joined[f] for f in whole})
    else:
        after = joined
    changed = [
        f
        for f in _FIELDS
        if f != step
        and f in spoken
        and f in after
        and after[f] != before.get(f)
        and (f not in fields or fields.get(f) == before.get(f))  # the story's, not an answer's
    ]
    if not changed:
        # "不对 …" or money paid, telling nothing new and not this step's answer: no answer
        # still ("不对" is no name); told before, so the question waiting is asked again
        return [], answers or not (correction or pays)
    keep = frozenset(f for f in _FIELDS if f not in changed)
    whole_text = "\n".join([*said, text])
    added = story.absorb(
        fields, text if correction else whole_text, ctx, overwrite=True, skip=keep | whole, describe=False
    )
    if whole & set(changed):
        skip = frozenset(f for f in _FIELDS if f not in whole or f not in changed)
        added += story.absorb(fields, whole_text, ctx, overwrite=True, skip=skip, describe=False)
    fields["_story"] = [*said, text]
    note = [fields["_relative_note"]] if fields.get("_relative_note") else []
    fields["description"] = "\n".join([*fields["_story"], *note])
    return [f for f in added if f in changed], answers


def _estimated(fields: dict[str, Any], before: dict[str, Any]) -> bool:
    """The amount recorded is the story's, worked out from pay x months (not a sum told)."""
    if "amount_owed" not in fields or fields.get("amount_owed") != before.get("amount_owed"):
        return False
    echo = str((fields.get("_echo") or {}).get("amount_owed") or "")
    return "估算" in echo

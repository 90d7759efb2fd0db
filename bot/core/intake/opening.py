"""The opening story while consent is still asked: more of it typed before consenting ("我叫…
电话…" after "老板欠了两个月"), or a slip in it corrected ("不对，是八千不是六千"). The story
read after consent is the corrected one; the description keeps the worker's own words."""

from __future__ import annotations

import re
from typing import Any

from bot.core.extract.corrections import SLIP, corrected, is_correction
from bot.core.intake import story
from bot.core.intake.fields import ORDER, FormContext
from bot.core.intake.story import read
from bot.core.parsers import to_simplified
from bot.core.ports import FormState
from bot.core.told import asks, pays_told

FIELD_NAMES = frozenset(f for f in ORDER if f != "description")
# form.data key: every message of the opening story as typed, in order (the description)
TOLD_WORDS = "told_words"


def add_to_opening(form: FormState, text: str, ctx: FormContext) -> bool:
    """`text`, typed at the consent question, added to the opening story (a correction replaces
    the slip it names). False when it is neither (a question, a word of no case)."""
    data = dict(form.data or {})
    opening = str(data.get("story") or "")
    simple = to_simplified(text.strip())
    if opening and is_correction(simple):
        name = read(opening, ctx).fields.get("worker_name")
        fixed = corrected(opening, simple, str(name.value) if name else None)
        new = fixed if fixed is not None else f"{opening}\n{text.strip()}"
        if fixed is not None and (more := besides_slip(simple)):
            new = f"{fixed}\n{more}"  # "说错了 是八个人 我是班组长 叫綦明军": the name is told too
    else:
        told = read(text, ctx)
        # a piece that tells a case field (or what was paid) is kept even when it ends with a
        # question of its own ("…还有一千块押金也不退 这咋弄"): read with the story after consent,
        # the question kept in the description; a question that tells nothing is no piece
        if told.case_fields < 1 and not (opening and pays_told(simple) and not asks(simple)):
            return False
        new = f"{opening}\n{text.strip()}" if opening else text.strip()
    words = list(data.get(TOLD_WORDS) or ([opening] if opening else []))
    form.data = {**data, "story": new, TOLD_WORDS: [*words, text.strip()]}
    return True


# a clause that corrects (the slip word, a figure, "不是…"): the rest of the message tells more
_CORRECTING = re.compile(rf"{SLIP}|不是|[是系][0-9零一二两三四五六七八九十百千万几]")
_FIGURE = re.compile("[0-9零一二两三四五六七八九十百千万几]")
# money moved, told beside a correction: "九月份他给过两千" is more told (not "六千五那是面试时说的")
_MONEY_MOVED = re.compile(r"给|发|付|欠|结|打|转|借|扣|押|还|预支")


def besides_slip(message: str) -> str:
    """The clauses of a correction that correct nothing and tell something more ("说错了 加上我是
    八个人 我是班组长 姓綦 叫綦明军" -> "我是班组长 姓綦 叫綦明军"); "" when there are none."""
    clauses = [c for c in re.split(r"[\s，,。；;！!]+", message) if c]
    rest = [
        c for c in clauses if not _CORRECTING.search(c) and (not _FIGURE.search(c) or _MONEY_MOVED.search(c))
    ]
    return " ".join(rest) if rest and len("".join(rest)) >= 3 else ""


def keep_words(fields: dict[str, Any], words: Any) -> None:
    """The description holds every message of the opening story as typed (not the story read
    with a slip replaced)."""
    if not words or not fields.get("description"):
        return
    note = [fields["_relative_note"]] if fields.get("_relative_note") else []
    fields["_story"] = [str(w) for w in words]
    fields["description"] = "\n".join([*fields["_story"], *note])


def fix_in_form(fields: dict[str, Any], message: str, ctx: FormContext) -> list[str]:
    """A slip in the story corrected in free text while the form is open ("不对，是八千不是
    六千" typed at any question): the fields the corrected story reads differently are recorded
    anew, the message kept in the description. The fields changed ([] when none: the message is
    then read as usual, an edit or an answer)."""
    simple = to_simplified(message.strip())
    said = [str(t) for t in fields.get("_story") or []]
    if not said or not is_correction(simple):
        return []
    told = "\n".join(said)
    name = fields.get("worker_name")
    fixed = corrected(told, simple, str(name) if name else None)
    if fixed is None:
        return []
    fresh: dict[str, Any] = {}
    story.absorb(fresh, fixed, ctx, describe=False, account=True)
    changed = [
        f for f, v in fresh.items() if not f.startswith("_") and f in FIELD_NAMES and v != fields.get(f)
    ]
    if not changed:
        return []
    keep = frozenset(f for f in FIELD_NAMES if f not in changed)
    added = story.absorb(fields, fixed, ctx, overwrite=True, skip=keep, describe=False)
    fields["_story"] = [*said, message.strip()]
    note = [fields["_relative_note"]] if fields.get("_relative_note") else []
    fields["description"] = "\n".join([*fields["_story"], *note])
    return [f for f in added if f in changed]

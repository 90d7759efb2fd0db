"""One worker message while the complaint form is open: a table of small steps.

`handle` picks the step for the form's current step name: consent, confirm, evidence, or
(for every other field) `on_field`. After an answer, `advance` asks the first field still
missing, so a field filled some other way (an edit, an earlier message) is not asked again.
"""

from __future__ import annotations

import re
from typing import Any

from bot import clock
from bot.core import texts
from bot.core.extract import employer_key, looks_like_name, same_employer
from bot.core.extract.corrections import slip_named
from bot.core.extract.employer_answer import registered_in
from bot.core.extract.name_answer import NOT_A_PERSON, person_name, worker_name_answer
from bot.core.extract.org_keys import short_name
from bot.core.extract.org_words import DONT_KNOW, says_no_org
from bot.core.extract.orgs import find_employer
from bot.core.extract.people import find_relative
from bot.core.intake import guard, story
from bot.core.intake import opening as opening_story
from bot.core.intake import vocabulary as words
from bot.core.intake.duplicates import check_duplicate, on_duplicate
from bot.core.intake.edits import edit_target, restated
from bot.core.intake.evidence_step import (
    at_confirm,
    attach_at_confirm,
    note_on_filing,
    on_evidence,
    save_upload,
)
from bot.core.intake.fields import (
    BY_NAME,
    FULL_NAME_BUTTON,
    OPTIONAL,
    FormContext,
    ask,
    employer_name_answer,
    employer_note,
    next_field,
    offers_full_name,
    parse,
    record,
    reprompt,
    summary,
)
from bot.core.intake.filing import file
from bot.core.intake.form import cancel, consent_request, take_prefill
from bot.core.intake.pieces import later_piece
from bot.core.intake.turn import Step, Turn, advance, question
from bot.core.intake.turn import skipping as skips
from bot.core.parsers import Parsed, ParseError, strip_said, to_simplified, without_spelling
from bot.core.ports import WorkerTx
from bot.core.types import Button, Incoming, Reply

# an answer this long may hold more than the field asked for
_EXTRA_MIN = 6


async def on_consent(turn: Turn) -> list[Reply]:
    answer = (turn.inc.button or "").removeprefix("form:consent:") or turn.said
    if (
        answer == "yes"
        or answer in words.CONSENT_WORDS
        or (re.search(words.CONSENT_HINT, answer) and not re.search(words.CONSENT_REFUSAL_HINT, answer))
    ):
        fields: dict[str, Any] = {}
        recorded = take_prefill(turn.form, fields, turn.ctx)
        turn.form.consent_at = clock.utcnow()
        opening = str(turn.data.get("story") or "")
        added = story.absorb(fields, opening, turn.ctx, account=True) if opening else []
        opening_story.keep_words(fields, turn.data.get(opening_story.TOLD_WORDS))
        turn.data, turn.fields = {}, fields
        if added:
            return [*recorded, story.found_summary(fields, added), *advance(turn)]
        turn.form.step = next_field(fields)
        turn.form.data = {"fields": fields}
        return [*recorded, question(fields, turn.form.step)]
    if answer in words.REFUSE_WORDS:
        cancel(turn.form)
        return [Reply(texts.CONSENT_REFUSED)]
    if (
        turn.inc.text
        and not turn.inc.button
        and opening_story.add_to_opening(turn.form, turn.inc.text, turn.ctx)
    ):
        # more of the story, or a slip in it corrected, typed before consenting: read after consent
        return [consent_request(texts.CONSENT_STORY_KEPT)]
    return [consent_request(texts.CONSENT_REPROMPT)]


def on_slip_fixed(turn: Turn) -> list[Reply] | None:
    """ "不对，是八千不是六千" typed at any question once the story is read: the fields the
    corrected story reads differently, shown once, then the question waiting (None: no slip)."""
    step = turn.form.step or ""
    if turn.inc.button or not turn.inc.text or (step not in BY_NAME and step != "confirm"):
        return None
    changed = opening_story.fix_in_form(turn.fields, turn.inc.text, turn.ctx)
    if not changed:
        slip = slip_named(to_simplified(turn.inc.text))
        if slip is None:
            return None
        # a slip named that the story never told: no answer to the question waiting
        return [Reply(texts.SLIP_NOT_FOUND.format(slip=slip)), question(turn.fields, step)]
    turn.save()
    return [story.found_summary(turn.fields, changed), question(turn.fields, step)]


def on_edit(turn: Turn) -> list[Reply] | None:
    """ "改金额" or a summary button: ask that field again; "金额写错了 改成9000", or an item
    read back said again with its label ("人数是9个"): change it at once and return to where
    the worker was (the summary, or the question waiting). None when the message is not an edit."""
    step = turn.form.step or ""
    if step not in BY_NAME and step != "confirm":
        return None  # the duplicate offer is answered first
    target = edit_target(turn.inc)
    typed = target is None and (target := restated(turn.inc, turn.fields, step)) is not None
    if target is None:
        return None
    field, value = target
    if value and field != "evidence":
        parsed = parse(field, Incoming(turn.inc.channel, turn.inc.user_key, text=value), turn.ctx)
        if not isinstance(parsed, ParseError):
            replies = [record(field, parsed, turn.fields, turn.ctx)]
            turn.save()
            return [*replies, question(turn.fields, step)]
    if typed:
        return None  # no value that reads as the item: an answer to the question asked
    turn.data["editing"] = True
    turn.form.step = field
    if turn.inc.button == FULL_NAME_BUTTON and turn.fields.get(field):
        short = str(turn.fields[field])  # asked once: the summary no longer offers it
        turn.fields["_full_asked"] = short
        turn.save()
        return [
            Reply(
                texts.EMPLOYER_ASK_FULL.format(name=short),
                buttons=[Button(texts.EMPLOYER_KEEP_SHORT.format(name=short), f"{story.SAID_PREFIX}{short}")],
                expects=field,
            )
        ]
    turn.save()
    return [ask(field)]


async def on_confirm(turn: Turn) -> list[Reply]:
    """The summary waits: a confirmation files; a photo or file is attached (evidence is
    offered here, not asked on its own) and the summary shown again."""
    attached = await attach_at_confirm(turn)
    if attached is not None:
        return attached
    registered = _registered_typed(turn)
    if registered is not None:
        return registered
    if turn.inc.text and not turn.inc.button:
        # a later piece of the story typed while the summary waits ("还有押金一千没退", "不对
        # 是七月开始的"): read with the story for every field, the summary shown again
        changed, _ = later_piece(turn.fields, turn.inc.text, "confirm", turn.ctx)
        if changed:
            turn.save()
            return [story.found_summary(turn.fields, changed), summary(turn.fields)]
    if words.confirms(turn.inc.button, turn.inc.text):
        note_on_filing(turn)
        return await file(turn.tx, turn.fields, turn.ctx)
    return at_confirm(turn) or [Reply(texts.CONFIRM_REPROMPT), summary(turn.fields)]


def _registered_typed(turn: Turn) -> list[Reply] | None:
    """The registered name typed while the summary offers to add it ("工资单上写的是X有限公司"):
    it replaces the shop's name (kept in the note) and the summary is shown again; one message,
    not the offer's button and then an answer. None when the message gives no such name."""
    text = to_simplified(turn.inc.text or "")
    if turn.inc.button or not text or not offers_full_name(turn.fields):
        return None
    short = str(turn.fields["employer_name"])
    full = registered_in(text)
    # a colon ends the words about where it comes from: "执照上的名字我复制过来：X市X区X小吃店"
    for clause in re.split(r"[，,。；;！!：:\s]+", text) if full is None else ():
        said = strip_said(clause).strip()  # "安顺市西秀区育才实验学校，是民办学校": the same one, in full
        org = find_employer(said)
        if org is not None and said.endswith(org.value) and len(said) > len(short) and not short_name(said):
            if not org.generic and same_employer(employer_key(short), employer_key(org.value)):
                full = said
                break
    if full is None:
        return None
    turn.fields["_full_asked"] = short
    echo = record("employer_name", Parsed(full, full), turn.fields, turn.ctx)
    turn.fields["_employer_note"] = _with_short_name(turn.fields, employer_note(text))
    turn.save()
    return [echo, summary(turn.fields)]


def _own_employer(turn: Turn, text: str) -> bool:
    """The answer to "who owes" read by its own reader when it names one apart from the words
    about it ("X有限公司，厂门口牌子上写的，大伙都管它叫老于家米厂" -> X有限公司): the story
    reader would take the one introduced with 叫."""
    own = employer_name_answer(text)
    if own == strip_said(text).strip():
        return False
    parsed = parse("employer_name", turn.inc, turn.ctx)
    if isinstance(parsed, ParseError):
        return False
    record("employer_name", parsed, turn.fields, turn.ctx)
    turn.fields["_employer_note"] = employer_note(text)
    return True


async def on_field(turn: Turn) -> list[Reply]:
    """A typed field: skipped (if optional), or parsed, recorded and echoed."""
    step = turn.form.step or ""
    if turn.inc.attachment is not None:
        # a photo sent before the summary asks for one is kept all the same, the question waits
        name = turn.inc.attachment.filename
        kept, told = await save_upload(turn)
        return [
            Reply(texts.EVIDENCE_KEPT_EARLY.format(name=name) if kept else told),
            question(turn.fields, step),
        ]
    replies: list[Reply] = []
    text = turn.inc.text or ""
    if text and not turn.inc.button:
        # a later piece of the story: read with it for every field, not as this step's answer
        changed, answers = later_piece(turn.fields, text, step, turn.ctx)
        if changed:
            replies.append(story.found_summary(turn.fields, changed))
        if not answers:
            return (
                [*replies, *advance(turn)]
                if changed
                else [Reply(texts.PIECE_KNOWN), question(turn.fields, step)]
            )
    if text and not turn.inc.button and len(text) >= 20:
        told = story.read(text, turn.ctx)
        if told.case_fields >= 3 and told.is_story():
            # a story given in answer to one question: every field it holds is taken
            # the registered name answered ("执照上写的是X店，老板娘真名叫刘芳") is the employer,
            # not a person the story reader would take
            own = (
                frozenset({step})
                if step == "employer_name" and registered_in(to_simplified(text))
                else frozenset()
            )
            added = story.absorb(turn.fields, text, turn.ctx, overwrite=False, skip=own)
            if step == "employer_name" and _own_employer(turn, text) and step not in added:
                added.append(step)
            if added:
                return [story.found_summary(turn.fields, added), *advance(turn)]
    skipping = skips(turn) and step in OPTIONAL
    if text and not turn.inc.button and not skipping and len(text) >= _EXTRA_MIN:
        # an answer that also gives other fields ("龙岗区坂田 华美电子厂", "王小明 电话138…"):
        # those are taken too, so they are never asked; the asked field keeps its own parser
        # (a company's name is not the worker's trade: "平安保安服务有限公司" asks the job still)
        skip = {step, "industry"} if step == "employer_name" else {step}
        # "高凤山 高低的高 凤凰的凤": the words spelling out a name are read for nothing else
        said = without_spelling(text) if step == "worker_name" else text
        extra = story.absorb(
            turn.fields, said, turn.ctx, skip=frozenset(skip), describe=step == "description"
        )
        shown = [f for f in extra if f != "description"]
        if shown:
            replies.append(story.found_summary(turn.fields, shown))
    if (
        step == "worker_name"
        and not turn.inc.button
        and not looks_like_name(name := worker_name_answer(text))
    ):
        if find_employer(text) is not None:  # "华美电子厂" is no person's name
            return _retry(turn, replies, texts.NAME_NOT_COMPANY)
        if not person_name(name) and NOT_A_PERSON.search(name):  # "不是亲戚", "就我一个": no name in it
            return _retry(turn, replies, texts.NAME_NOT_GIVEN)
    if step == "employer_name" and not turn.inc.button and not skipping:
        said = employer_name_answer(text)
        kept = turn.fields.get("_employer_hint") or turn.fields.get("_full_asked")
        if kept and (DONT_KNOW.search(said) or says_no_org(said)):
            text = str(kept)  # "不知道全名": the title or the shop's name said is kept
            turn.inc = Incoming(turn.inc.channel, turn.inc.user_key, text=text)
        elif says_no_org(said):  # "没公司": none named yet, who is the boss
            return _retry(turn, replies, texts.EMPLOYER_NO_COMPANY)
    if skipping:
        guard.read(turn.fields)
        turn.fields[step] = None
    else:
        parsed = parse(step, turn.inc, turn.ctx)
        if isinstance(parsed, ParseError):
            return _retry(turn, replies, parsed.message)
        guard.read(turn.fields)
        replies.append(record(step, parsed, turn.fields, turn.ctx))
        if step == "employer_name":  # "周德华，他是个人接装修活的老板": the name, the rest kept
            turn.fields["_employer_note"] = _with_short_name(turn.fields, employer_note(text))
        if step == "worker_name":
            _note_relative(turn.fields, text)
    return replies + advance(turn)


def _retry(turn: Turn, replies: list[Reply], message: str) -> list[Reply]:
    """An answer that did not read: kept for the description; asked again (plainly from the
    second failure in a row, with a button to go on for an item staff can settle)."""
    step = turn.form.step or ""
    again = guard.failed(turn.fields, step, turn.inc.text or "", reprompt(step, message))
    turn.save()
    return [*replies, again]


def on_keep(turn: Turn, field: str) -> list[Reply]:
    """The guard's button: the item is filed as said, for staff to check; the next question."""
    step = turn.form.step or ""
    parsed = guard.kept(turn.fields, field, turn.ctx.today) if field == step else None
    if parsed is None:
        return [question(turn.fields, step)]
    guard.read(turn.fields)
    replies = [record(field, parsed, turn.fields, turn.ctx)]
    guard.mark_kept(turn.fields, field)
    return replies + advance(turn)


def _with_short_name(fields: dict[str, Any], note: str) -> str:
    """The shop's own name stays with the case when the registered one replaces it."""
    short = str(fields.get("_full_asked") or "")
    if not short or short == fields.get("employer_name") or short in note:
        return note
    return "；".join(p for p in (texts.EMPLOYER_SHORT_NOTE.format(name=short), note) if p)


def _note_relative(fields: dict[str, Any], answer: str) -> None:
    """A name answered with who the worker is to the caller ("谢春生，是我老公"): the case
    says it was filed for a relative, as when the story said so."""
    found = find_relative(to_simplified(answer))
    if found is None or fields.get("_relative_note"):
        return
    note = texts.RELATIVE_NOTE.format(relative=found[0], caller=texts.CALLER_SELF)
    fields["_relative_note"] = note
    if fields.get("description"):
        fields["description"] = f"{fields['description']}\n{note}"


STEPS: dict[str, Step] = {"confirm": on_confirm, "evidence": on_evidence, "duplicate": on_duplicate}


async def handle(tx: WorkerTx, inc: Incoming, ctx: FormContext) -> list[Reply]:
    """One worker message while the complaint form is active."""
    data = dict(tx.form.data or {})
    if inc.button and inc.button.startswith("form:amount:"):
        inc = Incoming(inc.channel, inc.user_key, text=inc.button.removeprefix("form:amount:") + "元")
    elif inc.button and inc.button.startswith(story.SAID_PREFIX):
        inc = Incoming(inc.channel, inc.user_key, text=inc.button.removeprefix(story.SAID_PREFIX))
    turn = Turn(tx, inc, ctx, data, dict(data.get("fields") or {}))
    if tx.form.step == "consent":
        return await check_duplicate(tx, await on_consent(turn))
    if inc.button and inc.button.startswith(guard.KEEP_PREFIX):
        return await check_duplicate(tx, on_keep(turn, inc.button.removeprefix(guard.KEEP_PREFIX)))
    fixed = on_slip_fixed(turn)
    if fixed is not None:
        return await check_duplicate(tx, fixed)
    edited = on_edit(turn)
    if edited is not None:
        return await check_duplicate(tx, edited)
    return await check_duplicate(tx, await STEPS.get(tx.form.step or "", on_field)(turn))

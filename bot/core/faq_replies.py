"""The replies to an FAQ match: an entry's answer (two when a message asked two things), the
"您是不是想问" buttons, or the fallback, which still offers the best candidates when there are
any. Every non-answer ends with "转人工". An answer also offers the model's runner-up entry as a
button when its own follow-ups do not already (see runner_up)."""

from __future__ import annotations

from typing import Any

from bot.core import calc, texts
from bot.core.commands import menu
from bot.core.types import Button, Reply


def entry_reply(kb: Any, entry: Any) -> Reply:
    buttons = []
    if entry.details:
        buttons.append(Button(texts.MORE, f"faq:more:{entry.id}"))
    hook = calc.calc_button(entry.id)
    if hook is not None:
        buttons.append(Button(*hook))
    if "complaint" in entry.actions:
        buttons.append(Button(texts.BUTTON_COMPLAIN, "cmd:complain"))
    if "human" in entry.actions:
        buttons.append(Button(texts.BUTTON_HUMAN, "cmd:human"))
    for ref in entry.follow_ups[:3]:
        if ref in kb.entries:
            buttons.append(Button(kb.entries[ref].question, f"faq:{ref}"))
    body = entry.answer + "\n\n" + texts.SOURCES.format(sources="；".join(entry.sources))
    if entry.id == "service.service_center" and kb.centres:
        body += "\n\n" + "\n".join(
            texts.CENTRE_LINE.format(name=c.name, address=c.address, hours=c.hours, phone=c.phone)
            for c in kb.centres[:8]
        )
    return Reply(body, buttons=buttons)


def runner_up(kb: Any, result: Any) -> str | None:
    """The entry the model ranked next after the one answered, unless the answer already shows it
    (a follow-up, or a second question's answer). A confident answer on a wrong entry is mostly a
    sibling's (工伤七级能赔多少个月工资 -> the worked example, not the benefits list): on
    bench/faq_blind*.yaml the right entry was one tap away (a follow-up) for 8 of the 20 confident
    wrong answers, with the runner-up for 15 (measured on 90f1468). The runner-up's probability was
    tiny (0.00-0.04) even when it was the right one, so no threshold on it is applied."""
    entry = kb.entries.get(result.id)
    if entry is None:
        return None
    also = list(getattr(result, "also", []))
    nxt = next((c.id for c in result.candidates if c.id != result.id and c.id not in also), None)
    if nxt is None or nxt not in kb.entries or nxt in entry.follow_ups[:3]:
        return None
    return nxt


def faq_reply(kb: Any, result: Any) -> list[Reply]:
    if result.route == "faq" and result.id in kb.entries:
        first = entry_reply(kb, kb.entries[result.id])
        other = runner_up(kb, result)
        if other is not None:
            first = Reply(
                first.text, buttons=[*first.buttons, Button(kb.entries[other].question, f"faq:{other}")]
            )
        replies = [first]
        for other in getattr(result, "also", []):
            if other in kb.entries and other != result.id:
                second = entry_reply(kb, kb.entries[other])
                replies.append(Reply(texts.ALSO_ASKED + "\n" + second.text, buttons=second.buttons))
        return replies
    offered = [
        Button(kb.entries[c.id].question, f"faq:{c.id}") for c in result.candidates[:3] if c.id in kb.entries
    ]
    if result.decision == "suggest" and offered:
        return [Reply(texts.SUGGEST, buttons=offered + [Button(texts.BUTTON_HUMAN, "cmd:human")])]
    if getattr(result, "out_of_scope", None):
        text = out_of_scope_text(result.out_of_scope)
    else:
        text = texts.FALLBACK_OFFER if offered else texts.FALLBACK
    if offered:
        return [Reply(text, buttons=offered + [Button(texts.BUTTON_HUMAN, "cmd:human")])]
    return [Reply(text, buttons=menu())]


def out_of_scope_text(answer: str) -> str:
    """An out-of-scope topic's answer, after the sentence saying so unless the answer says it."""
    if texts.OUT_OF_SCOPE_SAID in answer:
        return answer
    return texts.OUT_OF_SCOPE_PREFIX + answer


def faq_button(kb: Any, payload: str) -> list[Reply]:
    if payload.startswith("faq:more:"):
        entry = kb.entries.get(payload[len("faq:more:") :])
        if entry is not None and entry.details:
            return [Reply(entry.details)]
    else:
        entry = kb.entries.get(payload[4:])
        if entry is not None:
            return [entry_reply(kb, entry)]
    return [Reply(texts.FALLBACK, buttons=menu())]

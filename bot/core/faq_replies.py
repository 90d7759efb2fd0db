"""The replies to an FAQ match: an entry's answer (two when a message asked two things), the
"您是不是想问" buttons, or the fallback, which still offers the best candidates when there are
any. Every non-answer ends with "转人工"."""

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


def faq_reply(kb: Any, result: Any) -> list[Reply]:
    if result.route == "faq" and result.id in kb.entries:
        replies = [entry_reply(kb, kb.entries[result.id])]
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
        text = texts.OUT_OF_SCOPE_PREFIX + result.out_of_scope
    else:
        text = texts.FALLBACK_OFFER if offered else texts.FALLBACK
    if offered:
        return [Reply(text, buttons=offered + [Button(texts.BUTTON_HUMAN, "cmd:human")])]
    return [Reply(text, buttons=menu())]


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

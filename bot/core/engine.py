"""The conversation engine: Incoming -> list[Reply], the same on every channel.

Routing: commands -> an active form -> intent (complaint, progress, human) -> FAQ match ->
fallback. State lives in the database, keyed by (channel, user_key); each delivery id is
recorded once in the same transaction as its effects, so a repeat files nothing twice.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from bot.core import intake, texts
from bot.core.masking import mask_name, mask_phone, mask_text
from bot.core.types import Button, Incoming, Reply
from storage.models import Attachment, Case, CaseEvent, DeletionRequest, OutboxMessage
from storage.services.cases import cases_of
from storage.services.deliveries import DeliveryLog
from storage.services.workers import (
    close_reply_relay,
    conversation_for,
    identity_for,
    record_delivery,
    reply_relay_case,
    take_pending_notices,
    worker_state,
)

log = logging.getLogger(__name__)
TZ = ZoneInfo("Asia/Shanghai")
COMMANDS = {"/start", "/help", "/complain", "/status", "/cancel", "/human", "/mydata", "/delete", "/endreply"}
_QUESTION = re.compile(
    r"(吗|呢|么|嘛|？|\?)$|多久|多长时间|会不会|能不能|可不可以|怎么办|咋办|是不是|什么时候|要不要|有没有用"
)
CANCEL_WORDS = {"取消", "退出", "不填了", "算了", "/cancel"}


def _notices_reply(notices: list[str]) -> list[Reply]:
    """Staff updates waiting for the worker, as one message (none: no message)."""
    return [Reply(texts.NOTICE_PREFIX + "\n" + "\n\n".join(notices))] if notices else []


def _menu() -> list[Button]:
    return [Button(label, payload) for label, payload in texts.MENU_BUTTONS]


def _local(d: datetime) -> str:
    return d.astimezone(TZ).strftime("%Y-%m-%d")


class Engine:
    def __init__(self, settings: Any, db: Any, knowledge: Any) -> None:
        self.settings = settings
        self.db = db
        self.knowledge = knowledge
        self.deliveries = DeliveryLog(db)

    def start(self) -> None:
        """In a server: write read-only answers' delivery ids behind, in batches."""
        self.deliveries.start()

    async def close(self) -> None:
        await self.deliveries.close()

    async def handle(self, inc: Incoming) -> list[Reply]:
        text = inc.text
        if text is not None and len(text) > self.settings.max_message_chars:
            return [Reply(texts.TOO_LONG.format(max=self.settings.max_message_chars))]
        try:
            return await self._handle(inc)
        except IntegrityError:
            if inc.delivery_id:
                log.info("repeated delivery %s ignored", inc.delivery_id)
                return []
            raise

    async def _handle(self, inc: Incoming) -> list[Reply]:
        quick = await self._quick_answer(inc)
        if quick is not None:
            return quick
        faq_log: tuple[str, Any] | None = None
        async with self.db.session() as s:
            if inc.delivery_id:
                await record_delivery(s, inc.delivery_id, inc.channel)
            ident = await identity_for(s, inc.channel, inc.user_key[:128], inc.display_name)
            conv = await conversation_for(s, ident)
            notices = await take_pending_notices(s, ident)
            replies, faq_log = await self._route(s, ident, conv, inc)
        if faq_log is not None:
            await self.knowledge.record(faq_log[0], faq_log[1], inc.channel)
        return _notices_reply(notices) + replies

    async def updates(self, channel: str, user_key: str) -> list[Reply]:
        """Staff updates waiting for a worker whose channel cannot be pushed to (the web page
        asks now and then); each is handed over once."""
        user_key = user_key[:128]
        state = await self.db.read(lambda conn: worker_state(conn, channel, user_key))
        if state is None or not state.pending:
            return []
        async with self.db.session() as s:
            notices = await take_pending_notices(s, await identity_for(s, channel, user_key))
        return _notices_reply(notices)

    async def _quick_answer(self, inc: Incoming) -> list[Reply] | None:
        """Most messages are plain questions from a known worker with nothing open: one read
        and the match answer them, with no write transaction beyond the delivery id (the
        query log is written in batches). Anything else returns None for the full path."""
        text = (inc.text or "").strip()
        if not text or text.startswith("/") or inc.button or inc.attachment is not None or inc.contact:
            return None
        channel, user_key, delivery_id = inc.channel, inc.user_key[:128], inc.delivery_id
        if delivery_id and self.deliveries.is_pending(delivery_id):
            return []  # a repeat of an answer given a moment ago
        state = await self.db.read(lambda conn: worker_state(conn, channel, user_key, delivery_id))
        if state is None or not state.idle:
            return None
        if state.delivered:
            return []
        result = self.knowledge.match(text)
        if result.route not in ("faq", "fallback"):
            return None
        if delivery_id:
            await self.deliveries.record(delivery_id, channel)
        await self.knowledge.record(text, result, channel)
        return self._faq_reply(result)

    async def _route(self, s: Any, ident: Any, conv: Any, inc: Incoming) -> tuple[list[Reply], Any]:
        text = (inc.text or "").strip()
        button = inc.button or ""
        command = text.split()[0].lower() if text.startswith("/") else ""
        if button.startswith("cmd:"):
            command = "/" + button[4:]
        if command in ("/cancel",) or (conv.flow and text in CANCEL_WORDS):
            if conv.flow:
                intake.cancel(conv)
                return [Reply(texts.CANCELLED, buttons=_menu())], None
            return [Reply(texts.NOTHING_TO_CANCEL, buttons=_menu())], None
        if command in COMMANDS:
            return await self._command(s, ident, conv, command, text), None
        if command:
            return [Reply(texts.HELP, buttons=_menu())], None
        if conv.flow == "complaint":
            aside = self._question_aside(conv, text, inc)
            if aside is not None:
                return aside
            return await intake.handle(s, conv, ident, inc, self._form_ctx()), None
        if button.startswith("faq:"):
            return self._faq_button(button), None
        if button.startswith("form:"):
            return [Reply(texts.WELCOME, buttons=_menu())], None
        relay_case = reply_relay_case(conv)
        if relay_case is not None and text and not button:
            relayed = await self._relay(s, ident, conv, relay_case, text)
            if relayed:
                return relayed, None
        if inc.attachment is not None or inc.contact is not None:
            return [Reply(texts.UNSUPPORTED, buttons=_menu())], None
        if not text:
            return [Reply(texts.EMPTY, buttons=_menu())], None
        result = self.knowledge.match(text)
        if result.route == "complaint":
            return intake.start(conv), (text, result)
        if result.route == "progress":
            return await self._status(s, ident, ""), (text, result)
        if result.route == "human":
            return await self._human(s, ident), (text, result)
        return self._faq_reply(result), (text, result)

    def _question_aside(self, conv: Any, text: str, inc: Incoming) -> tuple[list[Reply], Any] | None:
        """A question typed in the middle of the form ("要多久能拿到钱") is answered, not
        stored as the answer to the current step; then the step is asked again."""
        if inc.button or inc.attachment is not None or conv.step not in intake.FREE_TEXT_STEPS:
            return None
        if len(text) > 30 or not _QUESTION.search(text):
            return None
        result = self.knowledge.match(text)
        entry = self.knowledge.current.kb.entries.get(result.id or "")
        if result.route != "faq" or result.decision != "answer" or entry is None:
            return None
        answer = Reply(self._entry_reply(entry).text)  # no buttons: the form is still open
        return [answer, Reply(texts.BACK_TO_FORM), intake.reask(conv)], (text, result)

    def _form_ctx(self) -> intake.FormContext:
        kb = self.knowledge.current.kb
        return intake.FormContext(settings=self.settings, kb=kb, today=datetime.now(TZ).date())

    async def _command(self, s: Any, ident: Any, conv: Any, command: str, text: str) -> list[Reply]:
        if command == "/start":
            return [Reply(texts.WELCOME, buttons=_menu())]
        if command == "/help":
            return [Reply(texts.HELP, buttons=_menu())]
        if command == "/complain":
            return intake.start(conv)
        if command == "/status":
            arg = text.split(maxsplit=1)[1].strip() if len(text.split(maxsplit=1)) > 1 else ""
            return await self._status(s, ident, arg)
        if command == "/human":
            return await self._human(s, ident)
        if command == "/mydata":
            return await self._mydata(s, ident, conv)
        if command == "/delete":
            return await self._delete(s, ident, conv)
        if command == "/endreply":
            close_reply_relay(conv)
            return [Reply(texts.RELAY_ENDED, buttons=_menu())]
        return [Reply(texts.HELP, buttons=_menu())]

    # ---------------------------------------------------------------- FAQ
    def _entry_reply(self, entry: Any) -> Reply:
        buttons = []
        if entry.details:
            buttons.append(Button(texts.MORE, f"faq:more:{entry.id}"))
        if "complaint" in entry.actions:
            buttons.append(Button(texts.BUTTON_COMPLAIN, "cmd:complain"))
        if "human" in entry.actions:
            buttons.append(Button(texts.BUTTON_HUMAN, "cmd:human"))
        kb = self.knowledge.current.kb
        for ref in entry.follow_ups[:3]:
            if ref in kb.entries:
                buttons.append(Button(kb.entries[ref].question, f"faq:{ref}"))
        body = entry.answer + "\n\n" + texts.SOURCES.format(sources="；".join(entry.sources))
        if entry.id == "service.service_center" and kb.centres:
            body += "\n\n" + "\n".join(
                f"{c.name}：{c.address}（{c.hours}，电话 {c.phone}）" for c in kb.centres[:8]
            )
        return Reply(body, buttons=buttons)

    def _faq_reply(self, result: Any) -> list[Reply]:
        kb = self.knowledge.current.kb
        if result.route == "faq" and result.id in kb.entries:
            return [self._entry_reply(kb.entries[result.id])]
        if result.decision == "suggest" and result.candidates:
            buttons = [
                Button(kb.entries[c.id].question, f"faq:{c.id}")
                for c in result.candidates[:3]
                if c.id in kb.entries
            ]
            return [Reply(texts.SUGGEST, buttons=buttons + [Button(texts.BUTTON_HUMAN, "cmd:human")])]
        text = texts.FALLBACK
        if getattr(result, "out_of_scope", None):
            text = texts.OUT_OF_SCOPE_PREFIX + result.out_of_scope
        return [Reply(text, buttons=_menu())]

    def _faq_button(self, payload: str) -> list[Reply]:
        kb = self.knowledge.current.kb
        if payload.startswith("faq:more:"):
            entry = kb.entries.get(payload[len("faq:more:") :])
            if entry is not None and entry.details:
                return [Reply(entry.details)]
        else:
            entry = kb.entries.get(payload[4:])
            if entry is not None:
                return [self._entry_reply(entry)]
        return [Reply(texts.FALLBACK, buttons=_menu())]

    # ---------------------------------------------------------------- status, person, privacy
    async def _status(self, s: Any, ident: Any, case_no: str) -> list[Reply]:
        cases = await cases_of(s, ident)
        if case_no:
            cases = [c for c in cases if c.case_no == case_no.upper()]
            if not cases:
                return [Reply(texts.STATUS_NOT_FOUND.format(case_no=case_no[:40]))]
        if not cases:
            return [Reply(texts.STATUS_NONE, buttons=[Button(texts.BUTTON_COMPLAIN, "cmd:complain")])]
        parts = []
        for c in cases:
            if c.closed_at:
                deadline = texts.STATUS_CLOSED.format(date=_local(c.closed_at))
            elif c.status == "submitted":
                deadline = texts.STATUS_DEADLINE_ACCEPT.format(date=_local(c.accept_by))
            else:
                deadline = texts.STATUS_DEADLINE_RESOLVE.format(date=_local(c.resolve_by))
            line = texts.STATUS_LINE.format(
                case_no=c.case_no,
                status=texts.STATUS_LABEL.get(c.status, c.status),
                employer=c.employer_name,
                deadline=deadline,
            )
            visible = [e for e in c.events if e.visible_to_worker and e.note]
            if visible:
                line += "\n" + texts.STATUS_NOTE.format(note=visible[-1].note)
            parts.append(line)
        return [Reply("\n\n".join(parts))]

    async def _relay(self, s: Any, ident: Any, conv: Any, case_id: int, text: str) -> list[Reply]:
        """The worker answers a staff reply: the text joins the case and its centre is told."""
        case = await s.get(Case, case_id)
        if case is None or case.identity_id != ident.id:
            close_reply_relay(conv)
            return []
        s.add(CaseEvent(case_id=case.id, kind="worker_message", actor="worker", note=text[:4000]))
        s.add(
            OutboxMessage(
                kind="worker_message",
                case_id=case.id,
                centre_id=case.centre_id,
                payload={"case_no": case.case_no, "text": mask_text(text)[:1000]},
            )
        )
        return [
            Reply(
                texts.RELAYED.format(case_no=case.case_no), buttons=[Button(texts.END_RELAY, "cmd:endreply")]
            )
        ]

    async def _human(self, s: Any, ident: Any) -> list[Reply]:
        s.add(
            OutboxMessage(
                kind="human_request",
                payload={"channel": ident.channel, "user_masked": mask_phone(ident.user_key)},
            )
        )
        return [Reply(texts.HUMAN)]

    async def _mydata(self, s: Any, ident: Any, conv: Any) -> list[Reply]:
        cases = await cases_of(s, ident)
        draft = {k: v for k, v in ((conv.data or {}).get("fields") or {}).items() if not k.startswith("_")}
        if not cases and not draft:
            return [Reply(texts.MYDATA_NONE)]
        lines = [texts.MYDATA_TITLE]
        for c in cases:
            lines.append(
                texts.MYDATA_CASE.format(
                    case_no=c.case_no,
                    status=texts.STATUS_LABEL.get(c.status, c.status),
                    name=c.worker_name,
                    phone=c.contact_phone,
                    employer=c.employer_name,
                    location=c.work_location,
                    amount=f"{float(c.amount_owed):,.0f}",
                )
            )
        if draft:
            lines.append(
                texts.MYDATA_DRAFT.format(
                    fields="；".join(f"{texts.FIELD_LABEL.get(k, k)}：{v}" for k, v in draft.items() if v)
                )
            )
        return [Reply("\n".join(lines))]

    async def _delete(self, s: Any, ident: Any, conv: Any) -> list[Reply]:
        intake.cancel(conv)
        close_reply_relay(conv)
        conv.consent_at = None
        await s.execute(
            delete(Attachment).where(Attachment.identity_id == ident.id, Attachment.case_id.is_(None))
        )
        s.add(DeletionRequest(identity_id=ident.id))
        for c in await cases_of(s, ident):
            s.add(
                CaseEvent(
                    case_id=c.id,
                    kind="deletion_request",
                    actor="worker",
                    note=texts.DELETE_DONE.splitlines()[0],
                )
            )
        s.add(
            OutboxMessage(
                kind="deletion_request",
                payload={"channel": ident.channel, "user_masked": mask_name(ident.user_key)},
            )
        )
        return [Reply(texts.DELETE_DONE)]

"""The conversation engine: Incoming -> list[Reply], the same on every channel.

Routing: commands -> an active form -> intent (complaint, progress, human) -> FAQ match ->
fallback. State lives in the store (bot.core.ports), keyed by (channel, user_key); each
delivery id is recorded once in the same unit of work as its effects, so a repeat files
nothing twice.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from bot import clock
from bot.core import calc, commands, faq_replies, intake, introduction, reply_codec, texts, told, told_pieces
from bot.core.calc import session as calc_session
from bot.core.commands import menu as _menu
from bot.core.extract.corrections import is_correction
from bot.core.extract.story import WANTS_TO_FILE
from bot.core.intake import opening
from bot.core.parsers import to_simplified
from bot.core.ports import DuplicateDelivery, FormState, NeedFullUnit, StoreBusy, WorkerStore, WorkerTx
from bot.core.safe_text import clean_incoming, strip_unsafe
from bot.core.text_checks import TextChecks
from bot.core.types import Button, Incoming, Reply

log = logging.getLogger(__name__)
COMMANDS = {"/start", "/help", "/complain", "/status", "/cancel", "/human", "/mydata", "/delete", "/endreply"}
_QUESTION = re.compile(
    r"(吗|呢|么|嘛|？|\?)$|多久|多长时间|会不会|能不能|可不可以|怎么办|咋办|是不是|什么时候|要不要|有没有用"
)
# a complaint made before: "我是上个礼拜在你们这上面投诉的 … 我的投诉有人管没"
_FILED_BEFORE = re.compile(r"投诉|登记|举报|反映过|进度|编号|受理|立案")

# Channels whose reply travels in the response to the request itself (a web page resending, WeChat
# retrying): a repeated delivery gets the same replies again. Telegram sends replies as messages
# of their own, so a redelivered update is answered once only.
ANSWER_REPEATS = frozenset({"web", "wechat", "console"})
CANCEL_WORDS = {"取消", "退出", "不填了", "算了", "/cancel"}
# What became of the message being handled (for observers such as /metrics): the FAQ
# decision (answer | suggest | fallback), "dialog" (form, command, calculator, relay),
# "duplicate" (a repeated delivery) or "too_long".
_DECISION: ContextVar[str] = ContextVar("laborbot_decision", default="dialog")
MessageObserver = Callable[[str, str], None]


def _notices_reply(notices: list[str]) -> list[Reply]:
    """Staff updates waiting for the worker, as one message (none: no message)."""
    return [Reply(texts.NOTICE_PREFIX + "\n" + "\n\n".join(notices))] if notices else []


# a person asked for in words, not a phone number read as a call for one
_ASKS_PERSON = re.compile(r"人工|客服|转人|真人|工作人员|找个人|律师")


class Engine:
    def __init__(self, settings: Any, store: WorkerStore, knowledge: Any) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        # called with (channel, decision) once per handled message; must not raise
        self.observers: list[MessageObserver] = []
        self.checks = TextChecks(knowledge)  # what a text holds, remembered per text and day

    def start(self) -> None:
        """In a server: write read-only answers' delivery ids behind, in batches."""
        self.store.start()

    async def close(self) -> None:
        await self.store.close()

    async def handle(self, inc: Incoming) -> list[Reply]:
        token = _DECISION.set("dialog")
        try:
            return await self._handle_counted(inc)
        finally:
            decision = _DECISION.get()
            _DECISION.reset(token)
            for observe in self.observers:
                try:
                    observe(inc.channel, decision)
                except Exception:  # noqa: BLE001 - an observer never breaks an answer
                    log.exception("message observer failed")

    async def _handle_counted(self, inc: Incoming) -> list[Reply]:
        inc = clean_incoming(inc)  # no NUL or lone surrogate gets past here, whatever the channel
        text = inc.text
        if text is not None and len(text) > self.settings.max_message_chars:
            _DECISION.set("too_long")
            return [Reply(texts.TOO_LONG.format(max=self.settings.max_message_chars))]
        try:
            return await self._handle(inc)
        except DuplicateDelivery:
            _DECISION.set("duplicate")
            # The id holds the web user key, the worker's only credential: log a digest of it.
            digest = hashlib.sha256((inc.delivery_id or "").encode()).hexdigest()[:12]
            log.info("repeated %s delivery (id digest %s)", inc.channel, digest)
            if inc.channel not in ANSWER_REPEATS:
                return []
            return reply_codec.decode(await self.store.replies_for(inc.delivery_id or ""))
        except StoreBusy:
            # every connection busy past the pool's timeout: nothing of this message was
            # written (no delivery id either), the form stands as before; the worker sends it again
            _DECISION.set("busy")
            log.warning("store busy: %s message not handled", inc.channel)
            return [Reply(texts.BUSY)]

    async def _handle(self, inc: Incoming) -> list[Reply]:
        quick = await self._quick_answer(inc)
        if quick is not None:
            return quick
        faq_log: tuple[str, Any] | None = None
        for full in (False, True):
            unit = self.store.unit(
                inc.channel,
                inc.user_key[:128],
                display_name=inc.display_name,
                delivery_id=inc.delivery_id,
                full=full,
            )
            try:
                async with unit as tx:
                    notices = await tx.take_notices()
                    replies, faq_log = await self._route(tx, inc)
                    replies = _notices_reply(notices) + replies
                    if inc.delivery_id:
                        await tx.remember_replies(reply_codec.encode(replies))
                break
            except NeedFullUnit:
                continue  # nothing was written: handled again in a full unit of work
        if faq_log is not None:
            _DECISION.set(faq_log[1].decision)
            await self.knowledge.record(faq_log[0], faq_log[1], inc.channel)
        return replies

    async def updates(self, channel: str, user_key: str) -> list[Reply]:
        """Staff updates waiting for a worker whose channel cannot be pushed to (the web page
        asks now and then); each is handed over once."""
        user_key = strip_unsafe(user_key)[:128]
        state = await self.store.worker_state(channel, user_key)
        if state is None or not state.pending:
            return []
        return _notices_reply(await self.store.take_notices(channel, user_key))

    async def _quick_answer(self, inc: Incoming) -> list[Reply] | None:
        """Most messages are plain questions from a known worker with nothing open: one read
        and the match answer them, with no write transaction beyond the delivery id (the
        query log is written in batches). Anything else returns None for the full path."""
        text = (inc.text or "").strip()
        if (
            not text
            or text.startswith(("/", "／"))
            or commands.bare_command(text)
            or inc.button
            or inc.attachment is not None
            or inc.contact
        ):
            return None
        simple = to_simplified(text)  # 幫我投訴 / 沒發 in traditional characters too
        if (
            (WANTS_TO_FILE.search(simple) and self.checks.tells_story(text))
            or self.checks.keeps(text, simple)
            or told_pieces.may_continue(text, self.checks.counts)
            or (told.pays_told(simple) and not told.asks(simple))
            or told_pieces.for_whom(text, self.checks.relative)
            or is_correction(simple)
            or introduction.lone_name(text, self.checks.story) is not None
        ):
            return None  # a story (asking to be filed, or to be offered filing) takes the full path
        channel, user_key, delivery_id = inc.channel, inc.user_key[:128], inc.delivery_id
        if delivery_id and self.store.answered_recently(delivery_id):
            _DECISION.set("duplicate")  # a repeat of a read-only answer: the same answer again
            return self._read_only_reply(text) if channel in ANSWER_REPEATS else []
        state = await self.store.worker_state(channel, user_key, delivery_id)
        if state is None or not state.idle:
            return None
        if state.delivered:
            _DECISION.set("duplicate")
            if channel not in ANSWER_REPEATS:
                return []
            kept = await self.store.replies_for(delivery_id or "")
            return reply_codec.decode(kept) if kept else self._read_only_reply(text)
        if self.checks.calculator(text):
            return None  # a calculator may ask a question and keep state: the full path
        if introduction.bare_greeting(text):
            if delivery_id:
                await self.store.record_answered(delivery_id, channel)
            return [Reply(texts.GREETING)]
        result = self.knowledge.match(text)
        if result.route not in ("faq", "fallback"):
            return None
        if delivery_id:
            await self.store.record_answered(delivery_id, channel)
        _DECISION.set(result.decision)
        await self.knowledge.record(text, result, channel)
        return self._faq_reply(result)

    async def _route(self, tx: WorkerTx, inc: Incoming) -> tuple[list[Reply], Any]:
        form = tx.form
        text = (inc.text or "").strip()
        button = inc.button or ""
        command = commands.command_of(text)
        if button.startswith("cmd:"):
            command = "/" + button[4:]
        if command in ("/cancel",) or (form.flow and text in CANCEL_WORDS):
            if form.flow:
                was_calc = form.flow == calc_session.FLOW
                intake.cancel(form)
                return [Reply(calc.texts.CANCELLED if was_calc else texts.CANCELLED, buttons=_menu())], None
            return [Reply(texts.NOTHING_TO_CANCEL, buttons=_menu())], None
        if command in COMMANDS:
            return await self._command(tx, command, text), None
        if command:
            return [Reply(texts.HELP, buttons=_menu())], None
        if not form.flow and told.stale(form.data):  # told too long ago: maybe another matter
            form.data = told_pieces.forget(form.data)
        if form.flow == "complaint":
            aside = self._question_aside(form, text, inc)
            if aside is not None:
                return aside
            return await intake.handle(tx, inc, self._form_ctx()), None
        if calc_session.owns(form, button):
            replies = self._calc(form, text, button)
            if replies is not None:
                return replies, None
        if button.startswith("faq:"):
            return self._faq_button(button), None
        if button == "form:story" and told.kept(form.data):
            kept, told_words = told.kept(form.data), (form.data or {}).get(opening.TOLD_WORDS)
            replies = intake.start(form)
            form.data = {**(form.data or {}), "story": kept}
            if told_words:
                form.data[opening.TOLD_WORDS] = told_words
            return replies, None
        if button.startswith("form:"):
            return [Reply(texts.WELCOME, buttons=_menu())], None
        relay_case = form.relay_case(clock.utcnow())
        if relay_case is not None and text and not button:
            relayed = await commands.relay(tx, relay_case, text)
            if relayed:
                return relayed, None
        if inc.attachment is not None or inc.contact is not None:
            return [Reply(texts.UNSUPPORTED, buttons=_menu())], None
        if not text:
            return [Reply(texts.EMPTY, buttons=_menu())], None
        if commands.bare_command(text):
            return await self._command(tx, commands.bare_command(text), text), None
        if (name := introduction.lone_name(text, self.checks.story)) is not None:
            # "我叫覃永华" sent alone before the story: kept, so the complaint asks no name
            form.data = {**told.keep(form.data, text), introduction.NAMED_FIRST: True}
            return [Reply(texts.NAME_FIRST.format(name=name))], None
        if told.kept(form.data) and is_correction(to_simplified(text)):
            # "不对，是八千不是六千" after a story kept: the story is read with the slip replaced
            form.data = told_pieces.fix_kept(form.data, text, self.checks.story)
            offer = Button(texts.STORY_OFFER_BUTTON, "form:story")
            return [Reply(texts.STORY_FIXED, buttons=[offer])], None
        if introduction.bare_greeting(text):
            return [Reply(texts.GREETING)], None  # the story comes next: invited, no form question
        result = self.knowledge.match(text)
        if result.route != "complaint" and WANTS_TO_FILE.search(to_simplified(text)) and len(text) >= 8:
            if self.checks.tells_story(
                text
            ):  # a story that asks to be filed (the cached match stays as it is)
                result = dataclasses.replace(result, route="complaint")
        if result.route not in ("complaint", "progress", "human") and self.checks.reports(text):
            # a whole account of pay owed, no question: filed when no answer was found, or when
            # the teller signs it with a name and phone (an answer does not settle a call-back)
            if result.decision != "answer" or self.checks.signs(text):
                result = dataclasses.replace(result, route="complaint")
        if (
            result.route == "human"
            and not _ASKS_PERSON.search(text)
            and told_pieces.completes(form.data, text, self.checks.counts)
        ):
            # "连我六个人 … 我叫X 电话…" after a story kept: its last piece, no call for a person
            result = dataclasses.replace(result, route="complaint")
        if result.route not in ("complaint", "progress", "human") and (
            result.decision != "answer" or introduction.named_first(form.data)
        ):
            if told_pieces.completes(
                form.data, text, self.checks.counts
            ):  # the last piece of a story told in several messages
                result = dataclasses.replace(result, route="complaint")
        if result.route == "complaint":
            return self._start_form(form, text if len(text) >= 8 else ""), (text, result)
        if told_pieces.for_whom(text, self.checks.relative):
            # "帮俺们屯邻居老刘问的 他不会打字": who it is for, kept for the story told next
            form.data = told.keep(form.data, text)
        if result.route in ("progress", "human"):
            if result.route == "progress":
                replies = await commands.status(tx, commands.case_no_in(text))
            else:
                replies = await commands.human(tx)
            # a complaint mentioned in a story counts as an earlier one only when this worker
            # has one here: "…从七月到现在只发一半…可以投诉吗" from a newcomer is a case to file
            earlier = (
                result.route == "progress"
                and _FILED_BEFORE.search(to_simplified(text))
                and bool(await tx.cases())
            )
            if (
                len(text) >= 20
                and not earlier
                and self.checks.keeps(text, to_simplified(text))
                and self.checks.tells_story(text)
            ):
                # "帮我爸问一下 … 一分钱都没给 … 有事打我电话", "… 电话也不接 这咋整": a case told
                # while asking for a person or taken for a case's progress, no complaint made
                # before; what was told is kept, and one tap (or 我要投诉) files it with it read
                form.data = told.keep(form.data, text)
                offer = Button(texts.STORY_OFFER_BUTTON, "form:story")
                replies.append(Reply(texts.STORY_OFFER, buttons=[offer]))
            return replies, (text, result)
        kind = self.checks.calculator(text)
        if kind is not None:  # "干了6年2个月 月工资6500 能拿多少": the figures are there, answer with them
            replies = calc_session.start(form, kind, text, self._regions(), clock.today())
            entry = self.knowledge.current.kb.entries.get(result.id or "")
            if form.flow == calc_session.FLOW and form.step != "done" and entry is not None:
                # a figure is still missing: the answer first (no buttons: a number typed next
                # is the figure, not a choice), then the calculator's question
                replies = [Reply(self._entry_reply(entry).text)] + replies
            return replies, (text, result)
        replies = self._faq_reply(result)
        keeps = self.checks.keeps(text, to_simplified(text))
        if keeps or told_pieces.piece(form.data, text, self.checks.counts):
            # what the worker told is kept: a complaint started next (the answer's own button,
            # "我要投诉") begins with it read, so nothing it says is asked again (a piece of a
            # story with no pay owed in it is kept silently)
            form.data = told.keep(form.data, text)
            if keeps and len(text) >= 20 and self.checks.tells_story(text):
                # a story with a question: the answer, and one tap files it with the story read
                offer = Button(texts.STORY_OFFER_BUTTON, "form:story")
                replies.append(Reply(texts.STORY_OFFER, buttons=[offer]))
        return replies, (text, result)

    def _start_form(self, form: FormState, text: str) -> list[Reply]:
        return told_pieces.open_form(form, text, self.checks.story)

    # ---------------------------------------------------------------- calculators
    def _regions(self) -> list[calc.RegionFigures]:
        return calc.figures_from(getattr(self.knowledge.current.kb, "local_figures", []))

    def _calc(self, form: FormState, text: str, button: str) -> list[Reply] | None:
        """A calculator's turn; None when the message is a new question (the calculation is
        closed and the message routed as usual)."""
        out = calc_session.handle(form, text, button or None, self._regions(), clock.today())
        if out.handoff is not None:
            return intake.start(form, prefill=out.handoff)
        return None if out.passthrough else out.replies

    def _question_aside(self, form: FormState, text: str, inc: Incoming) -> tuple[list[Reply], Any] | None:
        """A question typed in the middle of the form ("要多久能拿到钱") is answered, not
        stored as the answer to the current step; then the step is asked again."""
        if inc.button or inc.attachment is not None or form.step not in intake.FREE_TEXT_STEPS:
            return None
        if len(text) > 30 or not _QUESTION.search(text):
            return None
        result = self.knowledge.match(text)
        entry = self.knowledge.current.kb.entries.get(result.id or "")
        if result.route != "faq" or result.decision != "answer" or entry is None:
            return None
        answer = Reply(self._entry_reply(entry).text)  # no buttons: the form is still open
        return [answer, Reply(texts.BACK_TO_FORM), intake.reask(form)], (text, result)

    def _form_ctx(self) -> intake.FormContext:
        kb = self.knowledge.current.kb
        return intake.FormContext(settings=self.settings, kb=kb, today=clock.today())

    async def _command(self, tx: WorkerTx, command: str, text: str) -> list[Reply]:
        return await commands.run(tx, command, text, self._start_form)

    # ---------------------------------------------------------------- FAQ
    def _entry_reply(self, entry: Any) -> Reply:
        return faq_replies.entry_reply(self.knowledge.current.kb, entry)

    def _read_only_reply(self, text: str) -> list[Reply]:
        """The quick path's answer to `text` again (a repeated delivery)."""
        if introduction.bare_greeting(text):
            return [Reply(texts.GREETING)]
        return self._faq_reply(self.knowledge.match(text))

    def _faq_reply(self, result: Any) -> list[Reply]:
        return faq_replies.faq_reply(self.knowledge.current.kb, result)

    def _faq_button(self, payload: str) -> list[Reply]:
        return faq_replies.faq_button(self.knowledge.current.kb, payload)

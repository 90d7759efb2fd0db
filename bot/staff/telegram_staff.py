"""Staff commands in Telegram: buttons on notifications (受理 / 认领 / 详情) and
/cases, /case <no>, /note <no> <text>, /reply <no> <text>.

Only staff may use them: a Telegram user listed in settings.staff_telegram_users or linked
to a StaffAccount (telegram_user_id). For anyone else the update falls through to the worker
conversation as if these handlers did not exist, so no staff function is reachable from a
worker chat.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any

from sqlalchemy import select
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.core.masking import mask_name, mask_phone
from bot.staff import scope, texts
from bot.staff.dispatcher import centres_of
from bot.staff.passwords import hash_password
from bot.staff.queries import CaseFilter, case_query
from bot.staff.workflow import WorkflowError, add_note, assign, reply_to_worker, transition
from storage.models import OPEN_STATUSES, Case, StaffAccount

log = logging.getLogger(__name__)
STAFF_GROUP = -10  # runs before the worker conversation handlers (group 0)


def _fallback_centre(ctx: Any) -> str | None:
    centres = list(centres_of(ctx)())
    return next((c.id for c in centres if getattr(c, "fallback", False)), centres[0].id if centres else None)


async def staff_account_for(ctx: Any, telegram_user_id: int | None) -> StaffAccount | None:
    if telegram_user_id is None:
        return None
    async with ctx.db.session() as s:
        account = (
            await s.execute(select(StaffAccount).where(StaffAccount.telegram_user_id == telegram_user_id))
        ).scalar_one_or_none()
        if account is not None:
            return account if account.active else None
        if telegram_user_id not in ctx.settings.staff_telegram_users:
            return None
        # Listed in the configuration but without an account yet: provision one (no password login).
        account = StaffAccount(
            username=f"tg{telegram_user_id}",
            display_name=f"Telegram {telegram_user_id}",
            password_hash=await asyncio.to_thread(hash_password, secrets.token_urlsafe(32)),  # off the loop
            role="staff",
            telegram_user_id=telegram_user_id,
            centre_id=_fallback_centre(ctx),  # every account belongs to a centre
        )
        s.add(account)
    return account


def _summary(case: Case) -> str:
    return texts.TG_CASE.format(
        case_no=case.case_no,
        status=texts.STATUS_LABEL.get(case.status, case.status),
        priority=texts.PRIORITY_LABEL.get(case.priority, case.priority),
        employer=case.employer_name,
        amount=f"{float(case.amount_owed):,.0f}",
        workers=case.workers_affected,
        district=case.district or "",
        name=mask_name(case.worker_name),
        phone=mask_phone(case.contact_phone),
    )


CTX_KEY = "laborbot_ctx"  # application.bot_data[CTX_KEY] is the AppContext


def _ctx(context: ContextTypes.DEFAULT_TYPE) -> Any:
    return context.application.bot_data[CTX_KEY]


async def _who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> StaffAccount | None:
    user = update.effective_user
    return await staff_account_for(_ctx(context), user.id if user else None)


async def _answer(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def _case_by_no(ctx: Any, case_no: str) -> Case | None:
    async with ctx.db.session() as s:
        return (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one_or_none()


async def cases_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cases: the 20 first open cases."""
    who = await _who(update, context)
    if who is None:
        return
    stmt = case_query(CaseFilter()).where(Case.status.in_(OPEN_STATUSES))
    centres = scope.scope_of(who)
    if centres is not None:
        stmt = stmt.where(Case.centre_id.in_(centres))
    async with _ctx(context).db.session() as s:
        rows = (await s.execute(stmt.limit(20))).scalars().all()
    lines = [
        texts.TG_CASE_LINE.format(
            case_no=c.case_no,
            status=texts.STATUS_LABEL[c.status],
            employer=c.employer_name,
            amount=f"{float(c.amount_owed):,.0f}",
        )
        for c in rows
    ]
    await _answer(update, "\n".join(lines) if lines else texts.TG_NO_CASES)
    raise ApplicationHandlerStop


async def case_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/case <no>: one case, personal data masked."""
    who = await _who(update, context)
    if who is None:
        return
    if not context.args:
        await _answer(update, texts.TG_USAGE_CASE)
        raise ApplicationHandlerStop
    case = await _case_by_no(_ctx(context), context.args[0])
    if case is not None and not scope.may_act(who, case.centre_id):
        case = None  # another centre's case: answered as unknown, like the dashboard's 403
    await _answer(update, _summary(case) if case else texts.ERR_NO_CASE.format(case_no=context.args[0]))
    raise ApplicationHandlerStop


async def _note_or_reply(update: Update, context: ContextTypes.DEFAULT_TYPE, kind: str) -> None:
    account = await _who(update, context)
    if account is None:
        return
    if len(context.args or []) < 2:
        await _answer(update, texts.TG_USAGE_NOTE if kind == "note" else texts.TG_USAGE_REPLY)
        raise ApplicationHandlerStop
    ctx = _ctx(context)
    case_no, text = context.args[0], " ".join(context.args[1:])
    try:
        if kind == "note":
            await add_note(ctx.db, case_no, account, text)
            await _answer(update, texts.TG_NOTE_SAVED.format(case_no=case_no))
        else:
            out = await reply_to_worker(ctx.db, case_no, account, text, pushers=ctx.pushers)
            done = texts.TG_REPLY_SENT if out.pushed else texts.TG_REPLY_QUEUED
            await _answer(update, done.format(case_no=case_no))
    except WorkflowError as exc:
        await _answer(update, str(exc))
    raise ApplicationHandlerStop


async def note_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/note <no> <text>: an internal note on the case."""
    await _note_or_reply(update, context, "note")


async def reply_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reply <no> <text>: a message to the worker (opens the reply relay)."""
    await _note_or_reply(update, context, "reply")


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The buttons on staff notifications: staff:accept|claim|detail:<case_no>."""
    query = update.callback_query
    if query is None or not (query.data or "").startswith("staff:"):
        return
    account = await _who(update, context)
    if account is None:
        await query.answer(texts.TG_NOT_STAFF, show_alert=True)
        raise ApplicationHandlerStop
    ctx = _ctx(context)
    _, action, case_no = (query.data.split(":", 2) + ["", ""])[:3]
    try:
        if action == "accept":
            await transition(ctx.db, case_no, "accept", account, pushers=ctx.pushers)
            await query.answer(texts.TG_DONE)
            await _answer(update, texts.TG_ACCEPTED.format(case_no=case_no, name=account.display_name))
        elif action == "claim":
            await assign(ctx.db, case_no, account)
            await query.answer(texts.TG_DONE)
            await _answer(update, texts.TG_CLAIMED.format(case_no=case_no, name=account.display_name))
        else:
            case = await _case_by_no(ctx, case_no)
            await query.answer()
            await _answer(update, _summary(case) if case else texts.ERR_NO_CASE.format(case_no=case_no))
    except WorkflowError as exc:
        await query.answer(str(exc)[:190], show_alert=True)
    raise ApplicationHandlerStop


def register_staff_handlers(application: Any, ctx: Any) -> None:
    """Add the staff handlers to a python-telegram-bot Application (group STAFF_GROUP)."""
    application.bot_data[CTX_KEY] = ctx
    for command, handler in (
        ("cases", cases_cmd),
        ("case", case_cmd),
        ("note", note_cmd),
        ("reply", reply_cmd),
    ):
        application.add_handler(CommandHandler(command, handler), group=STAFF_GROUP)
    application.add_handler(CallbackQueryHandler(button, pattern=r"^staff:"), group=STAFF_GROUP)

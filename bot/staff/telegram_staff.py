"""Staff commands in Telegram: buttons on notifications (受理 / 认领 / 详情) and
/cases, /case <no>, /note <no> <text>, /reply <no> <text>.

Only staff may use them: a Telegram user listed in settings.staff_telegram_users or linked
to a StaffAccount (telegram_user_id). For anyone else the update falls through to the worker
conversation as if these handlers did not exist, so no staff function is reachable from a
worker chat.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from sqlalchemy import select
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.core.masking import mask_name, mask_phone
from bot.staff import texts
from bot.staff.passwords import hash_password
from bot.staff.queries import CaseFilter, case_query
from bot.staff.workflow import WorkflowError, add_note, assign, reply_to_worker, transition
from storage.models import OPEN_STATUSES, Case, StaffAccount

log = logging.getLogger(__name__)
STAFF_GROUP = -10  # runs before the worker conversation handlers (group 0)


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
            password_hash=hash_password(secrets.token_urlsafe(32)),
            role="staff",
            telegram_user_id=telegram_user_id,
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


def register_staff_handlers(application: Any, ctx: Any) -> None:
    """Add the staff handlers to a python-telegram-bot Application (group STAFF_GROUP)."""

    async def who(update: Update) -> StaffAccount | None:
        user = update.effective_user
        return await staff_account_for(ctx, user.id if user else None)

    async def answer(update: Update, text: str) -> None:
        if update.effective_message is not None:
            await update.effective_message.reply_text(text)

    async def cases_cmd(update: Update, _c: ContextTypes.DEFAULT_TYPE) -> None:
        account = await who(update)
        if account is None:
            return
        async with ctx.db.session() as s:
            rows = (
                (await s.execute(case_query(CaseFilter()).where(Case.status.in_(OPEN_STATUSES)).limit(20)))
                .scalars()
                .all()
            )
        lines = [
            f"{c.case_no} {texts.STATUS_LABEL[c.status]} {c.employer_name} {float(c.amount_owed):,.0f}元"
            for c in rows
        ]
        await answer(update, "\n".join(lines) if lines else texts.TG_NO_CASES)
        raise ApplicationHandlerStop

    async def case_cmd(update: Update, c: ContextTypes.DEFAULT_TYPE) -> None:
        account = await who(update)
        if account is None:
            return
        if not c.args:
            await answer(update, texts.TG_USAGE_CASE)
            raise ApplicationHandlerStop
        async with ctx.db.session() as s:
            case = (await s.execute(select(Case).where(Case.case_no == c.args[0]))).scalar_one_or_none()
        await answer(update, _summary(case) if case else texts.ERR_NO_CASE.format(case_no=c.args[0]))
        raise ApplicationHandlerStop

    async def note_or_reply(update: Update, c: ContextTypes.DEFAULT_TYPE, kind: str) -> None:
        account = await who(update)
        if account is None:
            return
        if len(c.args or []) < 2:
            await answer(update, texts.TG_USAGE_NOTE if kind == "note" else texts.TG_USAGE_REPLY)
            raise ApplicationHandlerStop
        case_no, text = c.args[0], " ".join(c.args[1:])
        try:
            if kind == "note":
                await add_note(ctx.db, case_no, account, text)
                await answer(update, texts.TG_NOTE_SAVED.format(case_no=case_no))
            else:
                out = await reply_to_worker(ctx.db, case_no, account, text, pushers=ctx.pushers)
                await answer(
                    update,
                    (texts.TG_REPLY_SENT if out.pushed else texts.TG_REPLY_QUEUED).format(case_no=case_no),
                )
        except WorkflowError as exc:
            await answer(update, str(exc))
        raise ApplicationHandlerStop

    async def note_cmd(update: Update, c: ContextTypes.DEFAULT_TYPE) -> None:
        await note_or_reply(update, c, "note")

    async def reply_cmd(update: Update, c: ContextTypes.DEFAULT_TYPE) -> None:
        await note_or_reply(update, c, "reply")

    async def button(update: Update, _c: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or not (query.data or "").startswith("staff:"):
            return
        account = await who(update)
        if account is None:
            await query.answer(texts.TG_NOT_STAFF, show_alert=True)
            raise ApplicationHandlerStop
        _, action, case_no = (query.data.split(":", 2) + ["", ""])[:3]
        try:
            if action == "accept":
                await transition(ctx.db, case_no, "accept", account, pushers=ctx.pushers)
                await query.answer(texts.TG_DONE)
                await answer(update, texts.TG_ACCEPTED.format(case_no=case_no, name=account.display_name))
            elif action == "claim":
                await assign(ctx.db, case_no, account)
                await query.answer(texts.TG_DONE)
                await answer(update, texts.TG_CLAIMED.format(case_no=case_no, name=account.display_name))
            else:
                async with ctx.db.session() as s:
                    case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one_or_none()
                await query.answer()
                await answer(update, _summary(case) if case else texts.ERR_NO_CASE.format(case_no=case_no))
        except WorkflowError as exc:
            await query.answer(str(exc)[:190], show_alert=True)
        raise ApplicationHandlerStop

    application.add_handler(CommandHandler("cases", cases_cmd), group=STAFF_GROUP)
    application.add_handler(CommandHandler("case", case_cmd), group=STAFF_GROUP)
    application.add_handler(CommandHandler("note", note_cmd), group=STAFF_GROUP)
    application.add_handler(CommandHandler("reply", reply_cmd), group=STAFF_GROUP)
    application.add_handler(CallbackQueryHandler(button, pattern=r"^staff:"), group=STAFF_GROUP)

"""The python-telegram-bot Application inside aiohttp's lifecycle: polling or webhook."""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from typing import Any
from urllib.parse import urlparse

from aiohttp import web

# Opt in to python-telegram-bot's coming time API (periods as timedelta, v22.2+): without it the
# library warns on every flood-control error it raises. Nothing here reads those periods.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels import texts
from bot.channels.telegram.convert import PayloadMap, markup, remove_keyboard, split_text
from bot.core.types import Attachment, Contact, Incoming, Reply

log = logging.getLogger(__name__)
TELEGRAM_APP = web.AppKey("telegram_application", Application)  # the composition root adds staff


class TelegramChannel:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        s = ctx.settings
        builder = (
            ApplicationBuilder()
            .token(s.telegram_token)
            .base_url(s.telegram_base_url)
            .rate_limiter(AIORateLimiter(max_retries=3))
            .concurrent_updates(True)
        )
        if s.telegram_base_file_url:
            builder = builder.base_file_url(s.telegram_base_file_url)
        if s.telegram_webhook_url:
            builder = builder.updater(None)
        self.application = builder.build()
        self.payloads = PayloadMap()
        self.webhook_secret = s.telegram_webhook_secret or secrets.token_urlsafe(24)
        self.application.add_handler(CallbackQueryHandler(self.on_callback))
        self.application.add_handler(MessageHandler(filters.ALL, self.on_message))

    async def send(self, chat_id: int | str, replies: list[Reply]) -> None:
        bot = self.application.bot
        for r in replies:
            text = r.text + (("\n\n" + texts.CASE_NO.format(case_no=r.case_no)) if r.case_no else "")
            chunks = split_text(text)
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                await bot.send_message(
                    chat_id, chunk, reply_markup=markup(r, self.payloads) if last else None
                )

    async def push(self, user_key: str, replies: list[Reply]) -> bool:
        try:
            await self.send(int(user_key), replies)
            return True
        except (TelegramError, ValueError):
            log.exception("telegram push failed")
            return False

    async def on_message(self, update: Update, _c: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        user = update.effective_user
        if msg is None or user is None or update.effective_chat is None:
            return
        if update.effective_chat.type != "private":
            return  # worker conversations are private chats; groups belong to staff
        contact = None
        if msg.contact is not None:
            contact = Contact(
                phone=msg.contact.phone_number,
                user_id=str(msg.contact.user_id) if msg.contact.user_id else None,
                name=msg.contact.first_name,
            )
        attachment = await self._attachment(msg)
        if attachment == "too_big":
            mb = self.ctx.settings.max_upload_bytes // 1048576
            await self.send(msg.chat_id, [Reply(texts.TOO_BIG.format(mb=mb))])
            return
        inc = Incoming(
            channel="telegram",
            user_key=str(user.id),
            text=msg.text or msg.caption,
            contact=contact,
            attachment=attachment if isinstance(attachment, Attachment) else None,
            delivery_id=f"tg:{update.update_id}",
            display_name=user.first_name,
        )
        replies = await self.ctx.engine.handle(inc)
        if contact is not None and replies and not any(r.request_contact for r in replies):
            await self.application.bot.send_message(msg.chat_id, "✓", reply_markup=remove_keyboard())
        await self.send(msg.chat_id, replies)

    async def _attachment(self, msg: Any) -> Attachment | str | None:
        item, name, ctype = None, "file", "application/octet-stream"
        if msg.photo:
            item, name, ctype = msg.photo[-1], "photo.jpg", "image/jpeg"
        elif msg.document is not None:
            item, name = msg.document, msg.document.file_name or "file"
            ctype = msg.document.mime_type or ctype
        if item is None:
            return None
        if (item.file_size or 0) > self.ctx.settings.max_upload_bytes:
            return "too_big"
        file = await item.get_file()
        data = bytes(await file.download_as_bytearray())
        return Attachment(filename=name, content_type=ctype, data=data)

    async def on_callback(self, update: Update, _c: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or query.from_user is None:
            return
        await query.answer()
        if query.message is not None and query.message.chat.type != "private":
            return
        payload = self.payloads.decode(query.data or "")
        inc = Incoming(
            channel="telegram",
            user_key=str(query.from_user.id),
            button=payload,
            delivery_id=f"tg:{update.update_id}",
            display_name=query.from_user.first_name,
        )
        replies = await self.ctx.engine.handle(inc)
        await self.send(query.from_user.id, replies)

    async def start(self, _app: web.Application) -> None:
        app = self.application
        await app.initialize()
        try:
            await app.bot.set_my_commands([BotCommand(k, v) for k, v in texts.COMMANDS.items()])
        except TelegramError:
            log.warning("could not set the Telegram command menu")
        await app.start()
        s = self.ctx.settings
        if s.telegram_webhook_url:
            if not s.telegram_webhook_secret:
                # Generated once and kept in the database: every process checks the same one.
                self.webhook_secret = await self.ctx.channel_memory.shared_secret("telegram_webhook")
            await app.bot.set_webhook(
                s.telegram_webhook_url, secret_token=self.webhook_secret, allowed_updates=Update.ALL_TYPES
            )
        elif app.updater is not None:
            await app.updater.start_polling(poll_interval=0.0, timeout=10, allowed_updates=Update.ALL_TYPES)

    async def stop(self, _app: web.Application) -> None:
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    async def webhook(self, request: web.Request) -> web.Response:
        header = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(header.encode(), self.webhook_secret.encode()):
            return web.json_response({"error": "forbidden"}, status=403)
        try:
            data = await request.json()
        except (ValueError, UnicodeDecodeError, RecursionError):
            return web.json_response({"error": "bad json"}, status=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.json_response({"error": "not an update"}, status=400)
        try:
            update = Update.de_json(data, self.application.bot)
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError):
            update = None
        if update is None:
            return web.json_response({"error": "not an update"}, status=400)
        await self.application.process_update(update)
        return web.json_response({"ok": True})


def setup(app: web.Application, ctx: Any) -> None:
    if not ctx.settings.telegram_token:
        return
    channel = TelegramChannel(ctx)
    app[TELEGRAM_APP] = channel.application
    ctx.pushers["telegram"] = channel.push
    if ctx.settings.telegram_webhook_url:
        path = urlparse(ctx.settings.telegram_webhook_url).path or "/telegram"
        app.router.add_post(path, channel.webhook)
    app.on_startup.append(channel.start)
    app.on_cleanup.append(channel.stop)

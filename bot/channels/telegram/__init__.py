"""Telegram channel (python-telegram-bot v22): long polling or webhook inside `laborbot serve`.
May import: python-telegram-bot, aiohttp, bot.core, bot.context, bot.channels."""

from bot.channels.telegram.app import setup

__all__ = ["setup"]

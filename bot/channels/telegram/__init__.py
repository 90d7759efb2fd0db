"""Telegram channel (python-telegram-bot v22): long polling or webhook inside `laborbot serve`."""

from bot.channels.telegram.app import setup

__all__ = ["setup"]

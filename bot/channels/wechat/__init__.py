"""WeChat official account channel: signatures, AES (safe mode), XML messages, the /wechat endpoint."""

from bot.channels.wechat.endpoint import setup

__all__ = ["setup"]

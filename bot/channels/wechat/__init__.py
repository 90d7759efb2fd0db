"""WeChat official account channel: signatures, AES (safe mode), XML messages, the /wechat endpoint.
May import: aiohttp, cryptography, bot.core, bot.context, bot.channels."""

from bot.channels.wechat.endpoint import setup

__all__ = ["setup"]

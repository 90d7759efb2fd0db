"""Channel adapters (web chat, Telegram, WeChat, console): platform messages <-> Incoming/Reply.
May import: bot.core, bot.context, bot.config, bot.clock, bot.compose; never storage, sqlalchemy, bot.staff."""

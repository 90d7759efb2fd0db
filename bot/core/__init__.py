"""The conversation engine, Incoming -> list[Reply]: routing, commands, the complaint form, parsers.
May import: bot.core, bot.clock and pure libraries; never the SQL toolkit, aiohttp, telegram, storage."""

"""Database services, one concept per module, each taking a session or the Database.
May import: storage, sqlalchemy, bot.core.ports, bot.clock; never aiohttp, telegram, channels, staff."""

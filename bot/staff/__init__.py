"""The staff side: case workflow, dashboard and API, notifications, deadlines, early warnings.
May import: storage, sqlalchemy, bot.core (types, masking), bot.context, bot.clock; never bot.channels."""

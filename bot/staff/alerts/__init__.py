"""Graded early warnings (分级预警): rules, detection in SQL, lifecycle, background watch.
May import: storage, sqlalchemy, bot.staff, bot.core, bot.clock."""

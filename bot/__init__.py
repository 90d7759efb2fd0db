"""laborbot: settings (config), the one clock, and the composition root (compose, server, cli).
May import: every part; bot/clock.py only the standard library (bot.core relies on that)."""

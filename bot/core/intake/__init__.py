"""The wage-arrears complaint form: consent first, then one field at a time, each answer
parsed and echoed, a summary where any field can be changed, and filing in one unit of work.
May import: bot.core (ports, parsers, texts) and bot.clock."""

from bot.core.intake.fields import FIELDS, FREE_TEXT_STEPS, OPTIONAL, ORDER, Field, FormContext
from bot.core.intake.form import cancel, reask, start
from bot.core.intake.steps import STEPS, handle

__all__ = [
    "FIELDS",
    "FREE_TEXT_STEPS",
    "OPTIONAL",
    "ORDER",
    "STEPS",
    "Field",
    "FormContext",
    "cancel",
    "handle",
    "reask",
    "start",
]

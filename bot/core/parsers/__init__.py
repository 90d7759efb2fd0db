"""Parsers for complaint answers: each returns Parsed(value, echo, approximate) or ParseError.
May import: bot.core.parsers only (pure functions of the text)."""

from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.headcount import parse_headcount
from bot.core.parsers.money import parse_amount
from bot.core.parsers.period import parse_period
from bot.core.parsers.phone import parse_phone
from bot.core.parsers.text import (
    clean_text,
    parse_free_text,
    parse_name,
    strip_said,
    to_simplified,
    without_spelling,
)

__all__ = [
    "ParseError",
    "Parsed",
    "clean_text",
    "parse_amount",
    "parse_free_text",
    "parse_headcount",
    "parse_name",
    "parse_period",
    "parse_phone",
    "strip_said",
    "to_simplified",
    "without_spelling",
]

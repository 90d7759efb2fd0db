"""The story reader on the shipped industry list, for the story extraction tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.core.extract import Story, extract_story
from knowledge_base.industries import load_industries

INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def read_story(text: str, today: date) -> Story:
    return extract_story(text, today, INDUSTRIES)


def story_value(text: str, field: str, today: date) -> object:
    """The value read for `field`, None when the story gives none."""
    f = read_story(text, today).fields
    return f[field].value if field in f else None

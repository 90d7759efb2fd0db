"""Reading a worker's story for every complaint field it holds (pure: no storage, no channel).
May import: bot.core (parsers, texts) and pure libraries."""

from bot.core.extract.industry import classify, find_industry
from bot.core.extract.name_reader import looks_like_name
from bot.core.extract.org_keys import employer_key, same_employer
from bot.core.extract.places import find_district
from bot.core.extract.story import FIELDS, Found, Story, extract_story

__all__ = [
    "FIELDS",
    "Found",
    "Story",
    "classify",
    "employer_key",
    "extract_story",
    "find_district",
    "find_industry",
    "looks_like_name",
    "same_employer",
]

"""Dialect words read as Mandarin before the story readers (Cantonese 仲差 / 淨係俾咗 / 四千蚊,
Hakka 𠊎 / 毋曾, Wu 侬 / 勿, Minnan 拢无 / 按怎): one word list an admin can read and extend,
data/dialect_words.yaml. Every word is replaced by a Mandarin word of the same length, so a
position read in the Mandarin text is the same position in the worker's own words (which the
case description keeps as typed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from bot.core.parsers.text import to_simplified

# a figure right before a word of the after_number list: "四千蚊", "三蚊半", "2000箍"
_NUMBER = r"(?<=[0-9零一二两三四五六七八九十百千万几])"


@dataclass(frozen=True)
class DialectWords:
    words: dict[str, str]  # dialect word (simplified) -> Mandarin word of the same length
    after_number: dict[str, str]  # the same, only right after a figure


def load(text: str) -> DialectWords:
    """The word list from its YAML text; a pair of different lengths (or not text) is an error."""
    data = yaml.safe_load(text) or {}
    out: list[dict[str, str]] = []
    for section in ("words", "after_number"):
        pairs: dict[str, str] = {}
        for said, plain in (data.get(section) or {}).items():
            said, plain = to_simplified(str(said)), to_simplified(str(plain))
            if not said or len(said) != len(plain):
                raise ValueError(f"dialect_words.yaml {section}: {said!r} -> {plain!r}: not the same length")
            pairs[said] = plain
        out.append(pairs)
    return DialectWords(*out)


@lru_cache(maxsize=1)
def _list() -> tuple[DialectWords, re.Pattern[str] | None]:
    words = load(files("bot.core.parsers").joinpath("data/dialect_words.yaml").read_text("utf-8"))
    alts = [re.escape(w) for w in sorted(words.words, key=len, reverse=True)]
    alts += [_NUMBER + re.escape(w) for w in sorted(words.after_number, key=len, reverse=True)]
    return words, re.compile("|".join(alts)) if alts else None


def dialect_words() -> DialectWords:
    """The word list in use (read once)."""
    return _list()[0]


def in_mandarin(simple: str) -> str:
    """The (simplified) text with every dialect word of the list in its Mandarin form, longest
    first, the same length: "老板净系俾咗四千蚊，仲差好多" -> "老板就只给了四千块，还差好多"."""
    words, pattern = _list()
    if not simple or pattern is None:
        return simple or ""
    return pattern.sub(lambda m: words.words.get(m.group(0)) or words.after_number[m.group(0)], simple)

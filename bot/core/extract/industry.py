"""Job and industry words -> a fixed category list (industries.yaml), the worker's own words
kept beside it: "在工地上做木工的" -> ("工地、木工", "建筑业")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol


class CategoryLike(Protocol):
    name: str
    aliases: list[str]
    other: bool


def _aliases(categories: Iterable[CategoryLike]) -> list[tuple[str, str]]:
    pairs = [(a, c.name) for c in categories for a in c.aliases if a]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def other_category(categories: Iterable[Any]) -> str:
    return next((c.name for c in categories if getattr(c, "other", False)), "其他")


def find_industry(text: str, categories: list[Any]) -> tuple[str, str, int, int] | None:
    """(the worker's words, category, start, end) or None when no known word is in the text.
    The longest word decides the category (电子厂 over 电子); words are kept in text order."""
    if not categories:
        return None
    taken = [False] * len(text)
    hits: list[tuple[int, str, str]] = []
    for alias, cat in _aliases(categories):
        start = 0
        while (i := text.find(alias, start)) >= 0:
            if not any(taken[i : i + len(alias)]):
                for k in range(i, i + len(alias)):
                    taken[k] = True
                hits.append((i, alias, cat))
            start = i + 1
    if not hits:
        return None
    best = max(hits, key=lambda h: (len(h[1]), -h[0]))
    hits.sort()
    words: list[str] = []
    for _, alias, _ in hits:
        if alias not in words and not any(alias in w for w in words):
            words.append(alias)
    return "、".join(words[:3]), best[2], hits[0][0], hits[-1][0] + len(hits[-1][1])


def classify(words: str, categories: list[Any]) -> str:
    """The category of an answer typed on its own ("饭店 服务员" -> 住宿和餐饮业)."""
    found = find_industry(words or "", categories)
    return found[1] if found else other_category(categories)

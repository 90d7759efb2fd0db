"""Text normalisation before matching: width, script, case, noise, typos and synonyms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK extensions A and B stay: dialects write some words there (Hakka 𠊎 "I", Cantonese 㗎), and
# a synonym can only map what is kept.
_KEEP = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef+]+")
# Characters only Cantonese writes (after traditional -> simplified): in such a message 人工 is
# the pay ("欠我哋成班人人工", "攞双倍人工"), unless it is asked for as a person ("转人工",
# "人工客服", "有冇人工").
_CANTONESE = re.compile(r"[咗唔嘅佢哋喺冇嘢啲畀攞揾嚟噉咁睇㗎嗮晒咩乜]")
_CANTONESE_PAY = re.compile(
    r"(?<![转接换找要叫揾整喊请冇])(?<!有没有)人工(?!客服|服务|坐席|台|智能|回复|处理)"
)


# A normaliser remembers what it made of short texts: a knowledge base's texts are normalised by
# the loader's checks, the training examples and the index, and again at each reload (the same
# synonyms share one normaliser, ``Normalizer.shared``).
NORMALIZE_CACHE = 40_000
NORMALIZE_CACHE_CHARS = 200


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - opencc converter, loaded once
    import opencc

    return opencc.OpenCC("t2s")


class Normalizer:
    """NFKC -> traditional to simplified -> lower case -> drop emoji/punctuation/space ->
    replace typos and colloquial variants by their canonical word (longest match first) -> in a
    Cantonese message, 人工 not asked for as a person is the pay (工资)."""

    def __init__(self, synonyms: dict[str, str] | None = None) -> None:
        self.synonyms = {self._base(k): self._base(v) for k, v in (synonyms or {}).items() if self._base(k)}
        # A canonical word that contains one of the variants ("包工头" holds "工头") must stay as it
        # is, not grow into "包包工头": it is a key too, and the longest match wins.
        for canonical in set(self.synonyms.values()):
            if canonical:
                self.synonyms.setdefault(canonical, canonical)
        keys = sorted(self.synonyms, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, keys))) if keys else None
        self._cached = lru_cache(maxsize=NORMALIZE_CACHE)(self._normalize)

    @staticmethod
    def shared(synonyms: dict[str, str] | None = None) -> Normalizer:
        """The normaliser of these synonyms, the same instance while they stay the same."""
        return _shared(tuple(sorted((synonyms or {}).items())))

    @staticmethod
    def _base(text: str) -> str:
        text = unicodedata.normalize("NFKC", str(text))
        text = _t2s().convert(text)
        return _KEEP.sub("", text.lower())

    def normalize(self, text: str | None) -> str:
        if not text:
            return ""
        if len(text) <= NORMALIZE_CACHE_CHARS:
            return self._cached(text)
        return self._normalize(text)

    def _normalize(self, text: str) -> str:
        base = self._base(text[:2000])
        if self._pattern is None:
            return base
        out = self._pattern.sub(lambda m: self.synonyms[m.group(0)], base)
        if _CANTONESE.search(base):
            out = _CANTONESE_PAY.sub("工资", out)
        return out


@lru_cache(maxsize=2)  # the synonyms served and, during a reload, the edited ones
def _shared(synonyms: tuple[tuple[str, str], ...]) -> Normalizer:
    return Normalizer(dict(synonyms))

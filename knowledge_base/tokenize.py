"""Tokens for matching: jieba words (with the domain dictionary) plus character bigrams,
which keep matching robust to segmentation differences and one-character typos."""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections.abc import Iterable

log = logging.getLogger(__name__)

# Question words and function words say nothing about the topic: they never count as evidence.
STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 呀 么 嘛 哦 哈 我 你 他 她 它 我们 你们 他们 咱们 自己 是 在 有 没有 和 与 就 都 也 还 要 会 能 能不能 "
    "可以 可不可以 这 那 这个 那个 这样 那样 个 一个 怎么 怎么办 怎样 如何 什么 啥 多少 几 哪 哪里 哪儿 哪些 哪个 为什么 "
    "请问 问 问问 一下 下 想 知道 现在 请 谢谢 您好 你好 被 给 把 让 到 对 从 为 跟 又 很 该 应该 需要 吗 呢 啥子 "
    "是不是 有没有 算不算 行不行 合法吗 正常吗 一般 帮 帮我 帮忙 了解 咨询 情况 问题 东西 事 事情 时候 之后 以后".split()
)
# A tokenizer remembers its cuts (jieba costs ~45 us a text): a reload that keeps the tokenizer
# cuts only the texts that changed, and the model, the index and the calibration's folds share
# one cut of each training text. Least recently used cuts go first; a long text (a story) is cut
# afresh each time.
CUT_CACHE = 40_000
CUT_CACHE_CHARS = 200

STOPCHARS = frozenset(
    "的了吗呢吧啊呀么嘛哦我你他她它们是在有和就都也还要会能可以这那个怎样如何什啥多少几哪些为该需请问想吗"
)


class Tokenizer:
    """A private jieba tokenizer on jieba's own dictionary, read a part at a time
    (knowledge_base/jieba_dict.py), with the domain words added on top."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        import jieba

        from knowledge_base.jieba_dict import LazyCutter, dictionary

        started = time.perf_counter()
        logging.getLogger("jieba").setLevel(logging.WARNING)
        added = [w for w in sorted(set(words)) if 1 < len(w) <= 12]
        self._jieba = LazyCutter(dictionary(), added, freq=20000)
        # what decides its cuts and words: a model trained with another tokenizer is not reused
        self.signature = hashlib.sha256(
            "\n".join([jieba.__version__, *added, "", *sorted(STOPWORDS)]).encode("utf-8")
        ).hexdigest()
        self._cached_cut = functools.lru_cache(maxsize=CUT_CACHE)(self._jieba_cut)
        # cuts this tokenizer's signature made before, read from disk (knowledge_base/cut_cache.py)
        self._known: dict[str, tuple[str, ...]] = {}
        self.init_seconds = time.perf_counter() - started

    def _jieba_cut(self, normalized: str) -> tuple[str, ...]:
        return tuple(w for w in self._jieba.lcut(normalized, HMM=False) if w.strip())

    def _cut(self, normalized: str) -> tuple[str, ...]:
        if len(normalized) > CUT_CACHE_CHARS:
            return self._jieba_cut(normalized)
        known = self._known.get(normalized)
        if known is not None:
            return known
        return self._cached_cut(normalized)

    def preload(self, cuts: dict[str, tuple[str, ...]]) -> None:
        """Cuts of short texts made before by a tokenizer of the same signature (and this code):
        served as this one's own, without jieba."""
        self._known.update((t, c) for t, c in cuts.items() if len(t) <= CUT_CACHE_CHARS)

    def cuts(self, texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The cuts of the short ones of ``texts`` (to keep on disk)."""
        return {t: self._cut(t) for t in texts if 0 < len(t) <= CUT_CACHE_CHARS}

    def cut(self, normalized: str) -> list[str]:
        """Every word, stop words included."""
        return list(self._cut(normalized))

    def words(self, normalized: str, cut: list[str] | None = None) -> list[str]:
        if cut is None:
            return [w for w in self._cut(normalized) if w not in STOPWORDS]
        return [w for w in cut if w.strip() and w not in STOPWORDS]

    def terms(self, normalized: str, cut: list[str] | None = None) -> list[str]:
        """Words ("w:") and character bigrams ("b:"); ``cut``: jieba's cut, if already made."""
        words = self.words(normalized, cut)
        grams = [normalized[i : i + 2] for i in range(len(normalized) - 1)]
        return [f"w:{w}" for w in words] + [
            f"b:{g}" for g in grams if not (g[0] in "的了吗呢吧" or g[1] in "的了吗呢吧")
        ]

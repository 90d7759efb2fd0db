"""A message typed in toneless pinyin ("gongsi tuoqian gongzi zenme ban") read back into the
knowledge base's own words (公司拖欠工资怎么办), so it is matched like any other question.

The words are those the matcher's model was trained on (the knowledge base's texts and the
users' asked questions), weighted by how common they are there, plus a few function words
(怎么, 能不能, 吗) the model leaves out; each gets its toneless pinyin (pypinyin) on the first
pinyin message. A message of Latin letters only is cut into those words' pinyin by dynamic
programming: fewest words, then the more common word where two share a pinyin (gongshang: 工伤,
not 工商). A message that does not read almost wholly as pinyin (English, a code, "ok") is left
as it is. In a message of characters, a run of two or more pinyin syllables typed apart
("bing jia 工资按多少发") is read the same way when every letter of it reads as a word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_LATIN = re.compile(r"^[a-z\s'’,.!?;:，。！？；：、~\-]+$")
_LETTERS = re.compile(r"[a-z]+")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_ANY_HAN = re.compile(r"[\u4e00-\u9fff]")
# Latin words typed apart inside a message of characters: "tiao gang", "fa lv yuan zhu"
_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:[ '’]+[A-Za-z]+)+(?![A-Za-z0-9])")
MIN_RUN = 4  # letters of a run inside a message of characters
MIN_LETTERS = 6  # "ok", "hi", "help" are no pinyin sentence
LONGEST = 24  # letters of the longest word's pinyin looked at
UNREAD_AT = 0.1  # more letters than this share left unread: not pinyin


# Words people type in a question that a classifier's vocabulary drops as stop words.
FUNCTION_WORDS = (
    "我 我们 你 你们 他 她 他们 的 了 吗 呢 吧 啊 怎么 怎么办 怎么样 什么 为什么 哪里 在哪 哪个 谁 能 能不能 可以 可不可以 "
    "要 想 是 是不是 不 没 没有 有 有没有 多少 多久 几 给 被 和 跟 还 就 都 也 这 那 这个 那个 说 问 去 找 算 会"
).split()


class PinyinReader:
    """``words``: called once, on the first pinyin message: each word and how common it is."""

    def __init__(self, words: Callable[[], dict[str, float]]) -> None:
        self._source = words
        self._words: dict[str, tuple[str, float]] | None = None  # pinyin -> (word, weight)

    def _build(self) -> dict[str, tuple[str, float]]:
        from pypinyin import Style, lazy_pinyin  # loaded on the first pinyin message only

        weights = dict(self._source())
        top = max(weights.values(), default=1.0)
        for w in FUNCTION_WORDS:
            weights[w] = max(weights.get(w, 0.0), top)
        words: dict[str, tuple[str, float]] = {"shei": ("谁", top)}  # 谁 is typed shei as often as shui
        for word, weight in weights.items():
            if not _HAN.match(word):
                continue
            key = "".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore"))
            if key and (key not in words or words[key][1] < weight):
                words[key] = (word, weight)
        return words

    @staticmethod
    def looks_like_pinyin(text: str) -> bool:
        base = unicodedata.normalize("NFKC", text).lower().strip()
        return bool(_LATIN.match(base)) and len("".join(_LETTERS.findall(base))) >= MIN_LETTERS

    def read(self, text: str) -> str:
        """The message in characters when it is toneless pinyin, else the message unchanged
        (but for runs of pinyin typed apart inside a message of characters)."""
        if not text:
            return text
        if not self.looks_like_pinyin(text):
            return _RUN.sub(self._read_run, text) if _ANY_HAN.search(text) else text
        if self._words is None:
            self._words = self._build()
        letters = "".join(_LETTERS.findall(unicodedata.normalize("NFKC", text).lower()))
        read = self._segment(letters, self._words)
        return read if read is not None else text

    def _read_run(self, run: re.Match[str]) -> str:
        """A run of Latin words inside characters: its characters when every letter reads as a
        word ("chao ling" -> 超龄), else the run as typed ("shut down", "offer letter")."""
        letters = "".join(_LETTERS.findall(unicodedata.normalize("NFKC", run.group(0)).lower()))
        if len(letters) < MIN_RUN:
            return run.group(0)
        if self._words is None:
            self._words = self._build()
        read = self._segment(letters, self._words, unread_at=0.0)
        return read if read is not None else run.group(0)

    @staticmethod
    def _segment(
        letters: str, words: dict[str, tuple[str, float]], unread_at: float = UNREAD_AT
    ) -> str | None:
        """Fewest words (then most frequent) covering the letters; a letter no word covers costs
        as much as three words and is dropped."""
        n = len(letters)
        inf = (10**9, 0.0)
        best: list[tuple[int, float]] = [inf] * (n + 1)  # (words, minus their weights)
        back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
        best[0] = (0, 0.0)
        for i in range(n):
            if best[i] == inf:
                continue
            cost, bonus = best[i]
            skip = (cost + 3, bonus)
            if skip < best[i + 1]:
                best[i + 1], back[i + 1] = skip, (i, None)
            for j in range(i + 1, min(n, i + LONGEST) + 1):
                hit = words.get(letters[i:j])
                if hit is None:
                    continue
                cand = (cost + 1, bonus - hit[1])
                if cand < best[j]:
                    best[j], back[j] = cand, (i, hit[0])
        out: list[str] = []
        unread = 0
        j = n
        while j > 0:
            i, word = back[j]
            if word is None:
                unread += j - i
            else:
                out.append(word)
            j = i
        if not out or unread > unread_at * n:
            return None
        return "".join(reversed(out))

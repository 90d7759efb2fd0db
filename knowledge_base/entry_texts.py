"""The index's per-entry texts laid out as flat arrays, so that a query's word coverage and fuzzy
similarity over its candidate entries take a few numpy calls instead of Python loops over every
text. Both give exactly the values of the plain loops they replace (tests/test_index_speed.py
compares them on the knowledge base's own texts and the labelled sets' questions).

* Coverage: which vocabulary words each text contains as substrings is found once at build, so
  a query only looks its words up. The weights are summed in the query's word order (a
  cumulative sum), as the plain loop did, so the floats are the same to the last bit.
* Fuzzy: rapidfuzz's partial_ratio compares a short string with every window of a long one and
  was the ranker's largest cost. It can be no higher than 200*L/(n+L), where n is the shorter
  string's length and L the longest common subsequence of the two whole strings (read off their
  ratio, which is computed anyway): no window has a longer one. Texts are tried best bound first,
  with the best score so far as rapidfuzz's score_cutoff, and the rest are skipped once their
  bound cannot beat it; the maximum is unchanged."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

PARTIAL_WEIGHT = 0.8  # fuzzy similarity: max(ratio, 0.8 x partial_ratio)
PARTIAL_MIN = 4  # normalised query characters before partial_ratio counts
# Below these sizes (a few short texts per entry, as on the generated 10,000-entry base) the
# arrays' fixed cost exceeds the plain loops', which give the same values: they run instead.
SMALL_COVERAGE = 1024  # candidate texts x query words
SMALL_FUZZ = 96  # candidate texts
_EPS = 1e-6  # margin for float rounding in the bound and the cutoff (scores run 0-100)


class EntryTexts:
    def __init__(self, entry_texts: dict[str, list[str]], vocabulary: Iterable[str]) -> None:
        self.entry_texts = entry_texts
        texts = [t for ts in entry_texts.values() for t in ts]
        self._rows: dict[str, np.ndarray] = {}  # an entry's texts: consecutive rows
        start = 0
        for eid, ts in entry_texts.items():
            self._rows[eid] = np.arange(start, start + len(ts), dtype=np.intp)
            start += len(ts)
        self._len = np.array([len(t) for t in texts], dtype=np.int64)
        self._word_id = {w: i for i, w in enumerate(sorted(set(vocabulary)))}
        # the words each text contains: text i's are _w_ids[_w_off[i]:_w_off[i + 1]]
        self._w_ids, w_off = _contained(texts, self._word_id)
        self._w_count = np.diff(w_off)
        self._w_span = {
            eid: (int(w_off[rows[0]]), int(w_off[rows[-1] + 1]))
            for eid, rows in self._rows.items()
            if len(rows)
        }

    def coverage(self, eids: list[str], weighted: list[tuple[str, float]], room: float) -> list[float]:
        """Per entry: the largest sum of the weights of ``weighted`` words one of its texts
        contains, a text longer than ``room`` counting room/len of it."""
        if not weighted:
            return [0.0] * len(eids)
        if sum(len(self.entry_texts[e]) for e in eids) * len(weighted) <= SMALL_COVERAGE:
            return [_plain_coverage(weighted, self.entry_texts[e], room) for e in eids]
        rows = np.concatenate([self._rows[e] for e in eids])
        flat = np.concatenate([self._w_ids[a:b] for a, b in (self._w_span[e] for e in eids)])
        local = np.repeat(np.arange(len(rows)), self._w_count[rows])
        # each query word's places in ``weighted`` (a word can come twice: as a word and a bigram)
        places: dict[str, list[int]] = {}
        for j, (w, _) in enumerate(weighted):
            places.setdefault(w, []).append(j)
        words = list(places)
        lookup = np.zeros(len(self._word_id) + 1, dtype=np.int32)  # word id -> its number + 1
        for i, w in enumerate(words):
            lookup[self._word_id.get(w, -1)] = i + 1  # an unknown word marks the spare last slot
        lookup[-1] = 0
        which = lookup[flat] - 1
        hit = np.flatnonzero(which >= 0)
        word, text = which[hit], local[hit]
        counts = np.array([len(places[w]) for w in words], dtype=np.intp)
        first = np.cumsum(counts) - counts
        order = np.array([j for w in words for j in places[w]], dtype=np.intp)
        repeat = counts[word]
        step = np.arange(int(repeat.sum())) - np.repeat(np.cumsum(repeat) - repeat, repeat)
        place = order[np.repeat(first[word], repeat) + step]
        text = np.repeat(text, repeat)
        # bincount adds in input order: sorted by place, each text's weights are summed in the
        # query's word order, as the plain loop did, so the floats are equal bit for bit
        by_place = np.argsort(place, kind="stable")
        weights = np.array([x for _, x in weighted], dtype=np.float64)
        s = np.bincount(text[by_place], weights=weights[place[by_place]], minlength=len(rows))
        lengths = self._len[rows]
        long = lengths > room
        s[long] = s[long] * (room / lengths[long])
        return np.maximum.reduceat(s, self._starts(eids)).tolist()

    def _starts(self, eids: list[str]) -> np.ndarray:
        """Where each entry's texts begin among the candidates' texts, in order."""
        starts = np.zeros(len(eids), dtype=np.intp)
        starts[1:] = np.cumsum([len(self._rows[e]) for e in eids[:-1]])
        return starts

    def fuzz(self, norm: str, eids: list[str]) -> list[float]:
        """Per entry, 0-1: the best over its texts of rapidfuzz ratio and, for a query of at
        least PARTIAL_MIN characters, 0.8 x partial_ratio."""
        if not eids:
            return []
        texts = [t for e in eids for t in self.entry_texts[e]]
        if len(texts) <= SMALL_FUZZ:
            return [_plain_fuzz(norm, self.entry_texts[e]) for e in eids]
        ratio = process.cdist([norm], texts, scorer=fuzz.ratio, dtype=np.float64, workers=1)[0]
        starts = self._starts(eids)
        best_ratio = np.maximum.reduceat(ratio, starts)
        if len(norm) < PARTIAL_MIN:
            return (best_ratio / 100.0).tolist()
        # ratio = 200 L / (len + len(norm)), L the longest common subsequence with the whole query
        lengths = self._len[np.concatenate([self._rows[e] for e in eids])]
        common = np.rint(ratio * (lengths + len(norm)) / 200.0)
        bound = _bound(common, np.minimum(lengths, len(norm)))
        entry = np.repeat(np.arange(len(eids)), np.diff([*starts.tolist(), len(texts)]))
        cutoffs = np.maximum(best_ratio / PARTIAL_WEIGHT - _EPS, 0.0)
        # only texts whose ceiling reaches their entry's cutoff, each entry's highest first
        maybe = np.flatnonzero(bound + _EPS >= cutoffs[entry])
        maybe = maybe[np.lexsort((-bound[maybe], entry[maybe]))]
        best: list[float | None] = [None] * len(eids)
        cutoff = cutoffs.tolist()
        for j, k in zip(maybe.tolist(), entry[maybe].tolist(), strict=True):
            if bound[j] + _EPS < cutoff[k] or _edges_below(norm, texts[j], int(common[j]), cutoff[k]):
                continue
            p = fuzz.partial_ratio(norm, texts[j], score_cutoff=cutoff[k])
            if p >= cutoff[k] and p > 0:
                best[k] = cutoff[k] = p
        out = []
        for r, b in zip(best_ratio.tolist(), best, strict=True):
            out.append((r if b is None else max(r, PARTIAL_WEIGHT * b)) / 100.0)
        return out


def _plain_coverage(weighted: list[tuple[str, float]], texts: list[str], room: float) -> float:
    best = 0.0
    for text in texts:
        s = 0.0
        for word, weight in weighted:
            if word in text:
                s += weight
        if len(text) > room:
            s *= room / len(text)
        best = max(best, s)
    return best


def _plain_fuzz(norm: str, texts: list[str]) -> float:
    fz = process.extractOne(norm, texts, scorer=fuzz.ratio)[1]
    if len(norm) >= PARTIAL_MIN:
        fz = max(fz, PARTIAL_WEIGHT * process.extractOne(norm, texts, scorer=fuzz.partial_ratio)[1])
    return fz / 100.0


def _bound(common: np.ndarray | float, shorter: np.ndarray | int) -> np.ndarray | float:
    """partial_ratio's ceiling when the shorter string (length n) has at most ``common`` characters
    in common order with a window: 200 c / (n + w) for a window of w >= c characters."""
    return 200.0 * common / np.maximum(shorter + common, 1)


def _edges_below(norm: str, text: str, common: int, cutoff: float) -> bool:
    """A finer ceiling, when the strings differ in length: partial_ratio aligns the shorter one
    (n characters) with windows of the longer one of exactly n characters, where it scores at
    most 100 L / n, and with the longer one's first and last n-1 characters or fewer (its ends),
    where the longest common subsequence with those ends bounds it. True: it stays below cutoff."""
    if len(text) == len(norm):
        return False  # then rapidfuzz aligns each string in the other: no finer ceiling here
    short, long = (text, norm) if len(text) < len(norm) else (norm, text)
    n = len(short)
    if 100.0 * common / n + _EPS >= cutoff:
        return False
    ends = max(LCSseq.similarity(short, long[: n - 1]), LCSseq.similarity(short, long[len(long) - n + 1 :]))
    return (200.0 * ends / (n + ends) if ends else 0.0) + _EPS < cutoff


def _contained(texts: list[str], word_id: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Which vocabulary words each text contains, as sorted word ids per text (flat, offsets).
    Texts are scanned in chunks, so that a large base needs little memory at once."""
    sep = "\x00"  # joins a chunk's texts; no word holds it
    by_length: dict[int, list[str]] = {}
    for word in word_id:
        if word and sep not in word:
            by_length.setdefault(len(word), []).append(word)
    packed: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # short words: sorted keys, their ids
    for k, words in by_length.items():
        if k <= 3:
            keys = np.array([_pack(w) for w in words], dtype=np.int64)
            order = np.argsort(keys)
            packed[k] = keys[order], np.array([word_id[w] for w in words], dtype=np.int64)[order]
    flats, counts = [], []
    for at in range(0, len(texts), _CHUNK):
        chunk = texts[at : at + _CHUNK]
        found = _scan(sep.join(chunk), [len(t) for t in chunk], by_length, packed, word_id)
        flats.append(found % (len(word_id) + 1))
        counts.append(np.bincount(found // (len(word_id) + 1), minlength=len(chunk)))
    off = np.zeros(len(texts) + 1, dtype=np.int64)
    off[1:] = np.cumsum(np.concatenate([np.zeros(0, np.int64), *counts]))
    return np.concatenate([np.zeros(0, np.int32), *[f.astype(np.int32) for f in flats]]), off


_CHUNK = 4096  # texts scanned at once


def _scan(
    big: str,
    lengths: list[int],
    by_length: dict[int, list[str]],
    packed: dict[int, tuple[np.ndarray, np.ndarray]],
    word_id: dict[str, int],
) -> np.ndarray:
    """Sorted, distinct text * (len(word_id) + 1) + word id for every word a text of ``big``
    (texts of ``lengths`` joined by one separator) contains. One pass per word length: words of
    up to three characters by numpy (each character's code point in 21 bits of one integer),
    longer ones by looking up every piece of that length (many words) or searching for each
    word (a few)."""
    starts = np.zeros(len(lengths), dtype=np.int64)
    starts[1:] = np.cumsum([n + 1 for n in lengths[:-1]])
    codes = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    positions: list[np.ndarray] = [np.zeros(0, np.int64)]
    ids: list[np.ndarray] = [np.zeros(0, np.int64)]
    for k, words in by_length.items():
        if k in packed:
            keys, wids = packed[k]
            pieces = np.zeros(max(len(codes) - k + 1, 0), dtype=np.int64)
            for j in range(k):
                pieces = (pieces << 21) | codes[j : len(codes) - k + 1 + j]
            at = np.minimum(np.searchsorted(keys, pieces), len(keys) - 1)
            hit = np.flatnonzero(keys[at] == pieces)
            positions.append(hit)
            ids.append(wids[at[hit]])
        elif len(words) > 500:
            get = word_id.get
            count = max(len(big) - k + 1, 0)
            found = np.fromiter((get(big[i : i + k], -1) for i in range(count)), dtype=np.int64, count=count)
            at = np.flatnonzero(found >= 0)
            positions.append(at)
            ids.append(found[at])
        else:
            for word in words:
                at, i = [], big.find(word)
                while i >= 0:
                    at.append(i)
                    i = big.find(word, i + 1)
                positions.append(np.array(at, dtype=np.int64))
                ids.append(np.full(len(at), word_id[word], dtype=np.int64))
    text = np.searchsorted(starts, np.concatenate(positions), side="right") - 1
    key = np.sort(text * (len(word_id) + 1) + np.concatenate(ids))
    return key[np.concatenate([[True], key[1:] != key[:-1]])] if len(key) else key


def _pack(word: str) -> int:
    key = 0
    for ch in word:
        key = (key << 21) | ord(ch)
    return key

"""jieba's dictionary read a part at a time (issue 9: a start paid ~0.8-1.1 s of CPU to read all of
it from jieba's cache file, ~500,000 words and prefixes, before the first answer).

jieba looks a text up only by its substrings, and each substring starting at a character lives in
the part of the dictionary of words starting with that character. The dictionary is kept on disk
split by first character (``NAME``, in the model folder when the service has one, and in
LABORBOT_CACHE_DIR or the system's temporary folder, where jieba keeps its own cache file): a
process reads the file's index, and a
cutter (``LazyCutter``) decodes the part of a character the first time a text holding it is cut.
A cached start whose training texts were cut before (knowledge_base/cut_cache.py) decodes only
the parts its first questions need. The cuts are jieba's own: its lookup (get_DAG) runs as it is
on a dictionary that holds every part the text can reach (tests/test_jieba_dict.py).
The file is jieba's dictionary only, nothing of a knowledge base: a service whose model folder
has none yet (a first start, no model on disk) reads the shared one and copies it in, rather than
reading jieba's whole dictionary (0.7-1.1 s of CPU of a cold start).

The file: a header line (format, key: jieba's version and the hash of its dictionary file, the
total frequency, the SHA-256 of the rest, the length of the index) then the index (marshal:
character -> offset, length) and the parts (marshal, one dictionary each). A file of another key
or one that does not read whole is ignored and logged; the dictionary is then read whole through
jieba (as before this module) and the file written anew."""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import math
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import jieba

log = logging.getLogger(__name__)

FORMAT = "1"
NAME = "jieba_dict.bin"
_LETTER = jieba.re_eng  # one Latin letter or digit, as jieba joins them


def _key() -> str:
    probe = jieba.Tokenizer()
    with probe.get_dict_file() as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return f"{FORMAT}:{jieba.__version__}:{digest}"


class Dictionary:
    """jieba's own dictionary (word or prefix -> frequency, and the total): whole (``full``), or
    by parts decoded on demand from the file's bytes."""

    def __init__(
        self,
        total: int,
        full: dict[str, int] | None = None,
        index: dict[str, tuple[int, int]] | None = None,
        blob: bytes = b"",
    ) -> None:
        self.total = total
        self.full = full
        self._index = index or {}
        self._blob = blob
        self._parts: dict[str, dict[str, int]] = {}
        self._lock = threading.Lock()
        self.parts_read = 0

    def part(self, char: str) -> dict[str, int]:
        """The words and prefixes that start with ``char`` (shared: never changed)."""
        part = self._parts.get(char)
        if part is not None:
            return part
        with self._lock:
            part = self._parts.get(char)
            if part is None:
                where = self._index.get(char)
                if where is None:
                    part = {}
                else:
                    start, length = where
                    part = marshal.loads(self._blob[start : start + length])
                    if not isinstance(part, dict):
                        raise ValueError(f"part {char!r} of jieba's dictionary is not a dictionary")
                    self.parts_read += 1
                self._parts[char] = part
        return part


def _folder() -> Path:
    return Path(os.environ.get("LABORBOT_CACHE_DIR", tempfile.gettempdir()))


def _shared() -> Path:
    """Where every process of this machine finds the file (beside jieba's own cache file)."""
    return _folder()


_lock = threading.Lock()
_dictionary: Dictionary | None = None
_where: Path | None = None  # the folder set by keep_in, if any


def keep_in(folder: Path | str) -> None:
    """Read and keep the file in ``folder`` (a service's model folder) when this process has not
    read the dictionary yet."""
    global _where
    with _lock:
        if _dictionary is None and _where is None:
            _where = Path(folder)


def dictionary() -> Dictionary:
    """The process's dictionary: the file's index (parts read later), or jieba's whole one."""
    global _dictionary
    with _lock:
        if _dictionary is None:
            shared = _shared()
            folders = [_where or shared, shared]
            places = [f / NAME for f in dict.fromkeys(folders)]  # the service's own first
            key = _key()
            missing: list[Path] = []
            found = None
            for path in places:
                _dictionary = read(path, key)
                if _dictionary is not None:
                    found = path
                    break
                missing.append(path)
            if _dictionary is None:
                _dictionary = _whole()
            _write_later(missing, key, _dictionary, found)
        return _dictionary


def _whole() -> Dictionary:
    """The whole dictionary through jieba (its own cache file, else its dictionary file)."""
    first = jieba.Tokenizer()
    first.tmp_dir = str(_folder())
    logging.getLogger("jieba").setLevel(logging.WARNING)
    first.initialize()
    return Dictionary(first.total, full=first.FREQ)


def read(path: Path, key: str) -> Dictionary | None:
    """The dictionary kept at ``path`` when it is of this ``key`` and reads whole; else None."""
    if not path.is_file():
        return None
    try:
        raw = path.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if header.get("format") != FORMAT or header.get("key") != key:
            log.info("jieba dictionary %s is of another jieba or format: read again", path)
            return None
        if hashlib.sha256(body).hexdigest() != header.get("sha256"):
            raise ValueError("its content does not match its hash")
        cut = int(header["index"])
        index = marshal.loads(body[:cut])
        total = header["total"]
        if not isinstance(total, int) or not isinstance(index, dict):
            raise ValueError("no total or no index")
        blob = body[cut:]
        for char, where in index.items():
            if not (
                isinstance(char, str)
                and isinstance(where, tuple)
                and len(where) == 2
                and 0 <= where[0] <= where[0] + where[1] <= len(blob)
            ):
                raise ValueError(f"bad index entry for {char!r}")
    except Exception as exc:  # noqa: BLE001 - a bad file costs reading the whole dictionary, never a start
        log.warning("jieba dictionary %s unreadable, reading jieba's own: %s", path, exc)
        return None
    return Dictionary(total, index=index, blob=blob)


def write(path: Path, key: str, freq: dict[str, int], total: int) -> None:
    """Keep ``freq`` split by first character (written whole or not at all)."""
    _write_bytes(path, _encode(key, freq, total))


def _encode(key: str, freq: dict[str, int], total: int) -> bytes:
    groups: dict[str, dict[str, int]] = {}
    for word, f in freq.items():
        if word:
            groups.setdefault(word[0], {})[word] = f
    index: dict[str, tuple[int, int]] = {}
    chunks: list[bytes] = []
    offset = 0
    for char, part in groups.items():
        data = marshal.dumps(part)
        index[char] = (offset, len(data))
        chunks.append(data)
        offset += len(data)
    index_bytes = marshal.dumps(index)
    body = index_bytes + b"".join(chunks)
    header = {
        "format": FORMAT,
        "key": key,
        "total": total,
        "index": len(index_bytes),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header).encode("ascii") + b"\n" + body


def _write_bytes(path: Path, raw: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".bin")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_later(paths: list[Path], key: str, source: Dictionary, found: Path | None) -> None:
    """Write the file where it is missing, in a background thread (a start does not wait for it;
    the process's exit does): a copy of the file ``found`` (read and checked), else jieba's whole
    dictionary encoded (~0.25 s of CPU); a failure is logged."""
    if not paths:
        return

    def run() -> None:
        try:
            if found is not None:
                raw = found.read_bytes()
            else:
                assert source.full is not None
                raw = _encode(key, source.full, source.total)
        except Exception:  # noqa: BLE001 - the next start reads another copy or jieba's own
            log.exception("jieba dictionary not copied to %s", paths)
            return
        for path in paths:
            try:
                _write_bytes(path, raw)
            except Exception:  # noqa: BLE001 - the next start reads another copy or jieba's own
                log.exception("jieba dictionary %s not written", path)

    threading.Thread(target=run, name="jieba-dict").start()


class LazyCutter(jieba.Tokenizer):
    """A jieba tokenizer on ``Dictionary``, with ``words`` added at ``freq`` as jieba's add_word
    adds them; a part of the dictionary is copied in the first time a text holding its character
    is cut."""

    def __init__(self, source: Dictionary, words: Iterable[str] = (), freq: int = 20000) -> None:
        super().__init__()
        self._source = source
        self._added: dict[str, list[str]] = {}
        count = 0
        for word in words:
            self._added.setdefault(word[0], []).append(word)
            count += 1
        self._freq = freq
        self._parts_lock = threading.Lock()
        # jieba's add_word adds each word's frequency to the total, whether it knew the word or not
        self.total = source.total + freq * count
        self.initialized = True
        self._loaded: set[str] = set()
        self._all = source.full is not None
        if self._all:
            assert source.full is not None
            self.FREQ = dict(source.full)
            for char in self._added:
                self._add(char)
        else:
            self.FREQ = {}

    def _add(self, char: str) -> None:
        """The added words of ``char``, as add_word sets them (in order)."""
        freq = self.FREQ
        for word in self._added.get(char, ()):
            freq[word] = self._freq
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)

    def _need(self, sentence: str) -> None:
        """The parts of the characters of ``sentence`` copied in."""
        if not self._all and not self._loaded.issuperset(sentence):
            with self._parts_lock:
                for char in set(sentence).difference(self._loaded):
                    self.FREQ.update(self._source.part(char))
                    self._add(char)
                    self._loaded.add(char)

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802 - jieba's name
        self._need(sentence)
        return super().get_DAG(sentence)

    def _Tokenizer__cut_DAG_NO_HMM(self, block: str) -> Iterator[str]:  # noqa: N802 - jieba's (mangled) name
        """jieba's cut of a block of Chinese characters without HMM: the same words, the best
        path found in one right-to-left pass. jieba builds the DAG of every start (each end whose
        word the dictionary holds with a frequency, else the character alone), then scores each
        start by its best edge, log(freq) - log(total) + the score after it, the later end winning
        a tie (max over (score, end)), looking every word up twice. Here each start's words are
        looked up once and scored as found, with the same floats in the same order; a start of no
        word is its character (freq or 1). Single letters and digits run together as jieba's do.
        It was ~45 % of jieba's CPU for a cold start's ~8,800 training texts."""
        self._need(block)
        freq = self.FREQ
        logtotal = math.log(self.total)
        n = len(block)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best, best_end = None, k
            i = k
            f = freq.get(block[k])
            while f is not None:
                if f:
                    s = math.log(f) - logtotal + score[i + 1]
                    if best is None or s >= best:
                        best, best_end = s, i
                i += 1
                if i >= n:
                    break
                f = freq.get(block[k : i + 1])
            if best is None:
                best = math.log(freq.get(block[k]) or 1) - logtotal + score[k + 1]
            score[k], end[k] = best, best_end
        letters = ""
        x = 0
        while x < n:
            y = end[x] + 1
            word = block[x:y]
            if y - x == 1 and _LETTER.match(word):
                letters += word
            else:
                if letters:
                    yield letters
                    letters = ""
                yield word
            x = y
        if letters:
            yield letters

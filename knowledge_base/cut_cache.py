"""The tokenizer's cuts of the training texts, kept on disk beside the models
(knowledge_base/model_cache.py): a process started on a knowledge base whose texts were cut before
builds its inverted index, and trains a model of a new code version, without jieba for them
(jieba cuts ~8,600 training texts in ~0.5-1.3 s of CPU).

A cut is a function of the text, jieba's version and dictionary, the words the tokenizer adds and
knowledge_base/tokenize.py: the file's key is the hash of all these (the tokenizer's signature and
this code). One file, cuts.json: a header line (format, key, the SHA-256 of the rest) and the cuts
as JSON. A file of another key (stale: the dictionary's words or the code changed) or one that does
not read whole (its hash, its JSON, its shape) is ignored and logged; the texts are cut again and
the next full training writes it anew."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from knowledge_base.tokenize import Tokenizer

log = logging.getLogger(__name__)

FORMAT = "1"
NAME = "cuts.json"
_CODE = hashlib.sha256(Path(__file__).with_name("tokenize.py").read_bytes()).hexdigest()


def cut_key(signature: str) -> str:
    return hashlib.sha256(f"{FORMAT}\x1f{_CODE}\x1f{signature}".encode()).hexdigest()


def read_cuts(folder: Path, tokenizer: Tokenizer) -> int:
    """The cuts kept in ``folder`` given to ``tokenizer`` when they are its own; how many."""
    path = folder / NAME
    if not path.is_file():
        return 0
    try:
        raw = path.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if header.get("format") != FORMAT or header.get("key") != cut_key(tokenizer.signature):
            log.info("cut cache %s is of another tokenizer or code: texts are cut again", path)
            return 0
        if hashlib.sha256(body).hexdigest() != header.get("sha256"):
            raise ValueError("its content does not match its hash")
        cuts = json.loads(body)
        if not isinstance(cuts, dict) or not all(
            isinstance(words, list) and all(isinstance(w, str) and w for w in words)
            for words in cuts.values()
        ):
            raise ValueError("not a map of texts to their words")
    except Exception as exc:  # noqa: BLE001 - a bad file costs the cutting, never a start
        log.warning("cut cache %s unreadable, cutting again: %s", path, exc)
        return 0
    tokenizer.preload({text: tuple(words) for text, words in cuts.items()})
    return len(cuts)


def write_cuts(folder: Path, tokenizer: Tokenizer, texts: Iterable[str]) -> None:
    """Keep the cuts of ``texts`` (written whole or not at all)."""
    body = json.dumps(
        {t: list(c) for t, c in tokenizer.cuts(texts).items()}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    header = {
        "format": FORMAT,
        "key": cut_key(tokenizer.signature),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".cuts-", suffix=".json")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(json.dumps(header).encode("ascii") + b"\n" + body)
        os.replace(tmp, folder / NAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""Questions users asked, labelled by staff: training texts written in users' own words.

A file with the top-level key ``asked`` lists them (knowledge_base/data/asked/*.yaml; see
docs/internals.md, "Asked questions"). Each item is a user's text ``q`` and exactly one label:
``entry`` (an entry id), ``route`` (complaint, progress or human) or ``out_of_scope`` (an
out-of-scope topic's name). The classifier (knowledge_base/learned.py) trains on each text for its
class; the cross-validation (knowledge_base/calibrate.py) holds them out a source file at a time,
so the thresholds are chosen on users' text. A file with the top-level key ``written`` lists
questions written in users' styles for training (same items): they train the classifier in every
fold but are never held out, so the thresholds stay chosen on what users really asked (on real
questions asked online, thresholds chosen with such questions held out answered twice as many on
the wrong subject: bench/asked_holdout.py). Neither feeds the inverted index: a user's
story is long and names much besides its subject."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from knowledge_base.model import ROUTES, Collector, _line

LABELS = ("entry", "route", "out_of_scope")
# Whether an entry's asked questions also feed the inverted index as alternates. Off: measured
# leave-one-set-out (bench/asked_holdout.py --index), see docs/internals.md.
IN_INDEX = False
KEYS = ("q", *LABELS, "note")


@dataclass(frozen=True)
class Asked:
    text: str
    kind: str  # one of LABELS
    target: str  # entry id, route name or out-of-scope topic
    file: str
    line: int
    held_out: bool = True  # False: written for training, never held out by the calibration

    @cached_property
    def source(self) -> str:
        """The file it came from: one set of questions, written by one group of users."""
        return Path(self.file).name


def read_asked(node: Any, file: Path, line: int, out: Collector, held_out: bool = True) -> Asked | None:
    where = _line(node) if isinstance(node, dict) else line
    if not isinstance(node, dict):
        out.add(
            file, where, "asked: each item needs q (the user's text) and one of entry, route, out_of_scope"
        )
        return None
    for key in node:
        if key not in KEYS:
            out.add(file, _line(node, key), f"asked: unknown key {key!r} (allowed: {', '.join(KEYS)})")
    text = node.get("q")
    if not isinstance(text, str | int) or not str(text).strip():
        out.add(file, _line(node, "q"), "asked: q must be the user's non-empty text")
        return None
    given = [k for k in LABELS if k in node]
    if len(given) != 1:
        out.add(file, where, f"asked: give exactly one of {', '.join(LABELS)} (found {len(given)})")
        return None
    kind = given[0]
    target = node[kind]
    if not isinstance(target, str) or not target.strip():
        out.add(file, _line(node, kind), f"asked: {kind} must be non-empty text")
        return None
    return Asked(str(text).strip(), kind, target.strip(), str(file), _line(node, kind), held_out)


def index_alternates(asked: list[Asked], skip: set[tuple[str, str]] | None = None) -> dict[str, list[str]]:
    """entry id -> its asked questions, for the inverted index when IN_INDEX (``skip``: (id, text)
    pairs held out by a cross-validation fold)."""
    out: dict[str, list[str]] = {}
    if not IN_INDEX:
        return out
    for a in asked:
        if a.kind == "entry" and (skip is None or (a.target, a.text) not in skip):
            out.setdefault(a.target, []).append(a.text)
    return out


def check_asked(asked: list[Asked], entries: set[str], topics: set[str], out: Collector) -> None:
    """Every label names something the knowledge base has (run after every file is read)."""
    for a in asked:
        if a.kind == "entry" and a.target not in entries:
            out.add(a.file, a.line, f"asked: entry {a.target!r} is not an entry id")
        elif a.kind == "route" and a.target not in ROUTES:
            out.add(a.file, a.line, f"asked: route {a.target!r} is not one of {', '.join(ROUTES)}")
        elif a.kind == "out_of_scope" and a.target not in topics:
            out.add(a.file, a.line, f"asked: out_of_scope {a.target!r} is not an out-of-scope topic")

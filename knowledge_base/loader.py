"""Read a knowledge-base folder: every *.yaml below it, classified by its top-level key."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from knowledge_base.asked import check_asked, read_asked
from knowledge_base.industries import check_industries, read_industry
from knowledge_base.local_figures import cross_check as check_local_figures
from knowledge_base.local_figures import read_local_figures
from knowledge_base.model import (
    ROUTES,
    Collector,
    KBValidationError,
    KnowledgeBase,
    OutOfScope,
    _str_list,
    check_centre_parents,
    read_centre,
    read_entry,
    read_holiday_year,
)
from knowledge_base.normalize import Normalizer
from knowledge_base.yamlpos import YamlSyntaxError, load_yaml

KINDS = (
    "entries",
    "synonyms",
    "typos",
    "centres",
    "holidays",
    "out_of_scope",
    "industries",
    "local_figures",
    "routes",
    "asked",
    "written",
)


def kb_files(root: Path) -> list[Path]:
    files = sorted(p for p in root.rglob("*.yaml") if p.is_file() and not p.name.startswith("."))
    files += sorted(p for p in root.rglob("*.yml") if p.is_file() and not p.name.startswith("."))
    return files


def kb_hash(root: Path | str) -> str:
    """A hash of every file the knowledge base is read from (names and contents): what a
    calibration was chosen on (knowledge_base/calibration.json, "kb_hash")."""
    root = Path(root)
    digest = hashlib.sha256()
    for p in kb_files(root) + [root / "userdict.txt"]:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        digest.update(p.relative_to(root).as_posix().encode() + b"\0" + data + b"\0")
    return digest.hexdigest()[:16]


def load_knowledge_base(root: Path | str) -> KnowledgeBase:
    """Load and validate; raises KBValidationError listing every problem with file and line."""
    root = Path(root)
    out = Collector()
    if not root.is_dir():
        out.add(root, 1, "knowledge-base folder not found")
        raise KBValidationError(out.problems)
    kb = KnowledgeBase(root=root)
    kb.files = kb_files(root)
    if not kb.files:
        out.add(root, 1, "no *.yaml files in the knowledge-base folder")
    for path in kb.files:
        try:
            data = load_yaml(path)
        except YamlSyntaxError as exc:
            out.add(path, exc.line, exc.message)
            continue
        if data is None:
            out.add(path, 1, "file is empty")
            continue
        if not isinstance(data, dict):
            out.add(path, 1, f"top level must be a mapping with one of: {', '.join(KINDS)}")
            continue
        for key in data:
            if key not in KINDS:
                out.add(
                    path,
                    data.lines.get(key, 1),
                    f"unknown top-level key {key!r} (one of: {', '.join(KINDS)})",
                )
        _read_file(kb, path, data, out)
    userdict = root / "userdict.txt"
    if userdict.is_file():
        for number, raw in enumerate(userdict.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) > 1 and not parts[1].isdigit():
                out.add(
                    userdict, number, f"jieba user dictionary: frequency must be a number, got {parts[1]!r}"
                )
                continue
            kb.userdict.append(parts[0])
    _cross_checks(kb, out)
    if out.problems:
        raise KBValidationError(out.problems)
    return kb


def _items(data: dict, key: str, path: Path, out: Collector) -> list[tuple[Any, int]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        out.add(path, data.lines.get(key, 1), f"{key} must be a list")
        return []
    return list(zip(value, getattr(value, "lines", [1] * len(value)), strict=False))


def _read_file(kb: KnowledgeBase, path: Path, data: dict, out: Collector) -> None:
    seen_lines: dict[str, tuple[Path, int]] = getattr(kb, "_id_lines", {})
    kb._id_lines = seen_lines  # type: ignore[attr-defined]
    for node, _line in _items(data, "entries", path, out):
        entry = read_entry(node, path, out)
        if entry is None or not entry.id:
            continue
        if entry.id in kb.entries:
            first = seen_lines[entry.id]
            out.add(path, entry.line, f"duplicate id {entry.id!r} (first at {first[0]}:{first[1]})")
            continue
        kb.entries[entry.id] = entry
        seen_lines[entry.id] = (path, entry.line)
    for key in ("synonyms", "typos"):
        mapping = data.get(key)
        if mapping is None:
            continue
        if not isinstance(mapping, dict):
            out.add(path, data.lines.get(key, 1), f"{key} must map a canonical word to its variants")
            continue
        for canonical, variants in mapping.items():
            line = mapping.lines.get(canonical, 1)
            if isinstance(variants, str):
                variants = [variants]
            if key == "typos" and isinstance(canonical, str) and isinstance(variants, list):
                pass
            if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
                out.add(path, line, f"{key} {canonical!r}: variants must be a list of words")
                continue
            for variant in variants:
                v = variant.strip()
                if v == str(canonical):
                    continue
                if v in kb.synonyms and kb.synonyms[v] != str(canonical):
                    out.add(path, line, f"{key}: {v!r} maps to both {kb.synonyms[v]!r} and {canonical!r}")
                kb.synonyms[v] = str(canonical)
    for node, _line in _items(data, "centres", path, out):
        centre = read_centre(node, path, out)
        if centre is not None:
            kb.centres.append(centre)
    for node, _line in _items(data, "holidays", path, out):
        year = read_holiday_year(node, path, out)
        if year is not None:
            kb.holidays.append(year)
    for node, _line in _items(data, "industries", path, out):
        industry = read_industry(node, path, out)
        if industry is not None:
            kb.industries.append(industry)
    for node, _line in _items(data, "local_figures", path, out):
        figures = read_local_figures(node, path, out)
        if figures is not None:
            kb.local_figures.append(figures)
    for node, line in _items(data, "out_of_scope", path, out):
        if not isinstance(node, dict) or not node.get("keywords") or not node.get("answer"):
            out.add(path, line, "out_of_scope: each item needs topic, keywords and answer")
            continue
        labour = node.get("labour", False)
        if not isinstance(labour, bool):
            out.add(path, line, "out_of_scope: labour must be true or false")
            labour = False
        kb.out_of_scope.append(
            OutOfScope(
                topic=str(node.get("topic", "")),
                keywords=[str(k) for k in node["keywords"]],
                answer=str(node["answer"]),
                examples=_str_list(node.get("examples"), path, line, "out_of_scope: examples", out),
                labour=labour,
            )
        )
    if "routes" in data:
        _read_routes(kb, path, data, out)
    for key in ("asked", "written"):
        for node, line in _items(data, key, path, out):
            asked = read_asked(node, path, line, out, held_out=key == "asked")
            if asked is not None:
                kb.asked.append(asked)


def _read_routes(kb: KnowledgeBase, path: Path, data: dict, out: Collector) -> None:
    node = data["routes"]
    line = data.lines.get("routes", 1) if hasattr(data, "lines") else 1
    if not isinstance(node, dict):
        out.add(path, line, f"routes: must be a mapping of {', '.join(ROUTES)} to example requests")
        return
    for route, examples in node.items():
        where = node.lines.get(route, line) if hasattr(node, "lines") else line
        if route not in ROUTES:
            out.add(path, where, f"routes: unknown route {route!r} (one of: {', '.join(ROUTES)})")
            continue
        kb.routes.setdefault(str(route), []).extend(
            _str_list(examples, path, where, f"routes: {route}", out, min_items=1)
        )


def _cross_checks(kb: KnowledgeBase, out: Collector) -> None:
    check_local_figures(kb.local_figures, kb.root, out)
    check_asked(kb.asked, set(kb.entries), {t.topic for t in kb.out_of_scope}, out)
    for entry in kb.entries.values():
        for ref in entry.follow_ups:
            if ref not in kb.entries:
                out.add(entry.file, entry.line, f"entry {entry.id!r}: follow-up {ref!r} points to no entry")
            elif ref == entry.id:
                out.add(entry.file, entry.line, f"entry {entry.id!r}: follows up itself")
    norm = Normalizer.shared(kb.synonyms)
    owner: dict[str, str] = {}
    for entry in kb.entries.values():
        for text in [entry.question, *entry.alternates]:
            key = norm.normalize(text)
            if not key:
                continue
            other = owner.get(key)
            if other is not None and other != entry.id:
                out.add(
                    entry.file,
                    entry.line,
                    f"entry {entry.id!r}: alternate {text!r} duplicates one of entry {other!r}",
                )
            owner[key] = entry.id
    ids = [c.id for c in kb.centres]
    for cid in {i for i in ids if ids.count(i) > 1}:
        out.add(kb.root, 1, f"centres: duplicate id {cid!r}")
    check_centre_parents(kb.centres, kb.root / "service_centres.yaml", out)
    if kb.centres and sum(c.fallback for c in kb.centres) != 1:
        out.add(kb.root / "service_centres.yaml", 1, "centres: exactly one centre must have fallback: true")
    check_industries(kb.industries, out, kb.root)
    years = [y["year"] for y in kb.holidays]
    for y in {y for y in years if years.count(y) > 1}:
        out.add(kb.root / "holidays.yaml", 1, f"holidays: year {y} listed twice")

"""Writing the FAQ files back: ruamel.yaml round trip, so ids, comments, key order, flow lists
and block answers stay as the admin wrote them; a file whose text would not change is not
written. Every change is validated on a copy of the whole folder first: nothing is written
unless the knowledge base still loads; problems name the real file and line."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from knowledge_base.loader import kb_files, load_knowledge_base
from knowledge_base.model import KBValidationError, Problem

MAX_ALTERNATE = 200


class EditError(Exception):
    """A change that cannot be made; `problems` are file:line messages for the admin."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def round_trip() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(path: Path) -> Any:
    return round_trip().load(path.read_text(encoding="utf-8"))


def dump(data: Any) -> str:
    out = io.StringIO()
    round_trip().dump(data, out)
    return out.getvalue()


def entry_files(root: Path) -> dict[str, tuple[Path, Any]]:
    """entry id -> (file, its round-trip document) for every file with `entries:`."""
    found: dict[str, tuple[Path, Any]] = {}
    for path in kb_files(root):
        data = load(path)
        if isinstance(data, CommentedMap) and isinstance(data.get("entries"), CommentedSeq):
            for item in data["entries"]:
                if isinstance(item, CommentedMap) and "id" in item:
                    found.setdefault(str(item["id"]), (path, data))
    return found


def find_entry(doc: Any, entry_id: str) -> CommentedMap | None:
    for item in doc.get("entries") or []:
        if isinstance(item, CommentedMap) and str(item.get("id")) == entry_id:
            return item
    return None


def apply_changes(root: Path, changes: dict[Path, str]) -> list[Path]:
    """Validate the changed texts on a copy of the folder, then write the files that differ.
    Returns the files written; raises EditError (nothing written) if the result is invalid."""
    root = Path(root).resolve()
    changed = {
        Path(p).resolve(): text for p, text in changes.items() if Path(p).read_text(encoding="utf-8") != text
    }
    if not changed:
        return []
    with tempfile.TemporaryDirectory(prefix="kb-edit-") as tmp:
        copy = Path(tmp) / "kb"
        shutil.copytree(root, copy)
        for path, text in changed.items():
            (copy / path.relative_to(root)).write_text(text, encoding="utf-8")
        try:
            load_knowledge_base(copy)
        except KBValidationError as exc:
            raise EditError([_real(p, copy, root) for p in exc.problems]) from exc
    for path, text in changed.items():
        tmp_path = path.with_name(f".{path.name}.tmp")
        tmp_path.write_text(text, encoding="utf-8")
        tmp_path.replace(path)  # atomic: the reload watcher never sees half a file
    return sorted(changed)


def _real(problem: Problem, copy: Path, root: Path) -> str:
    return str(problem).replace(str(copy), str(root))


def add_alternate(root: Path, entry_id: str, text: str) -> Path:
    """Attach a worker's question to an entry as a new alternate. Returns the file written."""
    text = " ".join((text or "").split())
    if not text or len(text) > MAX_ALTERNATE:
        raise EditError([f"alternate: expected 1 to {MAX_ALTERNATE} characters"])
    entries = entry_files(Path(root))
    if entry_id not in entries:
        raise EditError([f"no entry {entry_id!r} in {root}"])
    path, doc = entries[entry_id]
    entry = find_entry(doc, entry_id)
    assert entry is not None
    alternates = entry.get("alternates")
    if alternates is None:
        entry["alternates"] = alternates = CommentedSeq()
    if text in alternates or text == entry.get("question"):
        raise EditError([f"{path}: entry {entry_id!r} already has {text!r}"])
    alternates.append(text)
    apply_changes(Path(root), {path: dump(doc)})
    return path

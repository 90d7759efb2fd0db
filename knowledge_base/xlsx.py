"""The FAQ in Excel for admins: one row per entry. Export writes every entry; import writes the
YAML files back through knowledge_base/edit.py (ids, comments and layout kept; a field that
did not change is not touched, so a round trip with no edits changes no byte). Every problem
is reported by sheet, row and column, and nothing is written until the whole sheet is valid."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from knowledge_base.edit import EditError, apply_changes, dump, entry_files, find_entry, load
from knowledge_base.loader import kb_files
from knowledge_base.model import ACTIONS, ID_CHARS

SHEET = "entries"
# (key, header shown to admins); lists are one item per line in the cell
COLUMNS = [
    ("id", "编号 id"),
    ("file", "文件 file"),
    ("question", "标准问题 question"),
    ("alternates", "其他问法 alternates"),
    ("keywords", "关键词 keywords"),
    ("answer", "回答 answer"),
    ("details", "详细说明 details"),
    ("follow_ups", "相关条目 follow_ups"),
    ("sources", "依据 sources"),
    ("updated", "更新日期 updated"),
    ("actions", "操作 actions"),
]
LISTS = {"alternates", "keywords", "follow_ups", "sources", "actions"}
TEXTS = {"question", "answer", "details"}
REQUIRED = {"id", "question", "answer", "updated"}
FIELD_ORDER = [
    "id",
    "question",
    "alternates",
    "keywords",
    "answer",
    "details",
    "follow_ups",
    "sources",
    "updated",
    "actions",
]


@dataclass
class ImportResult:
    written: list[Path] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # entry id -> fields changed
    added: list[str] = field(default_factory=list)


class SheetError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _cell_list(value: Any) -> list[str]:
    return [str(v) for v in (value or [])]


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def export_xlsx(root: Path, out: Path) -> int:
    """Write every entry as one row; returns the number of rows."""
    import xlsxwriter

    root = Path(root)
    book = xlsxwriter.Workbook(
        str(out), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    ws = book.add_worksheet(SHEET)
    bold = book.add_format({"bold": True, "bg_color": "#dde7f0"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for j, (_key, header) in enumerate(COLUMNS):
        ws.write_string(0, j, header, bold)
    rows = 0
    seen: set[str] = set()
    for path, data in ((p, load(p)) for p in kb_files(root)):
        if not isinstance(data, CommentedMap) or not isinstance(data.get("entries"), CommentedSeq):
            continue
        for item in data["entries"]:
            if not isinstance(item, CommentedMap) or str(item.get("id")) in seen:
                continue
            seen.add(str(item.get("id")))
            rows += 1
            for j, (key, _h) in enumerate(COLUMNS):
                if key == "file":
                    value = path.relative_to(root).as_posix()
                elif key in LISTS:
                    value = "\n".join(_cell_list(item.get(key)))
                else:
                    value = _cell_text(item.get(key))
                ws.write_string(rows, j, value, wrap)
    ws.freeze_panes(1, 1)
    ws.set_column(0, 1, 26)
    ws.set_column(2, len(COLUMNS) - 1, 40)
    book.close()
    return rows


def _read_rows(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    from openpyxl import load_workbook

    problems: list[str] = []
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is one clear problem
        return [], [f"{path}: not a readable .xlsx file ({type(exc).__name__})"]
    if SHEET not in book.sheetnames:
        return [], [f"{path}: no sheet named {SHEET!r} (sheets: {', '.join(book.sheetnames)})"]
    ws = book[SHEET]
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None) or ()
    by_header = {h: k for k, h in COLUMNS} | {k: k for k, _h in COLUMNS}
    index: dict[str, int] = {}
    for j, h in enumerate(header):
        key = by_header.get(str(h).strip()) if h is not None else None
        if h is not None and key is None:
            problems.append(f"sheet {SHEET}, row 1, column {_col(j)}: unknown column {h!r}")
        elif key is not None:
            index[key] = j
    for key in REQUIRED | {"file"}:
        if key not in index:
            problems.append(f"sheet {SHEET}, row 1: missing column {dict(COLUMNS)[key]!r}")
    out = []
    for r, values in enumerate(rows, start=2):
        if values is None or all(v in (None, "") for v in values):
            continue
        out.append((r, {k: values[j] if j < len(values) else None for k, j in index.items()}))
    book.close()
    return out, problems


def _as_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [line.strip() for line in str(value).replace("\r\n", "\n").split("\n") if line.strip()]


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).replace("\r\n", "\n")


def _where(r: int, key: str) -> str:
    j = [k for k, _h in COLUMNS].index(key)
    return f"sheet {SHEET}, row {r}, column {_col(j)} ({key})"


def _check_row(r: int, row: dict[str, Any], known_ids: set[str], files: set[str]) -> list[str]:
    problems = []
    eid = _as_text(row.get("id")).strip()
    if not eid:
        return [f"{_where(r, 'id')}: empty"]
    if not set(eid) <= ID_CHARS:
        problems.append(f"{_where(r, 'id')}: {eid!r} may use only a-z, 0-9, '.', '_' and '-'")
    for key in ("question", "answer"):
        if not _as_text(row.get(key)).strip():
            problems.append(f"{_where(r, key)}: empty")
    updated = _as_text(row.get("updated")).strip()
    try:
        dt.date.fromisoformat(updated)
    except ValueError:
        problems.append(f"{_where(r, 'updated')}: {updated!r} is not a date like 2026-11-23")
    for a in _as_list(row.get("actions")):
        if a not in ACTIONS:
            problems.append(
                f"{_where(r, 'actions')}: unknown action {a!r} (one of {', '.join(sorted(ACTIONS))})"
            )
    for f in _as_list(row.get("follow_ups")):
        if f not in known_ids:
            problems.append(f"{_where(r, 'follow_ups')}: no entry {f!r}")
    file = _as_text(row.get("file")).strip()
    if file and file not in files:
        problems.append(f"{_where(r, 'file')}: {file!r} is not an FAQ file of the knowledge base")
    return problems


def _same(old: Any, new: Any, key: str) -> bool:
    if key in LISTS:
        return _cell_list(old) == new
    return _cell_text(old).strip() == str(new).strip()


def _set(entry: CommentedMap, key: str, value: Any) -> None:
    if key in LISTS:
        if not value and key == "actions":
            entry.pop(key, None)
            return
        seq = entry.get(key)
        if isinstance(seq, CommentedSeq):
            seq[:] = value  # the same sequence: flow or block style kept
        else:
            entry[key] = CommentedSeq(value)
    elif key == "updated":
        entry[key] = dt.date.fromisoformat(value)
    elif key == "details" and not value.strip():
        entry.pop(key, None)
    elif "\n" in value.strip() or isinstance(entry.get(key), LiteralScalarString):
        entry[key] = LiteralScalarString(value.strip() + "\n")
    else:
        entry[key] = value.strip()


def _value(row: dict[str, Any], key: str) -> Any:
    return _as_list(row.get(key)) if key in LISTS else _as_text(row.get(key))


def import_xlsx(root: Path, path: Path, *, dry_run: bool = False) -> ImportResult:
    """Apply the sheet to the YAML files. Raises SheetError listing every problem."""
    root = Path(root).resolve()
    rows, problems = _read_rows(path)
    entries = entry_files(root)
    files = {
        p.relative_to(root).as_posix(): p
        for p in kb_files(root)
        if isinstance(d := load(p), CommentedMap) and "entries" in d
    }
    sheet_ids = [_as_text(row.get("id")).strip() for _r, row in rows]
    known = set(entries) | set(sheet_ids)
    seen: dict[str, int] = {}
    for r, row in rows:
        problems += _check_row(r, row, known, set(files))
        eid = _as_text(row.get("id")).strip()
        if eid in seen:
            problems.append(f"{_where(r, 'id')}: {eid!r} is also on row {seen[eid]}")
        seen.setdefault(eid, r)
        if eid and eid not in entries and not _as_text(row.get("file")).strip():
            problems.append(f"{_where(r, 'file')}: a new entry needs the file to add it to")
    if problems:
        raise SheetError(problems)
    result = ImportResult()
    docs: dict[Path, Any] = {}
    row_of: dict[str, int] = {}
    for r, row in rows:
        eid = _as_text(row.get("id")).strip()
        row_of[eid] = r
        if eid in entries:
            file, doc = entries[eid]
            doc = docs.setdefault(file, doc)
            entry = find_entry(doc, eid)
            assert entry is not None
            changed = [k for k in FIELD_ORDER[1:] if not _same(entry.get(k), _value(row, k), k)]
            for key in changed:
                _set(entry, key, _value(row, key))
            if changed:
                result.changed[eid] = changed
        else:
            file = files[_as_text(row.get("file")).strip()]
            doc = docs.setdefault(file, entries_doc(file, docs))
            entry = CommentedMap()
            for key in FIELD_ORDER:
                value = _value(row, key) if key != "id" else eid
                if key == "id":
                    entry[key] = value
                elif value or key in ("alternates", "keywords", "follow_ups", "sources"):
                    _set(entry, key, value)
            doc["entries"].append(entry)
            result.added.append(eid)
    changes = {file: dump(doc) for file, doc in docs.items()}
    try:
        if dry_run:
            _validate_only(root, changes)
        else:
            result.written = apply_changes(root, changes)
    except EditError as exc:
        raise SheetError([_to_sheet(p, row_of) for p in exc.problems]) from exc
    return result


def entries_doc(file: Path, docs: dict[Path, Any]) -> Any:
    return docs.get(file) or load(file)


def _validate_only(root: Path, changes: dict[Path, str]) -> None:
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kb-dry-") as tmp:
        copy = Path(tmp) / "kb"
        shutil.copytree(root, copy)
        apply_changes(copy, {copy / Path(p).resolve().relative_to(root): t for p, t in changes.items()})


def _to_sheet(problem: str, row_of: dict[str, int]) -> str:
    """A validation problem of the YAML (file:line) said of the sheet's row and column."""
    m = re.search(r"entry '([^']+)'", problem)
    if not m or m.group(1) not in row_of:
        return problem
    message = problem.split(": ", 1)[1] if ": " in problem else problem
    key = next((k for k in FIELD_ORDER[1:] if k in message or k.rstrip("s") in message), "id")
    return f"{_where(row_of[m.group(1)], key)}: {message}"

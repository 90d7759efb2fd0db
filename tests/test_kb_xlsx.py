"""`laborbot faq export --xlsx` / `faq import --xlsx [--dry-run]`: a round trip with no edits
changes no byte; edits change only their own lines; every problem is named by sheet, row and
column and nothing is written until the whole sheet is valid."""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from knowledge_base.edit import entry_files
from knowledge_base.xlsx import COLUMNS, SheetError, export_xlsx, import_xlsx

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
COL = {key: i + 1 for i, (key, _h) in enumerate(COLUMNS)}


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(KB, root)
    return root


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _row_of(ws, entry_id: str) -> int:  # noqa: ANN001
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, COL["id"]).value == entry_id:
            return r
    raise AssertionError(entry_id)


def test_round_trip_without_edits_changes_no_byte(kb: Path, tmp_path: Path) -> None:
    before = _snapshot(kb)
    sheet = tmp_path / "faq.xlsx"
    run = [sys.executable, "-m", "bot.cli"]
    out = subprocess.run(
        [*run, "faq", "export", "--kb", str(kb), "--xlsx", str(sheet)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"wrote {len(entry_files(kb))} entries" in out.stdout
    out = subprocess.run(
        [*run, "faq", "import", "--kb", str(kb), "--xlsx", str(sheet)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 changed, 0 added; files written: 0" in out.stdout
    assert _snapshot(kb) == before
    # the same after the sheet was opened and saved by a spreadsheet library
    book = load_workbook(sheet)
    book.save(sheet)
    assert not import_xlsx(kb, sheet).written and _snapshot(kb) == before


def test_edits_change_only_their_lines(kb: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "faq.xlsx"
    export_xlsx(kb, sheet)
    book = load_workbook(sheet)
    ws = book["entries"]
    r = _row_of(ws, "wage.arrears.report")
    ws.cell(r, COL["alternates"]).value += "\n工钱一直拖着不给咋整"
    file, _doc = entry_files(kb)["wage.arrears.report"]
    before = file.read_text(encoding="utf-8")
    new = ws.max_row + 1
    for key, value in {
        "id": "wage.test_new",
        "file": file.relative_to(kb).as_posix(),
        "question": "测试新条目？",
        "alternates": "测试新条目的一种问法",
        "keywords": "测试",
        "answer": "第一段。\n第二段。",
        "sources": "《劳动合同法》第三十条",
        "updated": "2026-11-20",
    }.items():
        ws.cell(new, COL[key]).value = value
    book.save(sheet)
    dry = import_xlsx(kb, sheet, dry_run=True)
    assert dry.changed == {"wage.arrears.report": ["alternates"]} and dry.added == ["wage.test_new"]
    assert file.read_text(encoding="utf-8") == before  # a dry run writes nothing
    result = import_xlsx(kb, sheet)
    assert result.written == [file.resolve()]
    after = file.read_text(encoding="utf-8")
    diff = [d for d in difflib.ndiff(before.splitlines(), after.splitlines()) if d[:1] in "+-"]
    assert diff[0][1:].strip() == "- 工钱一直拖着不给咋整"
    assert all(d.startswith("+") for d in diff)  # nothing removed, comments and layout kept
    assert "  - id: wage.test_new" in after and "    answer: |\n      第一段。\n      第二段。\n" in after
    from knowledge_base import load_knowledge_base

    kb_now = load_knowledge_base(kb)
    assert "工钱一直拖着不给咋整" in kb_now.entries["wage.arrears.report"].alternates
    assert kb_now.entries["wage.test_new"].answer == "第一段。\n第二段。"


def test_every_problem_by_sheet_row_column_and_nothing_written(kb: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "faq.xlsx"
    export_xlsx(kb, sheet)
    book = load_workbook(sheet)
    ws = book["entries"]
    r1 = _row_of(ws, "wage.arrears.report")
    r2 = _row_of(ws, "hours.overtime_pay")
    ws.cell(r1, COL["updated"]).value = "2026-13-40"
    ws.cell(r1, COL["follow_ups"]).value = "no.such.entry"
    ws.cell(r2, COL["answer"]).value = "   "
    ws.cell(r2, COL["actions"]).value = "dance"
    ws.cell(ws.max_row + 1, COL["id"]).value = "hours.overtime_pay"
    book.save(sheet)
    before = _snapshot(kb)
    with pytest.raises(SheetError) as info:
        import_xlsx(kb, sheet)
    problems = info.value.problems
    cols = {key: chr(64 + i) for key, i in COL.items()}
    assert (
        f"sheet entries, row {r1}, column {cols['updated']} (updated): '2026-13-40' is not a date like 2026-11-23"
        in problems
    )
    assert (
        f"sheet entries, row {r1}, column {cols['follow_ups']} (follow_ups): no entry 'no.such.entry'"
        in problems
    )
    assert f"sheet entries, row {r2}, column {cols['answer']} (answer): empty" in problems
    assert any(
        p.startswith(f"sheet entries, row {r2}, column {cols['actions']} (actions): unknown action 'dance'")
        for p in problems
    )
    assert any(f"'hours.overtime_pay' is also on row {r2}" in p for p in problems)
    assert _snapshot(kb) == before
    # a problem only the knowledge base's own validation sees is still named by row and column
    export_xlsx(kb, sheet)
    book = load_workbook(sheet)
    ws = book["entries"]
    r1 = _row_of(ws, "wage.arrears.report")
    taken = ws.cell(_row_of(ws, "hours.overtime_pay"), COL["alternates"]).value.split("\n")[0]
    ws.cell(r1, COL["alternates"]).value += "\n" + taken
    book.save(sheet)
    with pytest.raises(SheetError) as info:
        import_xlsx(kb, sheet)
    assert any(
        p.startswith(f"sheet entries, row {r1}, column {cols['alternates']} (alternates):") and taken in p
        for p in info.value.problems
    ), info.value.problems
    assert _snapshot(kb) == before

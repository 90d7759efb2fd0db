"""Exports of the filtered case list: CSV (UTF-8 with BOM, for Excel) and XLSX.
Reporter identity is masked (劳动保障监察条例 第九条)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import xlsxwriter

from bot import clock
from bot.core.masking import mask_name, mask_phone
from bot.staff.texts import FIELD_LABEL, PRIORITY_LABEL, STATUS_LABEL, UI
from storage.models import Case

HEADER = [
    UI["case_no"],
    UI["status"],
    UI["priority"],
    UI["centre"],
    UI["district"],
    FIELD_LABEL["worker_name"],
    FIELD_LABEL["contact_phone"],
    UI["employer"],
    FIELD_LABEL["project_name"],
    FIELD_LABEL["industry"],
    FIELD_LABEL["arrears_period"],
    FIELD_LABEL["amount_owed"],
    FIELD_LABEL["workers_affected"],
    FIELD_LABEL["amount_recovered"],
    UI["created"],
    UI["accept_by"],
    UI["resolve_by"],
]


def _row(c: Case) -> list[object]:
    def d(v):  # noqa: ANN001, ANN202
        return clock.local_minute(v) if v else ""

    return [
        c.case_no,
        STATUS_LABEL.get(c.status, c.status),
        PRIORITY_LABEL.get(c.priority, c.priority),
        c.centre_id,
        c.district or "",
        mask_name(c.worker_name),
        mask_phone(c.contact_phone),
        c.employer_name,
        c.project_name or "",
        c.industry,
        f"{c.arrears_start} 至 {c.arrears_end}",
        float(c.amount_owed),
        c.workers_affected,
        float(c.amount_recovered) if c.amount_recovered is not None else "",
        d(c.created_at),
        d(c.accept_by),
        d(c.resolve_by),
    ]


def _safe_cell(value: object) -> object:
    # Neutralise spreadsheet formulas typed by workers (CSV/formula injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_csv(cases: Sequence[Case]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    for c in cases:
        writer.writerow([_safe_cell(v) for v in _row(c)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(cases: Sequence[Case]) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet("案件")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, HEADER, bold)
    for i, c in enumerate(cases, 1):
        sheet.write_row(i, 0, _row(c))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(cases), 1), len(HEADER) - 1)
    book.close()
    return buf.getvalue()

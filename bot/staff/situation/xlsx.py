"""The situation figures as an XLSX workbook: one sheet per figure, the same numbers as the page."""

from __future__ import annotations

import io

import xlsxwriter

from bot.staff.situation.figures import Figures
from bot.staff.texts import STATS as S
from bot.staff.texts import UI

_GROUP_HEAD = [
    S["name"],
    f"{S['complaints']}·{S['this_period']}",
    f"{S['amount_sum']}·{S['this_period']}",
    f"{S['headcount']}·{S['this_period']}",
    f"{S['complaints']}·{S['last_period']}",
    f"{S['amount_sum']}·{S['last_period']}",
    f"{S['headcount']}·{S['last_period']}",
]
_GROUP_KEYS = ["name", "n", "amount", "workers", "prev_n", "prev_amount", "prev_workers"]


def to_xlsx(fig: Figures) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    bold = book.add_format({"bold": True})
    pct = book.add_format({"num_format": "0.0%"})

    def sheet(name: str, head: list[str], rows: list[list[object]], pct_cols: tuple[int, ...] = ()) -> None:
        ws = book.add_worksheet(name)
        ws.write_row(0, 0, head, bold)
        for i, row in enumerate(rows, 1):
            for j, value in enumerate(row):
                if value is None:
                    continue
                ws.write(i, j, value, pct if j in pct_cols else None)
        ws.set_column(0, 0, 24)
        ws.set_column(1, len(head), 14)

    sheet(
        S["sheet_totals"],
        ["", S["complaints"], S["amount_sum"], S["headcount"]],
        [
            [label, fig.totals[k]["n"], fig.totals[k]["amount"], fig.totals[k]["workers"]]
            for k, label in (("current", S["this_period"]), ("previous", S["last_period"]))
        ]
        + [[f"{fig.start} ~ {fig.end}"]],
    )
    cur, prev = fig.series["current"], fig.series["previous"]
    sheet(
        S["sheet_trend"],
        [S["date"], *_GROUP_HEAD[1:]],
        [
            [
                label,
                cur["n"][i],
                cur["amount"][i],
                cur["workers"][i],
                prev["n"][i],
                prev["amount"][i],
                prev["workers"][i],
            ]
            for i, label in enumerate(fig.series["labels"])
        ],
    )
    for name, rows in (
        (S["sheet_district"], fig.by_district),
        (S["sheet_industry"], fig.by_industry),
        (S["sheet_employer"], fig.by_employer),
    ):
        sheet(name, _GROUP_HEAD, [[r[k] for k in _GROUP_KEYS] for r in rows])
    sheet(
        S["sheet_centres"],
        [UI["centre"], S["complaints"], S["closed"], S["closed_45_share"], S["mediation_share"]],
        [
            [c["centre"], c["n"], c["closed"], c["share_closed_within"], c["share_mediation"]]
            for c in fig.centres
        ],
        pct_cols=(3, 4),
    )
    sheet(S["sheet_alerts"], [S["level"], S["count"]], [[lv, n] for lv, n in fig.alerts.items()])
    book.close()
    return buf.getvalue()

"""The end-of-day summary as an Excel workbook, from the same data as the PDF summary.

:func:`summary_workbook_bytes` takes the :class:`DaySummaryData` that
``PrintJobService.summary_data(event_id)`` returns (and :mod:`app.printing.summary` prints)
and gives an .xlsx: the headline sentence and key figures, then one sheet per table —
by topic, by room, by unit — and the list of assignments. Cells are escaped like every
export (:func:`app.services.spreadsheet.safe_text`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from app.printing.data import DaySummaryData, TallyRow
from app.printing.summary import headline
from app.services.export_mapping import URGENCY_WORDS, Kind
from app.services.spreadsheet import (
    Value,
    add_table_sheet,
    header_cells,
    styles,
    xlsx_cell,
)

OVERVIEW_SHEET = "汇总"
TOPIC_SHEET = "按反映类别"
ROOM_SHEET = "按接待室"
UNIT_SHEET = "按责任单位"
ASSIGNMENT_SHEET = "交办事项清单"
TALLY_HEADERS = ("批次", "人次", "事项", "当场解决", "交办", "导入法定途径", "解释说明")
UNIT_HEADERS = ("责任单位", "牵头", "协办", "红色", "黄色", "绿色")
ASSIGNMENT_HEADERS = (
    "序号",
    "信访件编号",
    "反映类别",
    "责任单位",
    "协办单位",
    "紧急程度",
    "反馈期限",
    "办理期限",
    "事项摘要",
)


def _numbers(r: TallyRow) -> tuple[int, ...]:
    return (
        r.batches,
        r.persons,
        r.case_count,
        r.resolved_on_spot,
        r.handed_over,
        r.legal_channel,
        r.explained,
    )


def _totals(rows: Sequence[Sequence[int]]) -> list[int]:
    return [sum(column) for column in zip(*rows, strict=True)] if rows else []


def _overview(wb: Workbook, data: DaySummaryData) -> None:
    ws = wb.create_sheet(OVERVIEW_SHEET)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 12
    s = data.event.settings
    title = xlsx_cell(ws, s.summary_title)
    title.font = styles().title_font
    ws.append([title])
    when = f"{data.event.date:%Y-%m-%d}"
    ws.append(
        [
            xlsx_cell(
                ws,
                " ".join(
                    x for x in (s.organisation_name, data.event.name, when, data.event.venue) if x
                ),
            )
        ]
    )
    sentence = xlsx_cell(ws, headline(data))
    ws.append([sentence])
    ws.append([])
    ws.append(header_cells(ws, ("项目", "数量", "占事项")))
    figures: list[tuple[str, int, bool]] = [
        ("接待批次", data.batches, False),
        ("接待人次", data.persons, False),
        ("信访事项", data.cases, False),
        ("当场解决", data.resolved_on_spot, True),
        ("交办", data.handed_over, True),
        ("导入法定途径", data.legal_channel, True),
        ("解释说明", data.explained, True),
        ("集体访（批）", data.collective_batches, False),
        ("重复访（批）", data.repeat_batches, False),
    ]
    for label, n, share in figures:
        cells = [xlsx_cell(ws, label), xlsx_cell(ws, n)]
        if share and data.cases:
            rate = xlsx_cell(ws, n / data.cases)
            rate.number_format = "0.0%"
            cells.append(rate)
        ws.append(cells)
    ws.append([])
    if data.leaders:
        ws.append([xlsx_cell(ws, "参加接访的领导"), xlsx_cell(ws, "、".join(data.leaders))])
    if data.generated_at is not None:
        ws.append([xlsx_cell(ws, "生成时间"), xlsx_cell(ws, data.generated_at)])
    footer = xlsx_cell(ws, s.summary_footer)
    footer.font = Font(italic=True, color="808080")
    ws.append([footer])


def _tally_sheet(wb: Workbook, title: str, first: str, rows: Sequence[TallyRow]) -> None:
    numbers = [_numbers(r) for r in rows]
    add_table_sheet(
        wb,
        title,
        (first, *TALLY_HEADERS),
        (28, *([10] * len(TALLY_HEADERS))),
        [(r.label, *n) for r, n in zip(rows, numbers, strict=True)],
        totals=("合计", *_totals(numbers)) if rows else None,
    )


def _unit_sheet(wb: Workbook, data: DaySummaryData) -> None:
    numbers = [(u.lead, u.assisting, u.red, u.yellow, u.green) for u in data.by_unit]
    add_table_sheet(
        wb,
        UNIT_SHEET,
        UNIT_HEADERS,
        (30, 8, 8, 8, 8, 8),
        [(u.unit, *n) for u, n in zip(data.by_unit, numbers, strict=True)],
        totals=("合计", *_totals(numbers)) if numbers else None,
    )


def _assignment_sheet(wb: Workbook, data: DaySummaryData) -> None:
    rows: list[tuple[Value, ...]] = [
        (
            n,
            a.case_number,
            a.topic,
            a.lead_unit,
            "、".join(a.co_units),
            URGENCY_WORDS.get(a.urgency.value, a.urgency.value),
            a.feedback_due,
            a.handling_due,
            a.brief,
        )
        for n, a in enumerate(data.assignments, start=1)
    ]
    kinds = [Kind.INT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.DATE,
             Kind.DATE, Kind.TEXT]  # fmt: skip
    add_table_sheet(
        wb,
        ASSIGNMENT_SHEET,
        ASSIGNMENT_HEADERS,
        (6, 18, 14, 24, 24, 8, 11, 11, 50),
        rows,
        kinds=kinds,
    )


def summary_workbook_bytes(summary: DaySummaryData) -> bytes:
    """The day's summary as .xlsx bytes: overview, by topic, by room, by unit, assignments."""
    wb = Workbook(write_only=True)
    _overview(wb, summary)
    _tally_sheet(wb, TOPIC_SHEET, "反映类别", summary.by_topic)
    _tally_sheet(wb, ROOM_SHEET, "接待室", summary.by_room)
    _unit_sheet(wb, summary)
    _assignment_sheet(wb, summary)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


__all__ = ["summary_workbook_bytes"]

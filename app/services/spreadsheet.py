"""Writing tables to .xlsx (openpyxl, write-only) and .csv, safely.

Every text cell goes through :func:`safe_text`: characters that cannot be stored in
an .xlsx file (C0 controls other than tab, line feed and carriage return) are dropped,
and a text that a spreadsheet would read as a formula — starting with ``= + - @``, a
tab or a carriage return — gets a leading ``'`` (DESIGN §7: exports never carry a live
formula, in .xlsx and in .csv alike). CSV is UTF-8 with a byte-order mark so Excel opens
Chinese text correctly; dates are ISO (``2026-11-23``, ``2026-11-23 09:05``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import IO, Any

from app.services.export_mapping import Kind

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_MAX_TEXT = 32_767
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
CSV_ENCODING = "utf-8-sig"
PROGRESS_EVERY = 200


@dataclass(frozen=True)
class XlsxStyles:
    """The openpyxl styles of the app's sheets."""

    header_font: Any
    header_fill: Any
    header_align: Any
    header_border: Any
    total_font: Any
    title_font: Any


@cache
def styles() -> XlsxStyles:
    """The styles, made on first use: openpyxl loads only when a sheet is written."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="BFBFBF")
    return XlsxStyles(
        header_font=Font(bold=True, color="FFFFFF"),
        header_fill=PatternFill("solid", fgColor="2F5597"),
        header_align=Alignment(horizontal="center", vertical="center", wrap_text=True),
        header_border=Border(left=thin, right=thin, top=thin, bottom=thin),
        total_font=Font(bold=True),
        title_font=Font(bold=True, size=14),
    )


Value = str | int | float | date | datetime | None
RowProgress = Callable[[int, int], None]


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet cell may hold it: no control characters, no formula."""
    clean = _ILLEGAL.sub("", text)
    return "'" + clean if clean.startswith(FORMULA_START) else clean


def csv_value(value: Value) -> str:
    """One CSV field."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return safe_text(value)
    return str(value)


def write_csv(
    stream: IO[bytes],
    headers: Sequence[str],
    rows: Sequence[Sequence[Value]],
    progress: RowProgress | None = None,
) -> None:
    """Write a header line and the rows as UTF-8 CSV with BOM to a binary stream."""
    text = io.TextIOWrapper(stream, encoding=CSV_ENCODING, newline="")
    try:
        writer = csv.writer(text)
        writer.writerow([safe_text(h) for h in headers])
        total = len(rows)
        for n, row in enumerate(rows, start=1):
            writer.writerow([csv_value(v) for v in row])
            if progress is not None and (n % PROGRESS_EVERY == 0 or n == total):
                progress(n, total)
        text.flush()
    finally:
        text.detach()  # leave the caller's stream open


def xlsx_text(text: str) -> str:
    """Text for an .xlsx cell: safe, line breaks as LF (XML turns a bare CR into LF on
    reading anyway), at most the 32,767 characters a cell holds."""
    return safe_text(text).replace("\r\n", "\n").replace("\r", "\n")[:XLSX_MAX_TEXT]


def xlsx_cell(ws: Any, value: Value, kind: Kind | None = None) -> Any:
    """A write-only cell with the value made safe and dates formatted as dates."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = xlsx_text(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, datetime) and kind is not Kind.DATE:
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def xlsx_value(ws: Any, value: Value, kind: Kind | None = None) -> Any:
    """What to append for one value: text and numbers as they are (text made safe), a
    formatted cell only for dates (much cheaper than a cell object per value)."""
    if isinstance(value, str):
        return xlsx_text(value)
    if isinstance(value, date):
        return xlsx_cell(ws, value, kind)
    return value


def header_cells(ws: Any, headers: Iterable[str]) -> list[Any]:
    """Header cells: bold white on blue, centred, wrapped."""
    from openpyxl.cell import WriteOnlyCell

    look = styles()
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=safe_text(text))
        cell.font, cell.fill, cell.alignment = look.header_font, look.header_fill, look.header_align
        cell.border = look.header_border
        cells.append(cell)
    return cells


def add_table_sheet(
    wb: Any,
    title: str,
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[Value]],
    *,
    kinds: Sequence[Kind] | None = None,
    totals: Sequence[Value] | None = None,
    progress: RowProgress | None = None,
) -> Any:
    """A sheet with a styled, frozen header row, column widths, a filter and the rows
    (then a bold totals row when given). ``wb`` is a write-only workbook."""
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=title[:31])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.append(header_cells(ws, headers))
    total = len(rows)
    for n, row in enumerate(rows, start=1):
        ws.append([xlsx_value(ws, v, kinds[i] if kinds else None) for i, v in enumerate(row)])
        if progress is not None and (n % PROGRESS_EVERY == 0 or n == total):
            progress(n, total)
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{total + 1}"
    if totals is not None:
        cells = [xlsx_cell(ws, v) for v in totals]
        for cell in cells:
            cell.font = styles().total_font
        ws.append(cells)
    return ws

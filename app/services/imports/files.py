"""Reading a list file into rows of cell values, refusing hostile files with a reason.

Every refusal is ``InvalidInput(field='file', reason=…)``:

``too_large``       the file is over :data:`MAX_FILE_BYTES`
``empty``           nothing in it
``unsupported_type``  neither ``.xlsx`` nor ``.csv`` (``details['hint']`` is ``xls`` for
                    the old binary Excel format, which must be saved as ``.xlsx``)
``content_mismatch``  the content is not what the extension says
``broken_xlsx``     not a readable workbook (a damaged or truncated zip, bad XML)
``zip_bomb``        parts unpacking to more than :data:`MAX_UNPACKED_BYTES` or far more
                    than their packed size
``xml_entities``    XML with a DTD or entity declarations (billion laughs)
``encoding``        a CSV in neither UTF-8 nor GBK
``broken_csv``      a CSV that cannot be parsed (NUL bytes, a runaway quote)
``cell_too_large``  a cell over Excel's 32,767 characters
``too_many_rows``   more than :data:`MAX_ROWS` rows (or a sheet padded past
                    :data:`MAX_SCANNED_ROWS`)
``no_header``, ``missing_columns``  see :func:`~app.services.imports.columns.find_header`
``no_rows``         a header but no rows under it
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InvalidInput
from app.services.imports.cells import cell_text
from app.services.imports.columns import HeaderMap, find_header
from app.services.imports.data import (
    HEADER_SEARCH_ROWS,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_PACKING_RATIO,
    MAX_ROWS,
    MAX_SCANNED_ROWS,
    MAX_UNPACKED_BYTES,
    Cancelled,
    ImportCancelled,
    Progress,
)

SUFFIXES = (".xlsx", ".csv")
RawRow = tuple[int, tuple[object, ...]]  # row number in the file, cell values
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY", b"<\x00!\x00D\x00O\x00C", b"<\x00!\x00E\x00N\x00T")
_EVERY = 100


@dataclass(frozen=True)
class Table:
    """The rows of one sheet (or CSV) under its header; blank rows left out."""

    sheet_name: str
    header: HeaderMap
    rows: tuple[RawRow, ...]


def _refuse(reason: str, **details: object) -> InvalidInput:
    return InvalidInput("file", reason, dict(details))


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing a too-large one before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse("too_large", size=size, max=MAX_FILE_BYTES)
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _refuse("unreadable", error=error.strerror or type(error).__name__) from error
    if len(data) > MAX_FILE_BYTES:
        raise _refuse("too_large", size=len(data), max=MAX_FILE_BYTES)
    return data


def read_table(
    name: str, data: bytes, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Table:
    """The list in ``data`` (a file called ``name``): header found, rows under it."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        hint = "xls" if suffix == ".xls" or data.startswith(_OLE_MAGIC) else ""
        raise _refuse("unsupported_type", suffix=suffix, hint=hint)
    if len(data) > MAX_FILE_BYTES:
        raise _refuse("too_large", size=len(data), max=MAX_FILE_BYTES)
    if not data.strip():
        raise _refuse("empty")
    is_zip, is_ole = data.startswith(_ZIP_MAGIC), data.startswith(_OLE_MAGIC)
    if suffix == ".csv" and (is_zip or is_ole):
        raise _refuse("content_mismatch", suffix=suffix, content="xls" if is_ole else "xlsx")
    if suffix == ".xlsx" and not is_zip:
        content = "xls" if is_ole else "text" if _looks_like_text(data) else "other"
        raise _refuse("content_mismatch", suffix=suffix, content=content)
    step = _Stepper(progress, cancelled)
    if suffix == ".csv":
        return _table("", _csv_rows(data, step), step)
    return _xlsx_table(data, step)


class _Stepper:
    """Progress every hundred rows, and the cancel check with it."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress, self.cancelled, self.total = progress, cancelled, 0

    def __call__(self, done: int) -> None:
        if done % _EVERY:
            return
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(done, max(self.total, done), "reading")


def _looks_like_text(data: bytes) -> bool:
    return b"\x00" not in data[:4096]


def _check_cells(number: int, values: Sequence[object]) -> tuple[object, ...]:
    row = tuple(values[:MAX_COLUMNS])
    for index, value in enumerate(row):
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise _refuse("cell_too_large", row=number, column=index + 1, max=MAX_CELL_CHARS)
    return row


def _table(sheet: str, rows: Iterator[RawRow], step: _Stepper) -> Table:
    """Find the header in the first rows, then collect the rows under it."""
    head: list[RawRow] = []
    for row in rows:
        head.append(row)
        if len(head) == HEADER_SEARCH_ROWS:
            break
    if not head:
        raise _refuse("empty")
    header = find_header(head)
    body = [r for r in head if r[0] > header.row]
    for row in rows:
        body.append(row)
        step(len(body))
        if len(body) > MAX_ROWS:
            raise _refuse("too_many_rows", max=MAX_ROWS)
    if not body:
        raise _refuse("no_rows", header_row=header.row)
    if step.progress is not None:
        step.progress(len(body), len(body), "reading")
    return Table(sheet, header, tuple(body))


def _non_blank(
    numbered: Iterator[tuple[int, Sequence[object]]], step: _Stepper
) -> Iterator[RawRow]:
    for number, values in numbered:
        if number > MAX_SCANNED_ROWS:
            raise _refuse("too_many_rows", max=MAX_ROWS)
        if number % _EVERY == 0:
            step(number)
        row = _check_cells(number, values)
        if any(cell_text(v).strip() for v in row):
            yield number, row


# -- CSV ------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse("encoding")


def _csv_rows(data: bytes, step: _Stepper) -> Iterator[RawRow]:
    text = _decode(data)
    if "\x00" in text:
        raise _refuse("broken_csv", problem="nul")
    first = text[: text.find("\n")] if "\n" in text else text
    delimiter = max(",\t;", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, Sequence[object]]]:
        start = 1
        try:
            for record in reader:
                yield start, record
                start = reader.line_num + 1
        except csv.Error as error:
            if "field larger" in str(error):
                raise _refuse("cell_too_large", row=start, max=MAX_CELL_CHARS) from error
            raise _refuse("broken_csv", row=start, problem=str(error)[:80]) from error

    return _non_blank(numbered(), step)


# -- xlsx -----------------------------------------------------------------------------


def _check_zip(data: bytes) -> None:
    """Refuse a zip bomb or XML with entity declarations before any XML is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if total > MAX_UNPACKED_BYTES:
                    raise _refuse("zip_bomb", max=MAX_UNPACKED_BYTES)
                if info.file_size > MAX_PACKING_RATIO * max(info.compress_size, 4096):
                    raise _refuse("zip_bomb", part=info.filename[:80])
                if info.filename.lower().endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        start = part.read(65_536)
                    if any(mark in start for mark in _DTD_MARKS):
                        raise _refuse("xml_entities", part=info.filename[:80])
    except InvalidInput:
        raise
    except Exception as error:  # a hostile zip fails in many ways; each is a broken file
        raise _refuse("broken_xlsx", error=type(error).__name__) from error


def _xlsx_table(data: bytes, step: _Stepper) -> Table:
    _check_zip(data)
    from openpyxl import load_workbook  # imported on first use: it takes a while

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                sheets = [ws for ws in book.worksheets if hasattr(ws, "iter_rows")][:3]
                if not sheets:
                    raise _refuse("no_header", expected=[])
                refusal: InvalidInput | None = None
                for sheet in sheets:
                    step.total = min(int(sheet.max_row or 0), MAX_ROWS)
                    # The stored dimension may be wrong: read every row there is.
                    sheet.reset_dimensions()
                    rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
                    numbered = ((i, r) for i, r in enumerate(rows, start=1))
                    try:
                        return _table(sheet.title, _non_blank(numbered, step), step)
                    except InvalidInput as error:
                        if error.reason not in ("no_header", "empty"):
                            raise
                        refusal = refusal or error
                raise refusal or _refuse("empty")
            finally:
                book.close()
    except (InvalidInput, ImportCancelled):
        raise
    except Exception as error:  # damaged parts surface as many exception types
        raise _refuse("broken_xlsx", error=type(error).__name__) from error

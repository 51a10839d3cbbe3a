"""Export the event's cases and assignments to .xlsx or .csv (issue 5, "Export").

Two entry points, so that full identities can be guarded on their own:

* :meth:`ExportService.export_cases` — masked identities (the default everywhere);
* :meth:`ExportService.export_full_identities` — names, ID numbers, phones and addresses
  as stored, only for roles with ``Permission.EXPORT_IDENTITIES`` (checked here); the
  one method the audit record of a full-identity export belongs to (issue 6).
  Confidential accusation cases stay unidentified even here (see
  :mod:`app.services.export_rows`).

The layout and the meaning of every column are in :mod:`app.services.export_mapping`
and ``docs/EXPORT-MAPPING.md``. A file is written under a temporary name beside the
target and renamed when complete, so a failed or cancelled export never leaves half a
file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO

from app.audit.recorder import note
from app.domain.errors import InvalidInput
from app.services.context import ServiceContext
from app.services.export_mapping import COLUMNS, FORMAT_WORDS, mapping_markdown
from app.services.export_rows import ExportTable, load_export_table
from app.services.permissions import Permission
from app.services.spreadsheet import RowProgress, add_table_sheet, write_csv

#: ``progress(done, total, stage)``; may raise (e.g. :class:`ExportCancelled`) to stop.
Progress = Callable[[int, int, str], None]
STAGE_READ = "read"
STAGE_WRITE = "write"
CASES_SHEET = "信访件"
MAPPING_SHEET = "字段说明"


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left on disk."""


@dataclass(frozen=True)
class ExportResult:
    """A finished export."""

    path: str
    format: str
    rows: int
    full_identities: bool
    size_bytes: int


def _row_progress(progress: Progress | None) -> RowProgress | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, STAGE_WRITE)


def write_table_xlsx(
    table: ExportTable, stream: IO[bytes], progress: Progress | None = None
) -> None:
    """The cases sheet (styled header, frozen, dates as dates) and the field sheet."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    add_table_sheet(
        wb,
        CASES_SHEET,
        [c.zh for c in table.columns],
        [c.width for c in table.columns],
        table.rows,
        kinds=[c.kind for c in table.columns],
        progress=_row_progress(progress),
    )
    add_table_sheet(
        wb,
        MAPPING_SHEET,
        ["字段", "English", "数据来源", "格式"],
        [18, 24, 70, 24],
        [(c.zh, c.en, c.source, FORMAT_WORDS[c.kind]) for c in table.columns],
    )
    wb.save(stream)


def write_table_csv(
    table: ExportTable, stream: IO[bytes], progress: Progress | None = None
) -> None:
    """One header line (Chinese field names) and a line per case, UTF-8 with BOM."""
    write_csv(stream, [c.zh for c in table.columns], table.rows, _row_progress(progress))


def _check(fmt: str, path: str | os.PathLike[str]) -> tuple[ExportFormat, Path]:
    try:
        chosen = ExportFormat(fmt)
    except ValueError:
        raise InvalidInput("format", "unknown", {"format": fmt}) from None
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("path", "is_directory", {"path": str(target)})
    if not target.parent.is_dir():
        raise InvalidInput("path", "no_such_folder", {"path": str(target.parent)})
    return chosen, target


def write_file(target: Path, write: Callable[[IO[bytes]], None]) -> int:
    """Write through a temporary file beside ``target`` and rename it; the size.

    Raises:
        InvalidInput: ``path``/``cannot_write`` when the folder refuses the file, the
            disk is full or the target is open elsewhere (Excel locks it on Windows).
    """
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise InvalidInput("path", "cannot_write", {"reason": str(error)}) from error
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
        os.replace(temp, target)
        return target.stat().st_size
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise InvalidInput("path", "cannot_write", {"reason": str(error)}) from error
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class ExportService:
    """The event's cases and assignments as a spreadsheet file."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def table(self, event_id: int) -> ExportTable:
        """The masked rows an export writes (for previews and the statistics station)."""
        self._ctx.require(Permission.EXPORT)
        return self._table(event_id, full_identities=False)

    def export_cases(
        self,
        event_id: int,
        fmt: str,
        path: str | os.PathLike[str],
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the event's cases with masked identities to ``path`` (xlsx or csv)."""
        self._ctx.require(Permission.EXPORT)
        return self._export(event_id, fmt, path, progress, full_identities=False)

    def export_full_identities(
        self,
        event_id: int,
        fmt: str,
        path: str | os.PathLike[str],
        progress: Progress | None = None,
    ) -> ExportResult:
        """Like :meth:`export_cases` with names, ID numbers, phones and addresses in full.

        Only for roles with ``Permission.EXPORT_IDENTITIES``. Confidential accusation
        cases still never identify the petitioner.
        """
        self._ctx.require(Permission.EXPORT_IDENTITIES)
        # Logged before the file exists: an export the log does not show cannot happen.
        with self._ctx.db.write("export_identities") as s:
            details = {"format": fmt, "file": Path(path).name}
            note(s, "export_identities", "event", event_id, details, event_id)
        return self._export(event_id, fmt, path, progress, full_identities=True)

    @staticmethod
    def mapping_markdown() -> str:
        """The documented column mapping (docs/EXPORT-MAPPING.md)."""
        return mapping_markdown()

    def _table(self, event_id: int, *, full_identities: bool) -> ExportTable:
        with self._ctx.db.read() as s:
            return load_export_table(
                s, event_id, full_identities=full_identities, now=self._ctx.clock.now()
            )

    def _export(
        self,
        event_id: int,
        fmt: str,
        path: str | os.PathLike[str],
        progress: Progress | None,
        *,
        full_identities: bool,
    ) -> ExportResult:
        chosen, target = _check(fmt, path)
        if progress is not None:
            progress(0, 1, STAGE_READ)
        table = self._table(event_id, full_identities=full_identities)
        if progress is not None:
            progress(1, 1, STAGE_READ)
            progress(0, len(table.rows), STAGE_WRITE)
        writer = write_table_xlsx if chosen is ExportFormat.XLSX else write_table_csv
        size = write_file(target, lambda stream: writer(table, stream, progress))
        return ExportResult(str(target), chosen.value, len(table.rows), full_identities, size)


__all__ = [
    "COLUMNS",
    "ExportCancelled",
    "ExportFormat",
    "ExportResult",
    "ExportService",
    "write_table_csv",
    "write_table_xlsx",
]

"""Plain data of an import: limits, the preview of a file and the report of an import."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.errors import ReceptionDayError
from app.services.registration_data import VisitDraft

#: A file larger than this is refused before it is read.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: What the parts of an .xlsx may unpack to in all (a zip bomb is refused unread).
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
#: A part unpacking to more than this many times its packed size is refused.
MAX_PACKING_RATIO = 200
#: Rows with content after the header; a longer list is refused (split it).
MAX_ROWS = 3000
#: Rows read in all, blank ones included (a sheet claiming a million rows stops here).
MAX_SCANNED_ROWS = 20_000
#: Columns read per row; cells further right are never looked at.
MAX_COLUMNS = 40
#: Excel's own limit per cell: a longer cell cannot come from a spreadsheet.
MAX_CELL_CHARS = 32_767
#: The header is looked for in this many first rows (titles may stand above it).
HEADER_SEARCH_ROWS = 10

#: ``progress(done, total, stage)``; stages are "reading", "checking" and "importing".
Progress = Callable[[int, int, str], None]
#: Asked between rows; True stops the work with :class:`ImportCancelled`.
Cancelled = Callable[[], bool]


class ImportCancelled(ReceptionDayError):
    """The user stopped reading or importing a file; nothing more was done."""

    def __init__(self) -> None:
        super().__init__("import cancelled")


class RowStatus(StrEnum):
    """What importing would do with a row."""

    READY = "ready"  # will be pre-registered
    PROBLEM = "problem"  # refused: see its problems
    ALREADY = "already"  # this person is already pre-registered for the event: skipped


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be imported: the row as numbered in the file, the column (its
    field code and the header as written in the file) and a stable reason code."""

    row: int
    field: str
    header: str
    reason: str
    details: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class FileNote:
    """Something about the whole file the user should know (e.g. a column ignored)."""

    reason: str
    details: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class ImportRow:
    """One row of the file: its cells as read (keyed by field code), what it resolved to,
    and either the pre-registration it would make or its problems."""

    row: int
    cells: Mapping[str, str]
    status: RowStatus
    problems: tuple[RowProblem, ...] = ()
    draft: VisitDraft | None = None
    topic_name: str = ""
    head_count: int | None = None
    request_text: str = ""  # the room or leader the row asks for, as matched
    already_visit_id: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    """Everything read from a file before anything is written."""

    event_id: int
    file_name: str
    sheet_name: str
    header_row: int
    headers: Mapping[str, str]  # field code -> header as written in the file
    rows: tuple[ImportRow, ...]
    notes: tuple[FileNote, ...] = ()

    @property
    def ready(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.READY)

    @property
    def problem_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.PROBLEM)

    @property
    def already(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.ALREADY)

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(p for r in self.rows for p in r.problems)


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``failed`` rows were refused when written (e.g. the set-up
    changed since the preview); importing the same file again finishes the rest."""

    event_id: int
    imported: tuple[tuple[int, int], ...]  # (row, visit id)
    skipped: tuple[int, ...]  # rows already pre-registered
    failed: tuple[RowProblem, ...] = ()
    cancelled: bool = False

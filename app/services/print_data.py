"""Plain data of the print station: the queue's rows, slip status per case, bundles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.printing.data import BuildResult


class DocumentKind(StrEnum):
    """What a print job prints (the ``print_job.document`` column)."""

    ASSIGNMENT_SLIP = "assignment_slip"  # 交办单
    RECEIPT = "receipt"  # 受理回执单
    TICKET = "ticket"  # 排队号
    NOTICE = "notice"  # 预约通知单
    DAY_SUMMARY = "day_summary"  # 当日工作汇总
    REMINDER = "reminder"  # 催办函, to a unit


class CopyLabel(StrEnum):
    """Which copy of a document a job prints (the ``print_job.copy_label`` column)."""

    UNIT = "unit"  # 第一联, to the lead unit
    CO_UNIT = "co_unit"  # 第一联, to a co-unit
    ARCHIVE = "archive"  # 第二联, the organisers' file
    VISITOR = "visitor"  # the visitor's receipt, ticket or notice
    OFFICE = "office"  # the organisers' own papers (summary)


class SlipState(StrEnum):
    """Whether a handed-over case's slips are on paper.

    ``ISSUED``: every copy (lead unit, each co-unit, archive) printed at least once.
    ``MISSING`` (未出单): some copy was never printed and its last attempt failed or was
    cancelled. ``PENDING``: some copy is still waiting to print, none missing.
    ``NONE``: the case has no slips (not handed over).
    """

    ISSUED = "issued"
    PENDING = "pending"
    MISSING = "missing"
    NONE = "none"


#: The ``status`` filter value that selects the rows flagged 未出单.
MISSING_FILTER = "missing"


@dataclass(frozen=True)
class PrintJobRow:
    """One line of the print queue.

    ``copy_issued``: some job of the same copy (document, copy, case or visit, unit)
    printed. ``needs_reprint``: this is the latest attempt at a copy that never printed,
    and it failed or was cancelled — the row the clerk reprints with one click.
    ``slip_missing``: the case's slips are 未出单 (see :class:`SlipState`).
    """

    job_id: int
    event_id: int
    document: str
    copy_label: str
    case_id: int | None
    case_number: str
    visit_id: int | None
    ticket_text: str
    unit_id: int | None
    unit_name: str
    room_id: int | None
    room_name: str
    urgency: str
    is_confidential: bool
    status: str
    reprint_no: int
    created_at: datetime
    finished_at: datetime | None
    printer: str
    station: str
    user_name: str
    error: str
    copy_issued: bool
    needs_reprint: bool
    slip_missing: bool
    slip_state: str


@dataclass(frozen=True)
class SlipCopyStatus:
    """One copy of a case's slip and how far it got."""

    copy_label: str
    unit_id: int | None
    unit_name: str
    issued: bool
    last_status: str
    last_job_id: int


@dataclass(frozen=True)
class SlipStatus:
    """Whether a case counts as "slip issued" (only when each copy's job succeeded)."""

    case_id: int
    case_number: str
    state: str  # a SlipState value
    copies: tuple[SlipCopyStatus, ...]

    @property
    def issued(self) -> bool:
        return self.state == SlipState.ISSUED.value


@dataclass(frozen=True)
class SlipCounts:
    """The day's paper trail in numbers (print station header, statistics)."""

    handed_over: int
    issued: int
    pending: int
    missing: int  # 未出单
    jobs_pending: int
    jobs_failed: int


@dataclass(frozen=True)
class JobDocument:
    """A built document, its kind and a title for the print spooler and file names."""

    job_id: int
    kind: str
    title: str
    result: BuildResult


@dataclass(frozen=True)
class BundleDocument:
    """A bundle built from print jobs: a unit's cover list and slips, or the day's slips."""

    job_ids: tuple[int, ...]
    title: str
    result: BuildResult

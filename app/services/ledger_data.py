"""Plain data of the case ledger (信访件台账): its filter, its sort and its rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: ``LedgerFilter.status`` for a case not handed over (no assignment).
NOT_HANDED_OVER = "not_handed_over"
#: ``LedgerFilter.outcome`` for a case the leader has not decided yet.
UNDECIDED = "undecided"
#: How much of the summary a row carries (the detail shows all of it).
SUMMARY_EXCERPT = 60


class LedgerSort(StrEnum):
    """What the ledger is ordered by (ties by case id, so the order is stable)."""

    DATE = "date"  # when the case was recorded
    CASE_NUMBER = "case_number"
    DUE = "due"  # handling deadline; cases not handed over last


@dataclass(frozen=True)
class LedgerFilter:
    """Which cases the ledger lists; ``None``/empty means "any".

    ``status`` is an AssignmentStatus value or :data:`NOT_HANDED_OVER`; ``outcome`` an
    Outcome value or :data:`UNDECIDED`; ``text`` matches part of the case number, the
    query code or the summary. ``overdue_only`` keeps open assignments with an unmet
    deadline already past.
    """

    event_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic_id: int | None = None
    status: str = ""
    outcome: str = ""
    unit_id: int | None = None
    urgency: str = ""
    overdue_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger. ``petitioners`` are masked names; for a confidential
    case (confidential, an accusation, or naming an accused unit) it is （保密）."""

    case_id: int
    case_number: str
    query_code: str
    recorded_on: date
    event_id: int
    event_name: str
    topic_name: str
    petitioners: str
    head_count: int
    summary: str
    is_confidential: bool
    outcome: str | None
    assignment_id: int | None
    lead_unit_name: str
    urgency: str
    handling_due: date | None
    status: str  # an AssignmentStatus value, or NOT_HANDED_OVER
    overdue_days: int


@dataclass(frozen=True)
class LedgerChoices:
    """What the filter bar offers: (id, label) of events, topics and lead units."""

    events: tuple[tuple[int, str], ...]
    topics: tuple[tuple[int, str], ...]
    units: tuple[tuple[int, str], ...]

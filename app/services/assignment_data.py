"""Plain data of the assignment lifecycle and follow-up calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Clocks:
    """The deadlines of one assignment and their traffic lights (ClockStatus values)."""

    feedback_due: date
    feedback_status: str
    acceptance_due: date
    handling_due: date
    handling_status: str
    extended_days: int


@dataclass(frozen=True)
class AssignmentRow:
    """One line of the supervision board."""

    assignment_id: int
    event_id: int
    case_id: int
    case_number: str
    topic_id: int
    room_id: int | None
    lead_unit_id: int
    lead_unit_name: str
    urgency: str
    status: str
    handed_over_at: datetime
    clocks: Clocks
    summary: str
    is_confidential: bool
    reopened_count: int
    follow_up_reached: bool
    version: int


@dataclass(frozen=True)
class BoardFilter:
    """Narrows the supervision board; None means any."""

    event_id: int | None = None
    unit_id: int | None = None
    urgency: str | None = None
    status: str | None = None
    room_id: int | None = None
    overdue_only: bool = False

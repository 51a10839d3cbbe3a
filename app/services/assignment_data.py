"""Plain data of the assignment lifecycle and follow-up calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.services.reception_data import PetitionerCard


@dataclass(frozen=True)
class Clocks:
    """The deadlines of one assignment and their traffic lights (ClockStatus values).

    The colour deadline (``feedback_due``) is met by the unit's first feedback; the
    statutory acceptance notice (``acceptance_due``, 15 days) too — that first report
    says whether the matter is accepted; the handling deadline (``handling_due``, 60
    days plus extensions) by closing.
    """

    feedback_due: date
    feedback_status: str
    acceptance_due: date
    handling_due: date
    handling_status: str
    extended_days: int
    acceptance_status: str = "on_time"

    def statuses(self) -> tuple[str, str, str]:
        """Feedback, acceptance and handling traffic lights."""
        return self.feedback_status, self.acceptance_status, self.handling_status

    def overdue_days(self, today: date) -> int:
        """Days past the most overdue unmet deadline (0 when none is overdue)."""
        dues = zip(
            (self.feedback_due, self.acceptance_due, self.handling_due),
            self.statuses(),
            strict=True,
        )
        return max(((today - due).days for due, st in dues if st == "overdue"), default=0)


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
    topic_name: str = ""
    room_label: str = ""
    event_name: str = ""
    follow_up_attempts: int = 0

    @property
    def needs_reminder(self) -> bool:
        """Open and some deadline due soon or overdue: on the 催办 list."""
        return self.status != "closed" and any(
            st in ("due_soon", "overdue") for st in self.clocks.statuses()
        )

    @property
    def is_overdue(self) -> bool:
        return "overdue" in self.clocks.statuses()


@dataclass(frozen=True)
class BoardFilter:
    """Narrows the supervision board; None means any."""

    event_id: int | None = None
    unit_id: int | None = None
    urgency: str | None = None
    status: str | None = None
    room_id: int | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class FeedbackEntry:
    """One report of the unit (``closes``: the closing one) or a reopening note."""

    received_at: datetime
    content: str
    reported_by: str
    closes: bool


@dataclass(frozen=True)
class ExtensionEntry:
    """One granted extension of the handling deadline."""

    granted_at: datetime
    days: int
    reason: str
    approver: str
    previous_due: date
    new_due: date


@dataclass(frozen=True)
class FollowUpEntry:
    """One follow-up call attempt (satisfaction values only when reached)."""

    attempted_at: datetime
    reached: bool
    organiser: str | None
    unit: str | None
    notes: str
    caller: str


@dataclass(frozen=True)
class AssignmentDetail:
    """Everything the supervision office sees of one assignment.

    Petitioners' phones are masked (``petitioners``: name and masked phone per person;
    ``people``: the same people with their ids, for a reveal of the full number —
    显示完整号码, audited); ``extension_days_left`` is what the law still allows.
    """

    row: AssignmentRow
    demand: str
    instruction: str
    co_unit_names: tuple[str, ...]
    petitioners: tuple[str, ...]
    head_count: int
    result: str
    closed_at: datetime | None
    first_feedback_at: datetime | None
    extension_days_left: int
    feedback: tuple[FeedbackEntry, ...]
    extensions: tuple[ExtensionEntry, ...]
    follow_ups: tuple[FollowUpEntry, ...]
    people: tuple[PetitionerCard, ...] = ()


@dataclass(frozen=True)
class ReminderUnit:
    """A unit with items to chase: how many are overdue and how many due soon."""

    unit_id: int
    unit_name: str
    overdue: int
    due_soon: int

"""Plain data of the room: the case card and the leader's decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.types import StatutoryCategory, Urgency
from app.services.registration_data import EarlierVisit


@dataclass(frozen=True)
class CaseDraft:
    """Another matter raised by the same batch."""

    topic_id: int
    summary: str
    demand: str = ""
    statutory_category: StatutoryCategory = StatutoryCategory.DEMAND
    is_confidential: bool = False
    accused_unit_id: int | None = None


@dataclass(frozen=True)
class ResolvedOnSpot:
    """当场解决: settled in the room."""

    note: str


@dataclass(frozen=True)
class HandOver:
    """交办: handed to a lead unit (and co-units) with a colour and the leader's words."""

    lead_unit_id: int
    urgency: Urgency
    instruction: str
    co_unit_ids: frozenset[int] = frozenset()
    statutory_category: StatutoryCategory | None = None
    is_confidential: bool | None = None
    accused_unit_id: int | None = None


@dataclass(frozen=True)
class LegalChannel:
    """依法分类: redirected to court, review, arbitration…"""

    channel: str
    note: str = ""


@dataclass(frozen=True)
class Explained:
    """解释说明: policy explained, not accepted."""

    note: str


Decision = ResolvedOnSpot | HandOver | LegalChannel | Explained


@dataclass(frozen=True)
class PetitionerCard:
    """A person on the case card: identifiers masked."""

    petitioner_id: int
    name: str
    id_masked: str
    phone_masked: str
    age: int | None
    sex: str | None
    address: str
    is_disabled: bool
    checked_in: bool


@dataclass(frozen=True)
class AssignmentBrief:
    assignment_id: int
    lead_unit_id: int
    lead_unit_name: str
    co_unit_names: tuple[str, ...]
    urgency: str
    instruction: str
    feedback_due: date
    acceptance_due: date
    handling_due: date
    status: str


@dataclass(frozen=True)
class CaseView:
    case_id: int
    case_number: str
    query_code: str
    topic_id: int
    summary: str
    demand: str
    statutory_category: str
    is_confidential: bool
    accused_unit_id: int | None
    outcome: str | None
    outcome_note: str
    decided_at: datetime | None
    assignment: AssignmentBrief | None
    version: int


@dataclass(frozen=True)
class CaseCard:
    """Everything the leader's screen shows about one batch."""

    visit_id: int
    event_id: int
    ticket_text: str
    status: str
    room_id: int | None
    topic_id: int
    head_count: int
    is_collective: bool
    is_repeat: bool
    priority: str
    summary: str
    demand: str
    note: str
    petitioners: tuple[PetitionerCard, ...]
    cases: tuple[CaseView, ...]
    risk_flags: tuple[str, ...]
    earlier_visits: tuple[EarlierVisit, ...]
    suggested_unit_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class DecisionResult:
    case_id: int
    outcome: str
    assignment_id: int | None
    visit_done: bool
    print_job_ids: tuple[int, ...]
    case_version: int

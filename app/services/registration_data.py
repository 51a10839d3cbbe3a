"""Plain data the registration service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.allocation import Allocation
from app.domain.types import DocumentType, Priority, RegistrationChannel, StatutoryCategory


@dataclass(frozen=True)
class PetitionerDraft:
    """One person as typed at the desk or read from an import row."""

    name: str
    document_type: DocumentType = DocumentType.RESIDENT_ID
    document_number: str = ""
    phone: str = ""
    address: str = ""
    is_disabled: bool = False


@dataclass(frozen=True)
class VisitDraft:
    """A batch to register. ``client_key`` is made once by the station (a UUID) and
    sent again on retry, so the batch is never registered twice."""

    client_key: str
    event_id: int
    topic_id: int
    head_count: int
    petitioners: tuple[PetitionerDraft, ...]
    summary: str = ""
    demand: str = ""
    note: str = ""
    channel: RegistrationChannel = RegistrationChannel.WALK_IN
    priority: Priority | None = None
    requested_room_id: int | None = None
    requested_leader_id: int | None = None
    window_start: datetime | None = None
    window_end: datetime | None = None
    statutory_category: StatutoryCategory = StatutoryCategory.DEMAND
    is_confidential: bool = False
    accused_unit_id: int | None = None


@dataclass(frozen=True)
class VisitEdit:
    """Fields the desk may correct after registration."""

    topic_id: int
    head_count: int
    summary: str
    demand: str
    note: str
    priority: Priority


@dataclass(frozen=True)
class EarlierCase:
    case_number: str
    topic_id: int
    summary: str
    outcome: str | None
    unit_name: str | None


@dataclass(frozen=True)
class EarlierVisit:
    """A visit of the same person (same ID number or phone) before this one."""

    visit_id: int
    event_id: int
    event_date: date
    event_name: str
    petitioner_name: str
    matched_by: str  # "document" or "phone"
    summary: str
    cases: tuple[EarlierCase, ...]


@dataclass(frozen=True)
class RegisteredVisit:
    """The answer to a registration or a check-in."""

    visit_id: int
    event_id: int
    status: str
    petitioner_ids: tuple[int, ...]
    room_id: int | None
    ticket_number: int | None
    ticket_text: str
    expected_wait_minutes: float | None
    allocation: Allocation | None
    case_ids: tuple[int, ...]
    is_repeat: bool
    earlier_visits: tuple[EarlierVisit, ...]
    version: int
    already_registered: bool = False

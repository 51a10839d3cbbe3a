"""Plain data of the event set-up: what the set-up service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.event_settings import EventSettings


@dataclass(frozen=True)
class TopicInfo:
    id: int
    code: str
    name: str
    national_class_code: str
    default_service_minutes: float
    is_general: bool
    is_legal_related: bool


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    short_name: str
    kind: str
    contact_person: str
    contact_phone: str
    is_active: bool = True


@dataclass(frozen=True)
class LeaderInfo:
    id: int
    name: str
    title: str


@dataclass(frozen=True)
class RoomInfo:
    id: int
    event_id: int
    number: int
    name: str
    location: str
    is_open: bool
    is_general: bool
    topic_ids: frozenset[int]
    unit_ids: frozenset[int]
    leader_ids: frozenset[int]
    #: Pass it back to :meth:`SetupService.update_room` to refuse a save over a newer edit.
    version: int = 1


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    event_date: date
    venue: str
    organisation_name: str
    case_number_prefix: str
    settings: EventSettings
    #: Pass it back to ``update_event``/``update_settings`` (see RoomInfo.version).
    version: int = 1


@dataclass(frozen=True)
class EventSetup:
    """Everything a station needs to know about an event's rooms and directory."""

    event: EventInfo
    rooms: tuple[RoomInfo, ...]
    topics: tuple[TopicInfo, ...]
    units: tuple[UnitInfo, ...]
    leaders: tuple[LeaderInfo, ...]

    def room(self, room_id: int) -> RoomInfo:
        return next(r for r in self.rooms if r.id == room_id)

    def topic(self, topic_id: int) -> TopicInfo:
        return next(t for t in self.topics if t.id == topic_id)

    def unit(self, unit_id: int) -> UnitInfo:
        return next(u for u in self.units if u.id == unit_id)


@dataclass(frozen=True)
class TopicDraft:
    code: str
    name: str
    national_class_code: str = ""
    default_service_minutes: float = 15.0
    is_general: bool = False
    is_legal_related: bool = False


@dataclass(frozen=True)
class UnitDraft:
    name: str
    short_name: str = ""
    kind: str = "department"
    contact_person: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class EventDraft:
    name: str
    event_date: date
    venue: str = ""
    organisation_name: str = ""
    case_number_prefix: str = "JF"
    settings: EventSettings = field(default_factory=EventSettings)


@dataclass(frozen=True)
class RoomDraft:
    number: int
    name: str
    topic_ids: frozenset[int] = frozenset()
    unit_ids: frozenset[int] = frozenset()
    leader_ids: frozenset[int] = frozenset()
    location: str = ""
    is_general: bool = False
    is_open: bool = True

"""Event set-up: the directory (topics, units, leaders), events and their rooms."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings
from app.models import (
    Leader,
    ReceptionEvent,
    Room,
    Topic,
    TopicUnitRule,
    Unit,
    room_leader,
    room_topic,
    room_unit,
)
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext, create_counters, event_scope
from app.services.errors import NotFound
from app.services.setup_data import (
    EventDraft,
    EventInfo,
    EventSetup,
    LeaderInfo,
    RoomDraft,
    RoomInfo,
    TopicDraft,
    TopicInfo,
    UnitDraft,
    UnitInfo,
)

EVENT_COUNTERS = ("ticket", "queue")


def _require_text(field: str, value: str, max_len: int) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(field, "required")
    if len(value) > max_len:
        raise InvalidInput(field, "too_long", {"max": max_len})
    return value


def topic_info(t: Topic) -> TopicInfo:
    return TopicInfo(
        t.id,
        t.code,
        t.name,
        t.national_class_code,
        t.default_service_minutes,
        t.is_general,
        t.is_legal_related,
    )


def unit_info(u: Unit) -> UnitInfo:
    return UnitInfo(u.id, u.name, u.short_name, u.kind, u.contact_person, u.contact_phone)


def event_info(e: ReceptionEvent) -> EventInfo:
    return EventInfo(
        e.id,
        e.name,
        e.event_date,
        e.venue,
        e.organisation_name,
        e.case_number_prefix,
        EventSettings.from_json(e.settings),
    )


def load_event(session: Session, event_id: int) -> ReceptionEvent:
    event = session.get(ReceptionEvent, event_id)
    if event is None:
        raise NotFound("event", event_id)
    return event


def rooms_of(session: Session, event_id: int) -> tuple[RoomInfo, ...]:
    """Every room of an event with its topics, units and leaders."""
    rooms = session.scalars(
        select(Room).where(Room.event_id == event_id).order_by(Room.number)
    ).all()
    ids = [r.id for r in rooms]
    links: dict[str, dict[int, set[int]]] = {"t": {}, "u": {}, "l": {}}
    for key, table, column in (
        ("t", room_topic, room_topic.c.topic_id),
        ("u", room_unit, room_unit.c.unit_id),
        ("l", room_leader, room_leader.c.leader_id),
    ):
        for room_id, other in session.execute(
            select(table.c.room_id, column).where(table.c.room_id.in_(ids))
        ):
            links[key].setdefault(room_id, set()).add(other)
    return tuple(
        RoomInfo(
            r.id,
            r.event_id,
            r.number,
            r.name,
            r.location,
            r.is_open,
            r.is_general,
            frozenset(links["t"].get(r.id, ())),
            frozenset(links["u"].get(r.id, ())),
            frozenset(links["l"].get(r.id, ())),
        )
        for r in rooms
    )


class SetupService:
    """Creates and edits events, rooms and the standing directory."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add_topic(self, draft: TopicDraft) -> Result[TopicInfo]:
        code = _require_text("code", draft.code, 32)
        name = _require_text("name", draft.name, 64)
        if not 1 <= draft.default_service_minutes <= 240:
            raise InvalidInput("default_service_minutes", "out_of_range", {"min": 1, "max": 240})
        with self._ctx.db.write() as s:
            if s.scalar(select(Topic.id).where(Topic.code == code)) is not None:
                raise InvalidInput("code", "duplicate")
            order = len(s.scalars(select(Topic.id)).all())
            topic = Topic(
                code=code,
                name=name,
                national_class_code=draft.national_class_code.strip(),
                default_service_minutes=draft.default_service_minutes,
                is_general=draft.is_general,
                is_legal_related=draft.is_legal_related,
                sort_order=order,
            )
            s.add(topic)
            s.flush()
            return Result(topic_info(topic), Changes.of(Entity.SETUP, [topic.id]))

    def add_unit(self, draft: UnitDraft) -> Result[UnitInfo]:
        name = _require_text("name", draft.name, 128)
        with self._ctx.db.write() as s:
            if s.scalar(select(Unit.id).where(Unit.name == name)) is not None:
                raise InvalidInput("name", "duplicate")
            unit = Unit(
                name=name,
                short_name=draft.short_name.strip() or name[:32],
                kind=draft.kind,
                contact_person=draft.contact_person.strip(),
                contact_phone=draft.contact_phone.strip(),
            )
            s.add(unit)
            s.flush()
            return Result(unit_info(unit), Changes.of(Entity.SETUP, [unit.id]))

    def add_leader(self, name: str, title: str = "") -> Result[LeaderInfo]:
        name = _require_text("name", name, 64)
        with self._ctx.db.write() as s:
            leader = Leader(name=name, title=title.strip())
            s.add(leader)
            s.flush()
            return Result(
                LeaderInfo(leader.id, leader.name, leader.title),
                Changes.of(Entity.SETUP, [leader.id]),
            )

    def add_topic_unit_rule(self, topic_id: int, unit_id: int, rank: int = 0) -> Result[None]:
        """Suggest ``unit_id`` as lead unit for cases on ``topic_id``."""
        with self._ctx.db.write() as s:
            if s.get(Topic, topic_id) is None:
                raise NotFound("topic", topic_id)
            if s.get(Unit, unit_id) is None:
                raise NotFound("unit", unit_id)
            s.add(TopicUnitRule(topic_id=topic_id, unit_id=unit_id, rank=rank))
            return Result(None, Changes.of(Entity.SETUP, [topic_id]))

    def create_event(self, draft: EventDraft) -> Result[EventInfo]:
        name = _require_text("name", draft.name, 128)
        prefix = draft.case_number_prefix.strip().upper()
        if not (1 <= len(prefix) <= 4 and prefix.isascii() and prefix.isalpha()):
            raise InvalidInput("case_number_prefix", "format")
        with self._ctx.db.write() as s:
            event = ReceptionEvent(
                name=name,
                event_date=draft.event_date,
                venue=draft.venue.strip(),
                organisation_name=draft.organisation_name.strip(),
                case_number_prefix=prefix,
                settings=draft.settings.to_json(),
                created_at=self._ctx.clock.now(),
            )
            s.add(event)
            s.flush()
            create_counters(s, event_scope(event.id), EVENT_COUNTERS)
            return Result(event_info(event), Changes.of(Entity.EVENT, [event.id], event.id))

    def update_settings(self, event_id: int, settings: EventSettings) -> Result[EventInfo]:
        with self._ctx.db.write() as s:
            event = load_event(s, event_id)
            event.settings = settings.to_json()
            return Result(event_info(event), Changes.of(Entity.EVENT, [event_id], event_id))

    def add_room(self, event_id: int, draft: RoomDraft) -> Result[RoomInfo]:
        name = _require_text("name", draft.name, 64)
        if draft.number < 1:
            raise InvalidInput("number", "not_positive")
        with self._ctx.db.write() as s:
            load_event(s, event_id)
            exists = s.scalar(
                select(Room.id).where(Room.event_id == event_id, Room.number == draft.number)
            )
            if exists is not None:
                raise InvalidInput("number", "duplicate")
            room = Room(
                event_id=event_id,
                number=draft.number,
                name=name,
                location=draft.location,
                is_open=draft.is_open,
                is_general=draft.is_general,
            )
            s.add(room)
            s.flush()
            self._link(s, room.id, draft)
            info = next(r for r in rooms_of(s, event_id) if r.id == room.id)
            return Result(info, Changes.of(Entity.SETUP, [room.id], event_id))

    def update_room(self, room_id: int, draft: RoomDraft) -> Result[RoomInfo]:
        """Replace a room's name, number, topics, units, leaders and open state."""
        name = _require_text("name", draft.name, 64)
        with self._ctx.db.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            clash = s.scalar(
                select(Room.id).where(
                    Room.event_id == room.event_id, Room.number == draft.number, Room.id != room_id
                )
            )
            if clash is not None:
                raise InvalidInput("number", "duplicate")
            room.number, room.name, room.location = draft.number, name, draft.location
            room.is_open, room.is_general = draft.is_open, draft.is_general
            for table in (room_topic, room_unit, room_leader):
                s.execute(delete(table).where(table.c.room_id == room_id))
            self._link(s, room_id, draft)
            info = next(r for r in rooms_of(s, room.event_id) if r.id == room_id)
            return Result(info, Changes.of(Entity.SETUP, [room_id], room.event_id))

    def set_room_open(self, room_id: int, is_open: bool) -> Result[None]:
        with self._ctx.db.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            room.is_open = is_open
            return Result(None, Changes.of(Entity.SETUP, [room_id], room.event_id))

    @staticmethod
    def _link(s: Session, room_id: int, draft: RoomDraft) -> None:
        for table, column, ids, model, entity in (
            (room_topic, "topic_id", draft.topic_ids, Topic, "topic"),
            (room_unit, "unit_id", draft.unit_ids, Unit, "unit"),
            (room_leader, "leader_id", draft.leader_ids, Leader, "leader"),
        ):
            for other in sorted(ids):
                if s.get(model, other) is None:
                    raise NotFound(entity, other)
            if ids:
                s.execute(insert(table), [{"room_id": room_id, column: i} for i in sorted(ids)])

    def list_events(self) -> tuple[EventInfo, ...]:
        with self._ctx.db.read() as s:
            events = s.scalars(
                select(ReceptionEvent).order_by(
                    ReceptionEvent.event_date.desc(), ReceptionEvent.id.desc()
                )
            )
            return tuple(event_info(e) for e in events)

    def event_setup(self, event_id: int) -> EventSetup:
        """The event with its rooms and the whole directory."""
        with self._ctx.db.read() as s:
            event = load_event(s, event_id)
            topics = s.scalars(select(Topic).order_by(Topic.sort_order, Topic.id))
            units = s.scalars(select(Unit).where(Unit.is_active).order_by(Unit.id))
            leaders = s.scalars(select(Leader).order_by(Leader.id))
            return EventSetup(
                event_info(event),
                rooms_of(s, event_id),
                tuple(topic_info(t) for t in topics),
                tuple(unit_info(u) for u in units),
                tuple(LeaderInfo(x.id, x.name, x.title) for x in leaders),
            )

    def suggested_units(self, topic_id: int, room_id: int | None = None) -> tuple[UnitInfo, ...]:
        """Lead-unit suggestions: rule units present in the room first, then other rule units."""
        with self._ctx.db.read() as s:
            rules = s.execute(
                select(Unit, TopicUnitRule.rank)
                .join(TopicUnitRule, TopicUnitRule.unit_id == Unit.id)
                .where(TopicUnitRule.topic_id == topic_id)
            ).all()
            present: set[int] = set()
            if room_id is not None:
                present = set(
                    s.scalars(select(room_unit.c.unit_id).where(room_unit.c.room_id == room_id))
                )
            ordered = sorted(rules, key=lambda row: (row[0].id not in present, row[1], row[0].id))
            return tuple(unit_info(row[0]) for row in ordered)

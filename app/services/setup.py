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
    Unit,
    room_leader,
    room_topic,
    room_unit,
)
from app.services.changes import Changes, Entity, Result
from app.services.context import create_counters, event_scope
from app.services.directory import DirectoryEditing, require_text, topic_info, unit_info
from app.services.errors import ChangedElsewhere, NotFound
from app.services.permissions import Permission
from app.services.setup_data import (
    EventDraft,
    EventInfo,
    EventSetup,
    LeaderInfo,
    RoomDraft,
    RoomInfo,
)

EVENT_COUNTERS = ("ticket", "queue")


def event_info(e: ReceptionEvent) -> EventInfo:
    return EventInfo(
        e.id,
        e.name,
        e.event_date,
        e.venue,
        e.organisation_name,
        e.case_number_prefix,
        EventSettings.from_json(e.settings),
        e.version,
    )


def load_event(session: Session, event_id: int) -> ReceptionEvent:
    event = session.get(ReceptionEvent, event_id)
    if event is None:
        raise NotFound("event", event_id)
    return event


def check_version(entity: str, row: ReceptionEvent | Room, expected: int | None) -> None:
    """Refuse a save made on an older version (None: the caller does not check), and
    raise the version for this one."""
    if expected is not None and row.version != expected:
        raise ChangedElsewhere(entity, row.id)
    row.version = (row.version or 1) + 1


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
            r.version,
        )
        for r in rooms
    )


class SetupService(DirectoryEditing):
    """Creates and edits events, rooms and (through its base) the standing directory."""

    def create_event(self, draft: EventDraft) -> Result[EventInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 128)
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

    def update_event(
        self, event_id: int, draft: EventDraft, expected_version: int | None = None
    ) -> Result[EventInfo]:
        """Change the event's name, date, venue, organisation and case-number prefix.

        The settings are left alone (see :meth:`update_settings`). Case numbers already
        issued keep their old prefix and date. With ``expected_version`` (the
        :class:`EventInfo` the user edited), a save over a newer one raises
        :class:`ChangedElsewhere`.
        """
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 128)
        prefix = draft.case_number_prefix.strip().upper()
        if not (1 <= len(prefix) <= 4 and prefix.isascii() and prefix.isalpha()):
            raise InvalidInput("case_number_prefix", "format")
        with self._ctx.db.write() as s:
            event = load_event(s, event_id)
            check_version("event", event, expected_version)
            event.name, event.event_date = name, draft.event_date
            event.venue, event.organisation_name = (
                draft.venue.strip(),
                draft.organisation_name.strip(),
            )
            event.case_number_prefix = prefix
            return Result(event_info(event), Changes.of(Entity.EVENT, [event_id], event_id))

    def update_settings(
        self, event_id: int, settings: EventSettings, expected_version: int | None = None
    ) -> Result[EventInfo]:
        """Replace the event's settings (``expected_version`` as in :meth:`update_event`)."""
        self._ctx.require(Permission.EDIT_SETUP)
        with self._ctx.db.write() as s:
            event = load_event(s, event_id)
            check_version("event", event, expected_version)
            event.settings = settings.to_json()
            return Result(event_info(event), Changes.of(Entity.EVENT, [event_id], event_id))

    def add_room(self, event_id: int, draft: RoomDraft) -> Result[RoomInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 64)
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

    def update_room(
        self, room_id: int, draft: RoomDraft, expected_version: int | None = None
    ) -> Result[RoomInfo]:
        """Replace a room's name, number, topics, units, leaders and open state.

        With ``expected_version`` (the :class:`RoomInfo` the user edited), a save over a
        newer edit of the room raises :class:`ChangedElsewhere`."""
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 64)
        with self._ctx.db.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            check_version("room", room, expected_version)
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
        self._ctx.require(Permission.EDIT_SETUP)
        with self._ctx.db.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            check_version("room", room, None)  # opening/closing is absolute, never stale
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
        self._ctx.require(Permission.VIEW_EVENT)
        with self._ctx.db.read() as s:
            events = s.scalars(
                select(ReceptionEvent).order_by(
                    ReceptionEvent.event_date.desc(), ReceptionEvent.id.desc()
                )
            )
            return tuple(event_info(e) for e in events)

    def event_setup(self, event_id: int) -> EventSetup:
        """The event with its rooms and the whole directory."""
        self._ctx.require(Permission.VIEW_EVENT)
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

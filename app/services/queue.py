"""The rooms' queues: call next, start, hold, no-show, re-queue, transfer, and waits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.allocation import QueuedVisit, expected_wait_minutes, queue_order
from app.domain.errors import InvalidInput
from app.domain.masking import public_name
from app.domain.numbering import format_ticket
from app.domain.types import Priority, VisitStatus
from app.models import Petitioner, Room, Visit, VisitMember
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext, event_scope, take_number
from app.services.errors import ChangedElsewhere, InvalidState, NotFound
from app.services.permissions import Permission
from app.services.queue_data import QueueEntry, RoomQueue, RoomWait
from app.services.queue_state import SERVING_STATUSES, room_states, service_times

S = VisitStatus


def _entry(visit: Visit, name: str) -> QueueEntry:
    ticket = visit.ticket_number
    return QueueEntry(
        visit.id,
        ticket,
        format_ticket(ticket) if ticket else "",
        visit.status,
        visit.room_id,
        visit.topic_id,
        visit.head_count,
        visit.priority,
        visit.is_collective,
        visit.is_repeat,
        public_name(name) if name else "",
        visit.expected_wait_minutes,
        visit.checked_in_at,
        visit.called_at,
        visit.version,
    )


def _representatives(s: Session, visit_ids: Iterable[int]) -> dict[int, str]:
    ids = list(visit_ids)
    if not ids:
        return {}
    rows = s.execute(
        select(VisitMember.visit_id, Petitioner.name)
        .join(Petitioner, Petitioner.id == VisitMember.petitioner_id)
        .where(VisitMember.visit_id.in_(ids))
        .order_by(VisitMember.is_representative.desc(), VisitMember.id)
    )
    names: dict[int, str] = {}
    for visit_id, name in rows:
        names.setdefault(visit_id, name)
    return names


def _serving_order(visits: list[Visit]) -> list[Visit]:
    by_id = {v.id: v for v in visits}
    queued = [
        QueuedVisit(v.id, v.topic_id, v.head_count, Priority(v.priority), v.queue_seq or v.id)
        for v in visits
    ]
    return [by_id[q.visit_id] for q in queue_order(queued)]


class QueueService:
    """Moves batches through a room. Every call is one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ---------------------------------------------------------------------

    def room_queue(self, room_id: int) -> RoomQueue:
        """The room's queue in the order it will be served."""
        self._ctx.require(Permission.VIEW_QUEUE)
        with self._ctx.db.read() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            visits = s.scalars(
                select(Visit).where(
                    Visit.room_id == room_id,
                    Visit.status.in_([S.WAITING, S.CALLED, S.IN_RECEPTION, S.ON_HOLD, S.NO_SHOW]),
                )
            ).all()
            names = _representatives(s, [v.id for v in visits])
            serving = next((v for v in visits if v.status in SERVING_STATUSES), None)
            waiting = _serving_order([v for v in visits if v.status == S.WAITING])

            def group(status: VisitStatus) -> tuple[QueueEntry, ...]:
                chosen = sorted(
                    (v for v in visits if v.status == status), key=lambda v: v.queue_seq or 0
                )
                return tuple(_entry(v, names.get(v.id, "")) for v in chosen)

            return RoomQueue(
                room.id,
                room.number,
                room.name,
                room.is_open,
                _entry(serving, names.get(serving.id, "")) if serving else None,
                tuple(_entry(v, names.get(v.id, "")) for v in waiting),
                group(S.ON_HOLD),
                group(S.NO_SHOW),
            )

    def room_waits(self, event_id: int) -> tuple[RoomWait, ...]:
        """Every room's serving number, next numbers and expected wait (hall display)."""
        self._ctx.require(Permission.VIEW_HALL)
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:
            states = {r.room_id: r for r in room_states(s, event_id, now)}
            times = service_times(s, event_id)
            rooms = s.scalars(
                select(Room).where(Room.event_id == event_id).order_by(Room.number)
            ).all()
            visits = s.scalars(
                select(Visit).where(
                    Visit.event_id == event_id,
                    Visit.status.in_([S.WAITING, S.CALLED, S.IN_RECEPTION]),
                )
            ).all()
            names = _representatives(s, [v.id for v in visits if v.status == S.WAITING])
            result = []
            for room in rooms:
                mine = [v for v in visits if v.room_id == room.id]
                serving = next((v for v in mine if v.status in SERVING_STATUSES), None)
                order = _serving_order([v for v in mine if v.status == S.WAITING])
                state = states[room.id]
                result.append(
                    RoomWait(
                        room.id,
                        room.number,
                        room.name,
                        room.is_open,
                        format_ticket(serving.ticket_number)
                        if serving and serving.ticket_number
                        else "",
                        tuple(format_ticket(v.ticket_number) for v in order[:3] if v.ticket_number),
                        tuple(public_name(names.get(v.id, "")) for v in order[:3]),
                        len(order),
                        sum(v.head_count for v in order),
                        expected_wait_minutes(state, Priority.NORMAL, times),
                        serving.called_at if serving else None,
                    )
                )
            return tuple(result)

    # -- moving ----------------------------------------------------------------------

    def call_next(self, room_id: int) -> Result[QueueEntry | None]:
        """Call the next batch (priority lane first, then check-in order).

        Refused while another batch is called or in reception in this room.
        """
        self._ctx.require(Permission.MOVE_QUEUE)
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound("room", room_id)
            busy = s.scalar(
                select(Visit.id).where(Visit.room_id == room_id, Visit.status.in_(SERVING_STATUSES))
            )
            if busy is not None:
                raise InvalidState("room", room_id, "busy", "call_next")
            waiting = s.scalars(
                select(Visit).where(Visit.room_id == room_id, Visit.status == S.WAITING)
            ).all()
            if not waiting:
                return Result(None)
            visit = _serving_order(list(waiting))[0]
            visit.status, visit.called_at = S.CALLED.value, now
            s.flush()
            name = _representatives(s, [visit.id]).get(visit.id, "")
            return Result(_entry(visit, name), self._changes(visit))

    def call(self, visit_id: int) -> Result[QueueEntry]:
        """Call a particular waiting batch out of order (e.g. a leader's choice)."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.WAITING,), S.CALLED, "call", busy_check=True)

    def start_reception(self, visit_id: int) -> Result[QueueEntry]:
        """The called batch sits down in front of the leader."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.CALLED, S.WAITING), S.IN_RECEPTION, "start", busy_check=True)

    def hold(self, visit_id: int) -> Result[QueueEntry]:
        """Set a batch aside (e.g. fetching documents); it keeps its place."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.WAITING, S.CALLED, S.IN_RECEPTION), S.ON_HOLD, "hold")

    def resume(self, visit_id: int) -> Result[QueueEntry]:
        """Bring a held batch back to the queue at its old place."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.ON_HOLD,), S.WAITING, "resume")

    def no_show(self, visit_id: int) -> Result[QueueEntry]:
        """A called batch did not come."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.CALLED,), S.NO_SHOW, "no_show")

    def requeue(self, visit_id: int) -> Result[QueueEntry]:
        """A no-show came back: to the end of the queue."""
        self._ctx.require(Permission.MOVE_QUEUE)
        return self._move(visit_id, (S.NO_SHOW,), S.WAITING, "requeue", new_seq=True)

    def transfer(self, visit_id: int, room_id: int, reason: str) -> Result[QueueEntry]:
        """Send a batch to another room's queue, keeping its place in line."""
        self._ctx.require(Permission.MOVE_QUEUE)
        if not reason.strip():
            raise InvalidInput("reason", "required")
        with self._ctx.db.write() as s:
            visit = self._load(s, visit_id)
            room = s.get(Room, room_id)
            if room is None or room.event_id != visit.event_id:
                raise InvalidInput("room_id", "unknown")
            if not room.is_open:
                raise InvalidInput("room_id", "closed")
            if room.id == visit.room_id:
                raise InvalidInput("room_id", "same_room")
            allowed = (S.WAITING, S.CALLED, S.IN_RECEPTION, S.ON_HOLD, S.NO_SHOW)
            if visit.status not in allowed:
                raise InvalidState("visit", visit_id, visit.status, "transfer")
            visit.room_id, visit.status = room_id, S.WAITING.value
            visit.called_at, visit.started_at = None, None
            visit.override_reason, visit.allocation_reason = reason.strip(), "transfer"
            return self._done(s, visit)

    # -- helpers ---------------------------------------------------------------------

    def _move(
        self,
        visit_id: int,
        allowed: tuple[VisitStatus, ...],
        target: VisitStatus,
        action: str,
        *,
        busy_check: bool = False,
        new_seq: bool = False,
    ) -> Result[QueueEntry]:
        now = self._ctx.clock.now()
        try:
            with self._ctx.db.write() as s:
                visit = self._load(s, visit_id)
                if visit.status not in allowed:
                    raise InvalidState("visit", visit_id, visit.status, action)
                if busy_check and visit.room_id is not None:
                    other = s.scalar(
                        select(Visit.id).where(
                            Visit.room_id == visit.room_id,
                            Visit.id != visit.id,
                            Visit.status.in_(SERVING_STATUSES),
                        )
                    )
                    if other is not None:
                        raise InvalidState("room", visit.room_id, "busy", action)
                self._apply(s, visit, target, now, new_seq)
                return self._done(s, visit)
        except StaleDataError as error:
            raise ChangedElsewhere("visit", visit_id) from error

    @staticmethod
    def _apply(s: Session, visit: Visit, target: VisitStatus, now: datetime, new_seq: bool) -> None:
        if target is S.CALLED:
            visit.called_at = now
        elif target is S.IN_RECEPTION:
            visit.called_at = visit.called_at or now
            visit.started_at = visit.started_at or now
        elif target is S.NO_SHOW:
            visit.no_show_count += 1
        elif target is S.WAITING:
            # Back in a queue: the next reception starts afresh, so learned service
            # times never include time spent on hold or waiting.
            visit.called_at, visit.started_at = None, None
        if new_seq:
            visit.queue_seq = take_number(s, event_scope(visit.event_id), "queue")
        visit.status = target.value

    def _done(self, s: Session, visit: Visit) -> Result[QueueEntry]:
        s.flush()
        name = _representatives(s, [visit.id]).get(visit.id, "")
        return Result(_entry(visit, name), self._changes(visit))

    @staticmethod
    def _load(s: Session, visit_id: int) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound("visit", visit_id)
        return visit

    @staticmethod
    def _changes(visit: Visit) -> Changes:
        return Changes.of(Entity.VISIT, [visit.id], visit.event_id)

"""Builds the allocator's view of the rooms from the database (inside a transaction)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, cast, func, literal, null, select, true, union_all
from sqlalchemy.orm import Session

from app.domain.allocation import InService, QueuedVisit, RoomState
from app.domain.service_times import FinishedReception, ServiceTimes, minutes_between
from app.domain.types import Priority, VisitStatus
from app.models import Room, Topic, Visit, room_leader, room_topic

QUEUED_STATUSES = (VisitStatus.WAITING.value,)
SERVING_STATUSES = (VisitStatus.CALLED.value, VisitStatus.IN_RECEPTION.value)


def _finished(event_id: int) -> tuple[ColumnElement[bool], ...]:
    return (
        Visit.event_id == event_id,
        Visit.started_at.is_not(None),
        Visit.finished_at.is_not(None),
    )


def service_times(session: Session, event_id: int) -> ServiceTimes:
    """Expected service minutes learned from the event's finished receptions."""
    defaults = dict(session.execute(select(Topic.id, Topic.default_service_minutes)).all())
    return _learn(session, event_id, defaults)


class ServiceTimesCache:
    """:func:`service_times` for one workstation, learned again only when the event's
    finished receptions or the topics' defaults changed.

    A change is seen from a one-row summary of the finished visits: their number, the sum
    of their ids and of their version counters (every ORM update of a visit increments its
    version) and the last finish time. The answer is the same as :func:`service_times`,
    without reading and converting hundreds of rows per registration.
    """

    def __init__(self) -> None:
        self._learned: dict[int, tuple[object, ServiceTimes]] = {}

    def get(self, session: Session, event_id: int) -> ServiceTimes:
        summary = (
            select(
                func.count().label("finished"),
                func.sum(Visit.id).label("ids"),
                func.sum(Visit.version).label("versions"),
                func.max(Visit.finished_at).label("last"),
            )
            .where(*_finished(event_id))
            .subquery()
        )
        # one statement: each topic's default beside the (same) summary of finished visits
        rows = session.execute(
            select(Topic.id, Topic.default_service_minutes, *summary.c).join(summary, true())
        ).all()
        defaults = {row[0]: row[1] for row in rows}
        key = (tuple(sorted(defaults.items())), tuple(rows[0][2:]) if rows else ())
        found = self._learned.get(event_id)
        if found is not None and found[0] == key:
            return found[1]
        times = _learn(session, event_id, defaults)
        self._learned[event_id] = (key, times)
        return times


def _learn(session: Session, event_id: int, defaults: dict[int, float]) -> ServiceTimes:
    rows = session.execute(
        select(Visit.topic_id, Visit.head_count, Visit.started_at, Visit.finished_at).where(
            *_finished(event_id)
        )
    )
    finished = [
        FinishedReception(topic, heads, minutes_between(start, end))
        for topic, heads, start, end in rows
        if start is not None and end is not None
    ]
    return ServiceTimes.learn(finished, defaults)


def room_states(
    session: Session, event_id: int, now: datetime, *, planning: bool = False
) -> list[RoomState]:
    """Every room of the event with its live queue.

    With ``planning`` the pre-registered visits allotted to a room count as its queue,
    which spreads pre-registrations over the rooms before the day.
    """
    rooms, topics, leaders = _room_layout(session, event_id)
    statuses = (VisitStatus.PRE_REGISTERED.value,) if planning else QUEUED_STATUSES
    queues: dict[int, list[QueuedVisit]] = defaultdict(list)
    serving: dict[int, InService] = {}
    visits = session.execute(
        select(
            Visit.id,
            Visit.room_id,
            Visit.topic_id,
            Visit.head_count,
            Visit.priority,
            Visit.queue_seq,
            Visit.status,
            Visit.started_at,
        ).where(Visit.event_id == event_id, Visit.status.in_(statuses + SERVING_STATUSES))
    )
    for visit_id, room_id, topic_id, heads, priority, seq, status, started in visits:
        if room_id is None:
            continue
        if status in SERVING_STATUSES:
            elapsed = minutes_between(started, now) if started is not None else 0.0
            serving[room_id] = InService(visit_id, topic_id, heads, max(elapsed, 0.0))
        elif not planning or status == VisitStatus.PRE_REGISTERED.value:
            queues[room_id].append(
                QueuedVisit(visit_id, topic_id, heads, Priority(priority), seq or visit_id)
            )
    return [
        RoomState(
            room_id=r.id,
            number=r.number,
            topic_ids=frozenset(topics[r.id]),
            is_open=r.is_open,
            general=r.is_general,
            leader_ids=frozenset(leaders[r.id]),
            queue=tuple(queues[r.id]),
            in_service=None if planning else serving.get(r.id),
        )
        for r in rooms
    ]


@dataclass(frozen=True)
class _RoomRow:
    id: int
    number: int
    is_open: bool
    is_general: bool


def _room_layout(
    session: Session, event_id: int
) -> tuple[list[_RoomRow], dict[int, set[int]], dict[int, set[int]]]:
    """The event's rooms (by id), the topics and the leaders of each — in one statement:
    a registration reads this every time, and each statement costs more than its rows."""
    none = null()
    layout = union_all(
        select(
            literal(0).label("kind"),
            Room.id.label("room_id"),
            Room.number.label("number"),
            Room.is_open.label("is_open"),
            Room.is_general.label("is_general"),
            cast(none, Integer).label("other"),
        ).where(Room.event_id == event_id),
        select(literal(1), room_topic.c.room_id, none, none, none, room_topic.c.topic_id)
        .join(Room, Room.id == room_topic.c.room_id)
        .where(Room.event_id == event_id),
        select(literal(2), room_leader.c.room_id, none, none, none, room_leader.c.leader_id)
        .join(Room, Room.id == room_leader.c.room_id)
        .where(Room.event_id == event_id),
    ).order_by("kind", "room_id")
    rooms: list[_RoomRow] = []
    topics: dict[int, set[int]] = defaultdict(set)
    leaders: dict[int, set[int]] = defaultdict(set)
    for kind, room_id, number, is_open, is_general, other in session.execute(layout):
        if kind == 0:
            rooms.append(_RoomRow(room_id, number, bool(is_open), bool(is_general)))
        else:
            (topics if kind == 1 else leaders)[room_id].add(other)
    return rooms, topics, leaders


def allocation_states(
    session: Session, event_id: int, now: datetime, *, planning: bool = False
) -> list[RoomState]:
    """:func:`room_states` for the allocator alone, read in a time that does not grow
    with the queues: waiting batches are counted in SQL by room, topic, head-count and
    priority, and each room's ``queue`` holds one stand-in entry per batch (visit id and
    check-in 0). The allocator only adds up their expected times and head-counts, so it
    decides exactly as on the full queues; nothing else should read these queues.
    """
    rooms, topics, leaders = _room_layout(session, event_id)
    waiting = VisitStatus.PRE_REGISTERED.value if planning else VisitStatus.WAITING.value
    queues: dict[int, list[QueuedVisit]] = defaultdict(list)
    grouped = session.execute(
        select(Visit.room_id, Visit.topic_id, Visit.head_count, Visit.priority, func.count())
        .where(Visit.event_id == event_id, Visit.status == waiting, Visit.room_id.is_not(None))
        .group_by(Visit.room_id, Visit.topic_id, Visit.head_count, Visit.priority)
    )
    for room_id, topic_id, heads, priority, count in grouped:
        if room_id is None:  # excluded by the query; for the type checker
            continue
        queues[room_id] += [QueuedVisit(0, topic_id, heads, Priority(priority), 0)] * count
    serving: dict[int, InService] = {}
    if not planning:
        for visit_id, room_id, topic_id, heads, started in session.execute(
            select(Visit.id, Visit.room_id, Visit.topic_id, Visit.head_count, Visit.started_at)
            .where(Visit.event_id == event_id, Visit.status.in_(SERVING_STATUSES))
            .where(Visit.room_id.is_not(None))
        ):
            if room_id is None:
                continue
            elapsed = minutes_between(started, now) if started is not None else 0.0
            serving[room_id] = InService(visit_id, topic_id, heads, max(elapsed, 0.0))
    return [
        RoomState(
            room_id=r.id,
            number=r.number,
            topic_ids=frozenset(topics[r.id]),
            is_open=r.is_open,
            general=r.is_general,
            leader_ids=frozenset(leaders[r.id]),
            queue=tuple(queues[r.id]),
            in_service=serving.get(r.id),
        )
        for r in rooms
    ]

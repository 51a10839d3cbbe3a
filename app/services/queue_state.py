"""Builds the allocator's view of the rooms from the database (inside a transaction)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.allocation import InService, QueuedVisit, RoomState
from app.domain.service_times import FinishedReception, ServiceTimes, minutes_between
from app.domain.types import Priority, VisitStatus
from app.models import Room, Topic, Visit, room_leader, room_topic

QUEUED_STATUSES = (VisitStatus.WAITING.value,)
SERVING_STATUSES = (VisitStatus.CALLED.value, VisitStatus.IN_RECEPTION.value)


def service_times(session: Session, event_id: int) -> ServiceTimes:
    """Expected service minutes learned from the event's finished receptions."""
    defaults = dict(session.execute(select(Topic.id, Topic.default_service_minutes)).all())
    rows = session.execute(
        select(Visit.topic_id, Visit.head_count, Visit.started_at, Visit.finished_at).where(
            Visit.event_id == event_id,
            Visit.started_at.is_not(None),
            Visit.finished_at.is_not(None),
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
    rooms = session.scalars(select(Room).where(Room.event_id == event_id)).all()
    ids = [r.id for r in rooms]
    topics: dict[int, set[int]] = defaultdict(set)
    leaders: dict[int, set[int]] = defaultdict(set)
    for room_id, topic_id in session.execute(
        select(room_topic.c.room_id, room_topic.c.topic_id).where(room_topic.c.room_id.in_(ids))
    ):
        topics[room_id].add(topic_id)
    for room_id, leader_id in session.execute(
        select(room_leader.c.room_id, room_leader.c.leader_id).where(room_leader.c.room_id.in_(ids))
    ):
        leaders[room_id].add(leader_id)
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

"""Plan the day: what the simulation needs from an event, read in one short transaction.

The event's rooms (the open ones; all of them if none is open) with their topics, the
topics' expected minutes, and its pre-registrations (every visit not registered at the
desk): topic, head count, lane and time window. No personal data leaves the database.
The simulation itself (:mod:`app.domain.simulation`) runs on these plain values, off the
GUI thread.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select

from app.domain.simulation.arrivals import (
    TYPICAL_PRE_REGISTERED_SHARE,
    DayShape,
    PlannedVisit,
    draw_arrivals,
    expected_work,
    room_hours,
    walk_ins_like,
)
from app.domain.simulation.model import Scenario, SimRoom
from app.domain.types import Priority, RegistrationChannel, VisitStatus
from app.models import ReceptionEvent, Room, Topic, Visit, room_topic
from app.services.changes import Changes, Result
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.permissions import Permission
from app.services.setup import SetupService
from app.services.setup_data import RoomDraft

DAY_START = time(8, 0)
"""Minute 0 of the simulated day."""


@dataclass(frozen=True)
class PlanningInputs:
    """An event as the simulation sees it; names for the screen and the report. The
    rooms' hours here are a placeholder: :meth:`days` gives them the day's shape."""

    event_id: int
    rooms: tuple[SimRoom, ...]
    room_names: Mapping[int, str]
    topic_names: Mapping[int, str]
    default_minutes: Mapping[int, float]
    pre_registered: tuple[PlannedVisit, ...]

    def typical_walk_ins(self) -> int:
        """Walk-ins to expect if pre-registrations are their usual share of the day."""
        share = TYPICAL_PRE_REGISTERED_SHARE
        return round(len(self.pre_registered) * (1 - share) / share)

    def days(
        self, walk_ins: int, seeds: Sequence[int], shape: DayShape | None = None
    ) -> list[Scenario]:
        """One simulated day per seed: the pre-registrations plus ``walk_ins`` walk-ins
        like them, on the rooms as they are set up."""
        shape = shape or DayShape()
        rooms = tuple(
            SimRoom(r.room_id, r.number, r.topic_ids, room_hours(shape, i), r.general)
            for i, r in enumerate(self.rooms)
        )
        days = []
        for seed in seeds:
            rng = random.Random(seed)
            visits = [*self.pre_registered, *walk_ins_like(rng, self.pre_registered, walk_ins)]
            arrivals = draw_arrivals(rng, visits, self.default_minutes, shape)
            days.append(Scenario(rooms, arrivals, self.default_minutes))
        return days

    def topic_work(self, walk_ins: int) -> dict[int, float]:
        """Expected reception minutes per topic, walk-ins included (in proportion)."""
        work = expected_work(self.pre_registered, self.default_minutes)
        scale = (len(self.pre_registered) + walk_ins) / max(1, len(self.pre_registered))
        return {t: w * scale for t, w in work.items()}


class DayPlanningService:
    """Reads what planning the day needs, and gives the rooms a recommended layout."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._setup = SetupService(ctx)

    def inputs(self, event_id: int) -> PlanningInputs:
        """The event's rooms, topics and pre-registrations for the simulation."""
        self._ctx.require(Permission.VIEW_EVENT)
        with self._ctx.db.read() as s:
            event = s.get(ReceptionEvent, event_id)
            if event is None:
                raise NotFound("event", event_id)
            start = datetime.combine(event.event_date, DAY_START)
            rooms = s.scalars(
                select(Room).where(Room.event_id == event_id).order_by(Room.number)
            ).all()
            topics: dict[int, set[int]] = {r.id: set() for r in rooms}
            for room_id, topic_id in s.execute(
                select(room_topic.c.room_id, room_topic.c.topic_id).where(
                    room_topic.c.room_id.in_(list(topics))
                )
            ):
                topics[room_id].add(topic_id)
            catalogue = s.execute(select(Topic.id, Topic.name, Topic.default_service_minutes)).all()
            visits = s.execute(
                select(Visit.topic_id, Visit.head_count, Visit.priority, Visit.window_start)
                .where(
                    Visit.event_id == event_id,
                    Visit.channel != RegistrationChannel.WALK_IN.value,
                    Visit.status != VisitStatus.CANCELLED.value,
                )
                .order_by(Visit.id)
            ).all()
        chosen = [r for r in rooms if r.is_open] or list(rooms)
        return PlanningInputs(
            event_id,
            tuple(
                SimRoom(r.id, r.number, frozenset(topics[r.id]), ((0.0, 1.0),), r.is_general)
                for r in chosen
            ),
            {r.id: r.name for r in chosen},
            {t: name for t, name, _ in catalogue},
            {t: minutes for t, _, minutes in catalogue},
            tuple(
                PlannedVisit(
                    topic,
                    heads,
                    pre_registered=True,
                    window_start=None if window is None else (window - start).total_seconds() / 60,
                    priority=Priority(priority) if priority != Priority.NORMAL.value else None,
                )
                for topic, heads, priority, window in visits
            ),
        )

    def apply_room_topics(self, event_id: int, topics: Mapping[int, frozenset[int]]) -> Result[int]:
        """Give each room in ``topics`` (room id → topic ids) those topics, keeping
        everything else about the room; how many rooms changed. Each room is its own
        transaction through the set-up service (as if edited one after the other in the
        room dialog), so a refusal part-way keeps the rooms changed before it."""
        self._ctx.require(Permission.EDIT_SETUP)
        setup = self._setup
        current = setup.event_setup(event_id)
        changes, changed = Changes(), 0
        for room_id, topic_ids in sorted(topics.items()):
            room = current.room(room_id)
            if room.topic_ids == topic_ids:
                continue
            draft = RoomDraft(
                room.number,
                room.name,
                topic_ids,
                room.unit_ids,
                room.leader_ids,
                room.location,
                room.is_general,
                room.is_open,
            )
            changes = changes + setup.update_room(room_id, draft).changes
            changed += 1
        return Result(changed, changes)

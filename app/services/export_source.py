"""The bulk read behind the case export (:mod:`app.services.export_rows`)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.event_settings import EventSettings
from app.domain.types import PrintJobStatus
from app.models import (
    Assignment,
    Case,
    Extension,
    FollowUp,
    Leader,
    Petitioner,
    PrintJob,
    ReceptionEvent,
    Room,
    Topic,
    Unit,
    Visit,
    VisitMember,
    assignment_co_unit,
    room_leader,
)
from app.services.errors import NotFound
from app.services.print_data import DocumentKind


class EventData:
    """Everything of one event the export rows are built from, read in bulk (a handful
    of queries, none per case) inside the caller's read transaction."""

    def __init__(self, s: Session, event_id: int) -> None:
        event = s.get(ReceptionEvent, event_id)
        if event is None:
            raise NotFound("event", event_id)
        self.event = event
        self.due_soon = EventSettings.from_json(event.settings).due_soon_days
        self.cases = s.execute(
            select(Case, Visit)
            .join(Visit, Visit.id == Case.visit_id)
            .where(Case.event_id == event_id)
            .order_by(Case.case_number, Case.id)
        ).all()
        self.topics = {t.id: t for t in s.scalars(select(Topic))}
        self.rooms = {r.id: r for r in s.scalars(select(Room).where(Room.event_id == event_id))}
        self.units = dict(s.execute(select(Unit.id, Unit.name)).all())
        self.leaders = dict(s.execute(select(Leader.id, Leader.name)).all())
        self.room_leaders: dict[int, list[str]] = defaultdict(list)
        for room_id, leader_id in s.execute(
            select(room_leader.c.room_id, room_leader.c.leader_id)
            .where(room_leader.c.room_id.in_(list(self.rooms)))
            .order_by(room_leader.c.leader_id)
        ):
            self.room_leaders[room_id].append(self.leaders[leader_id])
        self.people: dict[int, list[Petitioner]] = defaultdict(list)
        for visit_id, person in s.execute(
            select(VisitMember.visit_id, Petitioner)
            .join(Petitioner, Petitioner.id == VisitMember.petitioner_id)
            .join(Visit, Visit.id == VisitMember.visit_id)
            .where(Visit.event_id == event_id)
            .order_by(VisitMember.visit_id, VisitMember.is_representative.desc(), VisitMember.id)
        ):
            self.people[visit_id].append(person)
        in_event = select(Case.id).where(Case.event_id == event_id)
        self.assignments = {
            a.case_id: a
            for a in s.scalars(select(Assignment).where(Assignment.case_id.in_(in_event)))
        }
        of_event = select(Assignment.id).where(Assignment.case_id.in_(in_event))
        self.co_units: dict[int, list[str]] = defaultdict(list)
        for assignment_id, unit_id in s.execute(
            select(assignment_co_unit.c.assignment_id, assignment_co_unit.c.unit_id)
            .where(assignment_co_unit.c.assignment_id.in_(of_event))
            .order_by(assignment_co_unit.c.unit_id)
        ):
            self.co_units[assignment_id].append(self.units[unit_id])
        self.extensions = {
            a_id: (int(n), int(days or 0))
            for a_id, n, days in s.execute(
                select(Extension.assignment_id, func.count(), func.sum(Extension.days))
                .where(Extension.assignment_id.in_(of_event))
                .group_by(Extension.assignment_id)
            )
        }
        self.reminders: dict[int, list[datetime]] = defaultdict(list)
        for unit_id, created_at in s.execute(
            select(PrintJob.unit_id, PrintJob.created_at).where(
                PrintJob.event_id == event_id,
                PrintJob.document == DocumentKind.REMINDER.value,
                PrintJob.reprint_no == 0,
                PrintJob.status != PrintJobStatus.CANCELLED.value,
            )
        ):
            self.reminders[unit_id or 0].append(created_at)
        self.follow_ups: dict[int, list[FollowUp]] = defaultdict(list)
        for f in s.scalars(
            select(FollowUp).where(FollowUp.assignment_id.in_(of_event)).order_by(FollowUp.id)
        ):
            self.follow_ups[f.assignment_id].append(f)

    def leader(self, case: Case) -> str:
        """The receiving leader: recorded on the case, else the room's leaders."""
        if case.leader_id is not None:
            return self.leaders.get(case.leader_id, "")
        return "、".join(self.room_leaders.get(case.room_id or 0, ()))

    def room(self, case: Case) -> str:
        """The room as documents name it: \"3号 综合接待室\"."""
        room = self.rooms.get(case.room_id or 0)
        return f"{room.number}号 {room.name}" if room is not None else ""

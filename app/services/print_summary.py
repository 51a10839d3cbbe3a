"""The end-of-day summary's data, from the event's statistics and supervision board."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.types import Outcome, Urgency
from app.models import (
    Assignment,
    Case,
    Leader,
    ReceptionEvent,
    Room,
    Topic,
    Unit,
    assignment_co_unit,
    room_leader,
)
from app.printing.data import AssignmentLine, DaySummaryData, TallyRow, UnitTally
from app.services.assignment_data import AssignmentRow
from app.services.documents import event_header, room_label
from app.services.statistics import Breakdown, EventStatistics

BRIEF_CHARS = 60
CONFIDENTIAL_BRIEF = "检举控告事项（内容保密）"


def _tally(b: Breakdown, label: str) -> TallyRow:
    return TallyRow(
        label=label,
        batches=b.batches,
        persons=b.persons,
        resolved_on_spot=b.resolved_on_spot,
        handed_over=b.handed_over,
        legal_channel=b.legal_channel,
        explained=b.explained,
    )


def _brief(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= BRIEF_CHARS else flat[: BRIEF_CHARS - 1] + "…"


def summary_data(
    s: Session,
    event_id: int,
    stats: EventStatistics,
    board: Sequence[AssignmentRow],
    now: datetime,
) -> DaySummaryData:
    """The summary from the event's statistics and its supervision board. A confidential
    case's summary text is left out of the assignment list."""
    event = s.get_one(ReceptionEvent, event_id)
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.event_id == event_id))}
    topics = dict(s.execute(select(Topic.id, Topic.name)).all())
    leaders = s.scalars(
        select(Leader.name)
        .join(room_leader, room_leader.c.leader_id == Leader.id)
        .where(room_leader.c.room_id.in_(rooms))
        .distinct()
        .order_by(Leader.name)
    ).all()
    co_rows = s.execute(
        select(assignment_co_unit.c.assignment_id, Unit.name)
        .join(Unit, Unit.id == assignment_co_unit.c.unit_id)
        .join(Assignment, Assignment.id == assignment_co_unit.c.assignment_id)
        .join(Case, Case.id == Assignment.case_id)
        .where(Case.event_id == event_id)
        .order_by(Unit.id)
    )
    co_units: dict[int, list[str]] = {}
    for assignment_id, name in co_rows:
        co_units.setdefault(assignment_id, []).append(name)
    units: dict[str, dict[str, int]] = {}
    for a in board:
        tally = units.setdefault(a.lead_unit_name, {"lead": 0, "assisting": 0})
        tally["lead"] += 1
        tally[a.urgency] = tally.get(a.urgency, 0) + 1
        for name in co_units.get(a.assignment_id, ()):
            units.setdefault(name, {"lead": 0, "assisting": 0})["assisting"] += 1
    outcomes = stats.outcomes
    return DaySummaryData(
        event=event_header(event),
        batches=stats.batches,
        persons=stats.persons,
        cases=stats.cases,
        resolved_on_spot=outcomes.get(Outcome.RESOLVED_ON_SPOT.value, 0),
        handed_over=outcomes.get(Outcome.HANDED_OVER.value, 0),
        legal_channel=outcomes.get(Outcome.LEGAL_CHANNEL.value, 0),
        explained=outcomes.get(Outcome.EXPLAINED.value, 0),
        collective_batches=stats.collective_batches,
        repeat_batches=stats.repeat_batches,
        leaders=tuple(leaders),
        by_topic=tuple(_tally(b, b.name) for b in stats.by_topic),
        by_room=tuple(
            _tally(b, room_label(rooms.get(b.key_id)) or b.name)
            for b in sorted(stats.by_room, key=lambda b: rooms[b.key_id].number)
            if b.key_id in rooms
        ),
        by_unit=tuple(
            UnitTally(
                unit=name,
                lead=t["lead"],
                assisting=t["assisting"],
                red=t.get(Urgency.RED.value, 0),
                yellow=t.get(Urgency.YELLOW.value, 0),
                green=t.get(Urgency.GREEN.value, 0),
            )
            for name, t in sorted(units.items(), key=lambda kv: (-kv[1]["lead"], kv[0]))
        ),
        assignments=tuple(
            AssignmentLine(
                case_number=a.case_number,
                topic=topics.get(a.topic_id, ""),
                lead_unit=a.lead_unit_name,
                urgency=Urgency(a.urgency),
                feedback_due=a.clocks.feedback_due,
                brief=CONFIDENTIAL_BRIEF if a.is_confidential else _brief(a.summary),
                co_units=tuple(co_units.get(a.assignment_id, ())),
                handling_due=a.clocks.handling_due,
            )
            for a in sorted(board, key=lambda a: a.case_number)
        ),
        generated_at=now,
    )

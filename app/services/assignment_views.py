"""Reading assignments into plain data for the supervision board (inside a transaction)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.calendar import STATUTORY, clock_status
from app.domain.event_settings import EventSettings
from app.models import (
    Assignment,
    Case,
    Extension,
    Feedback,
    FollowUp,
    ReceptionEvent,
    Room,
    Topic,
    Unit,
    Visit,
    assignment_co_unit,
)
from app.services.assignment_data import (
    AssignmentDetail,
    AssignmentRow,
    BoardFilter,
    Clocks,
    ExtensionEntry,
    FeedbackEntry,
    FollowUpEntry,
)
from app.services.case_views import petitioner_cards
from app.services.documents import room_label
from app.services.errors import NotFound


class ClockFields(Protocol):
    """What the clocks are computed from (an Assignment, or a row of its columns)."""

    @property
    def feedback_due(self) -> date: ...
    @property
    def acceptance_due(self) -> date: ...
    @property
    def handling_due(self) -> date: ...
    @property
    def first_feedback_at(self) -> datetime | None: ...
    @property
    def closed_at(self) -> datetime | None: ...


#: The board reads columns, not whole records: ten times faster for a county's history.
_COLUMNS = (
    Assignment.id.label("assignment_id"),
    Assignment.lead_unit_id,
    Assignment.urgency,
    Assignment.status,
    Assignment.handed_over_at,
    Assignment.feedback_due,
    Assignment.acceptance_due,
    Assignment.handling_due,
    Assignment.first_feedback_at,
    Assignment.closed_at,
    Assignment.reopened_count,
    Assignment.version,
    Case.id.label("case_id"),
    Case.event_id,
    Case.case_number,
    Case.topic_id,
    Case.room_id,
    Case.summary,
    Case.is_confidential,
    Unit.name.label("unit_name"),
)


def clocks_of(a: ClockFields, extended_days: int, today: date, due_soon_days: int) -> Clocks:
    """The assignment's deadlines with their traffic lights as seen on ``today``.

    The first feedback meets the colour deadline and the acceptance notice; closing
    meets the handling deadline (and the other two, when it came without feedback).
    """
    feedback_met = a.first_feedback_at.date() if a.first_feedback_at else None
    closed_on = a.closed_at.date() if a.closed_at else None
    first = feedback_met or closed_on
    return Clocks(
        a.feedback_due,
        clock_status(a.feedback_due, today, first, due_soon_days).value,
        a.acceptance_due,
        a.handling_due,
        clock_status(a.handling_due, today, closed_on, due_soon_days).value,
        extended_days,
        clock_status(a.acceptance_due, today, first, due_soon_days).value,
    )


def board_rows(
    s: Session, flt: BoardFilter, today: date, assignment_id: int | None = None
) -> list[AssignmentRow]:
    """Every assignment matching ``flt`` (or just ``assignment_id``), soonest feedback
    deadline first. Extensions and calls are summed for those assignments only."""
    conds = []
    if assignment_id is not None:
        conds.append(Assignment.id == assignment_id)
    if flt.event_id is not None:
        conds.append(Case.event_id == flt.event_id)
    if flt.unit_id is not None:
        conds.append(Assignment.lead_unit_id == flt.unit_id)
    if flt.urgency is not None:
        conds.append(Assignment.urgency == flt.urgency)
    if flt.status is not None:
        conds.append(Assignment.status == flt.status)
    if flt.room_id is not None:
        conds.append(Case.room_id == flt.room_id)
    q = (
        select(*_COLUMNS)
        .join(Case, Case.id == Assignment.case_id)
        .join(Unit, Unit.id == Assignment.lead_unit_id)
        .where(*conds)
    )
    rows = s.execute(q.order_by(Assignment.feedback_due, Assignment.id)).all()
    ids = select(Assignment.id).join(Case, Case.id == Assignment.case_id).where(*conds)
    ext = dict(
        s.execute(
            select(Extension.assignment_id, func.sum(Extension.days))
            .where(Extension.assignment_id.in_(ids))
            .group_by(Extension.assignment_id)
        ).all()
    )
    calls = dict(
        s.execute(
            select(FollowUp.assignment_id, func.count(FollowUp.id))
            .where(FollowUp.assignment_id.in_(ids))
            .group_by(FollowUp.assignment_id)
        ).all()
    )
    reached = set(
        s.scalars(
            select(FollowUp.assignment_id).where(FollowUp.reached, FollowUp.assignment_id.in_(ids))
        )
    )
    topics = dict(s.execute(select(Topic.id, Topic.name)).all())
    room_ids = {r.room_id for r in rows if r.room_id is not None}
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    event_ids = {r.event_id for r in rows}
    events = {
        e.id: (e.name, EventSettings.from_json(e.settings).due_soon_days)
        for e in s.execute(
            select(ReceptionEvent.id, ReceptionEvent.name, ReceptionEvent.settings).where(
                ReceptionEvent.id.in_(event_ids)
            )
        )
    }
    result = []
    for r in rows:
        event_name, soon = events[r.event_id]
        clocks = clocks_of(r, int(ext.get(r.assignment_id) or 0), today, soon)
        if flt.overdue_only and "overdue" not in clocks.statuses():
            continue
        result.append(
            AssignmentRow(
                r.assignment_id,
                r.event_id,
                r.case_id,
                r.case_number,
                r.topic_id,
                r.room_id,
                r.lead_unit_id,
                r.unit_name,
                r.urgency,
                r.status,
                r.handed_over_at,
                clocks,
                r.summary,
                r.is_confidential,
                r.reopened_count,
                r.assignment_id in reached,
                r.version,
                topics.get(r.topic_id, ""),
                room_label(rooms.get(r.room_id)) if r.room_id else "",
                event_name,
                int(calls.get(r.assignment_id) or 0),
            )
        )
    return result


def assignment_detail(s: Session, assignment_id: int, today: date) -> AssignmentDetail:
    """One assignment with its case, feedback history, extensions and call attempts."""
    a = s.get(Assignment, assignment_id)
    if a is None:
        raise NotFound("assignment", assignment_id)
    case = s.get_one(Case, a.case_id)
    row = board_rows(s, BoardFilter(), today, assignment_id=a.id)[0]
    co = s.scalars(
        select(Unit.name)
        .join(assignment_co_unit, assignment_co_unit.c.unit_id == Unit.id)
        .where(assignment_co_unit.c.assignment_id == a.id)
        .order_by(Unit.id)
    ).all()
    people = petitioner_cards(s, case.visit_id, today)
    feedback = s.scalars(
        select(Feedback).where(Feedback.assignment_id == a.id).order_by(Feedback.id)
    ).all()
    extensions = s.scalars(
        select(Extension).where(Extension.assignment_id == a.id).order_by(Extension.id)
    ).all()
    calls = s.scalars(
        select(FollowUp).where(FollowUp.assignment_id == a.id).order_by(FollowUp.id)
    ).all()
    return AssignmentDetail(
        row=row,
        demand=case.demand,
        instruction=a.instruction,
        co_unit_names=tuple(co),
        petitioners=tuple(" ".join(x for x in (p.name, p.phone_masked) if x) for p in people),
        head_count=s.get_one(Visit, case.visit_id).head_count,
        result=a.result,
        closed_at=a.closed_at,
        first_feedback_at=a.first_feedback_at,
        extension_days_left=STATUTORY.max_extension_days - row.clocks.extended_days,
        feedback=tuple(
            FeedbackEntry(f.received_at, f.content, f.reported_by, f.closes) for f in feedback
        ),
        extensions=tuple(
            ExtensionEntry(e.granted_at, e.days, e.reason, e.approver, e.previous_due, e.new_due)
            for e in extensions
        ),
        follow_ups=tuple(
            FollowUpEntry(
                c.attempted_at,
                c.reached,
                c.satisfaction_organiser,
                c.satisfaction_unit,
                c.notes,
                c.caller,
            )
            for c in calls
        ),
        people=people,
    )

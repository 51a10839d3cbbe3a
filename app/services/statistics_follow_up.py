"""After the day: the rates the reports quote (当场解决率, 按期办结率, 满意率, 参评率), the
hand-overs by unit and by topic, and repeat visits (the statistics station's second tab)."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.types import AssignmentStatus, Outcome, Satisfaction
from app.models import (
    Assignment,
    Case,
    FollowUp,
    ReceptionEvent,
    Topic,
    Unit,
    Visit,
    VisitMember,
    assignment_co_unit,
)
from app.services.errors import NotFound
from app.services.statistics_live import CHECKED_IN

GOOD = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY_SATISFIED.value)


@dataclass(frozen=True)
class Rate:
    """``numerator`` out of ``denominator``; ``value`` is None when nothing is counted."""

    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass(frozen=True)
class HandOverRow:
    """Assignments of one lead unit (or one topic).

    ``overdue``: still open (not closed) after the (extended) handling deadline;
    ``closed_on_time``: closed on or before it. ``assisting`` (units only): assignments
    the unit works on as a co-unit (协办); the other counts are as the lead unit.
    """

    key_id: int
    name: str
    assignments: int
    closed: int
    closed_on_time: int
    overdue: int
    assisting: int = 0

    @property
    def open(self) -> int:
        return self.assignments - self.closed


@dataclass(frozen=True)
class FollowUpStatistics:
    """The event after the day, as of ``as_of`` (the day the figures were read).

    Every rate is a :class:`Rate` (numerator / denominator, None when the denominator is 0):

    - ``on_spot`` 当场解决率 = cases resolved on the spot / cases decided (cases of
      checked-in batches that have an outcome).
    - ``on_time`` 按期办结率 = assignments closed on or before their handling deadline
      (extended when an extension was granted) / assignments closed.
    - ``on_time_of_due`` 按期办结率（应办结） = the same numerator / assignments due:
      closed ones plus open ones whose handling deadline has passed (before ``as_of``).
    - ``satisfaction`` 满意率 = assignments rated 满意 or 基本满意 for the organiser /
      assignments rated; an assignment's rating is that of its latest call that reached
      the visitor. ``satisfaction_unit`` is the same for the responsible unit.
    - ``participation`` 参评率 = closed assignments with a rating / closed assignments
      (a closed assignment is due a follow-up call).
    - ``repeat_petitioners`` 重复访: people in this event's checked-in batches who were in
      an earlier checked-in batch (any event, registered before), out of ``petitioners``
      (distinct people in this event's checked-in batches); ``repeat_batches``: batches
      flagged as repeats at registration.
    """

    event_id: int
    as_of: date
    cases_decided: int
    outcomes: dict[str, int]
    handed_over: int
    closed: int
    overdue: int
    on_spot: Rate
    on_time: Rate
    on_time_of_due: Rate
    satisfaction: Rate
    satisfaction_unit: Rate
    participation: Rate
    ratings: dict[str, int]
    ratings_unit: dict[str, int]
    by_unit: tuple[HandOverRow, ...]
    by_topic: tuple[HandOverRow, ...]
    petitioners: int
    repeat_petitioners: int
    repeat_batches: int


def _rows(
    groups: dict[int, list[tuple[bool, bool, bool]]],
    names: dict[int, str],
    assisting: dict[int, int] | None = None,
) -> tuple[HandOverRow, ...]:
    helped = assisting or {}
    rows = []
    for key in {*groups, *helped}:
        items = groups.get(key, [])
        rows.append(
            HandOverRow(
                key,
                names.get(key, "?"),
                len(items),
                sum(1 for closed, _, _ in items if closed),
                sum(1 for _, on_time, _ in items if on_time),
                sum(1 for _, _, overdue in items if overdue),
                helped.get(key, 0),
            )
        )
    return tuple(sorted(rows, key=lambda r: (-r.assignments, -r.assisting, r.name, r.key_id)))


def _rating(latest: dict[int, str | None]) -> tuple[dict[str, int], Rate]:
    tally = Tally(v for v in latest.values() if v)
    counts = {s.value: tally[s.value] for s in Satisfaction}
    return counts, Rate(sum(counts[g] for g in GOOD), sum(counts.values()))


def _repeats(s: Session, event_id: int) -> tuple[int, int, int]:
    checked_in = [v.value for v in CHECKED_IN]
    m1, v1, m2, v2 = aliased(VisitMember), aliased(Visit), aliased(VisitMember), aliased(Visit)
    here = (
        select(func.count(func.distinct(m1.petitioner_id)))
        .join(v1, v1.id == m1.visit_id)
        .where(v1.event_id == event_id, v1.status.in_(checked_in))
    )
    earlier = exists(
        select(m2.id)
        .join(v2, v2.id == m2.visit_id)
        .where(
            m2.petitioner_id == m1.petitioner_id,
            v2.id != v1.id,
            v2.status.in_(checked_in),
            or_(
                v2.registered_at < v1.registered_at,
                and_(v2.registered_at == v1.registered_at, v2.id < v1.id),
            ),
        )
    )
    batches = select(func.count(Visit.id)).where(
        Visit.event_id == event_id, Visit.status.in_(checked_in), Visit.is_repeat
    )
    return (
        int(s.scalar(here) or 0),
        int(s.scalar(here.where(earlier)) or 0),
        int(s.scalar(batches) or 0),
    )


def follow_up_statistics(s: Session, event_id: int, today: date) -> FollowUpStatistics:
    """The after-the-day figures of one event (read inside the caller's session)."""
    if s.get(ReceptionEvent, event_id) is None:
        raise NotFound("event", event_id)
    outcomes = Tally(
        s.scalars(
            select(Case.outcome)
            .join(Visit, Visit.id == Case.visit_id)
            .where(
                Case.event_id == event_id,
                Case.outcome.is_not(None),
                Visit.status.in_([v.value for v in CHECKED_IN]),
            )
        )
    )
    assignments = s.execute(
        select(
            Assignment.id,
            Assignment.lead_unit_id,
            Assignment.status,
            Assignment.handling_due,
            Assignment.closed_at,
            Case.topic_id,
        )
        .join(Case, Case.id == Assignment.case_id)
        .where(Case.event_id == event_id)
    ).all()
    calls = s.execute(
        select(FollowUp.assignment_id, FollowUp.satisfaction_organiser, FollowUp.satisfaction_unit)
        .join(Assignment, Assignment.id == FollowUp.assignment_id)
        .join(Case, Case.id == Assignment.case_id)
        .where(Case.event_id == event_id, FollowUp.reached)
        .order_by(FollowUp.id)
    ).all()
    co_units = Tally(
        s.scalars(
            select(assignment_co_unit.c.unit_id)
            .join(Assignment, Assignment.id == assignment_co_unit.c.assignment_id)
            .join(Case, Case.id == Assignment.case_id)
            .where(Case.event_id == event_id)
        )
    )
    units = dict(s.execute(select(Unit.id, Unit.name)).all())
    topics = dict(s.execute(select(Topic.id, Topic.name)).all())
    petitioners, repeat_petitioners, repeat_batches = _repeats(s, event_id)

    latest = {c.assignment_id: (c.satisfaction_organiser, c.satisfaction_unit) for c in calls}
    by_unit: dict[int, list[tuple[bool, bool, bool]]] = {}
    by_topic: dict[int, list[tuple[bool, bool, bool]]] = {}
    closed = on_time = overdue = rated_closed = 0
    for a in assignments:
        is_closed = a.status == AssignmentStatus.CLOSED.value and a.closed_at is not None
        is_on_time = is_closed and a.closed_at.date() <= a.handling_due
        is_overdue = not is_closed and a.handling_due < today
        closed += is_closed
        on_time += is_on_time
        overdue += is_overdue
        rated_closed += is_closed and bool(latest.get(a.id, (None, None))[0])
        flags = (is_closed, is_on_time, is_overdue)
        by_unit.setdefault(a.lead_unit_id, []).append(flags)
        by_topic.setdefault(a.topic_id, []).append(flags)
    ratings, satisfaction = _rating({k: v[0] for k, v in latest.items()})
    ratings_unit, satisfaction_unit = _rating({k: v[1] for k, v in latest.items()})
    decided = sum(outcomes.values())
    return FollowUpStatistics(
        event_id=event_id,
        as_of=today,
        cases_decided=decided,
        outcomes={o.value: outcomes[o.value] for o in Outcome},
        handed_over=len(assignments),
        closed=closed,
        overdue=overdue,
        on_spot=Rate(outcomes[Outcome.RESOLVED_ON_SPOT.value], decided),
        on_time=Rate(on_time, closed),
        on_time_of_due=Rate(on_time, closed + overdue),
        satisfaction=satisfaction,
        satisfaction_unit=satisfaction_unit,
        participation=Rate(rated_closed, closed),
        ratings=ratings,
        ratings_unit=ratings_unit,
        by_unit=_rows(by_unit, units, dict(co_units)),
        by_topic=_rows(by_topic, topics),
        petitioners=petitioners,
        repeat_petitioners=repeat_petitioners,
        repeat_batches=repeat_batches,
    )

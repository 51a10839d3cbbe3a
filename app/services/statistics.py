"""Statistics of an event: the live day and the numbers after it."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.types import AssignmentStatus, Outcome, Satisfaction, VisitStatus
from app.models import (
    Assignment,
    Case,
    FollowUp,
    ReceptionEvent,
    Room,
    Topic,
    Unit,
    Visit,
    VisitMember,
)
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.permissions import Permission
from app.services.statistics_follow_up import FollowUpStatistics, follow_up_statistics
from app.services.statistics_live import LiveDay, live_day

COUNTED = (
    VisitStatus.WAITING,
    VisitStatus.CALLED,
    VisitStatus.IN_RECEPTION,
    VisitStatus.ON_HOLD,
    VisitStatus.NO_SHOW,
    VisitStatus.DONE,
)


@dataclass(frozen=True)
class Breakdown:
    """Counts for one topic, room or unit."""

    key_id: int
    name: str
    batches: int
    persons: int
    resolved_on_spot: int
    handed_over: int
    legal_channel: int
    explained: int


@dataclass(frozen=True)
class EventStatistics:
    """The numbers the summary and the statistics station show.

    ``batches``/``persons`` count checked-in visits (人次 = sum of head-counts);
    ``distinct_people`` counts named petitioners once. Rates are None when undefined.
    """

    event_id: int
    event_name: str
    pre_registered: int
    batches: int
    persons: int
    distinct_people: int
    collective_batches: int
    repeat_batches: int
    by_status: dict[str, int]
    cases: int
    outcomes: dict[str, int]
    by_topic: tuple[Breakdown, ...]
    by_room: tuple[Breakdown, ...]
    by_unit: tuple[Breakdown, ...]
    assignments_open: int
    assignments_closed: int
    overdue_feedback: int
    overdue_handling: int
    closed_on_time: int
    follow_ups_reached: int
    closed_rated: int
    satisfaction_organiser: dict[str, int]
    satisfaction_unit: dict[str, int]

    @property
    def on_spot_rate(self) -> float | None:
        decided = sum(self.outcomes.values())
        return self.outcomes.get(Outcome.RESOLVED_ON_SPOT.value, 0) / decided if decided else None

    @property
    def satisfaction_rate(self) -> float | None:
        """满意率: (满意 + 基本满意) / reached calls, for the organiser."""
        total = sum(self.satisfaction_organiser.values())
        good = self.satisfaction_organiser.get(
            Satisfaction.SATISFIED.value, 0
        ) + self.satisfaction_organiser.get(Satisfaction.BASICALLY_SATISFIED.value, 0)
        return good / total if total else None

    @property
    def participation_rate(self) -> float | None:
        """参评率: closed assignments with a rating / closed assignments (as the station's
        :class:`~app.services.statistics_follow_up.FollowUpStatistics` counts it)."""
        return self.closed_rated / self.assignments_closed if self.assignments_closed else None

    @property
    def on_time_closing_rate(self) -> float | None:
        """按期办结率: closed by the handling deadline / closed."""
        return self.closed_on_time / self.assignments_closed if self.assignments_closed else None


class StatisticsService:
    """Counts for the statistics station, the summary document and the CLI."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def live_day(self, event_id: int) -> LiveDay:
        """The day so far: batches and persons by where they are, per room, outcomes."""
        self._ctx.require(Permission.VIEW_STATISTICS)
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:
            return live_day(s, event_id, now)

    def follow_up(self, event_id: int) -> FollowUpStatistics:
        """After the day: rates, hand-overs by unit and topic, repeat visits (as of today)."""
        self._ctx.require(Permission.VIEW_STATISTICS)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            return follow_up_statistics(s, event_id, today)

    def event_statistics(self, event_id: int) -> EventStatistics:
        self._ctx.require(Permission.VIEW_STATISTICS)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            event = s.get(ReceptionEvent, event_id)
            if event is None:
                raise NotFound("event", event_id)
            visits = s.execute(
                select(
                    Visit.id,
                    Visit.status,
                    Visit.head_count,
                    Visit.is_collective,
                    Visit.is_repeat,
                    Visit.topic_id,
                    Visit.room_id,
                ).where(Visit.event_id == event_id)
            ).all()
            counted = {v.value for v in COUNTED}
            checked = [v for v in visits if v.status in counted]
            checked_ids = {v.id for v in checked}
            distinct = (
                s.scalar(
                    select(func.count(func.distinct(VisitMember.petitioner_id)))
                    .join(Visit, Visit.id == VisitMember.visit_id)
                    .where(Visit.event_id == event_id, Visit.status.in_(counted))
                )
                or 0
            )
            cases = s.execute(
                select(Case.id, Case.visit_id, Case.outcome, Case.topic_id, Case.room_id).where(
                    Case.event_id == event_id
                )
            ).all()
            cases = [c for c in cases if c.visit_id in checked_ids]
            assignments = s.execute(
                select(
                    Assignment.id,
                    Assignment.lead_unit_id,
                    Assignment.status,
                    Assignment.feedback_due,
                    Assignment.first_feedback_at,
                    Assignment.handling_due,
                    Assignment.closed_at,
                    Case.id.label("case_id"),
                )
                .join(Case, Case.id == Assignment.case_id)
                .where(Case.event_id == event_id)
            ).all()
            calls = s.execute(
                select(
                    FollowUp.assignment_id,
                    FollowUp.satisfaction_organiser,
                    FollowUp.satisfaction_unit,
                )
                .join(Assignment, Assignment.id == FollowUp.assignment_id)
                .join(Case, Case.id == Assignment.case_id)
                .where(Case.event_id == event_id, FollowUp.reached)
                .order_by(FollowUp.id)
            ).all()
            names = {
                "topic": dict(s.execute(select(Topic.id, Topic.name)).all()),
                "room": dict(
                    s.execute(select(Room.id, Room.name).where(Room.event_id == event_id)).all()
                ),
                "unit": dict(s.execute(select(Unit.id, Unit.name)).all()),
            }
        outcome_of = {c.id: c.outcome for c in cases}
        visit_of_case = {c.id: c.visit_id for c in cases}
        visit_of = {v.id: v for v in checked}

        def breakdown(kind: str, pairs: list[tuple[int | None, int]]) -> tuple[Breakdown, ...]:
            groups: dict[int, list[int]] = {}
            for key, case_id in pairs:
                if key is not None:
                    groups.setdefault(key, []).append(case_id)
            rows = []
            for key, ids in groups.items():
                tally = Tally(outcome_of.get(i) for i in ids)
                vids = {visit_of_case[i] for i in ids if i in visit_of_case}
                rows.append(
                    Breakdown(
                        key,
                        names[kind].get(key, "?"),
                        len(vids),
                        sum(visit_of[v].head_count for v in vids if v in visit_of),
                        tally[Outcome.RESOLVED_ON_SPOT.value],
                        tally[Outcome.HANDED_OVER.value],
                        tally[Outcome.LEGAL_CHANNEL.value],
                        tally[Outcome.EXPLAINED.value],
                    )
                )
            return tuple(sorted(rows, key=lambda b: (-b.batches, b.key_id)))

        latest: dict[int, tuple[str | None, str | None]] = {}
        for assignment_id, org, unit in calls:
            latest[assignment_id] = (org, unit)
        closed = [a for a in assignments if a.status == AssignmentStatus.CLOSED.value]
        return EventStatistics(
            event_id=event.id,
            event_name=event.name,
            pre_registered=sum(1 for v in visits if v.status == VisitStatus.PRE_REGISTERED.value),
            batches=len(checked),
            persons=sum(v.head_count for v in checked),
            distinct_people=int(distinct),
            collective_batches=sum(1 for v in checked if v.is_collective),
            repeat_batches=sum(1 for v in checked if v.is_repeat),
            by_status=dict(Tally(v.status for v in visits)),
            cases=len(cases),
            outcomes=dict(Tally(c.outcome for c in cases if c.outcome)),
            by_topic=breakdown("topic", [(c.topic_id, c.id) for c in cases]),
            by_room=breakdown("room", [(c.room_id, c.id) for c in cases]),
            by_unit=breakdown("unit", [(a.lead_unit_id, a.case_id) for a in assignments]),
            assignments_open=len(assignments) - len(closed),
            assignments_closed=len(closed),
            overdue_feedback=sum(
                1 for a in assignments if a.first_feedback_at is None and today > a.feedback_due
            ),
            overdue_handling=sum(
                1 for a in assignments if a.closed_at is None and today > a.handling_due
            ),
            closed_on_time=sum(
                1 for a in closed if a.closed_at and a.closed_at.date() <= a.handling_due
            ),
            follow_ups_reached=len(latest),
            closed_rated=sum(1 for a in closed if latest.get(a.id, (None, None))[0]),
            satisfaction_organiser=dict(Tally(o for o, _ in latest.values() if o)),
            satisfaction_unit=dict(Tally(u for _, u in latest.values() if u)),
        )

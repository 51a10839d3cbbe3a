"""The room: the leader's case card, more cases, and one outcome per case."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.calendar import acceptance_notice_due, handling_due
from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings, deadline_rules, event_calendar
from app.domain.numbering import format_ticket
from app.domain.types import Outcome, PrintJobStatus, VisitStatus
from app.models import (
    Assignment,
    Case,
    Petitioner,
    PrintJob,
    ReceptionEvent,
    Topic,
    Unit,
    Visit,
    VisitMember,
    assignment_co_unit,
)
from app.services.case_records import create_case
from app.services.case_views import (
    ACTIVE_STATUSES,
    case_views,
    petitioner_cards,
    risk_flags,
    suggested_unit_ids,
    visit_is_decided,
)
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import ChangedElsewhere, InvalidState, NotFound
from app.services.permissions import Permission
from app.services.petitioners import earlier_visits
from app.services.reception_data import (
    CaseCard,
    CaseDraft,
    Decision,
    DecisionResult,
    Explained,
    HandOver,
    LegalChannel,
    ResolvedOnSpot,
)

SLIP_COPY_UNIT = "unit"
SLIP_COPY_CO_UNIT = "co_unit"
SLIP_COPY_ARCHIVE = "archive"
MAX_NOTE = 4000


def _note(field: str, text: str, *, required: bool) -> str:
    text = text.strip()
    if required and not text:
        raise InvalidInput(field, "required")
    if len(text) > MAX_NOTE:
        raise InvalidInput(field, "too_long", {"max": MAX_NOTE})
    return text


class ReceptionService:
    """The leader's use cases in a room."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def case_card(self, visit_id: int) -> CaseCard:
        """The batch as the leader's screen shows it (identifiers masked)."""
        self._ctx.require(Permission.VIEW_CASE)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            cases = case_views(s, visit_id)
            people = s.scalars(
                select(Petitioner)
                .join(VisitMember, VisitMember.petitioner_id == Petitioner.id)
                .where(VisitMember.visit_id == visit_id)
            ).all()
            return CaseCard(
                visit.id,
                visit.event_id,
                format_ticket(visit.ticket_number) if visit.ticket_number else "",
                visit.status,
                visit.room_id,
                visit.topic_id,
                visit.head_count,
                visit.is_collective,
                visit.is_repeat,
                visit.priority,
                visit.summary,
                visit.demand,
                visit.note,
                petitioner_cards(s, visit_id, today),
                cases,
                risk_flags(s, visit, cases),
                earlier_visits(s, people, visit_id),
                suggested_unit_ids(s, visit.topic_id, visit.room_id),
                visit.version,
            )

    def add_case(self, visit_id: int, draft: CaseDraft) -> Result[int]:
        """Record another matter of the same batch; it gets its own number and code."""
        self._ctx.require(Permission.DECIDE_CASE)
        summary = _note("summary", draft.summary, required=True)
        demand = _note("demand", draft.demand, required=False)
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            if visit.status in (VisitStatus.CANCELLED.value,):
                raise InvalidState("visit", visit_id, visit.status, "add_case")
            if s.get(Topic, draft.topic_id) is None:
                raise InvalidInput("topic_id", "unknown")
            event = s.get_one(ReceptionEvent, visit.event_id)
            case = create_case(
                s,
                event,
                visit_id=visit_id,
                topic_id=draft.topic_id,
                summary=summary,
                demand=demand,
                category=draft.statutory_category,
                is_confidential=draft.is_confidential,
                accused_unit_id=draft.accused_unit_id,
                room_id=visit.room_id,
                now=now,
            )
            if visit.status == VisitStatus.DONE.value:
                visit.status, visit.finished_at = VisitStatus.IN_RECEPTION.value, None
            return Result(
                case.id,
                Changes.of(Entity.CASE, [case.id], visit.event_id)
                + Changes.of(Entity.VISIT, [visit_id], visit.event_id),
            )

    def decide(
        self, case_id: int, expected_version: int, decision: Decision
    ) -> Result[DecisionResult]:
        """Record the leader's outcome for one case; the visit is done when all are decided.

        A hand-over creates the assignment with its clocks and queues the slips (one per
        unit plus the archive copy) and the visitor's receipt for the print station.
        """
        self._ctx.require(Permission.DECIDE_CASE)
        now = self._ctx.clock.now()
        try:
            with self._ctx.db.write() as s:
                case = s.get(Case, case_id)
                if case is None:
                    raise NotFound("case", case_id)
                if case.version != expected_version:
                    raise ChangedElsewhere("case", case_id)
                if case.outcome is not None:
                    raise InvalidState("case", case_id, case.outcome, "decide")
                visit = s.get_one(Visit, case.visit_id)
                if visit.status not in ACTIVE_STATUSES:
                    raise InvalidState("visit", visit.id, visit.status, "decide")
                if visit.status == VisitStatus.CALLED.value:
                    visit.status, visit.started_at = VisitStatus.IN_RECEPTION.value, now
                assignment_id, jobs = self._apply(s, case, visit, decision, now)
                case.decided_at, case.room_id = now, visit.room_id
                done = visit_is_decided(s, visit.id)
                if done:
                    visit.status, visit.finished_at = VisitStatus.DONE.value, now
                s.flush()
                changes = Changes.of(Entity.CASE, [case.id], case.event_id) + Changes.of(
                    Entity.VISIT, [visit.id], case.event_id
                )
                if assignment_id is not None:
                    changes += Changes.of(Entity.ASSIGNMENT, [assignment_id], case.event_id)
                if jobs:
                    changes += Changes.of(Entity.PRINT_JOB, jobs, case.event_id)
                return Result(
                    DecisionResult(
                        case.id, case.outcome or "", assignment_id, done, tuple(jobs), case.version
                    ),
                    changes,
                )
        except StaleDataError as error:
            raise ChangedElsewhere("case", case_id) from error

    def _apply(
        self, s: Session, case: Case, visit: Visit, decision: Decision, now: datetime
    ) -> tuple[int | None, list[int]]:
        if isinstance(decision, ResolvedOnSpot):
            case.outcome, case.outcome_note = (
                Outcome.RESOLVED_ON_SPOT.value,
                _note("note", decision.note, required=True),
            )
        elif isinstance(decision, Explained):
            case.outcome, case.outcome_note = (
                Outcome.EXPLAINED.value,
                _note("note", decision.note, required=True),
            )
        elif isinstance(decision, LegalChannel):
            channel = _note("channel", decision.channel, required=True)
            note = _note("note", decision.note, required=False)
            case.outcome, case.outcome_note = (
                Outcome.LEGAL_CHANNEL.value,
                f"{channel}\n{note}".strip(),
            )
        else:
            return self._hand_over(s, case, visit, decision, now)
        return None, []

    def _hand_over(
        self, s: Session, case: Case, visit: Visit, decision: HandOver, now: datetime
    ) -> tuple[int, list[int]]:
        instruction = _note("instruction", decision.instruction, required=True)
        units = {decision.lead_unit_id, *decision.co_unit_ids}
        for unit_id in sorted(units):
            if s.get(Unit, unit_id) is None:
                raise InvalidInput(
                    "lead_unit_id" if unit_id == decision.lead_unit_id else "co_unit_ids", "unknown"
                )
        if decision.lead_unit_id in decision.co_unit_ids:
            raise InvalidInput("co_unit_ids", "contains_lead_unit")
        if decision.statutory_category is not None:
            case.statutory_category = decision.statutory_category.value
        if decision.is_confidential is not None:
            case.is_confidential = decision.is_confidential
        if decision.accused_unit_id is not None:
            case.accused_unit_id = decision.accused_unit_id
        event = s.get_one(ReceptionEvent, case.event_id)
        settings = EventSettings.from_json(event.settings)
        cal = event_calendar(settings)
        today = now.date()
        assignment = Assignment(
            case_id=case.id,
            lead_unit_id=decision.lead_unit_id,
            urgency=decision.urgency.value,
            instruction=instruction,
            handed_over_at=now,
            feedback_due=deadline_rules(settings).feedback_due(decision.urgency, today, cal),
            acceptance_due=acceptance_notice_due(today, cal),
            handling_due=handling_due(today, cal),
        )
        s.add(assignment)
        s.flush()
        if decision.co_unit_ids:
            s.execute(
                insert(assignment_co_unit),
                [
                    {"assignment_id": assignment.id, "unit_id": u}
                    for u in sorted(decision.co_unit_ids)
                ],
            )
        case.outcome, case.outcome_note = Outcome.HANDED_OVER.value, ""
        jobs: list[tuple[str, int | None, str]] = [
            (SLIP_COPY_UNIT, decision.lead_unit_id, "assignment_slip")
        ]
        jobs += [(SLIP_COPY_CO_UNIT, u, "assignment_slip") for u in sorted(decision.co_unit_ids)]
        jobs += [(SLIP_COPY_ARCHIVE, None, "assignment_slip"), ("visitor", None, "receipt")]
        rows = [
            PrintJob(
                event_id=case.event_id,
                document=doc,
                copy_label=copy,
                case_id=case.id,
                visit_id=visit.id,
                unit_id=unit,
                status=PrintJobStatus.PENDING.value,
                station=self._ctx.actor.station,
                user_name=self._ctx.actor.name,
                created_at=now,
            )
            for copy, unit, doc in jobs
        ]
        s.add_all(rows)
        s.flush()
        return assignment.id, [r.id for r in rows]

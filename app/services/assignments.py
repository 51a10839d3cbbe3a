"""After the day: feedback, extension, closing, reopening, follow-up calls, the board."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.calendar import STATUTORY, extended_handling_due
from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings, event_calendar
from app.domain.types import AssignmentStatus, Satisfaction
from app.models import Assignment, Case, Extension, Feedback, FollowUp, ReceptionEvent
from app.services.assignment_data import AssignmentDetail, AssignmentRow, BoardFilter
from app.services.assignment_views import assignment_detail, board_rows
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import ChangedElsewhere, InvalidState, NotFound
from app.services.permissions import Permission

MAX_TEXT = 4000
A = AssignmentStatus


def _text(field: str, value: str, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(field, "required")
    if len(value) > MAX_TEXT:
        raise InvalidInput(field, "too_long", {"max": MAX_TEXT})
    return value


class AssignmentService:
    """The supervision office's use cases."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def board(self, flt: BoardFilter | None = None) -> tuple[AssignmentRow, ...]:
        """Every assignment matching the filter, soonest feedback deadline first."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            return tuple(board_rows(s, flt or BoardFilter(), today))

    def detail(self, assignment_id: int) -> AssignmentDetail:
        """One assignment with its case summary, feedback history, extensions and calls."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            return assignment_detail(s, assignment_id, today)

    def add_feedback(
        self, assignment_id: int, expected_version: int, content: str, reported_by: str = ""
    ) -> Result[int]:
        """Record a unit's progress report; the first one meets the colour deadline."""
        self._ctx.require(Permission.SUPERVISE)
        content = _text("content", content)
        return self._change(
            assignment_id,
            expected_version,
            "feedback",
            lambda s, a, now: self._feedback(s, a, now, content, reported_by, closes=False),
        )

    def close(
        self, assignment_id: int, expected_version: int, result: str, reported_by: str = ""
    ) -> Result[int]:
        """办结: the unit's final answer closes the assignment."""
        self._ctx.require(Permission.SUPERVISE)
        text = _text("result", result)

        def apply(s: Session, a: Assignment, now: datetime) -> None:
            if a.status == A.CLOSED.value:
                raise InvalidState("assignment", a.id, a.status, "close")
            self._feedback(s, a, now, text, reported_by, closes=True)
            a.status, a.closed_at, a.result = A.CLOSED.value, now, text

        return self._change(assignment_id, expected_version, "close", apply)

    def reopen(self, assignment_id: int, expected_version: int, reason: str) -> Result[int]:
        """Reopen a closed assignment (e.g. the visitor was not satisfied)."""
        self._ctx.require(Permission.SUPERVISE)
        text = _text("reason", reason)

        def apply(s: Session, a: Assignment, now: datetime) -> None:
            if a.status != A.CLOSED.value:
                raise InvalidState("assignment", a.id, a.status, "reopen")
            s.add(
                Feedback(
                    assignment_id=a.id,
                    received_at=now,
                    content=f"重新交办：{text}",
                    reported_by=self._ctx.actor.name,
                )
            )
            a.status, a.closed_at, a.result = A.FEEDBACK_GIVEN.value, None, ""
            a.reopened_count += 1

        return self._change(assignment_id, expected_version, "reopen", apply)

    def extend(
        self, assignment_id: int, expected_version: int, days: int, reason: str, approver: str
    ) -> Result[int]:
        """延期: extend the handling deadline; all extensions together stay within 30 days."""
        self._ctx.require(Permission.SUPERVISE)
        if days < 1:
            raise InvalidInput("days", "not_positive", {"min": 1})
        reason_text, approver_text = _text("reason", reason), _text("approver", approver)

        def apply(s: Session, a: Assignment, now: datetime) -> None:
            if a.status == A.CLOSED.value:
                raise InvalidState("assignment", a.id, a.status, "extend")
            used = int(
                s.scalar(
                    select(func.coalesce(func.sum(Extension.days), 0)).where(
                        Extension.assignment_id == a.id
                    )
                )
                or 0
            )
            if used + days > STATUTORY.max_extension_days:
                raise InvalidInput(
                    "days", "exceeds_statutory_limit", {"max": STATUTORY.max_extension_days - used}
                )
            event = self._event_of(s, a)
            new_due = extended_handling_due(
                a.handling_due, days, event_calendar(EventSettings.from_json(event.settings))
            )
            s.add(
                Extension(
                    assignment_id=a.id,
                    days=days,
                    reason=reason_text,
                    approver=approver_text,
                    granted_at=now,
                    previous_due=a.handling_due,
                    new_due=new_due,
                )
            )
            a.handling_due = new_due

        return self._change(assignment_id, expected_version, "extend", apply)

    def record_follow_up(
        self,
        assignment_id: int,
        *,
        reached: bool,
        organiser: Satisfaction | None = None,
        unit: Satisfaction | None = None,
        notes: str = "",
    ) -> Result[int]:
        """回访: one call attempt; satisfaction only when the visitor was reached."""
        self._ctx.require(Permission.SUPERVISE)
        notes = _text("notes", notes, required=False)
        if reached and (organiser is None or unit is None):
            raise InvalidInput("satisfaction", "required")
        if not reached and (organiser is not None or unit is not None):
            raise InvalidInput("satisfaction", "not_reached")
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            a = s.get(Assignment, assignment_id)
            if a is None:
                raise NotFound("assignment", assignment_id)
            call = FollowUp(
                assignment_id=a.id,
                attempted_at=now,
                reached=reached,
                satisfaction_organiser=organiser.value if organiser else None,
                satisfaction_unit=unit.value if unit else None,
                notes=notes,
                caller=self._ctx.actor.name,
            )
            s.add(call)
            # Other stations hear of the call through the assignment table's change feed;
            # a bulk no-op update fires it without a new version, so an edit open
            # elsewhere is not refused because of a call.
            s.execute(
                update(Assignment).where(Assignment.id == a.id).values(status=Assignment.status)
            )
            s.flush()
            return Result(call.id, Changes.of(Entity.ASSIGNMENT, [a.id], self._event_of(s, a).id))

    def follow_up_attempts(
        self, assignment_id: int
    ) -> tuple[tuple[datetime, bool, str | None, str | None, str], ...]:
        """Every call attempt: when, reached, organiser and unit satisfaction, notes."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(FollowUp)
                .where(FollowUp.assignment_id == assignment_id)
                .order_by(FollowUp.id)
            ).all()
            return tuple(
                (r.attempted_at, r.reached, r.satisfaction_organiser, r.satisfaction_unit, r.notes)
                for r in rows
            )

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _event_of(s: Session, a: Assignment) -> ReceptionEvent:
        case = s.get_one(Case, a.case_id)
        return s.get_one(ReceptionEvent, case.event_id)

    def _feedback(
        self, s: Session, a: Assignment, now: datetime, content: str, by: str, *, closes: bool
    ) -> None:
        if a.status == A.CLOSED.value and not closes:
            raise InvalidState("assignment", a.id, a.status, "feedback")
        s.add(
            Feedback(
                assignment_id=a.id,
                received_at=now,
                content=content,
                reported_by=by.strip() or self._ctx.actor.name,
                closes=closes,
            )
        )
        a.first_feedback_at = a.first_feedback_at or now
        if a.status == A.OPEN.value:
            a.status = A.FEEDBACK_GIVEN.value

    def _change(
        self, assignment_id: int, expected_version: int, action: str, apply: object
    ) -> Result[int]:
        now = self._ctx.clock.now()
        try:
            with self._ctx.db.write() as s:
                a = s.get(Assignment, assignment_id)
                if a is None:
                    raise NotFound("assignment", assignment_id)
                if a.version != expected_version:
                    raise ChangedElsewhere("assignment", assignment_id)
                apply(s, a, now)  # type: ignore[operator]
                s.flush()
                event_id = self._event_of(s, a).id
                return Result(a.version, Changes.of(Entity.ASSIGNMENT, [a.id], event_id))
        except StaleDataError as error:
            raise ChangedElsewhere("assignment", assignment_id) from error

"""催办: the list of due-soon and overdue assignments, and a reminder letter per unit.

A letter lists the lead unit's open assignments of one event whose feedback, acceptance
or handling deadline is due soon or overdue, as of the day the letter is made. Each
printed letter is a recorded print job (``DocumentKind.REMINDER``) and is rebuilt as of
the day its job was made. An item the unit may not see in full (a confidential case or
an accusation, the same rule as the unit's copy of the slip) shows no summary text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from app.domain.event_settings import EventSettings, event_calendar
from app.domain.types import PrintJobStatus, Urgency
from app.models import Case, PrintJob, ReceptionEvent, Unit
from app.printing.data import ReminderLetterData, ReminderLine
from app.services.assignment_data import AssignmentRow, BoardFilter, ReminderUnit
from app.services.assignment_views import board_rows
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.documents import event_header, is_redacted_copy
from app.services.errors import InvalidState, NotFound
from app.services.permissions import Permission
from app.services.print_data import CopyLabel, DocumentKind
from app.services.print_summary import CONFIDENTIAL_BRIEF

#: The unit is asked to report back within this many working days of the letter.
REPLY_WORKING_DAYS = 3
BRIEF_CHARS = 80


def _urgency_order(row: AssignmentRow, today: date) -> tuple[int, str, str]:
    return (-row.clocks.overdue_days(today), row.lead_unit_name, row.case_number)


def reminder_rows(s: Session, event_id: int, today: date) -> list[AssignmentRow]:
    """The event's open assignments with a deadline due soon or overdue, most overdue
    first."""
    rows = [r for r in board_rows(s, BoardFilter(event_id=event_id), today) if r.needs_reminder]
    return sorted(rows, key=lambda r: _urgency_order(r, today))


def _brief(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= BRIEF_CHARS else flat[: BRIEF_CHARS - 1] + "…"


def letter_data(
    s: Session, event_id: int, unit_id: int, today: date, reprint_no: int = 0
) -> ReminderLetterData:
    """The reminder letter to ``unit_id`` as of ``today``."""
    event = s.get(ReceptionEvent, event_id)
    if event is None:
        raise NotFound("event", event_id)
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise NotFound("unit", unit_id)
    rows = [r for r in reminder_rows(s, event_id, today) if r.lead_unit_id == unit_id]
    lines = []
    for r in rows:
        redacted = is_redacted_copy(s.get_one(Case, r.case_id), CopyLabel.UNIT.value, unit_id)
        c = r.clocks
        lines.append(
            ReminderLine(
                case_number=r.case_number,
                topic=r.topic_name,
                brief=CONFIDENTIAL_BRIEF if redacted else _brief(r.summary),
                urgency=Urgency(r.urgency),
                handed_over_on=r.handed_over_at.date(),
                feedback_due=c.feedback_due,
                feedback_status=c.feedback_status,
                acceptance_due=c.acceptance_due,
                acceptance_status=c.acceptance_status,
                handling_due=c.handling_due,
                handling_status=c.handling_status,
                overdue_days=c.overdue_days(today),
                redacted=redacted,
            )
        )
    calendar = event_calendar(EventSettings.from_json(event.settings))
    return ReminderLetterData(
        event=event_header(event),
        unit=unit.name,
        issued_on=today,
        reply_by=calendar.add_working_days(today, REPLY_WORKING_DAYS),
        items=tuple(lines),
        reprint_count=reprint_no,
    )


def job_letter_data(s: Session, job: PrintJob) -> ReminderLetterData:
    """The letter a recorded reminder job prints (as of the day the job was made)."""
    if job.unit_id is None:
        raise NotFound("unit", None)
    return letter_data(s, job.event_id, job.unit_id, job.created_at.date(), job.reprint_no)


class ReminderService:
    """The reminder list and letters of an event."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def reminder_list(self, event_id: int) -> tuple[AssignmentRow, ...]:
        """Open assignments with a deadline due soon or overdue, most overdue first."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            return tuple(reminder_rows(s, event_id, today))

    def reminder_units(self, event_id: int) -> tuple[ReminderUnit, ...]:
        """Units with items to chase, most overdue items first."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        names: dict[int, str] = {}
        overdue: Counter[int] = Counter()
        soon: Counter[int] = Counter()
        for r in self.reminder_list(event_id):
            names[r.lead_unit_id] = r.lead_unit_name
            (overdue if r.is_overdue else soon)[r.lead_unit_id] += 1
        units = [ReminderUnit(u, name, overdue[u], soon[u]) for u, name in names.items()]
        return tuple(sorted(units, key=lambda u: (-u.overdue, -u.due_soon, u.unit_name)))

    def letter(self, event_id: int, unit_id: int) -> ReminderLetterData:
        """Today's letter to the unit (a preview: nothing is recorded)."""
        self._ctx.require(Permission.SUPERVISE)
        today = self._ctx.clock.now().date()
        with self._ctx.db.read() as s:
            return letter_data(s, event_id, unit_id, today)

    def reminder_job(self, event_id: int, unit_id: int) -> Result[int]:
        """Record a print job for today's letter to the unit; refused when the unit has
        nothing due soon or overdue."""
        self._ctx.require(Permission.SUPERVISE)
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            if not letter_data(s, event_id, unit_id, now.date()).items:
                raise InvalidState("unit", unit_id, "nothing_due", "remind")
            job = PrintJob(
                event_id=event_id,
                document=DocumentKind.REMINDER.value,
                copy_label=CopyLabel.UNIT.value,
                unit_id=unit_id,
                reprint_no=0,
                status=PrintJobStatus.PENDING.value,
                station=self._ctx.actor.station[:32],
                user_name=self._ctx.actor.name[:64],
                created_at=now,
            )
            s.add(job)
            s.flush()
            return Result(job.id, Changes.of(Entity.PRINT_JOB, [job.id], event_id))

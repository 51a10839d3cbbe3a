"""Reading print jobs: copies and their state, the queue's rows, bundles and titles.

A *copy* is one paper of one document (a case's lead-unit slip, a co-unit's slip, the
archive copy, the visitor's receipt, a visit's ticket…); a reprint is another job of the
same copy. Used inside the transactions of :class:`app.services.print_jobs.PrintJobService`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app import printing  # its builders load reportlab on first use
from app.domain.numbering import format_ticket
from app.domain.types import PrintJobStatus
from app.models import Assignment, Case, PrintJob, Room, Unit, Visit
from app.printing.data import AssignmentSlipData
from app.services import documents as docs
from app.services.errors import InvalidState
from app.services.print_data import (
    BundleDocument,
    CopyLabel,
    DocumentKind,
    PrintJobRow,
    SlipState,
)

P = PrintJobStatus
SLIP = DocumentKind.ASSIGNMENT_SLIP.value
SLIP_UNIT_COPIES = (CopyLabel.UNIT.value, CopyLabel.CO_UNIT.value)
COPY_WORDS = {
    CopyLabel.UNIT.value: "第一联",
    CopyLabel.CO_UNIT.value: "第一联（协办）",
    CopyLabel.ARCHIVE.value: "第二联 存档",
}
Key = tuple[str, str, int | None, int | None, int | None]


def key_of(job: PrintJob) -> Key:
    """What makes jobs copies of the same paper (a reprint has the same key)."""
    return (job.document, job.copy_label, job.case_id, job.visit_id, job.unit_id)


def copy_key(job: PrintJob) -> list[ColumnElement[bool]]:
    """:func:`key_of` as SQL conditions."""
    return [
        PrintJob.event_id == job.event_id,
        PrintJob.document == job.document,
        PrintJob.copy_label == job.copy_label,
        PrintJob.case_id.is_not_distinct_from(job.case_id),
        PrintJob.visit_id.is_not_distinct_from(job.visit_id),
        PrintJob.unit_id.is_not_distinct_from(job.unit_id),
    ]


def copy_states(jobs: Iterable[PrintJob]) -> dict[Key, tuple[bool, PrintJob]]:
    """Per copy: whether any of its jobs printed, and its latest job."""
    states: dict[Key, tuple[bool, PrintJob]] = {}
    for job in sorted(jobs, key=lambda j: j.id):
        issued, _ = states.get(key_of(job), (False, job))
        states[key_of(job)] = (issued or job.status == P.PRINTED.value, job)
    return states


def copy_state(issued: bool, latest: PrintJob) -> SlipState:
    if issued:
        return SlipState.ISSUED
    return SlipState.PENDING if latest.status == P.PENDING.value else SlipState.MISSING


def case_state(states: Iterable[SlipState]) -> SlipState:
    """A case's slips: missing if any copy is, else pending if any is, else issued."""
    found = set(states)
    for state in (SlipState.MISSING, SlipState.PENDING, SlipState.ISSUED):
        if state in found:
            return state
    return SlipState.NONE


def title_of(job: PrintJob, case_number: str, ticket: str, unit: str) -> str:
    """A job's title for the spooler, the preview and file names."""
    if job.document == SLIP:
        title = f"交办单 {case_number} {COPY_WORDS.get(job.copy_label, '')} {unit}".strip()
    elif job.document == DocumentKind.RECEIPT.value:
        title = f"受理回执 {case_number}"
    elif job.document == DocumentKind.TICKET.value:
        title = f"排队号 {ticket}"
    elif job.document == DocumentKind.NOTICE.value:
        title = f"预约通知 {job.visit_id or ''}"
    elif job.document == DocumentKind.REMINDER.value:
        title = f"催办函 {unit}"
    else:
        title = "当日工作汇总"
    return title + (f"（补打{job.reprint_no}）" if job.reprint_no else "")


def queue_rows(s: Session, event_id: int) -> list[PrintJobRow]:
    """Every job of the event as a queue row, newest first."""
    jobs = s.scalars(select(PrintJob).where(PrintJob.event_id == event_id)).all()
    cases = {c.id: c for c in s.scalars(select(Case).where(Case.event_id == event_id))}
    visits = {
        v.id: (v.ticket_number, v.room_id)
        for v in s.execute(
            select(Visit.id, Visit.ticket_number, Visit.room_id).where(Visit.event_id == event_id)
        )
    }
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.event_id == event_id))}
    units = dict(s.execute(select(Unit.id, Unit.name)).all())
    urgency = dict(
        s.execute(
            select(Assignment.case_id, Assignment.urgency)
            .join(Case, Case.id == Assignment.case_id)
            .where(Case.event_id == event_id)
        ).all()
    )
    states = copy_states(jobs)
    per_case: dict[int, list[SlipState]] = {}
    for (document, _, case_id, _, _), (issued, latest) in states.items():
        if document == SLIP and case_id is not None:
            per_case.setdefault(case_id, []).append(copy_state(issued, latest))
    case_states = {case_id: case_state(found) for case_id, found in per_case.items()}
    rows = []
    for job in sorted(jobs, key=lambda j: -j.id):
        case = cases.get(job.case_id) if job.case_id is not None else None
        ticket_no, visit_room = visits.get(job.visit_id or -1, (None, None))
        room_id = case.room_id if case is not None and case.room_id else visit_room
        issued, latest = states[key_of(job)]
        state = case_states.get(job.case_id or -1, SlipState.NONE)
        ticket = format_ticket(ticket_no) if ticket_no else ""
        unit = units.get(job.unit_id, "") if job.unit_id is not None else ""
        rows.append(
            PrintJobRow(
                job_id=job.id,
                event_id=job.event_id,
                document=job.document,
                copy_label=job.copy_label,
                case_id=job.case_id,
                case_number=case.case_number if case else "",
                visit_id=job.visit_id,
                ticket_text=ticket,
                unit_id=job.unit_id,
                unit_name=unit,
                room_id=room_id,
                room_name=docs.room_label(rooms.get(room_id)) if room_id else "",
                urgency=urgency.get(job.case_id or -1, ""),
                is_confidential=bool(case and case.is_confidential),
                status=job.status,
                reprint_no=job.reprint_no,
                created_at=job.created_at,
                finished_at=job.finished_at,
                printer=job.printer,
                station=job.station,
                user_name=job.user_name,
                error=job.error,
                copy_issued=issued,
                needs_reprint=(
                    not issued
                    and latest.id == job.id
                    and job.status in (P.FAILED.value, P.CANCELLED.value)
                ),
                slip_missing=state is SlipState.MISSING,
                slip_state=state.value,
            )
        )
    return rows


def bundle_plan(
    s: Session, event_id: int, unit_id: int | None
) -> list[tuple[PrintJob, int | None]]:
    """Per copy in the bundle, its latest job and, when that job is no longer pending,
    the reprint number a new job gets. A unit's copies, or the archive copies."""
    q = select(PrintJob).where(PrintJob.event_id == event_id, PrintJob.document == SLIP)
    if unit_id is None:
        q = q.where(PrintJob.copy_label == CopyLabel.ARCHIVE.value)
    else:
        q = q.where(PrintJob.copy_label.in_(SLIP_UNIT_COPIES), PrintJob.unit_id == unit_id)
    jobs = s.scalars(q).all()
    highest: dict[Key, int] = {}
    for job in jobs:
        highest[key_of(job)] = max(highest.get(key_of(job), 0), job.reprint_no)
    numbers = dict(
        s.execute(select(Case.id, Case.case_number).where(Case.event_id == event_id)).all()
    )
    plan = []
    for key, (_, latest) in copy_states(jobs).items():
        pending = latest.status == P.PENDING.value
        plan.append((latest, None if pending else highest[key] + 1))
    plan.sort(key=lambda p: (numbers.get(p[0].case_id or -1, ""), p[0].id))
    return plan


def job_title(s: Session, job: PrintJob) -> str:
    case = s.get(Case, job.case_id) if job.case_id is not None else None
    visit = s.get(Visit, job.visit_id) if job.visit_id is not None else None
    ticket = format_ticket(visit.ticket_number) if visit and visit.ticket_number else ""
    unit = s.get(Unit, job.unit_id) if job.unit_id is not None else None
    return title_of(job, case.case_number if case else "", ticket, unit.name if unit else "")


def transient_reprint(job: PrintJob, reprint_no: int) -> PrintJob:
    return PrintJob(
        id=job.id,
        event_id=job.event_id,
        document=job.document,
        copy_label=job.copy_label,
        case_id=job.case_id,
        visit_id=job.visit_id,
        unit_id=job.unit_id,
        reprint_no=reprint_no,
        created_at=datetime.min,
    )


def bundle_slips(
    s: Session, jobs: Sequence[PrintJob]
) -> tuple[list[AssignmentSlipData], str | None]:
    """The slips of a bundle's jobs, and the unit when they all go to one unit."""
    if not jobs:
        raise InvalidState("bundle", 0, "empty", "build")
    slips = [docs.slip_data(s, j) for j in jobs]
    units = {j.unit_id for j in jobs}
    unit_id = next(iter(units)) if len(units) == 1 else None
    if unit_id is None or any(j.copy_label not in SLIP_UNIT_COPIES for j in jobs):
        return slips, None
    return slips, s.get_one(Unit, unit_id).name


def build_bundle(
    slips: Sequence[AssignmentSlipData], unit: str | None, job_ids: tuple[int, ...]
) -> BundleDocument:
    """A unit's cover list and slips, or the slips alone (the day's archive copies)."""
    settings = slips[0].event.settings
    if unit is not None:
        title = f"{settings.cover_list_title} {unit}"
        return BundleDocument(job_ids, title, printing.build_unit_bundle(unit, slips))
    title = f"{settings.slip_title}（存档联汇总）"
    return BundleDocument(job_ids, title, printing.build_slip_bundle(slips, title=title))

"""The print station's use cases: the queue, documents, results, reprints and bundles.

Every print is a recorded job (document, copy, who, station, when, result). A copy counts
as issued only when one of its jobs printed; a case's slips are issued only when every
copy is (:class:`SlipState`). A failed or cancelled job never touches the case: the work
goes on and the 未出单 flag stays until a reprint succeeds. Reprints are new jobs whose
``reprint_no`` is the copy's highest so far plus one; the paper carries 补打 and the count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import printing  # its builders load reportlab on first use
from app.domain.types import PrintJobStatus
from app.models import Assignment, Case, PrintJob, ReceptionEvent, Unit, Visit
from app.printing.data import (
    AppointmentNoticeData,
    BuildResult,
    DaySummaryData,
    ReceiptVariant,
    TicketData,
)
from app.services import documents as docs
from app.services.assignment_data import BoardFilter
from app.services.assignment_views import board_rows
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import InvalidState, NotFound
from app.services.permissions import PRINTING, Permission, print_permissions
from app.services.print_data import (
    MISSING_FILTER,
    BundleDocument,
    CopyLabel,
    DocumentKind,
    JobDocument,
    PrintJobRow,
    SlipCopyStatus,
    SlipCounts,
    SlipState,
    SlipStatus,
)
from app.services.print_queue import (
    SLIP_UNIT_COPIES,
    build_bundle,
    bundle_plan,
    bundle_slips,
    case_state,
    copy_key,
    copy_state,
    copy_states,
    job_title,
    queue_rows,
    transient_reprint,
)
from app.services.print_summary import summary_data
from app.services.reminders import job_letter_data
from app.services.statistics import StatisticsService

P = PrintJobStatus
MAX_ERROR = 1000


class PrintJobService:
    """Print jobs of the events; one transaction per public method."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ---------------------------------------------------------------------

    def queue(
        self,
        event_id: int,
        status: str | None = None,
        room_id: int | None = None,
        unit_id: int | None = None,
        documents: Iterable[str] | None = None,
    ) -> tuple[PrintJobRow, ...]:
        """The event's print jobs, newest first. ``status`` is a PrintJobStatus value or
        ``"missing"`` (the rows to reprint: 未出单); None means any."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.read() as s:
            if s.get(ReceptionEvent, event_id) is None:
                raise NotFound("event", event_id)
            rows = queue_rows(s, event_id)
        wanted = set(documents) if documents is not None else None
        return tuple(
            r
            for r in rows
            if (
                status is None
                or r.status == status
                or (status == MISSING_FILTER and r.needs_reprint)
            )
            and (room_id is None or r.room_id == room_id)
            and (unit_id is None or r.unit_id == unit_id)
            and (wanted is None or r.document in wanted)
        )

    def document(
        self, job_id: int, receipt_variant: ReceiptVariant = ReceiptVariant.A5
    ) -> tuple[str, BuildResult]:
        """``(kind, BuildResult)`` of one job: the PDF exactly as it prints."""
        self._ctx.require_any(*PRINTING)
        built = self.job_document(job_id, receipt_variant)
        return built.kind, built.result

    def job_document(
        self, job_id: int, receipt_variant: ReceiptVariant = ReceiptVariant.A5
    ) -> JobDocument:
        """The job's PDF with its kind and a title (print spooler, file names)."""
        self._ctx.require_any(*PRINTING)
        with self._ctx.db.read() as s:  # read the data; build after the transaction
            job = s.get(PrintJob, job_id)
            if job is None:
                raise NotFound("print_job", job_id)
            self._ctx.require_any(*print_permissions(job.document))
            kind, title, event_id = job.document, job_title(s, job), job.event_id
            build: Callable[[], BuildResult]
            if kind == DocumentKind.ASSIGNMENT_SLIP:
                build = partial(printing.build_assignment_slip, docs.slip_data(s, job))
            elif kind == DocumentKind.RECEIPT:
                build = partial(printing.build_receipt, docs.receipt_data(s, job), receipt_variant)
            elif kind == DocumentKind.TICKET:
                ticket = docs.ticket_data(s, self._visit(s, job), job.reprint_no)
                build = partial(printing.build_ticket, ticket)
            elif kind == DocumentKind.NOTICE:
                build = partial(
                    printing.build_appointment_notice, docs.notice_data(s, self._visit(s, job))
                )
            elif kind == DocumentKind.REMINDER:
                build = partial(printing.build_reminder_letter, job_letter_data(s, job))
            elif kind == DocumentKind.DAY_SUMMARY:
                build = lambda: printing.build_day_summary(self.summary_data(event_id))  # noqa: E731
            else:
                raise InvalidState("print_job", job_id, kind, "build")
        result = build()
        return JobDocument(job_id, kind, title, result)

    def slip_status(self, case_id: int) -> SlipStatus:
        """Whether the case counts as "slip issued" (every copy printed)."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.read() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            jobs = s.scalars(
                select(PrintJob).where(
                    PrintJob.case_id == case_id,
                    PrintJob.document == DocumentKind.ASSIGNMENT_SLIP.value,
                )
            ).all()
            units = dict(s.execute(select(Unit.id, Unit.name)).all())
            copies = []
            for (_, label, _, _, unit_id), (issued, latest) in copy_states(jobs).items():
                name = units.get(unit_id, "") if unit_id is not None else ""
                copies.append(
                    SlipCopyStatus(label, unit_id, name, issued, latest.status, latest.id)
                )
            state = case_state(
                copy_state(issued, latest) for issued, latest in copy_states(jobs).values()
            )
            return SlipStatus(case.id, case.case_number, state.value, tuple(copies))

    def slip_counts(self, event_id: int) -> SlipCounts:
        """Handed-over cases by slip state (未出单 among them) and jobs waiting or failed."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        rows = self.queue(event_id)
        states: dict[int, str] = {}
        for r in rows:
            if r.document == DocumentKind.ASSIGNMENT_SLIP and r.case_id is not None:
                states[r.case_id] = r.slip_state
        with self._ctx.db.read() as s:
            handed = s.scalar(
                select(func.count(Assignment.id))
                .join(Case, Case.id == Assignment.case_id)
                .where(Case.event_id == event_id)
            )
        values = list(states.values())
        return SlipCounts(
            handed_over=int(handed or 0),
            issued=values.count(SlipState.ISSUED.value),
            pending=values.count(SlipState.PENDING.value),
            missing=values.count(SlipState.MISSING.value),
            jobs_pending=sum(1 for r in rows if r.status == P.PENDING.value),
            jobs_failed=sum(1 for r in rows if r.needs_reprint),
        )

    def notice_data(self, visit_id: int) -> AppointmentNoticeData:
        """The appointment notice of a pre-registered visit."""
        self._ctx.require(Permission.PRINT_TICKETS)
        with self._ctx.db.read() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            return docs.notice_data(s, visit)

    def summary_data(self, event_id: int) -> DaySummaryData:
        """The end-of-day summary from the statistics and the supervision board."""
        self._ctx.require(Permission.VIEW_STATISTICS)
        stats = StatisticsService(self._ctx).event_statistics(event_id)
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:  # the board's rows as the summary prints them
            board = tuple(board_rows(s, BoardFilter(event_id=event_id), now.date()))
            return summary_data(s, event_id, stats, board, now)

    def bundle_units(self, event_id: int) -> tuple[tuple[int, str, int], ...]:
        """Units with slips in this event: (unit id, name, number of cases), by name."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.read() as s:
            rows = s.execute(
                select(Unit.id, Unit.name, func.count(func.distinct(PrintJob.case_id)))
                .join(PrintJob, PrintJob.unit_id == Unit.id)
                .where(
                    PrintJob.event_id == event_id,
                    PrintJob.document == DocumentKind.ASSIGNMENT_SLIP.value,
                    PrintJob.copy_label.in_(SLIP_UNIT_COPIES),
                )
                .group_by(Unit.id, Unit.name)
                .order_by(Unit.name)
            ).all()
            return tuple((int(i), str(n), int(c)) for i, n, c in rows)

    def preview_bundle(self, event_id: int, unit_id: int | None = None) -> BundleDocument:
        """A unit's bundle (cover list + its copies) or, without a unit, the archive copies
        of the day's slips — as they would print now, without recording anything."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.read() as s:
            plan = bundle_plan(s, event_id, unit_id)
            jobs = [transient_reprint(job, no) if no is not None else job for job, no in plan]
            slips, unit = bundle_slips(s, jobs)
        return build_bundle(slips, unit, ())

    def bundle_document(self, job_ids: Sequence[int]) -> BundleDocument:
        """The PDF of jobs prepared by :meth:`bundle_jobs`, in the given order."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.read() as s:
            found = []
            for job_id in job_ids:
                job = s.get(PrintJob, job_id)
                if job is None:
                    raise NotFound("print_job", job_id)
                found.append(job)
            slips, unit = bundle_slips(s, found)
        return build_bundle(slips, unit, tuple(job_ids))

    # -- changing --------------------------------------------------------------------

    def record_result(
        self, job_id: int, printed: bool, printer: str, error: str = ""
    ) -> Result[str]:
        """Record how a print went: printed, failed (with the error) or cancelled.

        A job that printed stays printed (a later failure report cannot un-print paper).
        """
        self._ctx.require_any(*PRINTING)
        return self.record_results((job_id,), printed, printer, error)

    def record_results(
        self, job_ids: Sequence[int], printed: bool, printer: str, error: str = ""
    ) -> Result[str]:
        """:meth:`record_result` for several jobs printed as one document (a bundle)."""
        self._ctx.require_any(*PRINTING)
        status = P.PRINTED if printed else P.FAILED if error.strip() else P.CANCELLED
        now, actor = self._ctx.clock.now(), self._ctx.actor
        with self._ctx.db.write() as s:
            jobs = []
            for job_id in job_ids:
                job = s.get(PrintJob, job_id)
                if job is None:
                    raise NotFound("print_job", job_id)
                self._ctx.require_any(*print_permissions(job.document))
                jobs.append(job)
            for job in jobs:
                if job.status == P.PRINTED.value:
                    continue
                job.status, job.finished_at = status.value, now
                job.printer, job.error = printer[:128], error.strip()[:MAX_ERROR]
                job.station, job.user_name = actor.station[:32], actor.name[:64]
            return Result(status.value, self._changes(jobs))

    def reprint(self, job_id: int) -> Result[int]:
        """补打: a new pending job for the same copy, numbered one past the highest."""
        self._ctx.require_any(*PRINTING)
        with self._ctx.db.write() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise NotFound("print_job", job_id)
            self._ctx.require_any(*print_permissions(job.document))
            new = self._new_job(s, job, self._next_reprint(s, job))
            return Result(new.id, self._changes([new]))

    def ticket_job(self, visit_id: int) -> Result[tuple[int, TicketData]]:
        """A ticket job for a checked-in visit (a reprint after the first) and its data."""
        self._ctx.require(Permission.PRINT_TICKETS)
        with self._ctx.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            template = PrintJob(
                event_id=visit.event_id,
                document=DocumentKind.TICKET.value,
                copy_label=CopyLabel.VISITOR.value,
                visit_id=visit.id,
            )
            docs.ticket_data(s, visit, 0)  # refuses a visit without a ticket
            job = self._new_job(s, template, self._next_reprint(s, template, first=0))
            data = docs.ticket_data(s, visit, job.reprint_no)
            return Result((job.id, data), self._changes([job]))

    def notice_job(self, visit_id: int) -> Result[int]:
        """An appointment-notice job for a pre-registered visit."""
        self._ctx.require(Permission.PRINT_TICKETS)
        with self._ctx.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            docs.notice_data(s, visit)  # refuses a visit that is not pre-registered
            template = PrintJob(
                event_id=visit.event_id,
                document=DocumentKind.NOTICE.value,
                copy_label=CopyLabel.VISITOR.value,
                visit_id=visit.id,
            )
            job = self._new_job(s, template, self._next_reprint(s, template, first=0))
            return Result(job.id, self._changes([job]))

    def receipt_job(self, case_id: int) -> Result[int]:
        """A receipt job for any decided case (hand-overs get one automatically)."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.write() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            if case.outcome is None:
                raise InvalidState("case", case_id, "undecided", "print_receipt")
            template = PrintJob(
                event_id=case.event_id,
                document=DocumentKind.RECEIPT.value,
                copy_label=CopyLabel.VISITOR.value,
                case_id=case.id,
                visit_id=case.visit_id,
            )
            job = self._new_job(s, template, self._next_reprint(s, template, first=0))
            return Result(job.id, self._changes([job]))

    def summary_job(self, event_id: int) -> Result[int]:
        """A job for the end-of-day summary (each print of it is recorded too)."""
        self._ctx.require_any(Permission.PRINT_DOCUMENTS, Permission.VIEW_STATISTICS)
        with self._ctx.db.write() as s:
            if s.get(ReceptionEvent, event_id) is None:
                raise NotFound("event", event_id)
            template = PrintJob(
                event_id=event_id,
                document=DocumentKind.DAY_SUMMARY.value,
                copy_label=CopyLabel.OFFICE.value,
            )
            job = self._new_job(s, template, self._next_reprint(s, template, first=0))
            return Result(job.id, self._changes([job]))

    def bundle_jobs(self, event_id: int, unit_id: int | None = None) -> Result[tuple[int, ...]]:
        """The jobs a bundle prints: each copy's pending job, or a new reprint job for a
        copy printed (or attempted) before. Record the bundle's result on all of them."""
        self._ctx.require(Permission.PRINT_DOCUMENTS)
        with self._ctx.db.write() as s:
            plan = bundle_plan(s, event_id, unit_id)
            jobs = [self._new_job(s, job, no) if no is not None else job for job, no in plan]
            return Result(tuple(j.id for j in jobs), self._changes(jobs))

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _visit(s: Session, job: PrintJob) -> Visit:
        if job.visit_id is None:
            raise NotFound("visit", None)
        return s.get_one(Visit, job.visit_id)

    @staticmethod
    def _next_reprint(s: Session, job: PrintJob, first: int | None = None) -> int:
        """One past the copy's highest reprint number (``first`` when it has no job yet)."""
        highest = s.scalar(select(func.max(PrintJob.reprint_no)).where(*copy_key(job)))
        if highest is None:
            return first if first is not None else 1
        return int(highest) + 1

    def _new_job(self, s: Session, like: PrintJob, reprint_no: int) -> PrintJob:
        job = PrintJob(
            event_id=like.event_id,
            document=like.document,
            copy_label=like.copy_label,
            case_id=like.case_id,
            visit_id=like.visit_id,
            unit_id=like.unit_id,
            reprint_no=reprint_no,
            status=P.PENDING.value,
            station=self._ctx.actor.station[:32],
            user_name=self._ctx.actor.name[:64],
            created_at=self._ctx.clock.now(),
        )
        s.add(job)
        s.flush()
        return job

    @staticmethod
    def _changes(jobs: Sequence[PrintJob]) -> Changes:
        if not jobs:
            return Changes()
        return Changes.of(Entity.PRINT_JOB, [j.id for j in jobs], jobs[0].event_id)

"""The print path: build the PDF through the service, print it, record the result.

Each print is one task on ``env.runner`` (off the GUI thread in the app): the service
builds the document, the backend prints it on that same thread, the service records the
job's result. Tasks of a batch run one after the other; between two tasks, and between
two pages, a cancel request stops the batch — what was not started stays pending. A print
that fails is recorded as failed (未出单) and the batch goes on: failure to print never
loses the case or blocks anyone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app import printing  # its builders load reportlab on first use
from app.printing.data import ReceiptVariant
from app.services.changes import Changes
from app.services.print_data import DocumentKind
from app.ui.env import UiEnv
from app.ui.messages import describe_error
from app.ui.printing.printer import PrinterBackend, PrintOutcome, PrintTarget
from app.ui.printing.settings import PrintSettings


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintController", text)


@dataclass(frozen=True)
class Printed:
    """One finished print task: a job, a bundle or a saved file."""

    title: str
    outcome: PrintOutcome
    status: str  # the recorded PrintJobStatus value ("" for a saved file)
    job_ids: tuple[int, ...] = ()
    missing_glyphs: tuple[str, ...] = ()


@dataclass
class BatchReport:
    """What a batch did, for the status line."""

    total: int
    printed: int = 0
    failed: int = 0
    cancelled: int = 0
    #: Why prints failed ("title：reason"), and errors that stopped a task before printing.
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def not_started(self) -> int:
        return self.total - self.printed - self.failed - self.cancelled - len(self.errors)


Task = Callable[[Callable[[], bool]], tuple[Printed, Changes]]


class PrintController(QObject):
    """Runs print tasks through the task runner, one at a time, with progress and cancel."""

    task_done = Signal(object)  # Printed
    progress = Signal(int, int)  # tasks finished, tasks in the batch
    batch_done = Signal(object)  # BatchReport
    busy_changed = Signal(bool)

    def __init__(
        self,
        env: UiEnv,
        backend: PrinterBackend,
        settings: PrintSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.backend, self.settings = env, backend, settings
        self._cancel = threading.Event()
        self._tasks: list[Task] = []
        self._report: BatchReport | None = None

    @property
    def busy(self) -> bool:
        return self._report is not None

    def target_for(self, kind: str) -> PrintTarget | None:
        """The remembered printer for ``kind``, else the default one; None when neither."""
        name = self.settings.printer(kind) or self.backend.default_printer()
        return PrintTarget(printer=name) if name else None

    # -- starting ---------------------------------------------------------------------

    def print_jobs(self, jobs: Sequence[tuple[int, str]], targets: dict[str, PrintTarget]) -> bool:
        """Print recorded jobs ``(job id, document kind)`` to the target of their kind."""
        variant = self.settings.receipt_variant()
        tasks: list[Task] = [
            partial(self._job, job_id, targets[kind], variant) for job_id, kind in jobs
        ]
        return self.run(tasks)

    def print_bundle(
        self, event_id: int, unit_ids: Sequence[int | None], target: PrintTarget
    ) -> bool:
        """Print bundles: per unit its cover list and copies; ``None`` the day's archive
        copies. Pending copies print as they are, printed ones as recorded reprints."""
        tasks: list[Task] = [partial(self._bundle, event_id, unit, target) for unit in unit_ids]
        return self.run(tasks)

    def save_bundles(self, event_id: int, files: Sequence[tuple[int | None, str]]) -> bool:
        """Save bundles as PDF files (not a print: nothing is recorded)."""
        tasks: list[Task] = [
            partial(self._save_bundle, event_id, unit, path) for unit, path in files
        ]
        return self.run(tasks)

    def print_summary(self, event_id: int, target: PrintTarget) -> bool:
        """Record a day-summary job and print it."""
        pj = self.env.services.print_jobs

        def task(stop: Callable[[], bool]) -> tuple[Printed, Changes]:
            made = pj.summary_job(event_id)
            printed, changes = self._job(made.value, target, self.settings.receipt_variant(), stop)
            return printed, made.changes + changes

        return self.run([task])

    def print_ticket(self, visit_id: int, target: PrintTarget | None = None) -> bool:
        """The desk's ticket: recorded, printed silently to the ticket printer."""
        chosen = target or self.target_for(DocumentKind.TICKET.value)
        if chosen is None:
            return False
        pj = self.env.services.print_jobs

        def task(stop: Callable[[], bool]) -> tuple[Printed, Changes]:
            made = pj.ticket_job(visit_id)
            job_id, data = made.value
            result = printing.build_ticket(data)
            title = _t("排队号 {n}").format(n=data.ticket_number)
            if data.reprint_count:
                title += _t("（补打{n}）").format(n=data.reprint_count)
            outcome = self._print(result.pdf, chosen, title, stop)
            rec = pj.record_result(job_id, outcome.printed, outcome.printer, outcome.error)
            printed = Printed(title, outcome, rec.value, (job_id,), result.missing_glyphs)
            return printed, made.changes + rec.changes

        return self.run([task])

    def run(self, tasks: Sequence[Task]) -> bool:
        """Start a batch; False (and nothing done) while another batch runs."""
        if self.busy or not tasks:
            return False
        self._cancel.clear()
        self._tasks = list(tasks)
        self._report = BatchReport(len(tasks))
        self.busy_changed.emit(True)
        self.progress.emit(0, len(tasks))
        self._next()
        return True

    def cancel(self) -> None:
        """Stop the batch: the page being printed aborts, the rest is not started."""
        self._cancel.set()

    # -- the chain (GUI thread) ---------------------------------------------------------

    def _next(self) -> None:
        report = self._report
        assert report is not None
        if self._cancel.is_set() or not self._tasks:
            self._tasks = []
            self._report = None
            self.busy_changed.emit(False)
            self.batch_done.emit(report)
            return
        task = self._tasks.pop(0)
        self.env.runner.submit(lambda: task(self._cancel.is_set), self._done, self._error)

    def _done(self, answer: object) -> None:
        assert isinstance(answer, tuple)
        printed, changes = answer
        assert isinstance(printed, Printed)
        assert isinstance(changes, Changes)
        self.env.bus.publish(changes)
        report = self._report
        if report is not None:
            outcome = printed.outcome
            if outcome.printed:
                report.printed += 1
            elif outcome.error:
                report.failed += 1
                report.failures.append(f"{printed.title}：{outcome.error}")
            else:
                report.cancelled += 1
        self.task_done.emit(printed)
        self._step()

    def _error(self, error: BaseException) -> None:
        if self._report is not None:
            self._report.errors.append(describe_error(error))
        self._step()

    def _step(self) -> None:
        report = self._report
        if report is None:
            return
        finished = report.total - len(self._tasks)
        self.progress.emit(finished, report.total)
        self._next()

    # -- tasks (worker thread) -------------------------------------------------------

    def _print(
        self, pdf: bytes, target: PrintTarget, title: str, stop: Callable[[], bool]
    ) -> PrintOutcome:
        try:
            return self.backend.print_pdf(pdf, target, title, stop)
        except Exception as error:  # a driver error must still be recorded
            return PrintOutcome(False, target.label, str(error) or type(error).__name__)

    def _job(
        self, job_id: int, target: PrintTarget, variant: ReceiptVariant, stop: Callable[[], bool]
    ) -> tuple[Printed, Changes]:
        pj = self.env.services.print_jobs
        try:
            doc = pj.job_document(job_id, variant)
        except Exception as error:  # a document that cannot be built is a failed print
            text = _t("文书生成失败：{error}").format(error=describe_error(error))
            rec = pj.record_result(job_id, False, target.label, text)
            outcome = PrintOutcome(False, target.label, text)
            title = _t("打印任务 {id}").format(id=job_id)
            return Printed(title, outcome, rec.value, (job_id,)), rec.changes
        outcome = self._print(doc.result.pdf, target, doc.title, stop)
        rec = pj.record_result(job_id, outcome.printed, outcome.printer, outcome.error)
        printed = Printed(doc.title, outcome, rec.value, (job_id,), doc.result.missing_glyphs)
        return printed, rec.changes

    def _bundle(
        self, event_id: int, unit_id: int | None, target: PrintTarget, stop: Callable[[], bool]
    ) -> tuple[Printed, Changes]:
        pj = self.env.services.print_jobs
        made = pj.bundle_jobs(event_id, unit_id)
        doc = pj.bundle_document(made.value)
        outcome = self._print(doc.result.pdf, target, doc.title, stop)
        rec = pj.record_results(made.value, outcome.printed, outcome.printer, outcome.error)
        printed = Printed(doc.title, outcome, rec.value, made.value, doc.result.missing_glyphs)
        return printed, made.changes + rec.changes

    def _save_bundle(
        self, event_id: int, unit_id: int | None, path: str, stop: Callable[[], bool]
    ) -> tuple[Printed, Changes]:
        del stop  # writing a file is quick
        doc = self.env.services.print_jobs.preview_bundle(event_id, unit_id)
        Path(path).write_bytes(doc.result.pdf)
        outcome = PrintOutcome(True, path)
        return Printed(doc.title, outcome, "", (), doc.result.missing_glyphs), Changes()

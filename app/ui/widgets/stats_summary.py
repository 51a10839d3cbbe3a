"""The statistics station's documents: the end-of-day summary as PDF (preview, then print
— recorded like the print station's — or save) and as an Excel workbook.

Both are built from ``PrintJobService.summary_data`` off the GUI thread, so the PDF and
the workbook always carry the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.printing import BuildResult, build_day_summary
from app.services.print_data import DocumentKind
from app.ui.dialogs.print_preview import PrintPreviewDialog, safe_file_name
from app.ui.dialogs.print_target import PrintTargetDialog
from app.ui.env import UiEnv
from app.ui.messages import describe_error
from app.ui.printing.controller import BatchReport, PrintController
from app.ui.printing.printer import PrinterBackend, PrintTarget
from app.ui.printing.settings import PrintSettings

SUMMARY = DocumentKind.DAY_SUMMARY.value
Status = Callable[[str, str], None]  # text, role ("" / "error")


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsStation", text)


class SummaryActions(QObject):
    """PDF and Excel summaries of the event ``event_id()`` names at the time of the click."""

    def __init__(
        self,
        parent: QWidget,
        env: UiEnv,
        backend: PrinterBackend,
        settings: PrintSettings,
        event_id: Callable[[], int],
        status: Status,
    ) -> None:
        super().__init__(parent)
        self.widget, self.env, self.settings = parent, env, settings
        self.backend, self.event_id, self.status = backend, event_id, status
        self.controller = PrintController(env, backend, settings, self)
        self.controller.batch_done.connect(self._printed)
        self.dialog: PrintPreviewDialog | None = None

    # -- PDF ---------------------------------------------------------------------------

    def open_pdf(self) -> None:
        """Build the summary and show it with 打印 and 另存为 PDF."""
        pj, event_id = self.env.services.print_jobs, self.event_id()

        def show(result: object) -> None:
            assert isinstance(result, BuildResult)
            self.dialog = PrintPreviewDialog(
                result.pdf,
                _t("当日工作汇总"),
                missing_glyphs=result.missing_glyphs,
                on_print=lambda: self.print_pdf(event_id=event_id),
                save_dir=self.settings.save_dir(),
                parent=self.widget,
            )
            self.dialog.exec()
            if self.dialog.saved_path:
                self.settings.set_save_dir(str(Path(self.dialog.saved_path).parent))

        self.env.runner.submit(
            lambda: build_day_summary(pj.summary_data(event_id)), show, self._failed
        )

    def print_pdf(self, target: PrintTarget | None = None, event_id: int | None = None) -> bool:
        """Record a summary job and print it: to ``target``, else the remembered printer
        when printing silently, else the one the clerk picks."""
        chosen = target
        if chosen is None and self.settings.silent(SUMMARY):
            chosen = self.controller.target_for(SUMMARY)
        if chosen is None:
            dialog = PrintTargetDialog(SUMMARY, self.backend, self.settings, self.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.target
        if chosen is None:
            return False
        return self.controller.print_summary(
            self.event_id() if event_id is None else event_id, chosen
        )

    def _printed(self, report: object) -> None:
        assert isinstance(report, BatchReport)
        if report.printed:
            self.status(_t("当日汇总已打印"), "")
        else:
            details = "；".join([*report.failures, *report.errors])
            self.status(_t("当日汇总未打印：{details}").format(details=details or "—"), "error")

    # -- Excel -------------------------------------------------------------------------

    def save_excel(self, path: str = "") -> bool:
        """Write the summary workbook to ``path`` (asked when empty)."""
        from app.services.summary_workbook import summary_workbook_bytes

        if not path:
            start = Path(self.settings.save_dir() or Path.home()) / (
                safe_file_name(_t("当日工作汇总")) + ".xlsx"
            )
            path, _ = QFileDialog.getSaveFileName(
                self.widget, _t("保存当日汇总（Excel）"), str(start), "Excel (*.xlsx)"
            )
            if not path:
                return False
        pj, event_id, target = self.env.services.print_jobs, self.event_id(), Path(path)

        def write() -> Path:
            target.write_bytes(summary_workbook_bytes(pj.summary_data(event_id)))
            return target

        def written(answer: object) -> None:
            assert isinstance(answer, Path)
            self.settings.set_save_dir(str(answer.parent))
            self.status(_t("已保存：{path}").format(path=str(answer)), "")

        self.env.runner.submit(write, written, self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        self.status(describe_error(error), "error")

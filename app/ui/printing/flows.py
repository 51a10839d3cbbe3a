"""The print station's multi-step actions: printing and 补打 rows, bundles, the summary,
previews — each service call through the runner, each print through the controller."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain.types import PrintJobStatus
from app.printing import BuildResult, build_day_summary
from app.services.changes import Changes
from app.services.print_data import DocumentKind, JobDocument, PrintJobRow
from app.ui.dialogs.print_bundle import BundleAction, BundleDialog
from app.ui.dialogs.print_preview import PrintPreviewDialog, safe_file_name
from app.ui.env import UiEnv
from app.ui.item_models.print_queue import ROW_ROLE
from app.ui.messages import describe_error
from app.ui.printing.controller import BatchReport, PrintController
from app.ui.printing.preview import PdfPreview
from app.ui.printing.printer import PrintTarget
from app.ui.printing.settings import BUNDLE

if TYPE_CHECKING:
    from app.ui.stations.print_station import PrintStation

P = PrintJobStatus
Status = Callable[[str, str], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintStation", text)


class PrintFlows:
    """Actions of one print station (its dialogs are parented to the station)."""

    def __init__(
        self, station: PrintStation, env: UiEnv, controller: PrintController, status: Status
    ) -> None:
        self.station, self.env, self.controller, self.status = station, env, controller, status

    # -- rows --------------------------------------------------------------------------

    def pending_jobs(self) -> list[PrintJobRow]:
        """Pending jobs the filter shows, oldest first (tickets only when filtered for)."""
        proxy = self.station.proxy
        rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
        tickets = proxy.document == DocumentKind.TICKET.value
        return sorted(
            (
                r
                for r in rows
                if isinstance(r, PrintJobRow)
                and r.status == P.PENDING.value
                and (tickets or r.document != DocumentKind.TICKET.value)
            ),
            key=lambda r: r.job_id,
        )

    def targets(
        self, kinds: set[str], target: PrintTarget | None, ask: bool = False
    ) -> dict[str, PrintTarget] | None:
        """Where each kind prints: ``target`` for all, else remembered/default or asked."""
        chosen: dict[str, PrintTarget] = {}
        for kind in sorted(kinds):
            found = target
            if found is None and not ask and self.controller.settings.silent(kind):
                found = self.controller.target_for(kind)
            if found is None:
                found = self.station.ask_target(kind)
            if found is None:
                return None
            chosen[kind] = found
        return chosen

    def print_rows(
        self,
        fresh: Sequence[PrintJobRow],
        again: Sequence[PrintJobRow],
        target: PrintTarget | None,
        ask: bool = False,
    ) -> bool:
        """Print pending jobs as they are and the others as new 补打 jobs."""
        if self.controller.busy or not (fresh or again):
            return False
        targets = self.targets({r.document for r in (*fresh, *again)}, target, ask)
        if targets is None:
            return False
        jobs = [(r.job_id, r.document) for r in fresh]
        if not again:
            return self.controller.print_jobs(jobs, targets)
        pj = self.env.services.print_jobs

        def make() -> list[tuple[int, str, Changes]]:
            return [
                (made.value, r.document, made.changes)
                for r in again
                for made in (pj.reprint(r.job_id),)
            ]

        def made(answer: object) -> None:
            assert isinstance(answer, list)
            changes = Changes()
            for job_id, kind, change in answer:
                jobs.append((job_id, kind))
                changes += change
            self.env.bus.publish(changes)
            self.controller.print_jobs(jobs, targets)

        self.env.runner.submit(make, made, self._failed)
        return True

    # -- previews ------------------------------------------------------------------------

    def show_preview(
        self,
        row: PrintJobRow,
        preview: PdfPreview,
        current: Callable[[], PrintJobRow | None],
    ) -> None:
        """Build the row's document and show it, unless the selection moved on meanwhile."""
        pj, variant = self.env.services.print_jobs, self.controller.settings.receipt_variant()

        def shown(doc: object) -> None:
            assert isinstance(doc, JobDocument)
            now = current()
            if now is not None and now.job_id == doc.job_id:
                preview.show_pdf(doc.result.pdf, doc.title, doc.result.missing_glyphs)

        def failed(error: BaseException) -> None:
            preview.clear(_t("无法生成预览：{error}").format(error=describe_error(error)))

        self.env.runner.submit(lambda: pj.job_document(row.job_id, variant), shown, failed)

    def preview_job(self, row: PrintJobRow | None) -> None:
        """The selected document in a window of its own, with print and save."""
        if row is None:
            return
        pj, variant = self.env.services.print_jobs, self.controller.settings.receipt_variant()

        def open_dialog(doc: object) -> None:
            assert isinstance(doc, JobDocument)
            self._dialog(doc.result, doc.title, lambda: self.station.print_selected())

        self.env.runner.submit(
            lambda: pj.job_document(row.job_id, variant), open_dialog, self._failed
        )

    def _dialog(
        self, result: BuildResult, title: str, on_print: Callable[[], object], note: str = ""
    ) -> PrintPreviewDialog:
        dialog = PrintPreviewDialog(
            result.pdf,
            title,
            missing_glyphs=result.missing_glyphs,
            on_print=on_print,
            save_dir=self.controller.settings.save_dir(),
            note=note,
            parent=self.station,
        )
        dialog.exec()
        if dialog.saved_path:
            self.controller.settings.set_save_dir(str(Path(dialog.saved_path).parent))
        return dialog

    # -- bundles and summary -------------------------------------------------------------

    def bundles(self) -> None:
        """Pick unit bundles (or the day's archive slips), then preview, print or save."""
        pj, event_id = self.env.services.print_jobs, self.env.event_id

        def load() -> tuple[tuple[tuple[int, str, int], ...], int]:
            return pj.bundle_units(event_id), pj.slip_counts(event_id).handed_over

        def chosen(answer: object) -> None:
            assert isinstance(answer, tuple)
            units: tuple[tuple[int, str, int], ...] = answer[0]
            dialog = BundleDialog(units, int(answer[1]), self.station)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.action is None:
                return
            self.bundle_action(dialog.action, dialog.selected(), {u: n for u, n, _ in units})

        self.env.runner.submit(load, chosen, self._failed)

    def bundle_action(
        self,
        action: BundleAction,
        unit_ids: Sequence[int | None],
        names: dict[int, str],
        target: PrintTarget | None = None,
        folder: str = "",
    ) -> bool:
        """Preview the first bundle, print all, or save each into ``folder`` (asked)."""
        event_id = self.env.event_id
        if action is BundleAction.PREVIEW:
            pj, first = self.env.services.print_jobs, unit_ids[0]

            def show(doc: object) -> None:
                result, title = doc.result, doc.title  # type: ignore[attr-defined]
                self._dialog(
                    result,
                    title,
                    lambda: self.bundle_action(BundleAction.PRINT, [first], names),
                    _t("预览中“补打”标记为打印时的情形；打印后才记入出单。"),
                )

            self.env.runner.submit(lambda: pj.preview_bundle(event_id, first), show, self._failed)
            return True
        if action is BundleAction.PRINT:
            found = self.targets({BUNDLE}, target)
            if found is None:
                return False
            return self.controller.print_bundle(event_id, unit_ids, found[BUNDLE])
        folder = folder or QFileDialog.getExistingDirectory(
            self.station, _t("保存到文件夹"), self.controller.settings.save_dir()
        )
        if not folder:
            return False
        self.controller.settings.set_save_dir(folder)
        files = []
        for unit in unit_ids:
            name = names.get(unit, "") if unit is not None else _t("全天交办单（存档联）")
            stem = safe_file_name(f"{_t('交办清单')}_{name}" if unit is not None else name)
            files.append((unit, str(Path(folder) / f"{stem}.pdf")))
        return self.controller.save_bundles(event_id, files)

    def summary(self) -> None:
        """The end-of-day summary: preview, then print (recorded) or save."""
        pj, event_id = self.env.services.print_jobs, self.env.event_id

        def show(result: object) -> None:
            assert isinstance(result, BuildResult)
            self._dialog(result, _t("当日工作汇总"), lambda: self.print_summary())

        self.env.runner.submit(
            lambda: build_day_summary(pj.summary_data(event_id)), show, self._failed
        )

    def print_summary(self, target: PrintTarget | None = None) -> bool:
        found = self.targets({DocumentKind.DAY_SUMMARY.value}, target)
        if not found:
            return False
        return self.controller.print_summary(
            self.env.event_id, found[DocumentKind.DAY_SUMMARY.value]
        )

    # -- reporting -----------------------------------------------------------------------

    def report(self, report: BatchReport) -> None:
        """Say how a batch went; failures stay visible as 未出单 in the queue."""
        parts = []
        if report.printed:
            parts.append(_t("已完成 {n} 份").format(n=report.printed))
        if report.failed:
            parts.append(_t("{n} 份打印失败，已标记“未出单”，可一键补打").format(n=report.failed))
        if report.cancelled:
            parts.append(_t("{n} 份已取消").format(n=report.cancelled))
        if report.not_started:
            parts.append(_t("{n} 份未开始，仍为待打印").format(n=report.not_started))
        if report.errors:
            parts.append(_t("{n} 项出错").format(n=len(report.errors)))
        text = "；".join(parts) or _t("没有打印任何文书")
        details = [*report.failures, *report.errors]
        if details:
            text += "\n" + "\n".join(details[:3])
        self.status(text, "error" if report.failed or report.errors else "")

    def _failed(self, error: BaseException) -> None:
        self.status(describe_error(error), "error")

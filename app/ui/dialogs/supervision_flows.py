"""The supervision station's actions: feedback, closing, reopening, extension, follow-up
calls and reminder letters — each service call through the runner, each print through
the print controller (recorded as a print job)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from app.printing import BuildResult, build_reminder_letter
from app.services.assignment_data import AssignmentRow
from app.services.changes import Result
from app.services.errors import ChangedElsewhere
from app.services.print_data import DocumentKind
from app.ui.dialogs.print_preview import PrintPreviewDialog, safe_file_name
from app.ui.dialogs.print_target import PrintTargetDialog
from app.ui.dialogs.room_submit import Done, Failed
from app.ui.dialogs.supervision_actions import (
    ExtensionDialog,
    FollowUpDialog,
    FollowUpEntry,
    TextEntry,
    TextEntryDialog,
)
from app.ui.dialogs.supervision_reminder import ReminderDialog
from app.ui.printing.controller import BatchReport
from app.ui.printing.printer import PrintTarget

if TYPE_CHECKING:
    from app.ui.stations.supervision import SupervisionStation

REMINDER = DocumentKind.REMINDER.value


def _t(text: str) -> str:
    return QCoreApplication.translate("SupervisionStation", text)


class SupervisionFlows:
    """Actions of one supervision station (dialogs are parented to it)."""

    def __init__(self, station: SupervisionStation) -> None:
        self.station = station
        self.env = station.env

    # -- assignment actions ------------------------------------------------------------

    def act(self, key: str) -> None:
        """Open the dialog of an action (feedback, close, reopen, extend, follow_up) on the
        selected assignment."""
        row = self.station.current_row()
        if row is None:
            return
        if key in ("feedback", "close", "reopen"):
            self.feedback(row, key)
        elif key == "extend":
            detail = self.station.detail_data
            left = detail.extension_days_left if detail is not None else 30
            self.extend(row, left)
        elif key == "follow_up":
            self.follow_up(row)

    def _heading(self, row: AssignmentRow) -> str:
        return f"{row.case_number}　{row.lead_unit_name}\n{' '.join(row.summary.split())[:80]}"

    def _change(
        self, call: Callable[[], Result[Any]], said: str, done: Done, failed: Failed
    ) -> None:
        """Run a versioned change; a conflict closes the dialog, reloads and says so."""
        station = self.station

        def changed(result: Result[Any]) -> None:
            self.env.bus.publish(result.changes)
            station.say(said)
            done(result.value)

        def refused(error: BaseException) -> None:
            if isinstance(error, ChangedElsewhere):
                if station.active_dialog is not None:
                    station.active_dialog.reject()
                station.say(
                    _t("该交办事项已在其他工作站修改，已重新载入，请核对后再操作。"), "error"
                )
                station.reload()
                return
            failed(error)

        self.env.runner.submit(call, changed, refused)

    def feedback(self, row: AssignmentRow, mode: str) -> None:
        """``mode`` is ``feedback`` (反馈), ``close`` (办结) or ``reopen`` (重新交办)."""
        a = self.env.services.assignments
        aid, version = row.assignment_id, row.version
        titles = {
            "feedback": (_t("录入反馈"), _t("反馈内容"), "content", _t("已记录反馈。")),
            "close": (_t("办结"), _t("办理结果"), "result", _t("已办结。")),
            "reopen": (_t("重新交办"), _t("重新交办理由"), "reason", _t("已重新交办。")),
        }
        title, label, field, said = titles[mode]

        def submit(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, TextEntry)
            calls = {
                "feedback": lambda: a.add_feedback(aid, version, value.text, value.reporter),
                "close": lambda: a.close(aid, version, value.text, value.reporter),
                "reopen": lambda: a.reopen(aid, version, value.text),
            }
            self._change(calls[mode], said, done, failed)

        dialog = TextEntryDialog(
            title, self._heading(row), label, field, submit, self.station, reporter=mode != "reopen"
        )
        self.open_dialog(dialog)

    def extend(self, row: AssignmentRow, days_left: int) -> None:
        a = self.env.services.assignments

        def submit(value: object, done: Done, failed: Failed) -> None:
            days, reason, approver = value.days, value.reason, value.approver  # type: ignore[attr-defined]
            call = lambda: a.extend(row.assignment_id, row.version, days, reason, approver)  # noqa: E731
            self._change(call, _t("已延期 {n} 天。").format(n=days), done, failed)

        self.open_dialog(ExtensionDialog(self._heading(row), days_left, submit, self.station))

    def follow_up(self, row: AssignmentRow) -> None:
        a = self.env.services.assignments

        def submit(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, FollowUpEntry)

            def call() -> Result[int]:
                return a.record_follow_up(
                    row.assignment_id,
                    reached=value.reached,
                    organiser=value.organiser,
                    unit=value.unit,
                    notes=value.notes,
                )

            said = _t("已记录回访。") if value.reached else _t("已记录：未联系上（可再次回访）。")
            self._change(call, said, done, failed)

        self.open_dialog(FollowUpDialog(self._heading(row), submit, self.station))

    def open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` without blocking; ``active_dialog`` holds it while open."""
        if self.station.active_dialog is not None:
            self.station.active_dialog.close()
        self.station.active_dialog = dialog

        def finished(_code: int) -> None:
            if self.station.active_dialog is dialog:
                self.station.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- reminders -----------------------------------------------------------------------

    def reminders(self) -> None:
        """The units to chase, with preview / print / save of each unit's letter; the
        selected item's unit comes first chosen."""
        service, event_id = self.station.reminders, self.station.event_id()
        row = self.station.current_row()

        def shown(units: object) -> None:
            assert isinstance(units, tuple)
            dialog = ReminderDialog(
                units, self.preview_letter, self.print_letter, self.save_letter, self.station
            )
            if row is not None:
                dialog.select_unit(row.lead_unit_id)
            self.open_dialog(dialog)

        self.env.runner.submit(lambda: service.reminder_units(event_id), shown, self._failed)

    def _letter(self, unit_id: int, then: Callable[[BuildResult], None]) -> None:
        service, event_id = self.station.reminders, self.station.event_id()
        self.env.runner.submit(
            lambda: build_reminder_letter(service.letter(event_id, unit_id)), then, self._failed
        )

    def preview_letter(self, unit_id: int, unit_name: str) -> None:
        """The letter as it prints today, with 打印 (recorded) and 另存为 PDF."""

        def show(result: object) -> None:
            assert isinstance(result, BuildResult)
            dialog = PrintPreviewDialog(
                result.pdf,
                _t("催办函 {unit}").format(unit=unit_name),
                missing_glyphs=result.missing_glyphs,
                on_print=lambda: self.print_letter(unit_id, unit_name),
                save_dir=self.station.controller.settings.save_dir(),
                parent=self.station,
            )
            self.station.preview_dialog = dialog
            dialog.open()

        self._letter(unit_id, show)

    def print_letter(self, unit_id: int, unit_name: str, target: PrintTarget | None = None) -> bool:
        """Record a reminder job for the unit and print it through the print path."""
        controller = self.station.controller
        if controller.busy:
            return False
        chosen = target
        if chosen is None and controller.settings.silent(REMINDER):
            chosen = controller.target_for(REMINDER)
        if chosen is None:
            dialog = PrintTargetDialog(
                REMINDER, controller.backend, controller.settings, self.station
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.target
        if chosen is None:
            return False
        found = chosen
        service, event_id = self.station.reminders, self.station.event_id()

        def made(result: object) -> None:
            assert isinstance(result, Result)
            self.env.bus.publish(result.changes)
            controller.print_jobs([(int(result.value), REMINDER)], {REMINDER: found})

        self.station.say(_t("正在打印催办函：{unit}").format(unit=unit_name))
        self.env.runner.submit(lambda: service.reminder_job(event_id, unit_id), made, self._failed)
        return True

    def save_letter(self, unit_id: int, unit_name: str, path: str = "") -> None:
        """Save the letter as PDF (asks where unless ``path`` is given; nothing recorded)."""
        settings = self.station.controller.settings
        if not path:
            start = Path(settings.save_dir() or Path.home()) / (
                safe_file_name(_t("催办函_{unit}").format(unit=unit_name)) + ".pdf"
            )
            path, _ = QFileDialog.getSaveFileName(
                self.station, _t("另存为 PDF"), str(start), "PDF (*.pdf)"
            )
        if not path:
            return
        chosen = path

        def write(result: BuildResult) -> None:
            Path(chosen).write_bytes(result.pdf)
            settings.set_save_dir(str(Path(chosen).parent))
            self.station.say(_t("已保存：{path}").format(path=chosen))

        self._letter(unit_id, write)

    def printed(self, report: object) -> None:
        """Say how a reminder letter print went."""
        assert isinstance(report, BatchReport)
        if report.printed:
            self.station.say(_t("催办函已打印，已记入打印记录。"))
        else:
            details = [*report.failures, *report.errors]
            self.station.say(
                _t("催办函未能打印：{why}").format(why="；".join(details) or "—"), "error"
            )

    def _failed(self, error: BaseException) -> None:
        self.station.say_error(error)

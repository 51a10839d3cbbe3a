"""导出信访件: the event's cases and assignments to .xlsx or .csv, off the GUI thread.

Masked identities by default; the "full identities" box calls
``ExportService.export_full_identities`` (the method the role check and the audit record
guard) and is shown only when the acting user's role may export identities (or as the
opener's ``allow_full_identities`` says). The export runs on the task runner with a
progress bar; cancelling stops it and leaves no file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.services.export_cases import (
    STAGE_WRITE,
    ExportCancelled,
    ExportFormat,
    ExportResult,
)
from app.services.permissions import Permission
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error


def default_folder() -> Path:
    """The user's documents folder (the home folder when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued connection)."""

    progressed = Signal(int, int, str)


class ExportDialog(QDialog):
    """Choose format, identities and file; export with progress; show the result."""

    progressed = Signal(int, int, str)  # done, total, stage — on the GUI thread
    exported = Signal(object)  # ExportResult, once a file is written

    def __init__(
        self,
        env: UiEnv,
        event_id: int,
        parent: QWidget | None = None,
        *,
        allow_full_identities: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._env, self._event_id = env, event_id
        self._cancel = threading.Event()
        if allow_full_identities is None:
            allow_full_identities = env.services.ctx.may(Permission.EXPORT_IDENTITIES)
        self._allow_full = allow_full_identities
        self.running = False
        self.result_value: ExportResult | None = None
        self.setWindowTitle(self.tr("导出信访件"))
        intro = QLabel(
            self.tr(
                "导出本次接访日的全部信访件及其交办、督办、回访情况，每件一行。"
                "各列与全国信访件字段的对照见 Excel 文件中的“字段说明”表。"
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.xlsx = QRadioButton(self.tr("Excel 工作簿（.xlsx）"))
        self.csv = QRadioButton(self.tr("CSV 文本（.csv，UTF-8，Excel 可直接打开）"))
        self.xlsx.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.xlsx)
        formats.addButton(self.csv)
        self.xlsx.toggled.connect(self._format_changed)
        self.full_identities = QCheckBox(self.tr("包含完整身份信息（姓名、证件号码、电话、住址）"))
        self.full_identities.setVisible(allow_full_identities)
        self.full_warning = QLabel(
            self.tr(
                "完整身份信息仅限有权限的人员导出，导出将被记录。"
                "检举控告等保密件在任何导出中都不显示来访人。"
            )
        )
        self.full_warning.setWordWrap(True)
        self.full_warning.setProperty("role", "warning")
        self.full_warning.setVisible(False)
        self.full_identities.toggled.connect(self.full_warning.setVisible)
        name = self.tr("信访件_{event}.xlsx").format(event=event_id)
        self.path_edit = QLineEdit(str(default_folder() / name))
        self.browse_button = QPushButton(self.tr("浏览…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("格式"), self.xlsx)
        form.addRow("", self.csv)
        form.addRow(self.tr("身份信息"), QLabel(self.tr("默认脱敏（张*丰、138****8000）")))
        form.addRow("", self.full_identities)
        form.addRow(self.tr("保存到"), path_row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("%v / %m 件"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(icon("save"), self.tr("导出"))
        self.export_button.setProperty("primary", "true")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.full_warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show_progress)
        self.resize(620, 380)

    # -- choices -----------------------------------------------------------------------

    def chosen_format(self) -> ExportFormat:
        return ExportFormat.XLSX if self.xlsx.isChecked() else ExportFormat.CSV

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            self.path_edit.setText(str(path.with_suffix("." + self.chosen_format().value)))

    def _browse(self) -> None:
        fmt = self.chosen_format()
        pattern = (
            self.tr("Excel 工作簿 (*.xlsx)")
            if fmt is ExportFormat.XLSX
            else self.tr("CSV 文件 (*.csv)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出到"), self.path_edit.text(), pattern
        )
        if path:
            if Path(path).suffix.lower() != "." + fmt.value:
                path += "." + fmt.value
            self.path_edit.setText(path)

    # -- running -----------------------------------------------------------------------

    def start(self) -> bool:
        """Start the export with the current choices; False when there is no file name."""
        if self.running:
            return False
        path = self.path_edit.text().strip()
        if not path:
            self.message.setText(self.tr("请选择保存位置。"))
            return False
        self._set_running(True)
        self.message.setText(self.tr("正在导出…"))
        exporter = self._env.services.exports
        write = (
            exporter.export_full_identities
            if self._allow_full and self.full_identities.isChecked()
            else exporter.export_cases
        )
        fmt, event_id = self.chosen_format().value, self._event_id

        def run() -> ExportResult:
            return write(event_id, fmt, path, self._report)

        self._env.runner.submit(run, self._done, self._failed)
        return True

    def _report(self, done: int, total: int, stage: str) -> None:
        """Progress from the worker thread; stops the export when cancelled."""
        if self._cancel.is_set():
            raise ExportCancelled
        self._relay.progressed.emit(done, total, stage)

    def _show_progress(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(done, total, stage)
        if stage == STAGE_WRITE:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)  # reading: busy indicator

    def _done(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self._set_running(False)
        self.result_value = result
        kind = self.tr("完整身份") if result.full_identities else self.tr("已脱敏")
        self.message.setProperty("role", "")
        self.message.setText(
            self.tr("已导出 {n} 件信访件（{kind}）：{path}").format(
                n=result.rows, kind=kind, path=result.path
            )
        )
        self._restyle()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ExportCancelled):
            self.message.setProperty("role", "muted")
            self.message.setText(self.tr("已取消导出，未写入文件。"))
        else:
            self.message.setProperty("role", "error")
            reason = self._path_problem(error) or describe_error(error)
            self.message.setText(self.tr("导出失败：{reason}").format(reason=reason))
        self._restyle()

    def _path_problem(self, error: BaseException) -> str:
        """The words for a refused file name or folder; empty for any other error."""
        if not isinstance(error, InvalidInput) or error.field != "path":
            return ""
        details = error.details or {}
        if error.reason == "no_such_folder":
            return self.tr("文件夹不存在：{path}").format(path=details.get("path", ""))
        if error.reason == "is_directory":
            return self.tr("请在文件夹后写上文件名。")
        if error.reason == "cannot_write":
            return self.tr("无法写入文件，可能正被其他程序打开或没有写入权限（{reason}）。").format(
                reason=details.get("reason", "")
            )
        return ""

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._cancel.clear()
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        for widget in (self.export_button, self.xlsx, self.csv, self.path_edit):
            widget.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.full_identities.setEnabled(not running)
        self.close_button.setText(self.tr("取消导出") if running else self.tr("关闭"))

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def reject(self) -> None:
        """Close; while an export runs, cancel it instead (the dialog stays to say so)."""
        if self.running:
            self._cancel.set()
            self.message.setText(self.tr("正在取消…"))
            return
        super().reject()

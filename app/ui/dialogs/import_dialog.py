"""导入预登记名单: choose a town's list, see every row checked, import the valid rows.

Reading and checking run off the GUI thread with a progress bar and 停止; nothing is
written until 导入 is pressed, and then only the rows without problems are
pre-registered (again with progress; a stop leaves the rest for the next import of the
same file, which never duplicates a row). 取消 imports nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.services.changes import Result
from app.services.imports import ImportCancelled, ImportPreview, ImportReport
from app.ui.dialogs.import_template import ask_template_path, save_template
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.import_preview import ImportPreviewModel, ProblemFilter
from app.ui.messages import describe_error
from app.ui.widgets.import_words import file_refusal, note_text, problem_text

COLUMN_WIDTHS = (50, 84, 270, 70, 168, 110, 44, 130, 160)


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progress = Signal(int, int, str)


class ImportDialog(QDialog):
    """Preview a list file for one event, then import its valid rows or nothing."""

    imported = Signal(object)  # ImportReport

    def __init__(self, env: UiEnv, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.event_id = env, event_id
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._stop = threading.Event()
        self._busy = self._closed = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.setWindowTitle(self.tr("导入预登记名单"))
        self.resize(1260, 700)

        self.file_label = QLabel(self.tr("请选择各乡镇报送的预登记名单（.xlsx 或 .csv）。"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(icon("open_file"), self.tr("选择文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setAutoDefault(False)
        self.template_button = QPushButton(icon("template"), self.tr("下载导入模板…"))
        self.template_button.clicked.connect(self.choose_template_path)
        self.template_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.progress_bar = QProgressBar()
        self.stage_label = QLabel()
        self.stop_button = QPushButton(self.tr("停止"))
        self.stop_button.clicked.connect(self.stop)
        progress = QHBoxLayout()
        progress.addWidget(self.stage_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.stop_button)
        self._progress_widgets = (self.stage_label, self.progress_bar, self.stop_button)

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "heading")
        self.only_problems = QCheckBox(self.tr("只看有问题的行"))
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.only_problems)

        self.model = ImportPreviewModel(self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        self.import_button = QPushButton(icon("import", "#ffffff"), self.tr("导入"))
        self.import_button.setProperty("primary", "true")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("取消"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress)
        layout.addWidget(self.error_label)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._show_busy(False)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a list file, then read it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择预登记名单"), "", self.tr("名单 (*.xlsx *.csv);;所有文件 (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread; the preview replaces the last one."""
        if self._busy:
            return
        self.preview, self.report = None, None
        self.model.set_rows(())
        self.file_label.setText(self.tr("文件：{name}").format(name=path.name))
        self.error_label.clear()
        self.notes_label.clear()
        self.summary_label.clear()
        imports, event_id = self.env.services.imports, self.event_id
        progress, stopped = self._relay.progress.emit, self._stop.is_set
        self._start(lambda: imports.preview_file(path, event_id, progress, stopped), self._read)

    def _read(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        self.preview = result
        self.model.set_rows(result.rows)
        self.notes_label.setText("；".join(note_text(n) for n in result.notes))
        self._summarise()

    def _summarise(self) -> None:
        preview = self.preview
        if preview is None:
            return
        ready, bad, already = len(preview.ready), len(preview.problem_rows), len(preview.already)
        text = self.tr("可导入 {ready} 行，有问题 {bad} 行").format(ready=ready, bad=bad)
        if already:
            text += self.tr("，已预登记 {n} 行（将跳过）").format(n=already)
        if not preview.rows:
            text = self.tr("文件中没有要导入的行（只有表头或示例行）。")
        self.summary_label.setText(text)
        self.only_problems.setEnabled(bad > 0)

    # -- importing ----------------------------------------------------------------------

    def start_import(self) -> None:
        """Pre-register the rows without problems (off the GUI thread)."""
        preview = self.preview
        if preview is None or not preview.ready or self._busy or self.report is not None:
            return
        imports = self.env.services.imports
        progress, stopped = self._relay.progress.emit, self._stop.is_set
        self._start(lambda: imports.import_rows(preview, progress, stopped), self._imported)

    def _imported(self, result: object) -> None:
        assert isinstance(result, Result)
        report = result.value
        assert isinstance(report, ImportReport)
        self.report = report
        self.env.bus.publish(result.changes)
        text = self.tr("已导入 {n} 行").format(n=len(report.imported))
        if report.skipped:
            text += self.tr("，跳过已预登记的 {n} 行").format(n=len(report.skipped))
        if report.cancelled:
            text += self.tr("。已停止：再次导入同一文件可继续，不会重复登记。")
        self.summary_label.setText(text)
        if report.failed:
            lines = [
                self.tr("第 {row} 行").format(row=p.row) + " " + problem_text(p)
                for p in report.failed
            ]
            self.error_label.setText(self.tr("以下行未能导入：") + "；".join(lines))
        self.close_button.setText(self.tr("关闭"))
        self.imported.emit(report)

    # -- running ------------------------------------------------------------------------

    def _start(self, work: Callable[[], Any], done: Callable[[object], None]) -> None:
        self._stop.clear()
        self._show_busy(True)

        def finished(result: object) -> None:
            if self._closed:  # rows imported before the stop still reach the other views
                if isinstance(result, Result):
                    self.env.bus.publish(result.changes)
                return
            self._show_busy(False)
            done(result)
            self._update_buttons()

        self.env.runner.submit(work, finished, self._failed)

    def _failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._show_busy(False)
        if isinstance(error, ImportCancelled):
            self.error_label.setText(self.tr("已停止读取。"))
        elif isinstance(error, InvalidInput) and error.field == "file":
            self.error_label.setText(file_refusal(error.reason, error.details))
        else:
            self.error_label.setText(describe_error(error))
        self._update_buttons()

    def stop(self) -> None:
        """Stop reading or importing after the current row."""
        self._stop.set()
        self.stop_button.setEnabled(False)

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self._closed:
            return
        words = {
            "reading": self.tr("读取"),
            "checking": self.tr("检查"),
            "importing": self.tr("导入"),
        }
        self.stage_label.setText(words.get(stage, stage))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _show_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self._progress_widgets:
            widget.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.progress_bar.setRange(0, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = len(self.preview.ready) if self.preview else 0
        done = self.report is not None
        self.import_button.setEnabled(ready > 0 and not self._busy and not done)
        self.import_button.setText(
            self.tr("导入 {n} 行").format(n=ready) if ready else self.tr("导入")
        )
        self.choose_button.setEnabled(not self._busy)

    def reject(self) -> None:
        """取消 / 关闭 / Esc: stop any work; nothing more is imported."""
        self._stop.set()
        self._closed = True
        super().reject()

    # -- template -----------------------------------------------------------------------

    def choose_template_path(self) -> None:
        """Ask where to save the template, then save it."""
        path = ask_template_path(self)
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> None:
        """Write the template (off the GUI thread) and say where it went."""
        save_template(self.env, path, self.notes_label.setText, self.error_label.setText)

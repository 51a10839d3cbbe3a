"""打印台: the day's print queue — preview, print, 补打, print all pending, bundles, summary.

Every print goes through :class:`PrintController` (build → print → record, off the GUI
thread). A failed or cancelled job shows 未出单 in red with a one-click 补打 (Ctrl+R).
The queue reloads when print jobs or cases change, here or at another station; during a
batch it reloads once at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import PrintJobStatus
from app.services.changes import Changes, Entity
from app.services.print_data import PrintJobRow, SlipCounts
from app.ui.dialogs.print_settings import PrintSettingsDialog
from app.ui.dialogs.print_target import PrintTargetDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.print_queue import ROW_ROLE, PrintQueueFilter, PrintQueueModel
from app.ui.load_gate import LoadGate
from app.ui.messages import describe_error
from app.ui.printing.controller import BatchReport, PrintController, Printed
from app.ui.printing.filter_bar import QueueFilterBar
from app.ui.printing.flows import PrintFlows
from app.ui.printing.preview import PdfPreview
from app.ui.printing.printer import PrinterBackend, PrintTarget, QtPrinterBackend
from app.ui.printing.settings import PrintSettings
from app.ui.printing.status import BatchBar, counts_html
from app.ui.widgets.station_parts import detail_column, rows_table, side_by_side

P = PrintJobStatus
SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
RELOAD_ON = (Entity.PRINT_JOB, Entity.CASE, Entity.EVENT, Entity.SETUP)
COLUMN_WIDTHS = (92, 118, 138, 190, 56, 46, 50, 50)


@dataclass(frozen=True)
class _Snapshot:
    rows: tuple[PrintJobRow, ...]
    counts: SlipCounts
    rooms: tuple[tuple[int, str], ...]


class PrintStation(QWidget):
    """The clerks' station: queue with filters on the left, preview and actions on the right.

    ``backend`` and ``settings`` default to the real printers and this workstation's
    QSettings; tests pass a fake printer and a settings file of their own.
    """

    def __init__(
        self,
        env: UiEnv,
        backend: PrinterBackend | None = None,
        settings: PrintSettings | None = None,
    ) -> None:
        super().__init__()
        self.env = env
        self.backend = backend if backend is not None else QtPrinterBackend()
        self.settings = settings if settings is not None else PrintSettings()
        self.controller = PrintController(env, self.backend, self.settings, self)
        self.batch = BatchBar()
        self.flows = PrintFlows(self, env, self.controller, self.batch.show_status)
        self._dirty = False  # changes seen during a batch: one reload after it
        self.loads = LoadGate(self._load)
        self._previewed: tuple[int, str] | None = None

        title = QLabel(self.tr("打印台"))
        title.setProperty("role", "heading")
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.counts_label, 1)
        self.filters = QueueFilterBar()
        self.filters.changed.connect(self._apply_filter)
        self.model = PrintQueueModel(self)
        self.proxy = PrintQueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.preview = PdfPreview()

        self.print_button = self._button("print", self.tr("打印 (Ctrl+P)"), self.print_selected)
        self.print_button.setProperty("primary", "true")
        self.print_to_button = self._button("print", self.tr("打印到…"), self.print_selected_to)
        self.reprint_button = self._button(
            "reprint", self.tr("补打 (Ctrl+R)"), self.reprint_selected
        )
        self.pending_button = self._button("print", "", self.print_pending)
        self.bundle_button = self._button("hand_over", self.tr("交办清单…"), self.flows.bundles)
        self.summary_button = self._button("statistics", self.tr("当日汇总…"), self.flows.summary)
        self.settings_button = self._button("setup", self.tr("打印设置…"), self.open_settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self._make_splitter(), 1)
        bottom = QHBoxLayout()
        for button in (
            self.pending_button,
            self.bundle_button,
            self.summary_button,
            self.settings_button,
        ):
            bottom.addWidget(button)
        bottom.addWidget(self.batch, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_selected),
            (QKeySequence("Ctrl+R"), self.reprint_selected),
            (QKeySequence("Ctrl+Shift+P"), self.print_pending),
            (QKeySequence(Qt.Key.Key_F5), self.reload),
            (QKeySequence(Qt.Key.Key_Escape), self.controller.cancel),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.batch.cancel_requested.connect(self.controller.cancel)
        self.controller.busy_changed.connect(self._busy_changed)
        self.controller.progress.connect(self.batch.set_progress)
        self.controller.task_done.connect(self._task_done)
        self.controller.batch_done.connect(self._batch_done)
        env.bus.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    def _make_table(self) -> QTableView:
        table = rows_table(self.proxy, COLUMN_WIDTHS, multi=True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: newest first
        table.hideColumn(PrintQueueModel.CREATED)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.flows.preview_job(self.current_row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.flows.preview_job(self.current_row()))
        return table

    def _make_splitter(self) -> QSplitter:
        actions = QHBoxLayout()
        for button in (self.print_button, self.print_to_button, self.reprint_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return side_by_side(self.table, detail_column(self.preview, actions), (2, 1), (840, 420))

    def _button(self, icon_name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    # -- loading -----------------------------------------------------------------------

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if any(changes.touches(entity) for entity in RELOAD_ON):
            if self.controller.busy:
                self._dirty = True
            else:
                self.reload()

    def reload(self) -> None:
        """Load the queue; a load asked for while one runs follows it."""
        self.loads.request()

    def _load(self) -> None:
        services, event_id = self.env.services, self.env.event_id

        def load() -> _Snapshot:
            rows = services.print_jobs.queue(event_id)
            counts = services.print_jobs.slip_counts(event_id)
            rooms = services.setup.event_setup(event_id).rooms
            return _Snapshot(rows, counts, tuple((r.id, f"{r.number}号 {r.name}") for r in rooms))

        self.env.runner.submit(load, self._loaded, self._load_failed)

    def _loaded(self, snapshot: object) -> None:
        assert isinstance(snapshot, _Snapshot)
        selected = {r.job_id for r in self.selected_rows()}
        self.model.set_rows(snapshot.rows)
        units = {r.unit_id: r.unit_name for r in snapshot.rows if r.unit_id is not None}
        self.filters.set_rooms(snapshot.rooms)
        self.filters.set_units(sorted(units.items(), key=lambda u: u[1]))
        self.counts_label.setText(counts_html(snapshot.counts))
        self._reselect(selected)
        self.loads.done()

    def _load_failed(self, error: BaseException) -> None:
        self.batch.show_status(describe_error(error), "error")
        self.loads.done()

    # -- selection and preview ---------------------------------------------------------

    def selected_rows(self) -> list[PrintJobRow]:
        """The selected jobs, in the table's order."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [row for i in indexes if isinstance(row := i.data(ROW_ROLE), PrintJobRow)]

    def current_row(self) -> PrintJobRow | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_job(self, job_id: int) -> bool:
        """Select the job's row (if the filter shows it)."""
        return self._reselect({job_id})

    def _reselect(self, job_ids: set[int]) -> bool:
        model = self.table.selectionModel()
        model.clearSelection()
        found = False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).job_id in job_ids:
                model.select(index, SELECT_ROWS)
                if not found:
                    self.table.scrollTo(index)
                found = True
        self._selection_changed()
        return found

    def _apply_filter(self) -> None:
        self.proxy.set_filter(**self.filters.values())  # type: ignore[arg-type]
        self._update_buttons()

    def _selection_changed(self) -> None:
        self._update_buttons()
        row = self.current_row()
        if row is None:
            self._previewed = None
            self.preview.clear(self.tr("选择一项打印任务即可预览"))
            return
        key = (row.job_id, row.status)
        if key != self._previewed:
            self._previewed = key
            self.flows.show_preview(row, self.preview, self.current_row)

    def _update_buttons(self) -> None:
        rows, idle = self.selected_rows(), not self.controller.busy
        self.print_button.setEnabled(bool(rows) and idle)
        self.print_to_button.setEnabled(bool(rows) and idle)
        done = bool(rows) and all(r.status != P.PENDING.value for r in rows)
        self.reprint_button.setEnabled(done and idle)
        pending = len(self.flows.pending_jobs())
        self.pending_button.setText(self.tr("打印全部待打印（{n}）").format(n=pending))
        self.pending_button.setToolTip(self.tr("按当前筛选打印全部待打印文书 (Ctrl+Shift+P)"))
        self.pending_button.setEnabled(pending > 0 and idle)

    # -- printing ----------------------------------------------------------------------

    def print_selected(self, target: PrintTarget | None = None) -> bool:
        """Print the selected jobs: pending ones as they are, the others as 补打."""
        rows = self.selected_rows()
        fresh = [r for r in rows if r.status == P.PENDING.value]
        return self.flows.print_rows(fresh, [r for r in rows if r not in fresh], target)

    def print_selected_to(self) -> bool:
        """Like :meth:`print_selected`, always asking for the printer."""
        rows = self.selected_rows()
        fresh = [r for r in rows if r.status == P.PENDING.value]
        return self.flows.print_rows(fresh, [r for r in rows if r not in fresh], None, ask=True)

    def reprint_selected(self, target: PrintTarget | None = None) -> bool:
        """补打 the selected finished jobs: new recorded jobs, printed at once."""
        rows = [r for r in self.selected_rows() if r.status != P.PENDING.value]
        return self.flows.print_rows([], rows, target)

    def print_pending(self, target: PrintTarget | None = None) -> bool:
        """Print every pending job the filter shows, oldest first."""
        return self.flows.print_rows(self.flows.pending_jobs(), [], target)

    def open_settings(self) -> None:
        PrintSettingsDialog(self.backend, self.settings, self).exec()

    def ask_target(self, kind: str) -> PrintTarget | None:
        """The print dialog for ``kind`` (None when the clerk cancels)."""
        dialog = PrintTargetDialog(kind, self.backend, self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target

    # -- progress ----------------------------------------------------------------------

    def _busy_changed(self, busy: bool) -> None:
        self.batch.set_busy(busy)
        for button in (self.bundle_button, self.summary_button, self.settings_button):
            button.setEnabled(not busy)
        self._update_buttons()

    def _task_done(self, printed: object) -> None:
        assert isinstance(printed, Printed)
        if printed.missing_glyphs:
            text = self.tr("{title}：以下字无法打印，请手写补正：{chars}").format(
                title=printed.title, chars=" ".join(printed.missing_glyphs)
            )
            self.batch.show_status(text, "warning")

    def _batch_done(self, report: object) -> None:
        assert isinstance(report, BatchReport)
        self.flows.report(report)
        if self._dirty:
            self._dirty = False
            self.reload()

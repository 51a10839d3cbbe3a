"""台账: every case on record, 100 k of them in a county's history, filtered and sorted.

The id query (one indexed query returning only ids) runs off the GUI thread whenever a
filter or the sort changes; the table's model holds those ids and reads the rows a page
at a time as the view paints them (see app/ui/item_models/ledger_model.py), so the
first rows show as soon as the ids are in and scrolling costs no more memory than the
first screen. Double-click or Enter opens the case; 导出… exports the chosen event. The
ledger re-queries when cases, assignments or the set-up change, here or elsewhere (when
it is hidden behind another tab, once it is shown again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes, Entity
from app.services.ledger_data import LedgerChoices, LedgerRow, LedgerSort
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.ledger_detail import LedgerDetailDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.ledger_model import ROW_ROLE, LedgerModel
from app.ui.messages import describe_error
from app.ui.widgets.ledger_filter_bar import LedgerFilterBar

#: Registration makes cases too (it publishes the visit).
RELOAD_ON = (Entity.ASSIGNMENT, Entity.CASE, Entity.VISIT, Entity.EVENT, Entity.SETUP)
#: Fixed widths: sizing a column to its contents would read a thousand rows to measure.
COLUMN_WIDTHS = (140, 96, 92, 220, 120, 100, 260, 96, 150, 76, 96, 76, 90)


@dataclass(frozen=True)
class _Answer:
    generation: int
    ids: tuple[int, ...]
    today: date
    choices: LedgerChoices | None


def ledger_table(model: LedgerModel) -> QTableView:
    """The ledger's view: fixed row heights (so it never measures 100 k rows), one row
    selected, sortable by number, date and due date."""
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.setSortIndicator(LedgerModel.DATE, Qt.SortOrder.DescendingOrder)
    return table


class LedgerStation(QWidget):
    """The supervision office's case ledger."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.ledger = env.services.ledger
        self.sort, self.descending = LedgerSort.DATE, True
        self._generation = 0
        self._running = self._pending = False
        self._stale = False
        self._choices_loaded = False
        self.detail_dialog: LedgerDetailDialog | None = None
        self.export_dialog: ExportDialog | None = None

        title = QLabel(self.tr("台账"))
        title.setProperty("role", "heading")
        self.count_label = QLabel()
        self.export_button = QPushButton(icon("save"), self.tr("导出…"))
        self.export_button.clicked.connect(self.open_export)
        refresh = QPushButton(icon("refresh"), self.tr("刷新 (F5)"))
        refresh.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.export_button)
        header.addWidget(refresh)
        self.filters = LedgerFilterBar()
        self.filters.changed.connect(self.reload)
        self.model = LedgerModel(self.ledger.rows, self)
        self.model.sort_requested.connect(self._sort)
        self.model.fetch_failed.connect(self.say_error)
        self.table = ledger_table(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_clicked)
        self.table.activated.connect(self.open_detail)  # double-click or Enter
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        env.bus.changed.connect(self._on_changed)
        self._update_export()
        self.reload()

    # -- querying ------------------------------------------------------------------------

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if any(changes.touches(entity) for entity in RELOAD_ON):
            if changes.touches(Entity.EVENT) or changes.touches(Entity.SETUP):
                self._choices_loaded = False
            if self.isVisible():
                self.reload()
            else:  # a tab in the background: once, when it is shown again
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Run the id query for the filter and sort shown. One query at a time: asked
        again while one runs (a burst of registrations elsewhere, fast typing), the
        newest question follows once it is answered, and the stale answer is dropped."""
        self._generation += 1
        self.count_label.setText(self.tr("正在查询…"))
        if self._running:
            self._pending = True
            return
        self._query()

    def _query(self) -> None:
        self._running, self._pending = True, False
        generation, ledger = self._generation, self.ledger
        flt, sort, descending = self.filters.value(), self.sort, self.descending
        self._update_export()
        with_choices = not self._choices_loaded
        if with_choices and flt.event_id is None and self.filters.event_combo.count() == 1:
            flt = replace(flt, event_id=self.env.event_id)  # the first load: this event
        today = self.env.services.ctx.clock.now().date()

        def query() -> _Answer:
            choices = ledger.choices() if with_choices else None
            return _Answer(generation, ledger.case_ids(flt, sort, descending), today, choices)

        self.env.runner.submit(query, self._answered, self._failed)

    def _answered(self, answer: object) -> None:
        assert isinstance(answer, _Answer)
        self._running = False
        if answer.choices is not None:  # still true, whichever question it answered
            self._choices_loaded = True
            self.filters.blockSignals(True)
            self.filters.set_choices(answer.choices, self.env.event_id)
            self.filters.blockSignals(False)
            self._update_export()
        if self._pending:
            self._query()
        if answer.generation != self._generation:
            return
        selected, top = self.current_row(), self.table.indexAt(self.table.rect().topLeft())
        top_id = self.model.ids()[top.row()] if top.isValid() else None
        self.model.set_ids(answer.ids, answer.today)
        # one event chosen: its name on every row says nothing
        self.table.setColumnHidden(LedgerModel.EVENT, self.filters.event_id() is not None)
        self._keep_place(selected.case_id if selected else None, top_id)
        self.count_label.setText(self.tr("共 {n} 件").format(n=f"{len(answer.ids):,}"))
        self.say("")

    def _keep_place(self, selected_id: int | None, top_id: int | None) -> None:
        """After a re-query: the same case selected and the same case on top, if they
        are still listed (a change elsewhere must not throw the clerk back to row 1)."""
        ids = self.model.ids()
        where = {i: ids.index(i) for i in (selected_id, top_id) if i is not None and i in ids}
        if selected_id in where:
            self.table.selectRow(where[selected_id])
        if top_id in where:
            self.table.scrollTo(
                self.model.index(where[top_id], 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if self._pending:
            self._query()
            return
        self.count_label.setText("")
        self.say_error(error)

    def _header_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if column not in LedgerModel.SORTS:  # the service orders by three columns only
            current = next(c for c, s in LedgerModel.SORTS.items() if s is self.sort)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, self._order())
            header.blockSignals(False)
            self.say(self.tr("可按编号、登记日期或办理期限排序"), "muted")
            return
        self.model.sort(column, order)

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    def _sort(self, sort: object, descending: bool) -> None:
        assert isinstance(sort, LedgerSort)
        if (sort, descending) != (self.sort, self.descending):
            self.sort, self.descending = sort, descending
            self.reload()

    # -- the case and the export ---------------------------------------------------------

    def current_row(self) -> LedgerRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, LedgerRow) else None

    def open_detail(self, index: QModelIndex | None = None) -> LedgerDetailDialog | None:
        """The case at ``index`` (default: the selected one), read-only."""
        row = index.data(ROW_ROLE) if index is not None else self.current_row()
        if not isinstance(row, LedgerRow):
            return None
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        self.detail_dialog = LedgerDetailDialog(self.env, row, self.model.today, self)
        self.detail_dialog.open()
        return self.detail_dialog

    def _update_export(self) -> None:
        chosen = self.filters.event_id() is not None
        self.export_button.setEnabled(chosen)
        self.export_button.setToolTip(
            self.tr("导出所选接访日的全部信访件") if chosen else self.tr("请先选择一个接访日")
        )

    def open_export(self) -> ExportDialog | None:
        """导出信访件 of the chosen event (masked by default; the dialog says how)."""
        event_id = self.filters.event_id()
        if event_id is None:
            return None
        self.export_dialog = ExportDialog(self.env, event_id, self)
        self.export_dialog.open()
        return self.export_dialog

    def say(self, text: str, role: str = "") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def say_error(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.say(describe_error(error), "error")

"""A set-up table: a filter box, the table (sortable) and a row of action buttons.

Enter or a double click on a row emits :attr:`TablePage.activated`; Delete emits
:attr:`TablePage.delete_requested` (pages that can remove rows ask before removing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.item_models.setup_table import SetupTableModel, filter_proxy


class TablePage(QWidget):
    """Shows a :class:`SetupTableModel`; Enter or a double click asks to edit a row."""

    activated = Signal(int)  # source row
    delete_requested = Signal(int)  # source row
    selection_changed = Signal()

    def __init__(
        self,
        model: SetupTableModel[Any],
        filter_hint: str,
        buttons: Sequence[QPushButton],
        parent: QWidget | None = None,
        key: Callable[[Any], object] | None = None,
    ) -> None:
        """``key`` names a row across reloads, so the selection survives them."""
        super().__init__(parent)
        self.model = model
        self._key = key
        self._kept: object = None
        self.proxy = filter_proxy(model, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_hint)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._count)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._count)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for button in buttons:
            bottom.addWidget(button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.filter_edit.setFocus)

    def current_row(self) -> int | None:
        """The source row selected, if any."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.proxy.mapToSource(index).row()

    def select_row(self, source_row: int) -> None:
        """Select and show a source row."""
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def fit_columns(self, widths: Sequence[int]) -> None:
        """Initial column widths in pixels (the last column stretches)."""
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the table asks to remove the selected row."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            row = self.current_row()
            if row is not None:
                self.delete_requested.emit(row)
                return True
        return super().eventFilter(watched, event)

    def _keep_selection(self) -> None:
        row = self.current_row()
        self._kept = None if row is None or self._key is None else self._key(self.model.row_at(row))

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None or self._key is None:
            return
        for row, data in enumerate(self.model.rows()):
            if self._key(data) == kept:
                self.select_row(row)
                return

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.proxy.mapToSource(index).row())

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("共 {n} 项").format(n=total)
            if shown == total
            else self.tr("显示 {shown} / {n} 项").format(shown=shown, n=total)
        )
        self.count_label.setText(text)

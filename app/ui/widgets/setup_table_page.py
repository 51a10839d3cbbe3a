"""A set-up table: a filter box, the table (sortable) and a row of action buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    selection_changed = Signal()

    def __init__(
        self,
        model: SetupTableModel[Any],
        filter_hint: str,
        buttons: Sequence[QPushButton],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
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
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
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

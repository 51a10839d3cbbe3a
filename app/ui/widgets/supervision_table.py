"""The supervision board's table view."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.item_models.supervision_board import SupervisionBoardModel

COLUMN_WIDTHS = (150, 160, 68, 72, 150, 132, 132, 86, 56)
M = SupervisionBoardModel
FIT_COLUMNS = (M.URGENCY, M.STATUS, M.FEEDBACK, M.ACCEPTANCE, M.HANDLING, M.FOLLOW_UP)


def board_table(proxy: QSortFilterProxyModel) -> QTableView:
    """The board's table view over ``proxy``: one row selected, sorted by feedback due date."""
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(SupervisionBoardModel.FEEDBACK, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    header = table.horizontalHeader()
    for column in FIT_COLUMNS:  # words differ in length between the languages
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table

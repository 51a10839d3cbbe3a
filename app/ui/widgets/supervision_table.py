"""The supervision board's table view."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.ui.item_models.supervision_board import SupervisionBoardModel
from app.ui.widgets.station_parts import rows_table

COLUMN_WIDTHS = (150, 160, 68, 72, 150, 132, 132, 86, 56)
M = SupervisionBoardModel
FIT_COLUMNS = (M.URGENCY, M.STATUS, M.FEEDBACK, M.ACCEPTANCE, M.HANDLING, M.FOLLOW_UP)


def board_table(proxy: QSortFilterProxyModel) -> QTableView:
    """The board's table view over ``proxy``: one row selected, sorted by feedback due date."""
    table = rows_table(proxy, COLUMN_WIDTHS)
    table.sortByColumn(SupervisionBoardModel.FEEDBACK, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    for column in FIT_COLUMNS:  # words differ in length between the languages
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table

"""The follow-up tab's tables: assignments by lead unit or by topic, with how they stand
against their handling deadlines."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.statistics_follow_up import HandOverRow, Rate
from app.ui.item_models.row_table import RowTableModel
from app.ui.widgets.stats_words import percent

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the column naturally (numbers as numbers, no rate last)."""


class HandOverModel(RowTableModel[HandOverRow]):
    """Name, handed over (as lead unit), assisting (co-unit; units only), open, closed,
    closed on time, overdue, on-time closing rate."""

    NAME, ASSIGNMENTS, ASSISTING, OPEN, CLOSED, ON_TIME, OVERDUE, RATE = range(8)

    def __init__(self, name_header: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            (
                name_header,
                self.tr("交办"),
                self.tr("协办"),
                self.tr("在办"),
                self.tr("办结"),
                self.tr("按期"),
                self.tr("超期"),
                self.tr("按期率"),
            ),
            (
                name_header,
                self.tr("交办件数（牵头办理）"),
                self.tr("作为协办单位的交办件数"),
                self.tr("尚未办结的交办件"),
                self.tr("已办结的交办件"),
                self.tr("在办理期限（含批准延期）内办结的交办件"),
                self.tr("已过办理期限（含批准延期）仍未办结的交办件"),
                self.tr("按期办结 ÷ 已办结"),
            ),
        )

    def cell(self, row: HandOverRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.RATE:
                return percent(Rate(row.closed_on_time, row.closed))
            return str(self._number(row, column))
        if role == SORT_ROLE:
            if column == self.NAME:
                return row.name
            if column == self.RATE:
                value = Rate(row.closed_on_time, row.closed).value
                return -1.0 if value is None else value
            return self._number(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and row.overdue:
            return QBrush(QColor("#c62828"))
        return None

    @staticmethod
    def _number(row: HandOverRow, column: int) -> int:
        return (
            row.assignments,
            row.assisting,
            row.open,
            row.closed,
            row.closed_on_time,
            row.overdue,
        )[column - HandOverModel.ASSIGNMENTS]

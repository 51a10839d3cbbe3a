"""The desk's search results: one row per person (and their batch in this event)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.types import VisitStatus
from app.services.search import SearchHit
from app.ui.widgets.desk_words import matched_by_text, status_text

Index = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`SearchHit`."""

_STATUS_COLOURS = {
    VisitStatus.PRE_REGISTERED.value: "#1565c0",
    VisitStatus.WAITING.value: "#2e7d32",
    VisitStatus.CALLED.value: "#2e7d32",
    VisitStatus.IN_RECEPTION.value: "#2e7d32",
    VisitStatus.ON_HOLD.value: "#8d5b00",
    VisitStatus.NO_SHOW.value: "#c62828",
    VisitStatus.DONE.value: "#5f6b7a",
    VisitStatus.CANCELLED.value: "#5f6b7a",
}


class SearchResultsModel(QAbstractTableModel):
    """Name, masked ID and phone, ticket and status; how the row matched is its tooltip."""

    NAME, ID, PHONE, TICKET, STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SearchHit, ...] = ()
        self._headers = (
            self.tr("姓名"),
            self.tr("证件号码"),
            self.tr("联系电话"),
            self.tr("排队号"),
            self.tr("状态"),
        )

    def set_rows(self, rows: Sequence[SearchHit]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        """The hit shown in ``row``."""
        return self._rows[row]

    def rows(self) -> tuple[SearchHit, ...]:
        """Every hit, in display order."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("按{kind}找到").format(kind=matched_by_text(hit.matched_by))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(_STATUS_COLOURS.get(hit.visit_status or "", "#5f6b7a")))
        if role == Qt.ItemDataRole.FontRole and column in (self.NAME, self.TICKET):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, hit: SearchHit, column: int) -> str:
        if column == self.NAME:
            return hit.name
        if column == self.ID:
            return hit.id_masked or "—"
        if column == self.PHONE:
            return hit.phone_masked or "—"
        if column == self.TICKET:
            return hit.ticket_text or "—"
        return status_text(hit.visit_status)

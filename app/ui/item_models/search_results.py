"""The desk's search results: one row per person (and their batch in this event)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.types import VisitStatus
from app.services.search import SearchHit
from app.ui.item_models.row_table import RowTableModel
from app.ui.widgets.desk_words import matched_by_text
from app.ui.words import sealed_text, visit_status_text

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


class SearchResultsModel(RowTableModel[SearchHit]):
    """Name, masked ID and phone, ticket and status; how the row matched is its tooltip."""

    NAME, ID, PHONE, TICKET, STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            (
                self.tr("姓名"),
                self.tr("证件号码"),
                self.tr("联系电话"),
                self.tr("排队号"),
                self.tr("状态"),
            )
        )

    def cell(self, hit: SearchHit, column: int, role: int) -> object:
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
            return sealed_text(hit.id_masked) or "—"
        if column == self.PHONE:
            return sealed_text(hit.phone_masked) or "—"
        if column == self.TICKET:
            return hit.ticket_text or "—"
        return visit_status_text(hit.visit_status)

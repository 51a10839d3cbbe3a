"""The shape every flat table of the stations shares: frozen rows from a service, a
header per column (with an optional tooltip), and a ``cell`` per row, column and role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of ``Row`` values; subclasses call :meth:`set_headers` in their
    ``__init__`` and say in :meth:`cell` what each cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()
        self._headers: tuple[str, ...] = ()
        self._tips: tuple[str, ...] = ()

    def set_headers(self, headers: Sequence[str], tips: Sequence[str] = ()) -> None:
        """The column headers (translated) and their tooltips (empty: none)."""
        self._headers, self._tips = tuple(headers), tuple(tips)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The value shown in ``row``."""
        return self._rows[row]

    def rows(self) -> tuple[Row, ...]:
        """Every row, in display order."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._tips):
            return self._tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Row, column: int, role: int) -> object:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        return None

"""A read-only table over plain rows, described by columns (the set-up station's tables)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.ui.item_models.row_table import RowTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by (numbers sort as numbers)."""

MUTED = QColor("#8a96a3")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, its text, and optionally its sort key and alignment."""

    header: Callable[[], str]
    text: Callable[[T], str]
    sort: Callable[[T], int | float | str] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class SetupTableModel(RowTableModel[T]):
    """Rows of plain data shown through :class:`Column` definitions; replace with set_rows."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        muted: Callable[[T], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._muted = muted
        self.set_headers([column.header() for column in self._columns])

    def cell(self, row: T, column: int, role: int) -> Any:
        if not 0 <= column < len(self._columns):
            return None
        spec = self._columns[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.text(row)
        if role == SORT_ROLE:
            return spec.sort(row) if spec.sort is not None else spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None:
            return MUTED if self._muted(row) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def filter_proxy(model: QAbstractItemModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that filters on every column (case-insensitive) and sorts by SORT_ROLE."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortRole(SORT_ROLE)
    return proxy

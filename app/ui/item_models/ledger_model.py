"""The case ledger as a lazy table: it holds only the ids, and reads rows a page at a time.

The view asks for the cells it paints; the model reads the page (``PAGE_SIZE`` rows, one
service call) that holds the row the first time it is asked, and keeps the most recently
used ``MAX_PAGES`` pages, so scrolling through 100 k cases costs the same memory as
looking at the first screen. Sorting asks the station to run the id query again
(:attr:`LedgerModel.sort_requested`); only the columns the service can order by sort.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.services.ledger_data import NOT_HANDED_OVER, LedgerRow, LedgerSort
from app.ui.icons import icon
from app.ui.style import URGENCY_COLOURS
from app.ui.widgets.supervision_words import status_text, urgency_text
from app.ui.words import outcome_text

Index = QModelIndex | QPersistentModelIndex
_Entry = tuple[LedgerRow, tuple[str, ...]]
Fetch = Callable[[Sequence[int]], list[LedgerRow]]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100  # one read ≈ 3-6 ms on the county data: no visible hitch while scrolling
MAX_PAGES = 32
_OVERDUE = (QColor("#fbd5d5"), QColor("#a31515"))


def _t(text: str) -> str:
    return QCoreApplication.translate("LedgerModel", text)


class LedgerModel(QAbstractTableModel):
    """Rows of the ids given to :meth:`set_ids`, read through ``fetch`` on demand."""

    (
        NUMBER,
        CODE,
        DATE,
        EVENT,
        TOPIC,
        PETITIONERS,
        SUMMARY,
        OUTCOME,
        UNIT,
        URGENCY,
        DUE,
        STATUS,
        OVERDUE,
    ) = range(13)
    COLUMNS = 13
    SORTS: ClassVar[dict[int, LedgerSort]] = {
        NUMBER: LedgerSort.CASE_NUMBER,
        DATE: LedgerSort.DATE,
        DUE: LedgerSort.DUE,
    }

    sort_requested = Signal(object, bool)  # LedgerSort, descending
    fetch_failed = Signal(object)  # the exception of a page read

    def __init__(
        self,
        fetch: Fetch,
        parent: Any = None,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size, self.max_pages = page_size, max_pages
        self._ids: tuple[int, ...] = ()
        # page number -> case id -> (row, its cells' texts, made once per page read)
        self._pages: OrderedDict[int, dict[int, _Entry]] = OrderedDict()
        self._looks: dict[str, object] = {}
        self.today = date.today()
        self.rows_fetched = 0  # every row read since the last set_ids (for tests, bench)
        self.pages_fetched = 0

    # -- the ids and the pages ---------------------------------------------------------

    def set_ids(self, ids: Sequence[int], today: date) -> None:
        """Show ``ids`` (a new query's answer); every cached page is dropped."""
        self.beginResetModel()
        self._ids, self.today = tuple(ids), today
        self._pages.clear()
        self.rows_fetched = self.pages_fetched = 0
        self.endResetModel()

    def ids(self) -> tuple[int, ...]:
        return self._ids

    def cached_rows(self) -> int:
        """How many rows are held right now (bounded by ``page_size * max_pages``)."""
        return sum(len(page) for page in self._pages.values())

    def refresh_rows(self) -> None:
        """Drop the cached pages and repaint (the rows changed, the ids did not)."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, self.COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> LedgerRow | None:
        """The row at ``row``, read with its page if not held (None: no longer on record)."""
        entry = self._entry(row)
        return entry[0] if entry is not None else None

    def _entry(self, row: int) -> _Entry | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _read(self, number: int) -> dict[int, _Entry]:
        ids = self._ids[number * self.page_size : (number + 1) * self.page_size]
        try:
            rows = self._fetch(ids)
        except Exception as error:  # a lost connection: blank rows, said once
            rows = []
            self.fetch_failed.emit(error)
        page = {r.case_id: (r, self._texts(r)) for r in rows}
        self._pages[number] = page
        self.rows_fetched += len(rows)
        self.pages_fetched += 1
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            _t("信访件编号"),
            _t("查询码"),
            _t("登记日期"),
            _t("接访日"),
            _t("反映类别"),
            _t("信访人"),
            _t("事项摘要"),
            _t("处理结果"),
            _t("责任单位"),
            _t("颜色"),
            _t("办理期限"),
            _t("状态"),
            _t("超期"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTS.get(column)
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        entry = self._entry(index.row())
        if entry is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        row, column = entry[0], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return entry[1][column]
        if role == ROW_ROLE:
            return row
        overdue = column == self.OVERDUE and row.overdue_days > 0
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return self._look("overdue_bg", lambda: QBrush(_OVERDUE[0]))
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._look("overdue_fg", lambda: QBrush(_OVERDUE[1]))
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.URGENCY and row.urgency in URGENCY_COLOURS:
                return self._look(row.urgency, lambda: QColor(URGENCY_COLOURS[row.urgency]))
            if column == self.NUMBER and row.is_confidential:
                return self._look("confidential", lambda: icon("confidential", "#6a1b9a"))
        tip = role == Qt.ItemDataRole.ToolTipRole and column == self.PETITIONERS
        if tip and row.is_confidential:
            return _t("检举控告或保密事项：不显示信访人")
        return None

    def _look(self, key: str, make: Callable[[], object]) -> object:
        """Brushes, colours and icons are made once: the view asks for them per cell."""
        found = self._looks.get(key)
        if found is None:
            found = self._looks[key] = make()
        return found

    @staticmethod
    def _texts(row: LedgerRow) -> tuple[str, ...]:
        """Every column's text, in column order."""
        return (
            row.case_number,
            row.query_code,
            f"{row.recorded_on:%Y-%m-%d}",
            row.event_name,
            row.topic_name,
            row.petitioners,
            row.summary,
            outcome_text(row.outcome),
            row.lead_unit_name,
            urgency_text(row.urgency) if row.urgency else "",
            f"{row.handling_due:%Y-%m-%d}" if row.handling_due else "",
            _t("未交办") if row.status == NOT_HANDED_OVER else status_text(row.status),
            _t("超期 {n} 天").format(n=row.overdue_days) if row.overdue_days else "",
        )


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)

"""Edit a list of dates (holidays, make-up working days)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
WEEKDAYS = "一二三四五六日"


class DateListEdit(QWidget):
    """A sorted list of dates with a picker to add one and a button to remove one."""

    changed = Signal()

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: bold;")
        hint_label = QLabel(hint)
        hint_label.setProperty("role", "muted")
        hint_label.setWordWrap(True)
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(icon("add"), self.tr("添加"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(icon("delete"), self.tr("删除所选"))
        self.remove_button.clicked.connect(self._remove)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(220)
        self._dates: set[date] = set()
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(hint_label)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def set_start(self, day: date) -> None:
        """Where the picker opens (e.g. the event's date)."""
        self.picker.setDate(QDate(day.year, day.month, day.day))

    def dates(self) -> frozenset[date]:
        """The dates in the list."""
        return frozenset(self._dates)

    def set_dates(self, dates: Iterable[date]) -> None:
        """Replace the list."""
        self._dates = set(dates)
        self._refill()

    def add_date(self, day: date) -> None:
        """Add one date (no duplicates)."""
        if day not in self._dates:
            self._dates.add(day)
            self._refill()
            self.changed.emit()

    def _add(self) -> None:
        picked = self.picker.date()
        self.add_date(date(picked.year(), picked.month(), picked.day()))

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._dates.discard(item.data(DATE_ROLE))
        self._refill()
        self.changed.emit()

    def _refill(self) -> None:
        self.list.clear()
        for day in sorted(self._dates):
            text = self.tr("{date}（周{weekday}）").format(
                date=day.isoformat(), weekday=WEEKDAYS[day.weekday()]
            )
            item = QListWidgetItem(text)
            item.setData(DATE_ROLE, day)
            self.list.addItem(item)

"""The case ledger's filters: event, dates, topic, outcome, status, unit, colour, overdue
and a search box (case number, query code or words of the summary).

Every combo applies at once; typing in the search box applies once the typing pauses
(``DEBOUNCE_MS``), so a 100 k-case query does not run for every key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.types import AssignmentStatus, Outcome, Urgency
from app.services.ledger_data import NOT_HANDED_OVER, UNDECIDED, LedgerChoices, LedgerFilter
from app.ui.words import outcome_text

DEBOUNCE_MS = 300
#: The date edits' "no limit" value (shown as 不限).
NO_DATE = QDate(2000, 1, 1)
ALL_EVENTS = -1


def _combo(items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


class LedgerFilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes (:meth:`value`) changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_combo = _combo([(self.tr("全部接待日"), ALL_EVENTS)])
        self.event_combo.setMinimumContentsLength(26)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("不限"))
            edit.setDate(NO_DATE)
        self.topic = _combo([(self.tr("全部类别"), None)])
        self.outcome = _combo(
            [(self.tr("全部处理结果"), ""), (outcome_text(None), UNDECIDED)]
            + [(outcome_text(o.value), o.value) for o in Outcome]
        )
        self.status = _combo(
            [
                (self.tr("全部状态"), ""),
                (self.tr("未交办"), NOT_HANDED_OVER),
                (self.tr("待反馈"), AssignmentStatus.OPEN.value),
                (self.tr("办理中"), AssignmentStatus.FEEDBACK_GIVEN.value),
                (self.tr("已办结"), AssignmentStatus.CLOSED.value),
            ]
        )
        self.unit = _combo([(self.tr("全部单位"), None)])
        self.unit.setMinimumContentsLength(14)
        self.urgency = _combo(
            [
                (self.tr("全部颜色"), ""),
                (self.tr("红色"), Urgency.RED.value),
                (self.tr("黄色"), Urgency.YELLOW.value),
                (self.tr("绿色"), Urgency.GREEN.value),
            ]
        )
        self.overdue = QCheckBox(self.tr("仅超期"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("编号、查询码或摘要"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_search_now)

        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.date_to)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("接访日")), 0, 0)
        grid.addWidget(self.event_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("登记日期")), 0, 2)
        grid.addLayout(dates, 0, 3)
        grid.addWidget(self.topic, 0, 4)
        grid.addWidget(self.outcome, 0, 5)
        grid.addWidget(self.search, 0, 6, 1, 2)
        grid.addWidget(QLabel(self.tr("交办")), 1, 0)
        grid.addWidget(self.unit, 1, 1)
        grid.addWidget(self.status, 1, 2, 1, 2)
        grid.addWidget(self.urgency, 1, 4)
        grid.addWidget(self.overdue, 1, 5)
        grid.setColumnStretch(7, 1)
        for combo in (
            self.event_combo,
            self.topic,
            self.outcome,
            self.status,
            self.unit,
            self.urgency,
        ):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

    def apply_search_now(self) -> None:
        """Enter in the search box: no need to wait for the pause."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def set_choices(self, choices: LedgerChoices, event_id: int | None = None) -> None:
        """Fill the event, topic and unit combos (keeping what is chosen); ``event_id``
        is chosen the first time."""
        first = self.event_combo.count() == 1
        self._refill(self.event_combo, choices.events, event_id if first else None)
        self._refill(self.topic, choices.topics)
        self._refill(self.unit, choices.units)

    def _refill(
        self, combo: QComboBox, items: tuple[tuple[int, str], ...], choose: int | None = None
    ) -> None:
        current = combo.currentData() if choose is None else choose
        everything = combo.itemText(combo.count() - 1 if combo is self.event_combo else 0)
        combo.blockSignals(True)
        combo.clear()
        if combo is not self.event_combo:
            combo.addItem(everything, None)
        for item_id, label in items:
            combo.addItem(label, item_id)
        if combo is self.event_combo:
            combo.addItem(everything, ALL_EVENTS)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def event_id(self) -> int | None:
        """The chosen event; None for every event."""
        value = self.event_combo.currentData()
        return value if isinstance(value, int) and value != ALL_EVENTS else None

    def value(self) -> LedgerFilter:
        """The filter the bar describes."""

        def day(edit: QDateEdit) -> date | None:
            chosen = edit.date()
            return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

        topic, unit = self.topic.currentData(), self.unit.currentData()
        return LedgerFilter(
            event_id=self.event_id(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            topic_id=topic if isinstance(topic, int) else None,
            status=str(self.status.currentData() or ""),
            outcome=str(self.outcome.currentData() or ""),
            unit_id=unit if isinstance(unit, int) else None,
            urgency=str(self.urgency.currentData() or ""),
            overdue_only=self.overdue.isChecked(),
            text=self.search.text().strip(),
        )

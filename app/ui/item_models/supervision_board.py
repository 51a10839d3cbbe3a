"""The supervision board as a table, and the proxy that filters and sorts it.

Each of the three clocks has its own column with the date and its light in words; the
cell is tinted by the light and carries an icon, so it reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.assignment_data import AssignmentRow
from app.ui.icons import icon
from app.ui.item_models.row_table import RowTableModel
from app.ui.style import URGENCY_COLOURS
from app.ui.widgets.supervision_words import (
    LIGHT_COLOURS,
    LIGHT_ICONS,
    clock_cell,
    clock_names,
    light_text,
    met_words,
    status_text,
    urgency_text,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

#: Deadline filter values.
NEEDS_REMINDER, OVERDUE, DUE_SOON = "remind", "overdue", "due_soon"


def _t(text: str) -> str:
    return QCoreApplication.translate("SupervisionBoardModel", text)


class SupervisionBoardModel(RowTableModel[AssignmentRow]):
    """Every assignment the station loaded, as the service ordered them."""

    NUMBER, UNIT, URGENCY, STATUS, FEEDBACK, ACCEPTANCE, HANDLING, FOLLOW_UP, ROOM, SUMMARY = range(
        10
    )
    COLUMNS = 10
    CLOCKS = (FEEDBACK, ACCEPTANCE, HANDLING)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        feedback, acceptance, handling = clock_names()
        self.set_headers(
            (
                _t("信访件编号"),
                _t("责任单位"),
                _t("颜色"),
                _t("状态"),
                feedback,
                acceptance,
                handling,
                _t("回访"),
                _t("接待室"),
                _t("事项摘要"),
            )
        )

    def set_rows(self, rows: Sequence[AssignmentRow], today: date | None = None) -> None:
        """Replace the rows (a reload), with the day the lights were computed for."""
        if today is not None:
            self.today = today
        super().set_rows(rows)

    def cell(self, row: AssignmentRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        light = self._light(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and light:
            return QBrush(LIGHT_COLOURS[light][0])
        if role == Qt.ItemDataRole.ForegroundRole and light:
            return QBrush(LIGHT_COLOURS[light][1])
        if role == Qt.ItemDataRole.DecorationRole:
            if light:
                return icon(LIGHT_ICONS[light], LIGHT_COLOURS[light][1].name())
            if column == self.URGENCY and row.urgency in URGENCY_COLOURS:
                return QColor(URGENCY_COLOURS[row.urgency])
            if column == self.NUMBER and row.is_confidential:
                return icon("confidential", "#6a1b9a")
        if role == Qt.ItemDataRole.FontRole and (column == self.NUMBER or light == "overdue"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _clock(self, row: AssignmentRow, column: int) -> tuple[date, str, str]:
        c, met = row.clocks, met_words()
        return {
            self.FEEDBACK: (c.feedback_due, c.feedback_status, met[0]),
            self.ACCEPTANCE: (c.acceptance_due, c.acceptance_status, met[1]),
            self.HANDLING: (c.handling_due, c.handling_status, met[2]),
        }[column]

    def _light(self, row: AssignmentRow, column: int) -> str:
        return self._clock(row, column)[1] if column in self.CLOCKS else ""

    def _display(self, row: AssignmentRow, column: int) -> str:
        if column in self.CLOCKS:
            due, status, met = self._clock(row, column)
            return clock_cell(status, due, self.today, met)
        if column == self.NUMBER:
            return row.case_number
        if column == self.UNIT:
            return row.lead_unit_name
        if column == self.URGENCY:
            return urgency_text(row.urgency)
        if column == self.STATUS:
            text = status_text(row.status)
            return text + (
                _t("（重办{n}）").format(n=row.reopened_count) if row.reopened_count else ""
            )
        if column == self.FOLLOW_UP:
            if row.follow_up_reached:
                return _t("已回访")
            return (
                _t("未联系上×{n}").format(n=row.follow_up_attempts)
                if row.follow_up_attempts
                else ""
            )
        if column == self.ROOM:
            return row.room_label.split(" ", 1)[0]
        if column == self.SUMMARY:
            return _t("（保密）") if row.is_confidential else " ".join(row.summary.split())
        return ""

    def _sort_key(self, row: AssignmentRow, column: int) -> Any:
        if column in self.CLOCKS:
            due, status, _ = self._clock(row, column)
            return f"{status == 'met'}{due.isoformat()}{row.case_number}"
        return self._display(row, column)

    def _tooltip(self, row: AssignmentRow) -> str:
        lines = [f"{row.case_number} · {row.lead_unit_name} · {status_text(row.status)}"]
        for name, column in zip(clock_names(), self.CLOCKS, strict=True):
            due, status, met = self._clock(row, column)
            lines.append(f"{name}：{due:%Y-%m-%d} {light_text(status, due, self.today, met)}")
        if row.clocks.extended_days:
            lines.append(_t("已延期 {n} 天").format(n=row.clocks.extended_days))
        if row.is_confidential:
            lines.append(_t("检举控告/保密件"))
        return "\n".join(lines)


class SupervisionFilter(QSortFilterProxyModel):
    """Filters by unit, urgency, status, room, deadline light and case number text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit_id: int | None = None
        self.room_id: int | None = None
        self.urgency = self.status = self.deadline = self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(
        self,
        *,
        unit_id: int | None = None,
        room_id: int | None = None,
        urgency: str = "",
        status: str = "",
        deadline: str = "",
        text: str = "",
    ) -> None:
        """Replace every filter at once (empty / None means any)."""
        self.beginFilterChange()
        self.unit_id, self.room_id, self.urgency, self.status = unit_id, room_id, urgency, status
        self.deadline, self.text = deadline, text.strip().upper()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(row, AssignmentRow):
            return False
        if self.unit_id is not None and row.lead_unit_id != self.unit_id:
            return False
        if self.room_id is not None and row.room_id != self.room_id:
            return False
        if (self.urgency and row.urgency != self.urgency) or (
            self.status and row.status != self.status
        ):
            return False
        if self.deadline == NEEDS_REMINDER and not row.needs_reminder:
            return False
        if self.deadline == OVERDUE and not row.is_overdue:
            return False
        if self.deadline == DUE_SOON and (row.is_overdue or DUE_SOON not in row.clocks.statuses()):
            return False
        return not self.text or self.text in row.case_number.upper()

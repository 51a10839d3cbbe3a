"""The room suggestion: every open room with its expected wait, the allocator's pick
selected; choosing another room asks for the reason."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.allocation import Allocation
from app.services.setup_data import RoomInfo
from app.ui.widgets.desk_person_row import set_invalid
from app.ui.widgets.desk_words import allocation_reason_text, room_label, wait_text

ROOM_ROLE = Qt.ItemDataRole.UserRole + 1


class RoomChoice(QWidget):
    """Candidates of the current allocation preview; ``chosen_changed`` on every pick."""

    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allocation: Allocation | None = None
        title = QLabel(self.tr("分配接待室"))
        title.setProperty("role", "heading")
        self.reason_label = QLabel(self.tr("选择反映类别后推荐接待室"))
        self.reason_label.setProperty("role", "muted")
        self.reason_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [self.tr("接待室"), self.tr("预计等候"), self.tr("候谈"), self.tr("")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setMinimumHeight(190)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.override_caption = QLabel(self.tr("改派理由"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("改派到非推荐接待室时必填"))
        self.override_reason.setMaxLength(200)
        self.override_error = QLabel()
        self.override_error.setProperty("role", "error")
        override_line = QHBoxLayout()
        override_line.addWidget(self.override_caption)
        override_line.addWidget(self.override_reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(override_line)
        layout.addWidget(self.override_error)
        self.list.currentItemChanged.connect(self._picked)
        self.override_reason.textEdited.connect(lambda _t: self._clear_error())
        self._show_override(False)
        self.list.hide()

    def set_allocation(self, allocation: Allocation | None, rooms: Mapping[int, RoomInfo]) -> None:
        """Show the candidates; keeps the user's pick if that room is still a candidate."""
        kept = self.chosen_room_id() if self.is_override() else None
        self.allocation = allocation
        self.list.blockSignals(True)
        self.list.clear()
        self.list.setVisible(allocation is not None)
        if allocation is None:
            self.reason_label.setText(self.tr("选择反映类别后推荐接待室"))
        else:
            self.reason_label.setText(
                self.tr("推荐：{reason}").format(reason=allocation_reason_text(allocation.reason))
            )
            bold = QFont(self.list.font())
            bold.setBold(True)
            current = None
            for candidate in allocation.candidates:
                room = rooms.get(candidate.room_id)
                name = room.name if room else ""
                suggested = candidate.room_id == allocation.room_id
                tag = self.tr("推荐") if suggested else ""
                if not tag:
                    tag = self.tr("对口") if candidate.serves_topic else ""
                    tag = tag or (self.tr("综合") if candidate.general else "")
                item = QTreeWidgetItem(
                    [
                        room_label(candidate.number, name),
                        wait_text(candidate.expected_wait_minutes),
                        self.tr("{n}人").format(n=candidate.people_waiting),
                        tag,
                    ]
                )
                item.setData(0, ROOM_ROLE, candidate.room_id)
                item.setToolTip(0, name)
                if suggested:
                    for column in range(4):
                        item.setFont(column, bold)
                    item.setForeground(3, QBrush(QColor("#2e7d32")))
                elif not candidate.serves_topic:
                    item.setForeground(0, QBrush(QColor("#5f6b7a")))
                self.list.addTopLevelItem(item)
                if candidate.room_id == (kept or allocation.room_id):
                    current = item
            if current is not None:
                self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self._show_override(self.is_override())
        self.chosen_changed.emit()

    def chosen_room_id(self) -> int | None:
        """The room picked in the list (the suggestion unless the user moved)."""
        item = self.list.currentItem()
        value = item.data(0, ROOM_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def is_override(self) -> bool:
        """Whether the user picked another room than the suggestion."""
        chosen = self.chosen_room_id()
        return self.allocation is not None and chosen not in (None, self.allocation.room_id)

    def reason(self) -> str:
        return self.override_reason.text().strip()

    def fields(self) -> list[QWidget]:
        """Inputs in Enter order (the reason only while it is shown)."""
        return [self.list, self.override_reason]

    def show_error(self, message: str) -> QWidget:
        """Mark the reason field; returns it to focus."""
        self._show_override(True)
        self.override_error.setText(message)
        self.override_error.show()
        set_invalid(self.override_reason, True)
        return self.override_reason

    def clear(self) -> None:
        """Back to the suggestion, reason emptied."""
        self.override_reason.clear()
        self._clear_error()
        if self.allocation is not None:
            for row in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(row)
                if item is not None and item.data(0, ROOM_ROLE) == self.allocation.room_id:
                    self.list.setCurrentItem(item)
        self._show_override(False)

    def _picked(self) -> None:
        self._show_override(self.is_override())
        self.chosen_changed.emit()

    def _show_override(self, shown: bool) -> None:
        self.override_caption.setVisible(shown)
        self.override_reason.setVisible(shown)
        if not shown:
            self._clear_error()

    def _clear_error(self) -> None:
        self.override_error.hide()
        set_invalid(self.override_reason, False)

"""催办: the units with overdue or due-soon items; preview, print or save a unit's letter."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.assignment_data import ReminderUnit
from app.ui.icons import icon
from app.ui.widgets.supervision_words import LIGHT_COLOURS

UnitAction = Callable[[int, str], object]


class ReminderDialog(QDialog):
    """A table of units (overdue / due soon) and the letter actions for the chosen one."""

    def __init__(
        self,
        units: Sequence[ReminderUnit],
        preview: UnitAction,
        print_letter: UnitAction,
        save: UnitAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("催办函"))
        self.units = list(units)
        intro = QLabel(
            self.tr("以下单位有已超期或即将到期的交办事项。选择单位，预览、打印或保存催办函。")
            if self.units
            else self.tr("目前没有已超期或即将到期的交办事项。")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.units), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("责任单位"), self.tr("已超期"), self.tr("即将到期")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        for row, unit in enumerate(self.units):
            self.table.setItem(row, 0, QTableWidgetItem(unit.unit_name))
            for column, (count, light, word) in enumerate(
                (
                    (unit.overdue, "overdue", self.tr("{n} 件超期")),
                    (unit.due_soon, "due_soon", self.tr("{n} 件即将到期")),
                ),
                start=1,
            ):
                item = QTableWidgetItem(word.format(n=count) if count else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    item.setBackground(LIGHT_COLOURS[light][0])
                    item.setForeground(LIGHT_COLOURS[light][1])
                self.table.setItem(row, column, item)
        if self.units:
            self.table.selectRow(0)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(icon("preview"), self.tr("预览…"))
        self.print_button = QPushButton(icon("print"), self.tr("打印"))
        self.print_button.setProperty("primary", "true")
        self.save_button = QPushButton(icon("save"), self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        for button, action in (
            (self.preview_button, preview),
            (self.print_button, print_letter),
            (self.save_button, save),
        ):
            button.setEnabled(bool(self.units))
            button.setAutoDefault(button is self.print_button)
            button.clicked.connect(lambda _=False, act=action: self._run(act))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(560, 420)

    def selected(self) -> ReminderUnit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.units[rows[0].row()] if rows else None

    def select_unit(self, unit_id: int) -> None:
        for row, unit in enumerate(self.units):
            if unit.unit_id == unit_id:
                self.table.selectRow(row)

    def _run(self, action: UnitAction) -> None:
        unit = self.selected()
        if unit is not None:
            action(unit.unit_id, unit.unit_name)

"""Pick bundles: the day's slips (archive copies) and per unit its cover list and slips."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
DAY = -1
"""List data of the day's archive bundle (no unit)."""


class BundleAction(StrEnum):
    PREVIEW = "preview"
    PRINT = "print"
    SAVE = "save"


class BundleDialog(QDialog):
    """Check the bundles wanted, then preview (the first), print or save them."""

    def __init__(
        self,
        units: Sequence[tuple[int, str, int]],
        cases_handed_over: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("交办清单与汇总"))
        self.action: BundleAction | None = None
        intro = QLabel(
            self.tr(
                "每个责任单位一份：交办清单（封面）加送该单位的全部交办单。"
                "已打印过的交办单作为“补打”打印并记录；另存为 PDF 不计入出单。"
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.list = QListWidget()
        day = QListWidgetItem(self.tr("全天交办单（存档联，{n} 件）").format(n=cases_handed_over))
        day.setData(UNIT_ROLE, DAY)
        day.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(day)
        for unit_id, name, count in units:
            item = QListWidgetItem(self.tr("{unit}（{n} 件）").format(unit=name, n=count))
            item.setData(UNIT_ROLE, unit_id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count() > 1:
            self.list.item(1).setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)
        self.list.itemDoubleClicked.connect(self._toggle)
        all_units = QPushButton(self.tr("全选单位"))
        all_units.clicked.connect(lambda: self._check_units(True))
        no_units = QPushButton(self.tr("全不选"))
        no_units.clicked.connect(lambda: self._check_units(False))
        picks = QHBoxLayout()
        picks.addWidget(all_units)
        picks.addWidget(no_units)
        picks.addStretch(1)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(icon("preview"), self.tr("预览"))
        self.print_button = QPushButton(icon("print"), self.tr("打印所选"))
        self.print_button.setProperty("primary", "true")
        self.save_button = QPushButton(icon("save"), self.tr("另存为 PDF…"))
        for button, action in (
            (self.preview_button, BundleAction.PREVIEW),
            (self.print_button, BundleAction.PRINT),
            (self.save_button, BundleAction.SAVE),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, a=action: self._choose(a))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(picks)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def selected(self) -> list[int | None]:
        """Checked bundles: unit ids, None for the day's archive bundle."""
        chosen: list[int | None] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                unit = int(item.data(UNIT_ROLE))
                chosen.append(None if unit == DAY else unit)
        return chosen

    def set_checked(self, unit_ids: Sequence[int | None]) -> None:
        wanted = {DAY if u is None else u for u in unit_ids}
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = int(item.data(UNIT_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _check_units(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(1, self.list.count()):
            self.list.item(row).setCheckState(state)

    def _toggle(self, item: QListWidgetItem) -> None:
        on = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _choose(self, action: BundleAction) -> None:
        if not self.selected():
            current = self.list.currentItem()
            if current is None:
                return
            current.setCheckState(Qt.CheckState.Checked)
        self.action = action
        self.accept()

"""A titled list of check boxes with a filter: pick topics, units or leaders for a room."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QWidget):
    """Checkable items identified by id; the title counts the ticked ones."""

    changed = Signal()

    def __init__(self, title: str, filter_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.title_label = QLabel(title)
        self.title_label.setProperty("role", "heading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_hint or self.tr("筛选…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)

    def set_items(self, items: Sequence[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        """Offer these (id, text) items; tick those in ``checked``."""
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text in items:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.filter_edit.text())
        self._update_title()

    def checked_ids(self) -> frozenset[int]:
        """The ids of the ticked items."""
        return frozenset(
            int(self.list.item(i).data(ID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, ids: Iterable[int]) -> None:
        """Tick exactly these ids."""
        wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        del item
        self._update_title()
        self.changed.emit()

    def _update_title(self) -> None:
        count = len(self.checked_ids())
        self.title_label.setText(
            self.tr("{title}（已选 {count}）").format(title=self._title, count=count)
        )

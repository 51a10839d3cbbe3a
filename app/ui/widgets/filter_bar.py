"""One row of filters over a station's table: 筛选, combos, a search box.

Used by the print station (status, document, room, unit) and the supervision station
(event, unit, colour, status, room, deadline). Each combo is either a fixed list of
string values (the first meaning "any") or a list of ids filled later from the loaded
rows (:meth:`FilterBar.set_items`, first item "all …"). :meth:`FilterBar.values` gives
every combo's value by its key, plus ``text`` from the search box: the keyword
arguments of the station's filter proxy.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget


class FilterBar(QWidget):
    """``changed`` fires on every edit of a combo added with :meth:`add_choice` or
    :meth:`add_items`, and of the search box."""

    changed = Signal()

    def __init__(self, search_hint: str, search_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, QComboBox] = {}  # key -> combo of string values
        self._items: dict[str, QComboBox] = {}  # key -> combo of ids (None: all)
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(search_width)
        self.search.textChanged.connect(self.changed)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(QLabel(QCoreApplication.translate("FilterBar", "筛选")))
        self._row.addWidget(self.search)
        self._row.addStretch(1)

    def add_widget(self, widget: QWidget) -> None:
        """Put ``widget`` after the combos so far (its signals are the caller's)."""
        self._row.insertWidget(self._row.count() - 2, widget)

    def add_choice(self, key: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        """A combo of fixed (text, value) pairs; the value "" means any."""
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        self._choices[key] = combo
        self._add_combo(combo)
        return combo

    def add_items(self, key: str, everything: str, min_chars: int = 0) -> QComboBox:
        """A combo of ids filled by :meth:`set_items`; its first item, ``everything``,
        means any. ``min_chars`` keeps it wide enough for a typical name."""
        combo = QComboBox()
        combo.addItem(everything, None)
        if min_chars:
            combo.setMinimumContentsLength(min_chars)
        self._items[key] = combo
        self._add_combo(combo)
        return combo

    def _add_combo(self, combo: QComboBox) -> None:
        self.add_widget(combo)
        combo.currentIndexChanged.connect(self.changed)

    def set_items(self, key: str, items: Sequence[tuple[int, str]]) -> None:
        """The (id, label) pairs to choose from, keeping the current choice when it is
        still there (``changed`` fires when it is not)."""
        combo = self._items[key]
        current = combo.currentData()
        if [combo.itemData(i) for i in range(1, combo.count())] == [i for i, _ in items]:
            return
        everything = combo.itemText(0)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, label in items:
            combo.addItem(label, item_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.changed.emit()

    def choose(self, key: str, value: str) -> None:
        """Choose ``value`` in a fixed combo (any, if it has no such value)."""
        combo = self._choices[key]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def values(self) -> dict[str, object]:
        """Every combo's value by key (a fixed one's string, "" for any; an id combo's
        id, None for all) and ``text``, the search box's."""
        found: dict[str, object] = {
            key: str(combo.currentData() or "") for key, combo in self._choices.items()
        }
        for key, combo in self._items.items():
            chosen = combo.currentData()
            found[key] = chosen if isinstance(chosen, int) else None
        found["text"] = self.search.text()
        return found

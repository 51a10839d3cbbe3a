"""The batch part of the walk-in form: head-count, topic, summary, demand and wishes."""

from __future__ import annotations

import threading
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.pinyin_keys import normalise_query, searchable_keys
from app.services.registration_rules import COLLECTIVE_HEAD_COUNT, MAX_HEAD_COUNT
from app.services.setup_data import EventSetup
from app.ui.messages import describe_error
from app.ui.widgets.desk_keys import tab_only
from app.ui.widgets.desk_person_row import set_invalid
from app.ui.widgets.desk_words import room_label

FIELDS = ("head_count", "topic_id", "summary", "demand")


@cache
def warm_up_pinyin() -> None:
    """Load pypinyin's dictionaries (≈ 0.2 s) in the background, once: the first topic
    typed as pinyin, or the first walk-in's name keys, then need not wait for them."""
    threading.Thread(
        target=searchable_keys, args=("张三",), name="pinyin-warm-up", daemon=True
    ).start()


class VisitFields(QWidget):
    """``changed`` when anything the room suggestion depends on changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._setting = False
        self.head_count = QSpinBox()
        self.head_count.setRange(1, MAX_HEAD_COUNT)
        self.head_count.setSuffix(self.tr(" 人"))
        # Typed or changed with ↑/↓; the arrow buttons (which the app style draws badly,
        # and NoButtons would blank the text under a style sheet) get no width.
        self.head_count.setStyleSheet(
            "QSpinBox { padding-left: 8px; }"
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        )
        self.head_count.setFixedWidth(80)
        self.collective = QLabel(self.tr("集体访"))
        self.collective.setProperty("role", "warning")
        self.collective.hide()
        self.priority = QLabel()
        self.priority.setProperty("role", "muted")
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.setMaxVisibleItems(16)
        edit = self.topic.lineEdit()
        assert edit is not None
        self.topic_edit = edit
        self.topic_edit.setPlaceholderText(self.tr("类别名称或拼音首字母（如 ld），或按 ↓ 选择"))
        self._topic_names: list[str] = []
        self._topic_keys: list[tuple[str, tuple[str, ...]]] | None = None  # on first use
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("反映的主要问题（Shift+Enter 换行）"))
        self.demand = QPlainTextEdit()
        self.demand.setPlaceholderText(self.tr("来访人的具体诉求"))
        for box in (self.summary, self.demand):
            box.setTabChangesFocus(True)
            box.setFixedHeight(58)
        self.requested_room = QComboBox()
        self.requested_leader = QComboBox()
        tab_only(self.requested_room, self.requested_leader)
        self.errors = {name: _error_label() for name in (*FIELDS, "other")}
        self._lay_out()
        self.head_count.valueChanged.connect(self._head_count_changed)
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self.topic_edit.editingFinished.connect(self._resolve_topic)
        self.topic_edit.textEdited.connect(lambda _t: self.clear_error("topic_id"))
        self.summary.textChanged.connect(lambda: self.clear_error("summary"))
        self.demand.textChanged.connect(lambda: self.clear_error("demand"))
        self.requested_room.currentIndexChanged.connect(self.changed)
        self.requested_leader.currentIndexChanged.connect(self.changed)

    def _lay_out(self) -> None:
        count_line = QHBoxLayout()
        count_line.addWidget(self.head_count)
        count_line.addWidget(self.collective)
        count_line.addWidget(self.priority)
        count_line.addStretch(1)
        wishes = QHBoxLayout()
        wishes.addWidget(self.requested_room, 3)
        wishes.addWidget(QLabel(self.tr("领导")))
        wishes.addWidget(self.requested_leader, 2)
        rows: list[tuple[str, QWidget | QLayout, str | None]] = [
            (self.tr("人数"), count_line, "head_count"),
            (self.tr("反映类别"), self.topic, "topic_id"),
            (self.tr("问题摘要"), self.summary, "summary"),
            (self.tr("诉求"), self.demand, "demand"),
            (self.tr("来访人指定"), wishes, None),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        line = 0
        for caption, field, error in rows:
            label = QLabel(caption)
            align = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            grid.addWidget(label, line, 0, align)
            if isinstance(field, QWidget):
                grid.addWidget(field, line, 1)
            else:
                grid.addLayout(field, line, 1)
            line += 1
            if error is not None:
                grid.addWidget(self.errors[error], line, 1)
                line += 1
        grid.addWidget(self.errors["other"], line, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def set_setup(self, setup: EventSetup) -> None:
        """Fill the topic, room and leader lists from the event (keeping choices)."""
        topic_id = self.topic_id()
        self.topic.blockSignals(True)
        self.topic.clear()
        for topic in setup.topics:
            self.topic.addItem(topic.name, topic.id)
        self._topic_names, self._topic_keys = [t.name for t in setup.topics], None
        warm_up_pinyin()
        completer = QCompleter([t.name for t in setup.topics], self.topic)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topic.setCompleter(completer)
        self.topic.setCurrentIndex(self.topic.findData(topic_id) if topic_id is not None else -1)
        self.topic.blockSignals(False)
        for combo, items in (
            (self.requested_room, [(room_label(r.number, r.name), r.id) for r in setup.rooms]),
            (self.requested_leader, [(leader.name, leader.id) for leader in setup.leaders]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("不指定"), None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def set_people(self, count: int) -> None:
        """The head-count is at least the named people and follows them until edited."""
        self._setting = True
        self.head_count.setMinimum(count)
        if not self._touched:
            self.head_count.setValue(count)
        self._setting = False

    # -- values ------------------------------------------------------------------------

    def topic_id(self) -> int | None:
        """The chosen topic, if the text names one."""
        index = self.topic.findText(self.topic.currentText().strip())
        value = self.topic.itemData(index) if index >= 0 else None
        return int(value) if value is not None else None

    def requested_room_id(self) -> int | None:
        value = self.requested_room.currentData()
        return int(value) if value is not None else None

    def requested_leader_id(self) -> int | None:
        value = self.requested_leader.currentData()
        return int(value) if value is not None else None

    def fields(self) -> list[QWidget]:
        """Inputs in Enter order."""
        return [self.head_count, self.topic, self.summary, self.demand]

    def all_fields(self) -> list[QWidget]:
        """Inputs in Tab order."""
        return [*self.fields(), self.requested_room, self.requested_leader]

    # -- checking ----------------------------------------------------------------------

    def check(self) -> list[QWidget]:
        """Mark missing topic and summary; the fields in error, in order."""
        bad = []
        if self.topic_id() is None:
            reason = "required" if not self.topic.currentText().strip() else "unknown"
            bad.append(self.show_error(InvalidInput("topic_id", reason)))
        if not self.summary.toPlainText().strip():
            bad.append(self.show_error(InvalidInput("summary", "required")))
        return bad

    def show_error(self, error: InvalidInput) -> QWidget:
        """Show a rejection under its field; returns the field to focus."""
        widgets: dict[str, QWidget] = dict(zip(FIELDS, self.fields(), strict=True))
        key = error.field if error.field in widgets else "other"
        self.errors[key].setText(describe_error(error))
        self.errors[key].show()
        widget = widgets.get(key, self.topic)
        if key in ("topic_id", "head_count"):
            set_invalid(widget, True)
        return widget

    def clear_error(self, key: str) -> None:
        self.errors[key].hide()
        if key == "topic_id":
            set_invalid(self.topic, False)
        if key == "head_count":
            set_invalid(self.head_count, False)

    def clear(self) -> None:
        """Empty every field for the next batch."""
        self._touched = False
        self.topic.setCurrentIndex(-1)
        self.topic.setEditText("")
        self.summary.clear()
        self.demand.clear()
        self.requested_room.setCurrentIndex(0)
        self.requested_leader.setCurrentIndex(0)
        for key in self.errors:
            self.clear_error(key)

    def _head_count_changed(self, value: int) -> None:
        if not self._setting:
            self._touched = True
        self.clear_error("head_count")
        self.collective.setVisible(value >= COLLECTIVE_HEAD_COUNT)
        self.changed.emit()

    def _resolve_topic(self) -> None:
        """Typed text that is not a whole name picks the first topic whose name contains
        it or whose pinyin starts with it ("ld" → 劳动和社会保障)."""
        text = self.topic.currentText().strip()
        if text and self.topic.findText(text) < 0:
            query = normalise_query(text)
            if self._topic_keys is None:
                self._topic_keys = [(n, searchable_keys(n)) for n in self._topic_names]
            for index, (name, keys) in enumerate(self._topic_keys):
                if text in name or any(key.startswith(query) for key in keys):
                    self.topic.setCurrentIndex(index)
                    break
        self._topic_changed()

    def _topic_changed(self) -> None:
        if self.topic_id() is not None:
            self.clear_error("topic_id")
        self.changed.emit()


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label

"""Document wording: pick a text on the left, reword it on the right, save or restore.

Overrides go to ``EventSettings.wording`` (key → text); a text equal to the default is
stored as no override, so later changes of the built-in default still reach the event.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Result
from app.services.setup_data import EventInfo
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.setup_wording import WordingRow, WordingTableModel, wording_rows
from app.ui.messages import describe_error
from app.ui.widgets.setup_table_page import TablePage


class WordingPage(QWidget):
    """Rewords the printed documents of one event."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._event: EventInfo | None = None
        self._key = ""
        self.model = WordingTableModel(self)
        self.table = TablePage(self.model, self.tr("筛选用语…"), [])
        self.table.selection_changed.connect(self._pick)
        self.title_label = QLabel(self.tr("请在左侧选择一项用语"))
        self.title_label.setProperty("role", "heading")
        self.editor = QPlainTextEdit()
        self.editor.setEnabled(False)
        self.default_label = QLabel()
        self.default_label.setProperty("role", "muted")
        self.default_label.setWordWrap(True)
        self.save_button = QPushButton(icon("save", "#ffffff"), self.tr("保存用语"))
        self.save_button.setProperty("primary", "true")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(icon("requeue"), self.tr("恢复默认"))
        self.default_button.clicked.connect(self.restore_default)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        for button in (self.save_button, self.default_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        self.default_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.default_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        default_caption = QLabel(self.tr("默认文字："))
        default_caption.setStyleSheet("font-weight: bold;")
        side = QVBoxLayout()
        side.setContentsMargins(8, 0, 0, 0)
        side.addWidget(self.title_label)
        side.addWidget(self.editor, 1)
        side.addWidget(default_caption)
        side.addWidget(self.default_label)
        side.addLayout(buttons)
        side.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)

    def set_event(self, event: EventInfo) -> None:
        """Show the wording of ``event``, keeping the selected key (and the text being
        edited, when the event's wording did not change)."""
        previous, self._event = self._event, event
        if (
            previous is not None
            and previous.id == event.id
            and previous.settings.wording == event.settings.wording
        ):
            return
        self.model.set_rows(wording_rows(event.settings.wording))
        self.table.fit_columns([230, 70])
        keys = [r.key for r in self.model.rows()]
        if self._key in keys:
            self.table.select_row(keys.index(self._key))
        elif keys:
            self.table.select_row(0)

    def _row(self) -> WordingRow | None:
        row = self.table.current_row()
        return None if row is None else self.model.row_at(row)

    def _pick(self) -> None:
        row = self._row()
        enabled = row is not None
        for widget in (self.editor, self.save_button, self.default_button):
            widget.setEnabled(enabled)
        if row is None:
            return
        self._key = row.key
        self.title_label.setText(row.label)
        self.editor.setPlainText(row.text)
        self.default_label.setText(row.default)
        self.status_label.clear()

    def restore_default(self) -> None:
        """Put the built-in text back in the editor (saved with 保存用语)."""
        row = self._row()
        if row is not None:
            self.editor.setPlainText(row.default)

    def save(self) -> None:
        """Store the edited text of the selected key for this event."""
        row, event = self._row(), self._event
        if row is None or event is None:
            return
        text = self.editor.toPlainText().strip()
        wording = dict(event.settings.wording)
        if text and text != row.default:
            wording[row.key] = text
        else:
            wording.pop(row.key, None)
        settings = event.settings.with_changes(wording=wording)
        setup, event_id, version = self._env.services.setup, event.id, event.version
        self.save_button.setEnabled(False)
        self._env.runner.submit(
            lambda: setup.update_settings(event_id, settings, version), self._saved, self._failed
        )

    def _saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.save_button.setEnabled(True)
        self._env.bus.publish(result.changes)  # reloads the page first
        self._set_status(self.tr("已保存。"), "muted")

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._set_status(describe_error(error), "error")

    def _set_status(self, text: str, role: str) -> None:
        self.status_label.setProperty("role", role)
        self.status_label.setText(text)
        self.status_label.style().polish(self.status_label)

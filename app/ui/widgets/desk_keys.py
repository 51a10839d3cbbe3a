"""Keyboard-only forms: Enter moves to the next field, the last Enter confirms."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TAB_ONLY = "tabOnly"


def tab_only(*widgets: QWidget) -> None:
    """Enter skips these fields (Tab still reaches them)."""
    for widget in widgets:
        widget.setProperty(TAB_ONLY, True)


class EnterChain(QObject):
    """Moves focus along ``fields()`` on Enter (Shift+Enter still breaks a line in a text
    box). Enter on the last field emits ``finished``.

    ``fields`` is called at each key press, so rows added later and hidden fields are
    handled: hidden or disabled widgets are skipped, and so are widgets marked with
    :func:`tab_only` (rarely changed; reached with Tab).
    """

    finished = Signal()

    def __init__(self, fields: Callable[[], Sequence[QWidget]], parent: QObject | None = None):
        super().__init__(parent)
        self._fields = fields
        self._watched: set[int] = set()

    def watch(self, *widgets: QWidget) -> None:
        """Handle Enter in these widgets (and an editable combo's line edit)."""
        for widget in widgets:
            targets: list[QWidget] = [widget]
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                targets.append(line)
            for target in targets:
                if id(target) not in self._watched:
                    self._watched.add(id(target))
                    target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER_KEYS:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False  # Shift+Enter (new line), Ctrl+Enter (confirm shortcut)
        if isinstance(watched, QPushButton):
            return False  # a focused button clicks
        combo = watched if isinstance(watched, QComboBox) else watched.parent()
        if isinstance(combo, QComboBox):
            completer = combo.completer()
            popup = completer.popup() if completer is not None else None
            view = combo.view()
            if (view is not None and view.isVisible()) or (popup is not None and popup.isVisible()):
                return False
        if isinstance(watched, QWidget):
            self.advance(watched)
            return True
        return False

    def advance(self, current: QWidget) -> None:
        """Focus the next usable field after ``current``; after the last, emit finished."""
        fields = [f for f in self._fields() if f.isVisibleTo(f.window()) and f.isEnabled()]
        position = _position(fields, current)
        rest = fields[position + 1 :] if position is not None else []
        following = [f for f in rest if not f.property(TAB_ONLY)]
        if not following:
            self.finished.emit()
            return
        target = following[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QPlainTextEdit):
            target.moveCursor(target.textCursor().MoveOperation.End)


def _position(fields: Sequence[QWidget], current: QWidget) -> int | None:
    for index, field in enumerate(fields):
        if field is current or field.isAncestorOf(current):
            return index
    return None

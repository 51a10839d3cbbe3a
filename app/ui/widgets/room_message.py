"""The line above the room's panes that says what just happened (or went wrong)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

KIND_COLOURS = {
    "ok": ("#1b5e20", "#e8f5e9"),
    "warning": ("#8d5b00", "#fff4d6"),
    "error": ("#b71c1c", "#fdecea"),
}


class MessageBar(QLabel):
    """Hidden until there is something to say; ``kind`` is ok, warning or error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, kind: str = "ok") -> None:
        colour, background = KIND_COLOURS.get(kind, KIND_COLOURS["error"])
        self.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; padding: 6px 10px;"
            " border-radius: 4px; font-size: 15px; }"
        )
        self.setProperty("kind", kind)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

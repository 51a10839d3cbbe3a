"""A window-modal yes/no question before a set-up change that takes something away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class ConfirmBox(QMessageBox):
    """Asks ``text``; emits :attr:`confirmed` when the user picks ``action``.

    The action button is the default, so Delete then Enter removes, Esc keeps.
    """

    confirmed = Signal()

    def __init__(
        self, title: str, text: str, action: str, detail: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setStyleSheet(  # wide enough that a unit's full name stays on one line
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 400px; }"
        )
        self.setWindowTitle(title)
        self.setText(text)
        if detail:
            self.setInformativeText(detail)
        self.confirm_button: QPushButton = self.addButton(
            action, QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button: QPushButton = self.addButton(
            self.tr("取消"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.confirm_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.confirm_button:
            self.confirmed.emit()

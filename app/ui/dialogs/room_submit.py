"""A dialog that sends its answer to a service and stays open to show why it was refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.ui.messages import describe_error

Done = Callable[[object], None]
Failed = Callable[[BaseException], None]
Submitter = Callable[[object, Done, Failed], None]


class SubmitDialog(QDialog):
    """Subclasses build ``self.body`` and implement :meth:`value`.

    On OK the value goes to the ``submitter`` (which runs the service call off the GUI
    thread); the dialog closes when the call succeeds and otherwise shows the error under
    the form, marking the field it names.
    """

    def __init__(self, title: str, submitter: Submitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._submitter = submitter
        self.fields: dict[str, QWidget] = {}
        self.result_value: object = None
        self.body = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("SubmitDialog", "确定"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("SubmitDialog", "取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def value(self) -> object:
        """The answer to submit; raise InvalidInput for what is wrong before sending."""
        raise NotImplementedError

    def submit(self) -> None:
        """Check the form, then send it; the dialog closes once the service agreed."""
        if not self.ok_button.isEnabled():
            return
        self.show_error(None)
        try:
            value = self.value()
        except InvalidInput as error:
            self.show_error(error)
            return
        self.ok_button.setEnabled(False)
        self._submitter(value, self._done, self._failed)

    def _done(self, result: object) -> None:
        self.result_value = result
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(error)

    def show_error(self, error: BaseException | None) -> None:
        """Show an error under the form and mark its field; None clears."""
        for widget in self.fields.values():
            if widget.property("invalid") == "true":
                _mark(widget, False)
        if error is None:
            self.error_label.hide()
            return
        self.error_label.setText(describe_error(error))
        self.error_label.show()
        if isinstance(error, InvalidInput):
            marked = self.fields.get(error.field.split(".")[0])
            if marked is not None:
                _mark(marked, True)
                marked.setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)

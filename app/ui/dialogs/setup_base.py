"""The frame of every set-up dialog: a form, an error line under each field, 保存/取消.

A dialog builds its service call in :meth:`SetupDialog.build`; saving runs it through the
runner, publishes the changes and closes. A rejected value (``InvalidInput``) is shown
under its field, and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.services.changes import Result
from app.ui.env import UiEnv
from app.ui.messages import describe_error, reason_text

INVALID_STYLE = """
QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"], QDateEdit[invalid="true"],
QListWidget[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #c62828; }
QSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button { width: 18px; }
"""
"""Red marks for inputs the app style does not cover, and spin box arrows that show."""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input red (style property ``invalid``) or clear the mark."""
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SetupDialog(QDialog):
    """Base of the add/edit dialogs; subclasses add fields and implement :meth:`build`."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setProperty("primary", "true")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Add the error line and the buttons below whatever the subclass put in."""
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)

    def add_field(self, field: str, label: str, widget: QWidget) -> None:
        """A form row for the service field ``field`` with its own error line below."""
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        holder = QWidget()
        holder.setLayout(column)
        self.form.addRow(label, holder)
        self.register_field(field, widget, error)

    def register_field(self, field: str, widget: QWidget, error: QLabel) -> None:
        """Route errors on ``field`` to ``error`` and mark ``widget`` (custom layouts)."""
        self._fields[field] = (widget, error)

    def build(self) -> Callable[[], Result[Any]]:
        """The service call to run on 保存; may raise InvalidInput for local checks."""
        raise NotImplementedError

    def save(self) -> None:
        """Validate, run the call off the GUI thread, close on success."""
        self.clear_errors()
        try:
            call = self.build()
        except InvalidInput as error:
            self.show_error(error)
            return
        self.ok_button.setEnabled(False)
        self.env.runner.submit(call, self._saved, self._failed)

    def _saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.ok_button.setEnabled(True)
        self.result_value = result.value
        self.accept()
        self.env.bus.publish(result.changes)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(error)

    def clear_errors(self) -> None:
        """Remove every error mark and message."""
        for widget, label in self._fields.values():
            set_invalid(widget, False)
            label.hide()
        self.error_label.hide()

    def show_error(self, error: BaseException) -> None:
        """Under the field it concerns, or at the bottom when it concerns no field."""
        if isinstance(error, InvalidInput) and error.field in self._fields:
            widget, label = self._fields[error.field]
            label.setText(reason_text(error.reason, error.details))
            label.show()
            set_invalid(widget, True)
            widget.setFocus()
            return
        self.error_label.setText(describe_error(error))
        self.error_label.show()

"""The form the login and first-administrator dialogs share: user name, (name,) password
(and the password again), a message line and the OK/Cancel buttons.

The dialog checks what was typed when OK is pressed (:attr:`AccountForm.submitted`) and
hands the account call to :meth:`AccountForm.submit`, which runs it off the GUI thread
with the OK button disabled; the account arrives through ``accepted``, a refusal is
worded on the message line and then signalled through ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.user_data import LoginFailed, UserInfo
from app.ui.messages import describe_error
from app.ui.tasks import TaskRunner
from app.ui.user_words import login_failure_text


def _password_edit(parent: QWidget, hint: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(hint)
    return edit


class AccountForm(QWidget):
    """``display_name`` and ``again`` are on the form only when asked for (a name hint,
    ``confirm``); the OK button is :attr:`ok_button`."""

    submitted = Signal()  # OK (or Enter) pressed
    cancelled = Signal()
    accepted = Signal(object)  # the UserInfo the call returned
    failed = Signal(object)  # the error, once worded on the message line

    def __init__(
        self,
        runner: TaskRunner,
        ok_text: str,
        *,
        username: str = "",
        username_hint: str = "",
        name_hint: str | None = None,
        password_hint: str = "",
        confirm: bool = False,
        cancel_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.username = QLineEdit(username, self)
        self.username.setPlaceholderText(username_hint)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(name_hint or "")
        self.password = _password_edit(self, password_hint)
        self.again = _password_edit(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, edit, wanted in (
            (self.tr("用户名"), self.username, True),
            (self.tr("姓名"), self.display_name, name_hint is not None),
            (self.tr("密码"), self.password, True),
            (self.tr("再输一次"), self.again, confirm),
        ):
            if wanted:
                form.addRow(label, edit)
            else:
                edit.hide()
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        if cancel_text:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self, call: Callable[[], UserInfo], busy_text: str = "") -> None:
        """Run ``call`` off the GUI thread; ``busy_text`` shows meanwhile."""
        self.ok_button.setEnabled(False)
        self.message.setText(busy_text)
        self._runner.submit(call, self._done, self._failed)

    def _done(self, user: object) -> None:
        assert isinstance(user, UserInfo)
        self.ok_button.setEnabled(True)
        self.message.clear()
        self.accepted.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        text = login_failure_text(error) if isinstance(error, LoginFailed) else None
        self.message.setText(text or describe_error(error))
        self.failed.emit(error)

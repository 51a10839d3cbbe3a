"""登录: who works at this workstation. A wrong password says so (never whether the user
name exists); repeated wrong passwords lock the account for a while."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.user_data import LoginFailed, UserInfo
from app.services.users import UserService
from app.ui.messages import describe_error
from app.ui.tasks import TaskRunner
from app.ui.user_words import login_failure_text


class LoginDialog(QDialog):
    """User name and password; ``user`` holds the account once accepted."""

    def __init__(
        self,
        users: UserService,
        runner: TaskRunner,
        station_text: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._users, self._runner = users, runner
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("接访日 — 登录"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("请登录"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        if station_text:
            station = QLabel(self.tr("工作站：{station}").format(station=station_text))
            station.setProperty("role", "muted")
            layout.addWidget(station)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = QLineEdit(username)
        self.username.setPlaceholderText(self.tr("如 desk1"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _try(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        self.login_button.setEnabled(False)
        self.message.setText(self.tr("正在验证……"))
        self._runner.submit(
            lambda: self._users.authenticate(name, password).value, self._done, self._failed
        )

    def _done(self, user: object) -> None:
        assert isinstance(user, UserInfo)
        self.user = user
        self.login_button.setEnabled(True)
        self.message.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        if isinstance(error, LoginFailed):
            self.message.setText(login_failure_text(error))
        else:
            self.message.setText(describe_error(error))
        self.password.clear()
        self.password.setFocus()

"""登录: who works at this workstation. A wrong password says so (never whether the user
name exists); repeated wrong passwords lock the account for a while."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.services.user_data import UserInfo
from app.services.users import UserService
from app.ui.tasks import TaskRunner
from app.ui.widgets.account_form import AccountForm


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
        self._users = users
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
        self.form = AccountForm(
            runner,
            self.tr("登录"),
            username=username,
            username_hint=self.tr("如 desk1"),
            cancel_text=self.tr("退出"),
        )
        layout.addWidget(self.form)
        self.username, self.password = self.form.username, self.form.password
        self.message, self.login_button = self.form.message, self.form.ok_button
        self.form.submitted.connect(self._try)
        self.form.cancelled.connect(self.reject)
        self.form.accepted.connect(self._done)
        self.form.failed.connect(self._failed)
        (self.password if username else self.username).setFocus()

    def _try(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        users = self._users
        self.form.submit(lambda: users.authenticate(name, password).value, self.tr("正在验证……"))

    def _done(self, user: UserInfo) -> None:
        self.user = user
        self.accept()

    def _failed(self, _error: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()

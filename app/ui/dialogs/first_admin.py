"""First run on a database without accounts: create the administrator (who then adds
the other users with ``reception-day user add`` or the set-up station)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.services.passwords import MIN_PASSWORD_LENGTH
from app.services.user_data import UserInfo
from app.services.users import UserService
from app.ui.tasks import TaskRunner
from app.ui.widgets.account_form import AccountForm


class FirstAdminDialog(QDialog):
    """User name, name and password (twice) of the first administrator."""

    def __init__(
        self, users: UserService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users = users
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("接访日 — 创建管理员"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "这个数据库还没有用户。请创建管理员账号；"
                "其他岗位的账号由管理员添加（reception-day user add）。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = AccountForm(
            runner,
            self.tr("创建并登录"),
            username="admin",
            name_hint=self.tr("如 信访局管理员"),
            password_hint=self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD_LENGTH),
            confirm=True,
        )
        layout.addWidget(self.form)
        self.username, self.password = self.form.username, self.form.password
        self.display_name, self.again = self.form.display_name, self.form.again
        self.message, self.create_button = self.form.message, self.form.ok_button
        self.form.submitted.connect(self._create)
        self.form.cancelled.connect(self.reject)
        self.form.accepted.connect(self._done)
        self.display_name.setFocus()

    def _create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        users, name = self._users, self.username.text()
        display, password = self.display_name.text(), self.password.text()
        self.form.submit(lambda: users.create_first_admin(name, display, password).value)

    def _done(self, user: UserInfo) -> None:
        self.user = user
        self.accept()

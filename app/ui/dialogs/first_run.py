"""First run on a workstation: which database, which station role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL

from app.domain.roles import WORKSTATIONS
from app.paths import default_database_url

ROLES = ("admin", *(w for w in WORKSTATIONS if w != "admin"))  # all stations offered first


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """A PostgreSQL URL from the form's fields (the password is kept in the URL)."""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    ).render_as_string(hide_password=False)


def check_connection(url: str) -> str:
    """'' when the server answers, else the reason it does not."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return ""
    except Exception as error:  # shown to the user as the reason
        return str(error).splitlines()[0]
    finally:
        engine.dispose()


class FirstRunDialog(QDialog):
    """Choose this PC's SQLite file or a PostgreSQL server, and the station role.

    The server form's words are ``reception-day setup-server``'s (app.join_words): its
    step 6 prints the values for these fields under the same labels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("接访日 — 首次设置"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("请选择本工作站使用的数据库和岗位。\n以后可在命令行用 --db 和 --station 更改。")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        db_box = QGroupBox(self.tr("数据库"))
        db_layout = QVBoxLayout(db_box)
        self.local = QRadioButton(self.tr("本机（单台电脑，SQLite）"))
        self.server = QRadioButton(self.tr("PostgreSQL 服务器（多台电脑共用）"))
        self.local.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        db_layout.addWidget(self.local)
        db_layout.addWidget(QLabel(default_database_url().removeprefix("sqlite:///")))
        db_layout.addWidget(self.server)
        hint = QLabel(self.tr("填写 reception-day setup-server 第 6 步列出的五项。"))
        hint.setProperty("role", "muted")
        db_layout.addWidget(hint)
        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        self.host = QLineEdit("127.0.0.1")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("reception_day")
        self.user = QLineEdit("reception_day")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("主机"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库名"), self.database)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("密码"), self.password)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        db_layout.addWidget(self.server_form)
        layout.addWidget(db_box)

        role_box = QGroupBox(self.tr("岗位"))
        role_form = QFormLayout(role_box)
        self.role = QComboBox()
        names = {
            "admin": self.tr("管理（全部岗位）"),
            "desk": self.tr("登记台"),
            "room": self.tr("接待室"),
            "print": self.tr("打印台"),
            "display": self.tr("叫号屏"),
            "supervisor": self.tr("督办"),
            "ledger": self.tr("台账"),
            "statistics": self.tr("统计"),
        }
        for role in ROLES:
            self.role.addItem(names[role], role)
        self.room_number = QSpinBox()
        self.room_number.setRange(1, 99)
        role_form.addRow(self.tr("本工作站"), self.role)
        role_form.addRow(self.tr("接待室编号"), self.room_number)
        layout.addWidget(role_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.server.toggled.connect(self._sync)
        self.role.currentIndexChanged.connect(self._sync)
        self.test_button.clicked.connect(self._test)
        self._sync()

    def _sync(self) -> None:
        self.server_form.setEnabled(self.server.isChecked())
        self.room_number.setEnabled(self.role.currentData() == "room")

    def database_url(self) -> str:
        """The chosen database."""
        if self.local.isChecked():
            return default_database_url()
        return postgres_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def station(self) -> str:
        """The chosen role, ``room:N`` for a reception room."""
        role = str(self.role.currentData())
        return f"room:{self.room_number.value()}" if role == "room" else role

    def _test(self) -> None:
        reason = check_connection(self.database_url())
        if reason:
            self.test_result.setText(self.tr("连接失败：{reason}").format(reason=reason))
            self.test_result.setProperty("role", "error")
        else:
            self.test_result.setText(self.tr("连接成功"))
            self.test_result.setProperty("role", "")
        self.test_result.style().polish(self.test_result)
        self.test_result.setAlignment(Qt.AlignmentFlag.AlignLeft)

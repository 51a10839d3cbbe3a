"""Logging in, the role's stations, locking after idle time with the work kept, and
switching user — driven by signals, never by sleeping."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.domain.roles import Role
from app.services.errors import PermissionDenied
from app.services.passwords import MAX_FAILED_ATTEMPTS
from app.ui.dialogs.first_admin import FirstAdminDialog
from app.ui.dialogs.login import LoginDialog
from app.ui.env import UiEnv
from app.ui.main_window import MainWindow, stations_for
from app.ui.messages import describe_error
from app.ui.session import Session, SessionEnd
from app.ui.tasks import ImmediateRunner
from app.ui.widgets.lock_screen import Cover
from tests.ui.conftest import USER_PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHORT = 0.0005  # minutes: 30 ms, so the real idle timer fires within the test


def login(qtbot: QtBot, services: Services, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(services.users, ImmediateRunner(), "desk")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.login_button.click()
    return dialog


def test_good_password_logs_in_and_a_bad_one_says_so(
    qtbot: QtBot, services: Services, act_as: Callable[[Role], UiEnv]
) -> None:
    act_as(Role.REGISTRAR)  # creates registrar1
    bad = login(qtbot, services, "registrar1", "not the password")
    assert bad.result() != QDialog.DialogCode.Accepted
    assert bad.user is None
    assert bad.message.text() == "用户名或密码不对。"
    assert bad.password.text() == ""  # cleared for the next try
    good = login(qtbot, services, "Registrar1", USER_PASSWORD)
    assert good.result() == QDialog.DialogCode.Accepted
    assert good.user is not None
    assert (good.user.username, good.user.role) == ("registrar1", Role.REGISTRAR)


def test_repeated_wrong_passwords_lock_the_account(
    qtbot: QtBot, services: Services, act_as: Callable[[Role], UiEnv]
) -> None:
    act_as(Role.CLERK)
    dialog = login(qtbot, services, "clerk1", "guess one")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        dialog.password.setText("guess again")
        dialog.login_button.click()
    assert "已锁定到" in dialog.message.text()
    dialog.password.setText(USER_PASSWORD)
    dialog.login_button.click()
    assert dialog.user is None
    assert "已锁定到" in dialog.message.text()


def test_the_first_run_creates_the_admin(qtbot: QtBot, services: Services) -> None:
    dialog = FirstAdminDialog(services.users, ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.display_name.setText("信访局管理员")
    dialog.password.setText("first-admin-1")
    dialog.again.setText("first-admin-2")
    dialog.create_button.click()
    assert dialog.message.text() == "两次输入的密码不一致。"
    dialog.again.setText("first-admin-1")
    dialog.create_button.click()
    assert dialog.user is not None
    assert (dialog.user.username, dialog.user.role) == ("admin", Role.ADMIN)


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        (Role.REGISTRAR, ("desk",)),
        (Role.LEADER, ("room",)),
        (Role.CLERK, ("print",)),
        (Role.SUPERVISOR, ("supervision", "ledger", "statistics")),
        (Role.DISPLAY, ("display",)),
    ],
)
def test_each_role_sees_its_own_stations(role: Role, tabs: tuple[str, ...]) -> None:
    assert stations_for("admin", role.value) == tabs
    assert stations_for("desk", Role.ADMIN.value) == ("desk",)  # an admin at a desk PC


def test_a_refused_call_reads_as_a_sentence() -> None:
    error = PermissionDenied("print_documents", "registrar", "desk1")
    assert describe_error(error) == "当前账号（登记员）无权打印交办单和回执。"


@pytest.fixture
def desk_window(qtbot: QtBot, act_as: Callable[[Role], UiEnv]) -> MainWindow:
    env = act_as(Role.REGISTRAR)
    window = MainWindow(env, "admin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def session_on(window: MainWindow, minutes: float = 5) -> Session:
    env = window.env
    return Session(window, env.services.users, env.runner, env.services.ctx.actor, minutes)


def test_a_registrar_gets_the_desk_only(desk_window: MainWindow) -> None:
    assert list(desk_window.stations) == ["desk"]


def test_idle_time_locks_and_the_same_password_unlocks_with_the_work_kept(
    qtbot: QtBot, desk_window: MainWindow
) -> None:
    desk = desk_window.stations["desk"]
    row = desk.form.rows[0]  # type: ignore[attr-defined]
    row.name.setText("李秀英")  # half-typed walk-in
    side = QDialog(desk_window)  # a dialog left open with something typed
    typed = QLineEdit("未写完的意见", side)
    side.open()
    session = session_on(desk_window, SHORT)
    with qtbot.waitSignal(session.locked, timeout=5000) as locked:
        pass  # the idle timer fires by itself
    assert locked.args == [True]
    screen = session.lock_screen
    assert screen is not None
    assert screen.isVisible()
    covered = {cover.parentWidget() for cover in desk_window.findChildren(Cover)}
    covered |= {cover.parentWidget() for cover in side.findChildren(Cover)}
    assert covered == {desk_window, side}
    screen.reject()  # Escape stays locked
    assert session.is_locked
    screen.password.setText("someone else's")
    screen.unlock_button.click()
    assert screen.message.text() == "用户名或密码不对。"
    assert session.is_locked
    with qtbot.waitSignal(session.locked) as unlocked:
        screen.password.setText(USER_PASSWORD)
        screen.unlock_button.click()
    assert unlocked.args == [False]
    assert not session.is_locked
    qtbot.waitUntil(lambda: not desk_window.findChildren(Cover) and not side.findChildren(Cover))
    assert row.name.text() == "李秀英"
    assert side.isVisible()
    assert typed.text() == "未写完的意见"
    assert session.idle.timer.isActive()  # counting again


def test_the_lock_button_and_switching_user_from_the_lock_screen(
    qtbot: QtBot, desk_window: MainWindow
) -> None:
    session = session_on(desk_window)
    assert session.idle.timer.interval() == 5 * 60_000  # the default five minutes
    side = QDialog(desk_window)
    side.open()
    session.lock_button.click()
    assert session.is_locked
    assert not session.idle.timer.isActive()
    screen = session.lock_screen
    assert screen is not None
    with qtbot.waitSignal(session.ended) as ended:
        screen.switch_button.click()
    assert ended.args == [SessionEnd.SWITCH_USER.value]
    assert not desk_window.isVisible()
    assert not side.isVisible()
    assert session.lock_screen is None


def test_log_out_closes_the_window(qtbot: QtBot, desk_window: MainWindow) -> None:
    session = session_on(desk_window)
    with qtbot.waitSignal(session.ended) as ended:
        session.logout_button.click()
    assert ended.args == [SessionEnd.LOG_OUT.value]
    assert not desk_window.isVisible()
    session.lock()  # a finished session never locks
    assert not session.is_locked


def test_sign_in_asks_for_the_admin_then_for_a_login_and_never_at_the_display(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.ui import sign_in as module

    def first_admin(dialog: FirstAdminDialog) -> int:
        dialog.display_name.setText("管理员")
        dialog.password.setText("admin-pass-1")
        dialog.again.setText("admin-pass-1")
        dialog.create_button.click()
        return dialog.result()

    def log_in(dialog: LoginDialog) -> int:
        dialog.username.setText("admin")
        dialog.password.setText("admin-pass-1")
        dialog.login_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", first_admin)
    monkeypatch.setattr(LoginDialog, "exec", log_in)
    db, runner = services.ctx.db, ImmediateRunner()
    display = module.sign_in(db, "display", runner)
    assert display is not None
    assert display.role is Role.DISPLAY
    created = module.sign_in(db, "desk", runner)  # no users yet: the first admin
    assert created is not None
    assert (created.username, created.role, created.station) == ("admin", Role.ADMIN, "desk")
    again = module.sign_in(db, "room:2", runner)  # now a login
    assert again is not None
    assert (again.user_id, again.station) == (created.user_id, "room:2")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert module.lock_minutes(settings) == 5
    settings.setValue(module.LOCK_MINUTES_KEY, "0.5")
    assert module.lock_minutes(settings) == 0.5
    settings.setValue(module.LOCK_MINUTES_KEY, "soon")
    assert module.lock_minutes(settings) == 5


def test_the_app_logs_in_switches_user_and_logs_out(
    qtbot: QtBot,
    services: Services,
    act_as: Callable[[Role], UiEnv],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui import application

    act_as(Role.REGISTRAR)
    act_as(Role.SUPERVISOR)
    url = str(services.ctx.db.write_engine.url)
    logins = ["registrar1", "supervisor1"]
    seen: list[tuple[str, ...]] = []

    def end_session() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        session = window.findChild(Session)
        assert session is not None
        seen.append(tuple(window.stations))
        session.finish(SessionEnd.SWITCH_USER if logins else SessionEnd.LOG_OUT)

    def log_in(dialog: LoginDialog) -> int:
        dialog.username.setText(logins.pop(0))
        dialog.password.setText(USER_PASSWORD)
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.user is not None)  # verified off the GUI thread
        QTimer.singleShot(0, end_session)  # once the window runs
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    options = application.StartOptions(url=url, station="admin", remember=False)
    assert application.run_gui(options) == 0
    assert seen == [("desk",), ("supervision", "ledger", "statistics")]

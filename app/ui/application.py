"""Starting the Qt application: settings, database, services, window, live feed."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import build_services, open_database
from app.clock import Clock, SystemClock
from app.db import Database
from app.domain.errors import ReceptionDayError
from app.services.context import Actor
from app.ui.change_bus import ChangeBus
from app.ui.env import UiEnv
from app.ui.i18n import install_translators
from app.ui.live_feed import LiveFeed
from app.ui.main_window import MainWindow
from app.ui.messages import describe_error
from app.ui.session import SessionEnd
from app.ui.sign_in import attach_session, lock_minutes, sign_in
from app.ui.style import apply_style
from app.ui.tasks import TaskRunner, ThreadRunner

ORGANISATION = "ReceptionDay"


@dataclass(frozen=True)
class StartOptions:
    """What the command line says; None means: the workstation's saved choice."""

    url: str | None = None
    station: str | None = None
    lang: str = "zh"
    remember: bool = True
    clock: Clock | None = None


def workstation_settings() -> QSettings:
    """Per-workstation choices (database, station, printers, zoom…)."""
    return QSettings(ORGANISATION, ORGANISATION)


def choose_start(options: StartOptions, settings: QSettings) -> tuple[str, str] | None:
    """The database URL and station: command line, else saved, else the first-run dialog."""
    url = options.url or _text(settings.value("db/url"))
    station = options.station or _text(settings.value("station/role"))
    if url and station:
        return url, station
    from app.ui.dialogs.first_run import FirstRunDialog  # only on a first run

    dialog = FirstRunDialog()
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    url, station = options.url or dialog.database_url(), options.station or dialog.station()
    if options.remember:
        settings.setValue("db/url", url)
        settings.setValue("station/role", station)
    return url, station


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def build_window(
    db: Database,
    station: str,
    runner: TaskRunner,
    bus: ChangeBus,
    clock: Clock | None = None,
    actor: Actor | None = None,
) -> MainWindow:
    """The window for a station over an opened database, for ``actor`` (the logged-in
    user; None: the system itself, as screenshots and the self-test use it)."""
    role, _, argument = station.partition(":")
    services = build_services(db, clock or SystemClock(), actor or Actor(station, station))
    events = services.setup.list_events()
    if not events:
        raise ReceptionDayError("no_event")
    event = events[0]
    room_id = ""
    if role == "room" and argument:
        setup = services.setup.event_setup(event.id)
        room_id = next((str(r.id) for r in setup.rooms if str(r.number) == argument), "")
    env = UiEnv(services, runner, bus, event.id, station)
    title = f"{event.name} · {db.info().display}"
    return MainWindow(env, role, room_id, title)


def _tell_no_event() -> None:
    QMessageBox.information(
        None,
        QCoreApplication.translate("Application", "接访日"),
        QCoreApplication.translate(
            "Application",
            "数据库中还没有接访活动。请先用 reception-day demo 建立演示活动，或在管理端创建。",
        ),
    )


def _tell_plaintext_backup(path: str) -> None:
    """The upgrade sealed the personal data: the backup made before it has them plain."""
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Application", "升级前的备份含未加密的个人信息"),
        QCoreApplication.translate(
            "Application",
            "数据库已升级，身份证号、电话和住址现已加密保存。\n\n"
            "升级前自动备份的文件仍含未加密的身份证号、电话和住址（此前的备份也是）：\n%1\n\n"
            "确认升级后的数据无误后，请将其移至离线介质保管或删除。",
        ).replace("%1", path),
    )


def _show_error(window: MainWindow, error: BaseException) -> None:
    window.statusBar().showMessage(describe_error(error), 8000)


def run_gui(options: StartOptions) -> int:
    """Run the app until its window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(ORGANISATION)
    translators = install_translators(app, options.lang)
    apply_style(app)
    chosen = choose_start(options, workstation_settings())
    if chosen is None:
        return 1
    url, station = chosen
    try:
        db, opened = open_database(url)
    except Exception as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "无法打开数据库"), describe_error(error)
        )
        return 2
    if opened.plaintext_backup is not None:
        _tell_plaintext_backup(str(opened.plaintext_backup))
    runner, bus = ThreadRunner(), ChangeBus()
    status = 1
    while (actor := sign_in(db, station, runner, options.clock)) is not None:
        try:
            window = build_window(db, station, runner, bus, options.clock, actor)
        except ReceptionDayError:
            _tell_no_event()
            break
        session = attach_session(window, runner, lock_minutes(workstation_settings()))
        feed = LiveFeed(db, bus)
        feed.online_changed.connect(window.set_connection_state)
        show_error = partial(_show_error, window)
        runner.error.connect(show_error)
        window.show()
        status = app.exec()
        feed.stop()
        runner.error.disconnect(show_error)
        if session is None or session.end is not SessionEnd.SWITCH_USER:
            break
    runner.wait_for_done()
    db.dispose()
    del translators
    return int(status)

"""Who works at this workstation: the first administrator on a database without users,
the login dialog otherwise; the hall display needs no login."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog

from app.bootstrap import build_services
from app.clock import Clock, SystemClock
from app.db import Database
from app.domain.roles import Role
from app.services.context import Actor
from app.ui.dialogs.first_admin import FirstAdminDialog
from app.ui.dialogs.login import LoginDialog
from app.ui.idle import DEFAULT_LOCK_MINUTES
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.ui.tasks import TaskRunner

LOCK_MINUTES_KEY = "security/lock_minutes"


def display_actor(station: str) -> Actor:
    """The hall display: no account, sees only masked hall data."""
    return Actor(QCoreApplication.translate("Application", "叫号屏"), station, Role.DISPLAY)


def sign_in(
    db: Database, station: str, runner: TaskRunner, clock: Clock | None = None
) -> Actor | None:
    """The acting user for ``station``, or None when the dialog was cancelled."""
    if station.partition(":")[0] == "display":
        return display_actor(station)
    # Before anyone logs in, calls are made with the least privileged role.
    users = build_services(db, clock or SystemClock(), display_actor(station)).users
    dialog: FirstAdminDialog | LoginDialog
    if users.has_users():
        dialog = LoginDialog(users, runner, station)
    else:
        dialog = FirstAdminDialog(users, runner)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return None
    return dialog.user.actor(station)


def lock_minutes(settings: QSettings) -> float:
    """Idle minutes before the station locks (workstation setting, default 5; 0 = never)."""
    value = settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
    try:
        return max(0.0, float(str(value)))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


def attach_session(window: MainWindow, runner: TaskRunner, minutes: float) -> Session | None:
    """The logged-in user's session on ``window`` (None for the display: nothing to lock)."""
    actor = window.env.services.ctx.actor
    if actor.role is Role.DISPLAY or not actor.username:
        return None
    return Session(window, window.env.services.users, runner, actor, minutes)

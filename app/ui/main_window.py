"""The window: the stations of this workstation's role in tabs, and the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.ui.env import UiEnv
from app.ui.icons import icon


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class StationSpec:
    """One station the window can show."""

    key: str
    title: Callable[[], str]
    icon_name: str
    factory: Callable[[UiEnv, str], QWidget]  # (env, argument e.g. room number)


def _lazy(module: str, name: str) -> Callable[[UiEnv, str], QWidget]:
    """A station factory that imports ``app.ui.stations.<module>`` when first called."""

    def build(env: UiEnv, argument: str) -> QWidget:
        station = getattr(importlib.import_module(f"app.ui.stations.{module}"), name)
        return cast(QWidget, station(env))

    return build


def _room(env: UiEnv, argument: str) -> QWidget:
    from app.ui.stations.room import RoomStation

    return RoomStation(env, int(argument) if argument else None)


def station_specs() -> dict[str, StationSpec]:
    """Every station. The window is the only place that knows them; each station's
    module is imported when a window shows it (a desk does not load the charts, the
    ledger or the set-up screens)."""
    return {
        "desk": StationSpec("desk", lambda: _t("登记台"), "desk", _lazy("desk", "DeskStation")),
        "room": StationSpec("room", lambda: _t("接待室"), "room", _room),
        "print": StationSpec(
            "print", lambda: _t("打印台"), "print", _lazy("print_station", "PrintStation")
        ),
        "display": StationSpec(
            "display", lambda: _t("叫号屏"), "display", _lazy("display", "DisplayStation")
        ),
        "admin": StationSpec("admin", lambda: _t("管理"), "setup", _lazy("setup", "SetupStation")),
        "supervision": StationSpec(
            "supervision",
            lambda: _t("督办"),
            "supervision",
            _lazy("supervision", "SupervisionStation"),
        ),
        "statistics": StationSpec(
            "statistics", lambda: _t("统计"), "statistics", _lazy("statistics", "StatisticsStation")
        ),
        "ledger": StationSpec(
            "ledger", lambda: _t("台账"), "ledger", _lazy("ledger", "LedgerStation")
        ),
    }


ROLE_STATIONS = {
    "admin": ("desk", "room", "print", "display", "supervision", "ledger", "statistics", "admin"),
    "desk": ("desk",),
    "room": ("room",),
    "print": ("print",),
    "display": ("display",),
    "statistics": ("statistics",),
    "supervisor": ("supervision", "ledger", "statistics"),
    "supervision": ("supervision",),
    "ledger": ("ledger",),
    # the logged-in user's role (app.domain.roles.Role values)
    "registrar": ("desk",),
    "leader": ("room",),
    "clerk": ("print",),
}


def stations_for(workstation: str, role: str) -> tuple[str, ...]:
    """The tabs for a user's ``role`` at a ``workstation`` (``desk``, ``admin``…): the
    role's stations, narrowed to the workstation's when the two overlap."""
    mine = ROLE_STATIONS.get(role, ())
    here = ROLE_STATIONS.get(workstation, ROLE_STATIONS["admin"])
    return tuple(k for k in here if k in mine) or mine


def workstation_text(station: str, specs: dict[str, StationSpec]) -> str:
    """``room:3`` → 接待室 3, ``supervisor`` → 督办: the workstation in the user's words."""
    kind, _, number = station.partition(":")
    names = {key: spec.title() for key, spec in specs.items()}
    names["supervisor"] = names["supervision"]
    text = names.get(kind, kind)
    return f"{text} {number}" if number else text


class MainWindow(QMainWindow):
    """Tabs of stations plus a status bar with database, station and connection."""

    def __init__(self, env: UiEnv, role: str, argument: str = "", db_text: str = "") -> None:
        super().__init__()
        self.env = env
        self.setWindowTitle(_t("接访日 — {event}").format(event=db_text or ""))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        specs = station_specs()
        self.stations: dict[str, QWidget] = {}
        for key in stations_for(role, env.services.ctx.actor.role.value):
            spec = specs[key]
            widget = spec.factory(env, argument)
            self.stations[key] = widget
            self.tabs.addTab(widget, icon(spec.icon_name), spec.title())
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(db_text)
        self.station_label = QLabel(
            _t("工作站：{station}").format(station=workstation_text(env.station, specs))
        )
        self.connection_label = QLabel(_t("已连接"))
        self.connection_label.setObjectName("connection")
        for label in (self.db_label, self.station_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.connection_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.resize(1280, 800)
        desk = self.stations.get("desk")
        if desk is not None:
            self._connect_ticket_printer(desk)

    def _connect_ticket_printer(self, desk: QWidget) -> None:
        """Confirmed registrations print their queue ticket silently on the desk printer."""
        from app.ui.printing.controller import PrintController
        from app.ui.printing.printer import QtPrinterBackend
        from app.ui.printing.settings import PrintSettings

        self.ticket_printer = PrintController(self.env, QtPrinterBackend(), PrintSettings(), self)

        def print_ticket(visit_id: int) -> None:
            if not self.ticket_printer.print_ticket(visit_id):
                self.statusBar().showMessage(
                    _t("没有可用的排队号打印机：请在打印台“打印设置”中选择，或在打印台补打。"),
                    10000,
                )

        desk.ticket_requested.connect(print_ticket)  # type: ignore[attr-defined]

    def set_connection_state(self, online: bool, detail: str = "") -> None:
        """Status bar: connected, or "offline — retrying" while the server is gone."""
        if online:
            self.connection_label.setText(_t("已连接"))
            self.connection_label.setStyleSheet("color: #2e7d32;")
        else:
            self.connection_label.setText(_t("离线 — 正在重试 {detail}").format(detail=detail))
            self.connection_label.setStyleSheet("color: #c62828; font-weight: bold;")

"""The stations together: two windows on one database, live feed between them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.db import Database
from app.ui.application import build_window
from app.ui.change_bus import ChangeBus
from app.ui.live_feed import LiveFeed
from app.ui.style import apply_style
from app.ui.tasks import ImmediateRunner
from tests.services.scenario import Day
from tests.ui.test_desk import fill_walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "settings"))
    yield
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    QSettings.setPath(fmt, scope, QStandardPaths.writableLocation(location))


def test_two_windows_on_one_database_stay_in_step(
    qapp: QApplication, qtbot: QtBot, services: Services, day: Day, tmp_path: Path
) -> None:
    apply_style(qapp)
    url = str(services.ctx.db.url)
    here, there = Database(url), Database(url)
    bus_here, bus_there = ChangeBus(), ChangeBus()
    feed = LiveFeed(there, bus_there)
    desk_window = build_window(here, "admin", ImmediateRunner(), bus_here, services.ctx.clock)
    hall_window = build_window(there, "admin", ImmediateRunner(), bus_there, services.ctx.clock)
    for window in (desk_window, hall_window):
        qtbot.addWidget(window)
        window.show()
    try:
        desk = desk_window.stations["desk"]
        qtbot.waitExposed(desk_window)
        desk_window.activateWindow()
        fill_walk_in(desk, qtbot)  # type: ignore[arg-type]
        desk.form.visit.demand.setFocus()  # type: ignore[attr-defined]
        with qtbot.waitSignal(desk.ticket_requested):  # type: ignore[attr-defined]
            qtbot.keyClick(
                desk.form.visit.demand,
                Qt.Key.Key_Return,  # type: ignore[attr-defined]
                Qt.KeyboardModifier.ControlModifier,
            )
        # the other window's hall display and room learn of it through the live feed
        display = hall_window.stations["display"]

        def display_shows_ticket() -> bool:
            tile = display.board.tile(1)  # type: ignore[attr-defined]
            return tile is not None and "001" in tile.wait.next_tickets

        qtbot.waitUntil(display_shows_ticket, timeout=3000)
        room = hall_window.stations["room"]
        qtbot.waitUntil(
            lambda: any(r.entry.ticket_text == "001" for r in room.panel.model.rows()),  # type: ignore[attr-defined]
            timeout=3000,
        )
        # a hand-over decided in the room reaches the first window's print queue
        entry = services.queue.call_next(day.room_land).value
        assert entry is not None
        card = services.reception.case_card(entry.visit_id)
        from app.domain.types import Urgency
        from app.services.reception_data import HandOver

        result = services.reception.decide(
            card.cases[0].case_id,
            card.cases[0].version,
            HandOver(day.land_bureau, Urgency.GREEN, "请牵头办理"),
        )
        bus_here.publish(result.changes)
        printer = desk_window.stations["print"]
        qtbot.waitUntil(lambda: len(printer.model.rows()) == 3, timeout=3000)  # type: ignore[attr-defined]
    finally:
        feed.stop()
        for window in (desk_window, hall_window):
            window.close()
        here.dispose()
        there.dispose()

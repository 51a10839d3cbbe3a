"""After ``key replace-lost`` the stations carry on: the room's case card, the desk's
search results and batch show 〔无法解密〕 (in English: [cannot decrypt]) where a value
sealed with the lost key was, and offer no 显示完整号码… for it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.clock import ManualClock
from app.db import Database
from app.domain.masking import UNREADABLE
from app.migrations import upgrade_to_head
from app.security.key_loss import replace_lost
from app.security.key_store import KeyFile
from app.security.keys import FieldKeys
from app.ui.change_bus import ChangeBus
from app.ui.env import UiEnv
from app.ui.i18n import install_translators
from app.ui.item_models.search_results import SearchResultsModel
from app.ui.stations.desk import DeskStation
from app.ui.stations.room import RoomStation
from app.ui.style import apply_style
from app.ui.tasks import ImmediateRunner
from app.ui.words import sealed_text
from tests.db_fixtures import sqlite_url
from tests.services.scenario import Day, build_day, person, visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def lost_env(qapp: QApplication, tmp_path: Path, clock: ManualClock) -> Iterator[tuple[UiEnv, Day]]:
    """张三丰 registered under key v1; every copy of v1 lost; v2 made by replace-lost."""
    apply_style(qapp)
    store = KeyFile(tmp_path / "keys.json")  # not the tests' shared key file
    db = Database(sqlite_url(tmp_path), field_keys=FieldKeys(store))
    upgrade_to_head(db.write_engine)
    services = build_services(db, clock)
    day = build_day(services)
    someone = dataclasses.replace(person(1, "张三丰"), address="城关镇东门街道幸福路12号")
    services.registration.register_walk_in(visit(day, someone))
    store.path.unlink()
    replace_lost(db)
    try:
        yield UiEnv(services, ImmediateRunner(), ChangeBus(), day.event_id, "admin"), day
    finally:
        db.dispose()


def test_the_room_card_shows_unreadable_values_and_no_reveal_link(
    lost_env: tuple[UiEnv, Day], qtbot: QtBot
) -> None:
    env, day = lost_env
    station = RoomStation(env, day.room_land)
    qtbot.addWidget(station)
    station.panel.serving_actions["call_next"].trigger()
    body = station.card_view.widget()
    assert body is not None
    shown = "\n".join(label.text() for label in body.findChildren(QLabel))
    assert "张三丰" in shown
    assert shown.count("〔无法解密〕") == 3  # ID number, phone, address
    assert "显示完整号码" not in shown


def test_the_desk_lists_and_shows_the_person_with_unreadable_values(
    lost_env: tuple[UiEnv, Day], qtbot: QtBot
) -> None:
    env, _day = lost_env
    desk = DeskStation(env)
    qtbot.addWidget(desk)
    desk.search.box.setText("张三丰")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    model = desk.search.model
    for column in (SearchResultsModel.ID, SearchResultsModel.PHONE):
        text = model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
        assert text == "〔无法解密〕"
    hit = desk.search.current_hit()
    assert hit is not None
    desk.batch.show_hit(hit)
    items = [desk.batch.members.item(i).text() for i in range(desk.batch.members.count())]
    assert any("〔无法解密〕" in text for text in items)


def test_the_marker_is_translated(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_translators(qapp, "en")
    assert installed
    try:
        assert sealed_text(f"张三丰 {UNREADABLE}") == "张三丰 [cannot decrypt]"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("Words", "〔无法解密〕") == "〔无法解密〕"

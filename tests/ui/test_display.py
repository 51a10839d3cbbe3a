"""Hall display: serving and next tickets, new calls flash and are announced."""

from __future__ import annotations

import types
from datetime import timedelta
from enum import Enum

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.clock import ManualClock
from app.services.queue_data import RoomWait
from app.ui.env import UiEnv
from app.ui.speech import Announcer, SpeechState, announcement_text, load_speech_module
from app.ui.stations.display import DisplayStation
from app.ui.widgets.display_board import grid_shape
from app.ui.widgets.display_text import tile_text, wait_band_label
from tests.services.scenario import Day, person, visit


def _station(qtbot: QtBot, ui_env: UiEnv, announcer: Announcer | None = None) -> DisplayStation:
    station = DisplayStation(ui_env, announcer)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    return station


def _walk_in(services: Services, day: Day, seq: int, name: str) -> None:
    services.registration.register_walk_in(visit(day, person(seq, name), topic=day.land))


def _call_next(ui_env: UiEnv, room_id: int) -> None:
    result = ui_env.services.queue.call_next(room_id)
    ui_env.bus.publish(result.changes)


# -- pure text -------------------------------------------------------------------------


def test_announcement_text() -> None:
    assert announcement_text("087", 3) == "请 087 号到 3 号接待室"
    assert announcement_text("1203", 15) == "请 1203 号到 15 号接待室"


def test_wait_band_labels() -> None:
    assert wait_band_label(0) == "约10分钟以内"
    assert wait_band_label(14.5) == "约10–20分钟"
    assert wait_band_label(45) == "约30–60分钟"
    assert wait_band_label(75) == "约1小时以上"
    assert wait_band_label(500) == "约1小时以上"


def test_tile_text_of_a_closed_and_an_idle_room() -> None:
    closed = RoomWait(1, 4, "综合接待室", False, "", (), (), 0, 0, 0.0, None)
    text = tile_text(closed)
    assert text.caption == "暂停接待"
    assert text.serving == ""
    assert text.band == ""
    idle = RoomWait(2, 5, "劳动接待室", True, "", ("012",), ("王*明",), 1, 2, 12.0, None)
    text = tile_text(idle)
    assert text.serving == "—"
    assert text.next_lines == (("012", "王*明"),)
    assert text.counts == "等候 1 批 2 人"
    assert text.band == "约10–20分钟"


def test_grid_fits_fifteen_rooms_five_by_three() -> None:
    assert grid_shape(15, 1900, 940) == (5, 3)
    assert grid_shape(15, 1260, 620) == (5, 3)
    assert grid_shape(3, 1260, 620) == (3, 1)
    assert grid_shape(0, 1260, 620) == (1, 1)


# -- the station -----------------------------------------------------------------------


def test_shows_serving_and_next_tickets_after_call_next(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    tile = station.board.tile(1)
    assert tile is not None
    assert tile.wait.serving_ticket == ""
    for seq, name in enumerate(("王小明", "李大伟", "张三丰"), start=1):
        _walk_in(services, day, seq, name)
    _call_next(ui_env, day.room_land)

    tile = station.board.tile(1)
    assert tile is not None
    assert tile.wait.serving_ticket == "001"
    assert tile.text.serving == "001"
    assert tile.text.next_lines == (("002", "李*伟"), ("003", "张*丰"))
    assert tile.text.counts == "等候 2 批 2 人"
    assert "001" in tile.accessibleDescription()
    assert "李大伟" not in tile.accessibleDescription()  # only masked names on a public screen
    assert len(station.board.tiles()) == 3


def test_called_fires_on_a_new_call_only(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day, clock: ManualClock
) -> None:
    _walk_in(services, day, 1, "王小明")
    _walk_in(services, day, 2, "李大伟")
    _call_next(ui_env, day.room_land)
    station = _station(qtbot, ui_env)  # 001 was already called: no announcement
    tile = station.board.tile(1)
    assert tile is not None
    assert not tile.flashing

    serving = services.queue.room_queue(day.room_land).serving
    assert serving is not None
    with qtbot.assertNotEmitted(station.called):  # sitting down is not a new call
        ui_env.bus.publish(services.queue.start_reception(serving.visit_id).changes)

    clock.advance(timedelta(minutes=5))
    ui_env.bus.publish(services.queue.hold(serving.visit_id).changes)
    with qtbot.waitSignal(station.called, timeout=1000) as blocker:
        _call_next(ui_env, day.room_land)
    assert blocker.args == [1, "002"]
    assert tile.flashing
    assert station.board.call_label.text() == "请 002 号到 1 号接待室"


def test_reloads_only_for_changes_that_concern_it(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    _walk_in(services, day, 1, "王小明")  # not published: the board cannot know yet
    tile = station.board.tile(1)
    assert tile is not None
    assert tile.wait.batches_waiting == 0
    _call_next(ui_env, day.room_land)
    assert tile.wait.serving_ticket == "001"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_full_screen_with_f11_and_back_with_escape(qtbot: QtBot, ui_env: UiEnv) -> None:
    station = _station(qtbot, ui_env)
    station.show()
    qtbot.keyClick(station.board, Qt.Key.Key_F11)
    assert station.is_full_screen
    assert station.board.isWindow()
    qtbot.keyClick(station.board, Qt.Key.Key_Escape)
    assert not station.is_full_screen
    assert not station.board.isWindow()
    assert station.board.parent() is station


# -- speech ----------------------------------------------------------------------------


def test_speech_degrades_without_qttexttospeech(qtbot: QtBot, ui_env: UiEnv) -> None:
    announcer = Announcer(loader=lambda: None)
    assert announcer.state is SpeechState.NOT_INSTALLED
    assert not announcer.available
    assert announcer.announce("087", 3) == "请 087 号到 3 号接待室"  # no crash, no sound
    station = _station(qtbot, ui_env, announcer)
    assert not station.speech_box.isEnabled()
    assert "不可用" in station.speech_label.text()


@pytest.mark.skipif(load_speech_module() is not None, reason="QtTextToSpeech is installed here")
def test_this_machine_has_no_qttexttospeech(qtbot: QtBot) -> None:
    del qtbot
    assert Announcer().state is SpeechState.NOT_INSTALLED


class _FakeEngine(QObject):
    """Stands in for QTextToSpeech: records what it was asked to say."""

    class State(Enum):
        Ready = 0
        Speaking = 1
        Error = 3

    stateChanged = Signal(object)  # noqa: N815 - Qt's name
    engines: tuple[str, ...] = ("fake",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.said: list[str] = []
        self.locale: QLocale | None = None

    @classmethod
    def availableEngines(cls) -> list[str]:  # noqa: N802 - Qt's name
        return list(cls.engines)

    def state(self) -> _FakeEngine.State:
        return self.State.Ready

    def availableLocales(self) -> list[QLocale]:  # noqa: N802 - Qt's name
        return [
            QLocale(QLocale.Language.English),
            QLocale(QLocale.Language.Chinese, QLocale.Country.China),
        ]

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802 - Qt's name
        self.locale = locale

    def enqueue(self, text: str) -> None:
        self.said.append(text)


def _fake_module() -> types.ModuleType:
    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = _FakeEngine  # type: ignore[attr-defined]
    return module


def test_speaks_calls_in_chinese_where_an_engine_exists(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    announcer = Announcer(loader=_fake_module)
    assert announcer.available
    assert "已开启" in announcer.status_text()
    station = _station(qtbot, ui_env, announcer)
    assert station.speech_box.isEnabled()
    assert station.speech_box.isChecked()
    _walk_in(services, day, 1, "王小明")
    _call_next(ui_env, day.room_land)
    engine = announcer._engine
    assert isinstance(engine, _FakeEngine)
    assert engine.said == ["请 001 号到 1 号接待室"]
    assert engine.locale is not None
    assert engine.locale.language() == QLocale.Language.Chinese
    station.speech_box.setChecked(False)
    assert "已关闭" in station.speech_label.text()


def test_no_engine_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_FakeEngine, "engines", ())
    announcer = Announcer(loader=_fake_module)
    assert announcer.state is SpeechState.NO_ENGINE
    assert "语音引擎" in announcer.status_text()

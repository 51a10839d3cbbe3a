"""Set-up station: rooms through the dialog, settings with inline validation, the tables."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.domain.types import Urgency
from app.services.setup_data import UnitInfo
from app.ui.dialogs.setup_room import RoomDialog
from app.ui.env import UiEnv
from app.ui.item_models.setup_leaders import LeaderTableModel, leader_rows
from app.ui.item_models.setup_rooms import RoomTableModel, room_rows
from app.ui.item_models.setup_table import filter_proxy
from app.ui.item_models.setup_topics import TopicTableModel, topic_rows
from app.ui.item_models.setup_units import UnitTableModel
from app.ui.item_models.setup_wording import WordingTableModel, wording_rows
from app.ui.stations.setup import SetupStation
from tests.services.scenario import Day

# Dialogs are top-level windows; the offscreen platform warns about their size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _station(qtbot: QtBot, ui_env: UiEnv) -> SetupStation:
    station = SetupStation(ui_env)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    return station


def _visible_error(widget: QWidget) -> bool:
    return not widget.isHidden()


def test_add_a_room_through_the_dialog(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    assert station.room_model.rowCount() == 3
    station.add_room_button.click()
    dialog = station.dialog
    assert isinstance(dialog, RoomDialog)
    assert dialog.number_edit.value() == 4  # the first free number
    dialog.name_edit.setText("信访综合接待室")
    qtbot.keyClicks(dialog.location_edit, "B201")
    dialog.topics.set_checked({day.other})
    dialog.units.set_checked({day.court, day.town})
    dialog.leaders.set_checked({day.leader})
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == RoomDialog.DialogCode.Accepted
    room = next(r for r in services.setup.event_setup(day.event_id).rooms if r.number == 4)
    assert room.name == "信访综合接待室"
    assert room.location == "B201"
    assert room.topic_ids == {day.other}
    assert room.unit_ids == {day.court, day.town}
    assert room.leader_ids == {day.leader}
    assert station.room_model.rowCount() == 4  # the table reloaded from the bus
    assert station.room_model.row_at(3).leaders == "测试领导"


def test_room_dialog_shows_a_refused_value_under_its_field(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    dialog = station.open_room_dialog()
    assert dialog is not None
    dialog.number_edit.setValue(2)  # taken
    dialog.name_edit.setText("重复编号的接待室")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.number_edit.property("invalid") == "true"
    _, label = dialog._fields["number"]
    assert _visible_error(label)
    assert label.text() == "已存在"
    assert len(services.setup.event_setup(day.event_id).rooms) == 3


def test_edit_a_room_and_close_it(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    station.rooms.select_row(1)
    station.edit_room_button.click()
    dialog = station.dialog
    assert isinstance(dialog, RoomDialog)
    dialog.name_edit.setText("劳动和社会保障接待室")
    dialog.save()
    assert services.setup.event_setup(day.event_id).room(day.room_labour).name == (
        "劳动和社会保障接待室"
    )
    station.rooms.select_row(1)
    assert station.open_room_button.text() == "暂停接待"
    station.open_room_button.click()
    assert not services.setup.event_setup(day.event_id).room(day.room_labour).is_open
    station.rooms.select_row(1)
    assert station.open_room_button.text() == "恢复接待"


def test_invalid_urgency_shows_the_reason_and_saves_nothing(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.settings_page
    before = services.setup.event_setup(day.event_id).event.settings
    page.urgency_edits[Urgency.RED].setValue(2)  # below yellow (3)
    page.phone_edit.setText("0571-84123456")
    page.save_button.click()
    assert _visible_error(page.urgency_error)
    assert "绿色 ≤ 黄色 ≤ 红色" in page.urgency_error.text()
    assert page.urgency_edits[Urgency.RED].property("invalid") == "true"
    assert services.setup.event_setup(day.event_id).event.settings == before


def test_settings_are_saved(qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day) -> None:
    station = _station(qtbot, ui_env)
    page = station.settings_page
    page.urgency_edits[Urgency.RED].setValue(10)
    page.calendar_radio.setChecked(True)
    page.due_soon_edit.setValue(2)
    page.phone_edit.setText("0571-84123456")
    page.holidays.add_date(date(2026, 12, 31))
    page.make_up_days.add_date(date(2026, 12, 27))
    page.save_button.click()
    settings = services.setup.event_setup(day.event_id).event.settings
    assert settings.urgency_days[Urgency.RED] == 10
    assert not settings.use_working_days
    assert settings.due_soon_days == 2
    assert settings.supervision_phone == "0571-84123456"
    assert settings.holidays == {date(2026, 12, 31)}
    assert settings.make_up_days == {date(2026, 12, 27)}
    assert page.status_label.text() == "已保存。"


def test_unsaved_settings_survive_a_reload_for_another_change(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.settings_page
    page.urgency_edits[Urgency.RED].setValue(12)
    ui_env.bus.publish(services.setup.set_room_open(day.room_general, False).changes)
    assert page.urgency_edits[Urgency.RED].value() == 12
    ui_env.bus.publish(
        services.setup.update_settings(
            day.event_id,
            services.setup.event_setup(day.event_id).event.settings.with_changes(
                wording={"slip_title": "交办通知单"}
            ),
        ).changes
    )
    assert page.urgency_edits[Urgency.RED].value() == 12
    page.save_button.click()
    settings = services.setup.event_setup(day.event_id).event.settings
    assert settings.urgency_days[Urgency.RED] == 12
    assert settings.wording == {"slip_title": "交办通知单"}  # the other page's change is kept


def test_a_day_cannot_be_holiday_and_working_day(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.settings_page
    page.holidays.add_date(date(2026, 12, 31))
    page.make_up_days.add_date(date(2026, 12, 31))
    page.save_button.click()
    assert _visible_error(page.days_error)
    assert services.setup.event_setup(day.event_id).event.settings.holidays == frozenset()


def test_wording_override_and_restore(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.wording_page
    keys = [r.key for r in page.model.rows()]
    page.table.select_row(keys.index("slip_title"))
    page.editor.setPlainText("信访事项交办通知单")
    page.save_button.click()
    wording = services.setup.event_setup(day.event_id).event.settings.wording
    assert wording == {"slip_title": "信访事项交办通知单"}
    assert page.status_label.text() == "已保存。"
    page.default_button.click()
    page.save_button.click()
    assert services.setup.event_setup(day.event_id).event.settings.wording == {}


def test_directory_dialogs_add_topic_unit_leader_and_rule(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    topic = station.open_topic_dialog()
    qtbot.keyClicks(topic.code_edit, "housing")
    topic.name_edit.setText("城乡建设与住房")
    qtbot.keyClicks(topic.class_edit, "02")
    topic.save()
    assert not topic.isVisible()
    unit = station.open_unit_dialog()
    unit.name_edit.setText("县住房和城乡建设局")
    unit.short_edit.setText("住建局")
    unit.save()
    leader = station.open_leader_dialog()
    leader.name_edit.setText("李明")
    leader.title_edit.setText("副县长")
    leader.save()
    setup = services.setup.event_setup(day.event_id)
    housing = next(t for t in setup.topics if t.code == "housing")
    assert housing.national_class_code == "02"
    assert any(u.short_name == "住建局" for u in setup.units)
    assert any(x.name == "李明" for x in setup.leaders)

    rows = [r.topic.id for r in station.topics.model.rows()]
    station.topics.select_row(rows.index(day.land))
    rule = station.open_rule_dialog()
    assert rule is not None
    assert rule.topic_combo.currentData() == day.land
    offered = [rule.unit_combo.itemData(i) for i in range(rule.unit_combo.count())]
    assert day.land_bureau not in offered  # already suggested for land
    assert rule.rank_edit.value() == 2
    rule.unit_combo.setCurrentIndex(offered.index(day.court))
    rule.save()
    suggested = [u.id for u in services.setup.suggested_units(day.land)]
    assert suggested == [day.land_bureau, day.town, day.court]
    assert "法院" in station.topics.model.row_at(rows.index(day.land)).suggested_text


def test_topic_dialog_reports_a_duplicate_code(qtbot: QtBot, ui_env: UiEnv) -> None:
    station = _station(qtbot, ui_env)
    dialog = station.open_topic_dialog()
    qtbot.keyClicks(dialog.code_edit, "land")
    dialog.name_edit.setText("土地")
    dialog.save()
    _, label = dialog._fields["code"]
    assert label.text() == "已存在"
    assert dialog.isVisible()


def test_new_event_switches_the_station(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    dialog = station.open_event_dialog()
    dialog.name_edit.setText("2027年春季县领导公开接访日")
    dialog.save()
    events = services.setup.list_events()
    new = next(e for e in events if e.name == "2027年春季县领导公开接访日")
    assert station.snapshot is not None
    assert station.snapshot.setup.event.id == new.id
    assert station.room_model.rowCount() == 0
    assert station.event_combo.count() == 2


def test_filter_narrows_the_rooms(qtbot: QtBot, ui_env: UiEnv) -> None:
    station = _station(qtbot, ui_env)
    station.rooms.filter_edit.setText("法院")
    assert station.rooms.proxy.rowCount() == 1
    assert station.rooms.count_label.text() == "显示 1 / 3 项"


# -- item models -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["rooms", "topics", "units", "leaders", "wording"])
def test_item_models_pass_the_model_tester(
    qtmodeltester: ModelTester, services: Services, day: Day, kind: str
) -> None:
    setup = services.setup.event_setup(day.event_id)
    model: QAbstractItemModel
    if kind == "rooms":
        rooms = RoomTableModel()
        rooms.set_rows(room_rows(setup))
        model = rooms
    elif kind == "topics":
        topics = TopicTableModel()
        rules: dict[int, tuple[UnitInfo, ...]] = {
            t.id: services.setup.suggested_units(t.id) for t in setup.topics
        }
        topics.set_rows(topic_rows(setup.topics, rules))
        model = topics
    elif kind == "units":
        units = UnitTableModel()
        units.set_rows(setup.units)
        model = units
    elif kind == "leaders":
        leaders = LeaderTableModel()
        leaders.set_rows(leader_rows(setup))
        model = leaders
    else:
        wording = WordingTableModel()
        wording.set_rows(wording_rows({"slip_title": "交办通知单"}))
        model = wording
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    proxy = filter_proxy(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)

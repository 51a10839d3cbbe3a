"""Set-up station: the event's facts and settings with inline validation, rooms, the
directory (topics, units with retire/restore, leaders), suggestion rules, the tables."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.domain.types import Urgency
from app.services.setup_data import EventDraft, UnitInfo
from app.ui.dialogs.setup_confirm import ConfirmBox
from app.ui.dialogs.setup_leader import LeaderDialog
from app.ui.dialogs.setup_room import RoomDialog
from app.ui.dialogs.setup_rule import RuleDialog
from app.ui.dialogs.setup_topic import TopicDialog
from app.ui.dialogs.setup_unit import UnitDialog
from app.ui.env import UiEnv
from app.ui.item_models.setup_leaders import LeaderTableModel, leader_rows
from app.ui.item_models.setup_rooms import RoomTableModel, room_rows
from app.ui.item_models.setup_rules import RuleTableModel, rule_rows
from app.ui.item_models.setup_table import filter_proxy
from app.ui.item_models.setup_topics import TopicTableModel, topic_rows
from app.ui.item_models.setup_units import UnitTableModel, unit_rows
from app.ui.item_models.setup_wording import WordingTableModel, wording_rows
from app.ui.stations.setup import SetupStation
from app.ui.widgets.setup_checklist import ID_ROLE
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


@pytest.mark.parametrize("kind", ["rooms", "topics", "units", "leaders", "rules", "wording"])
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
        units.set_rows(unit_rows(setup))
        model = units
    elif kind == "leaders":
        leaders = LeaderTableModel()
        leaders.set_rows(leader_rows(setup))
        model = leaders
    elif kind == "rules":
        by_id = {u.id: u for u in setup.units}
        rules_model = RuleTableModel()
        rules_model.set_rows(
            rule_rows(services.setup.topic_unit_rules(), setup.topics, by_id, set(by_id))
        )
        model = rules_model
    else:
        wording = WordingTableModel()
        wording.set_rows(wording_rows({"slip_title": "交办通知单"}))
        model = wording
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    proxy = filter_proxy(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


# -- the event's basic facts ---------------------------------------------------------------


def test_edit_the_event_basics_in_place(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    basics = station.event_page.basics
    settings_before = services.setup.list_events()[0].settings
    assert not basics.save_button.isEnabled()  # nothing changed yet
    basics.name_edit.setText("2026年冬季县领导公开接访日")
    basics.venue_edit.setText("县实验中学")
    basics.organisation_edit.setText("县信访工作联席会议办公室")
    basics.date_edit.setDate(QDate(2026, 11, 30))
    basics.prefix_edit.clear()
    qtbot.keyClicks(basics.prefix_edit, "qj")
    assert basics.prefix_edit.text() == "QJ"  # capitals as typed
    assert basics.save_button.isEnabled()
    qtbot.keyClick(basics.name_edit, Qt.Key.Key_Return)  # Enter saves

    (event,) = services.setup.list_events()
    assert event.name == "2026年冬季县领导公开接访日"
    assert event.event_date == date(2026, 11, 30)
    assert event.venue == "县实验中学"
    assert event.organisation_name == "县信访工作联席会议办公室"
    assert event.case_number_prefix == "QJ"
    assert event.settings == settings_before
    assert basics.status_label.text() == "已保存。"
    assert not basics.save_button.isEnabled()
    assert "2026年冬季县领导公开接访日" in station.event_combo.currentText()
    basics.date_edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClick(basics.date_edit, Qt.Key.Key_Return)  # Enter in the date saves too
    assert services.setup.list_events()[0].event_date == date(2026, 12, 1)


def test_invalid_prefix_shows_the_reason_and_saves_nothing(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    basics = station.event_page.basics
    before = services.setup.list_events()
    basics.prefix_edit.clear()
    qtbot.keyClicks(basics.prefix_edit, "j1")  # checked as it is typed
    error = basics.errors["case_number_prefix"]
    assert _visible_error(error)
    assert error.text() == "应为 1–4 个英文字母，如 JF"
    assert basics.prefix_edit.property("invalid") == "true"
    basics.name_edit.setText("   ")
    basics.save_button.click()
    assert _visible_error(error)
    assert _visible_error(basics.errors["name"])
    assert basics.errors["name"].text() == "不能为空"
    assert services.setup.list_events() == before
    basics.prefix_edit.setText("JF")
    basics._prefix_edited("JF")
    assert not _visible_error(error)
    basics.revert_button.click()
    assert basics.name_edit.text() == "测试接访日"
    assert not _visible_error(basics.errors["name"])


def test_unsaved_basics_survive_a_reload_for_another_change(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    basics = station.event_page.basics
    basics.venue_edit.setText("县第二中学")
    ui_env.bus.publish(services.setup.set_room_open(day.room_general, False).changes)
    assert basics.venue_edit.text() == "县第二中学"
    assert basics.is_modified()
    # another station renames the event meanwhile: the stored facts win, and it says so
    event = services.setup.list_events()[0]
    draft = EventDraft("改名的接访日", event.event_date, event.venue, "", "JF")
    ui_env.bus.publish(services.setup.update_event(day.event_id, draft).changes, remote=True)
    assert basics.name_edit.text() == "改名的接访日"
    assert basics.venue_edit.text() == "县第一中学"
    assert "其他工作站" in basics.status_label.text()


# -- editing the directory ---------------------------------------------------------------


def test_enter_on_a_topic_edits_it(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    rows = [r.topic.id for r in station.directory.topic_model.rows()]
    station.topics.select_row(rows.index(day.labour))
    qtbot.keyClick(station.topics.view, Qt.Key.Key_Return)
    dialog = station.dialog
    assert isinstance(dialog, TopicDialog)
    assert dialog.windowTitle() == "编辑反映类别"
    assert dialog.code_edit.text() == "labour"
    dialog.code_edit.setText("land")  # taken by another topic
    dialog.save()
    _, label = dialog._fields["code"]
    assert label.text() == "已存在"
    dialog.code_edit.setText("labour")
    dialog.name_edit.setText("劳动保障与工资")
    dialog.minutes_edit.setValue(12)
    dialog.legal_box.setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    topic = services.setup.event_setup(day.event_id).topic(day.labour)
    assert (topic.name, topic.default_service_minutes, topic.is_legal_related) == (
        "劳动保障与工资",
        12,
        True,
    )
    assert station.directory.topic_model.row_at(rows.index(day.labour)).topic.name == (
        "劳动保障与工资"
    )
    assert station.topics.current_row() == rows.index(day.labour)  # still selected


def test_edit_a_unit_and_a_leader(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    units = [r.unit.id for r in station.directory.unit_model.rows()]
    station.units.select_row(units.index(day.town))
    station.directory.edit_unit_button.click()
    dialog = station.dialog
    assert isinstance(dialog, UnitDialog)
    assert dialog.kind_combo.currentData() == "township"
    dialog.name_edit.setText("县人民法院")  # another unit's name
    dialog.save()
    assert dialog._fields["name"][1].text() == "已存在"
    dialog.name_edit.setText("城关街道办事处")
    dialog.short_edit.setText("城关街道")
    qtbot.keyClicks(dialog.phone_edit, "0579-84100001")
    dialog.save()
    unit = services.setup.event_setup(day.event_id).unit(day.town)
    assert (unit.name, unit.short_name, unit.kind, unit.contact_phone) == (
        "城关街道办事处",
        "城关街道",
        "township",
        "0579-84100001",
    )
    assert "城关街道" in station.room_model.row_at(0).units  # the room table reloaded too

    station.tabs.setCurrentWidget(station.leaders)
    station.show()
    qtbot.waitExposed(station)
    station.leaders.select_row(0)
    view = station.leaders.view
    rect = view.visualRect(station.leaders.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    leader_dialog = station.dialog
    assert isinstance(leader_dialog, LeaderDialog)
    assert leader_dialog.name_edit.text() == "测试领导"
    leader_dialog.title_edit.setText("县委副书记、县长")
    leader_dialog.save()
    leader = services.setup.event_setup(day.event_id).leaders[0]
    assert (leader.name, leader.title) == ("测试领导", "县委副书记、县长")
    assert station.directory.leader_model.row_at(0).leader.title == "县委副书记、县长"


def test_retire_a_unit_and_restore_it(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    directory = station.directory
    units = [r.unit.id for r in directory.unit_model.rows()]
    station.units.select_row(units.index(day.town))
    assert directory.retire_unit_button.text() == "停用"
    box = directory.toggle_unit_active()
    assert isinstance(box, ConfirmBox)
    assert "城关镇人民政府" in box.text()
    assert "1 号" in box.informativeText()  # it sits in room 1
    box.cancel_button.click()
    assert day.town in {u.id for u in services.setup.event_setup(day.event_id).units}

    directory.retire_unit_button.click()
    confirm = station.dialog
    assert isinstance(confirm, ConfirmBox)
    confirm.confirm_button.click()
    assert day.town not in {u.id for u in services.setup.event_setup(day.event_id).units}
    row = directory.unit_model.rows()[-1]  # retired units go last, greyed
    assert (row.unit.id, row.active) == (day.town, False)
    assert directory.unit_model.data(directory.unit_model.index(len(units) - 1, 3)) == "已停用"
    assert station.units.current_row() == len(units) - 1  # still selected
    assert directory.retire_unit_button.text() == "恢复启用"
    rules = {(r.topic.id, r.unit.id): r for r in station.rules_page.model.rows()}
    assert not rules[(day.land, day.town)].unit_active  # its rule is flagged
    room_dialog = station.open_room_dialog()
    assert room_dialog is not None
    items = room_dialog.units.list
    assert day.town not in {items.item(i).data(ID_ROLE) for i in range(items.count())}
    room_dialog.reject()

    directory.retire_unit_button.click()  # 恢复启用: no question asked
    assert day.town in {u.id for u in services.setup.event_setup(day.event_id).units}
    assert directory.retire_unit_button.text() == "停用"


def test_a_unit_retired_at_another_station_stays_listed(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    ui_env.bus.publish(services.setup.set_unit_active(day.court, False).changes, remote=True)
    rows = {r.unit.id: r for r in station.directory.unit_model.rows()}
    assert not rows[day.court].active
    assert len(rows) == 4


# -- suggestion rules --------------------------------------------------------------------


def test_rules_are_listed_and_delete_removes_one_after_asking(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.rules_page
    listed = [(r.topic.id, r.unit.id, r.rank) for r in page.model.rows()]
    assert listed == [
        (day.land, day.land_bureau, 0),
        (day.land, day.town, 1),
        (day.labour, day.hrss, 0),
    ]
    assert page.model.data(page.model.index(1, 1)) == "2"  # rank 1 is shown as place 2
    assert not page.remove_button.isEnabled()
    page.table.select_row(1)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Delete)
    box = station.dialog
    assert isinstance(box, ConfirmBox)
    assert "城关镇人民政府" in box.text()
    assert "土地征收与拆迁" in box.text()
    box.cancel_button.click()  # Esc / 取消 keeps it
    assert len(services.setup.topic_unit_rules()) == 3

    qtbot.keyClick(page.table.view, Qt.Key.Key_Delete)
    box = station.dialog
    assert isinstance(box, ConfirmBox)
    box.confirm_button.click()
    assert services.setup.topic_unit_rules() == (
        (day.land, day.land_bureau, 0),
        (day.labour, day.hrss, 0),
    )
    assert page.model.rowCount() == 2
    topics = [r.topic.id for r in station.directory.topic_model.rows()]
    land_row = station.directory.topic_model.row_at(topics.index(day.land))
    assert land_row.suggested_text == "自然资源局"


def test_rule_added_elsewhere_meanwhile_is_reported_under_the_unit(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    station = _station(qtbot, ui_env)
    page = station.rules_page
    page.table.select_row(2)  # labour → 人社局
    page.add_button.click()
    dialog = station.dialog
    assert isinstance(dialog, RuleDialog)
    assert dialog.topic_combo.currentData() == day.labour
    assert dialog.rank_edit.text() == "2"
    offered = [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())]
    assert day.hrss not in offered
    dialog.unit_combo.setCurrentIndex(offered.index(day.town))
    services.setup.add_topic_unit_rule(day.labour, day.town, 5)  # another station, first
    dialog.save()
    assert dialog.isVisible()
    assert dialog._fields["unit_id"][1].text() == "已存在"

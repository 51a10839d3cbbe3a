"""管理: set up a reception day — the event, its rules, rooms, topics, units, lead-unit
suggestions, leaders, document wording.

The station edits one event at a time (the workstation's own by default; another one or a
new one can be picked at the top). Every table is a model over plain rows with a filter
proxy; Enter or a double click edits a row, Ctrl+N adds one, Delete removes a suggestion
(after asking). Adding and editing happen in dialogs that show a refused value under its
field; the event's basic facts and rules are edited in place on the first tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services.changes import Changes, Entity
from app.services.setup_data import EventInfo, EventSetup, LeaderInfo, RoomInfo, TopicInfo, UnitInfo
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.dialogs.import_template import ask_template_path, notice, save_template
from app.ui.dialogs.setup_event import EventDialog
from app.ui.dialogs.setup_leader import LeaderDialog
from app.ui.dialogs.setup_room import RoomDialog
from app.ui.dialogs.setup_rule import RuleDialog
from app.ui.dialogs.setup_topic import TopicDialog
from app.ui.dialogs.setup_unit import UnitDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.setup_rooms import RoomTableModel, room_rows
from app.ui.item_models.setup_rules import rule_rows
from app.ui.load_gate import LoadGate
from app.ui.messages import describe_error
from app.ui.widgets.end_of_day import end_of_day_button
from app.ui.widgets.setup_directory import DirectoryTabs, add_shortcut
from app.ui.widgets.setup_event_page import EventPage
from app.ui.widgets.setup_plan_day import PlanDayPage
from app.ui.widgets.setup_rules_page import RulesPage
from app.ui.widgets.setup_table_page import TablePage
from app.ui.widgets.setup_wording import WordingPage


@dataclass(frozen=True)
class SetupSnapshot:
    """What the station shows: the events, the chosen one's set-up, the suggestion rules
    (topic id, unit id, rank) and the retired units those rules still name."""

    events: tuple[EventInfo, ...]
    setup: EventSetup
    rules: tuple[tuple[int, int, int], ...]
    retired_rule_units: tuple[UnitInfo, ...]


def load_snapshot(services: Services, event_id: int) -> SetupSnapshot:
    """Read everything the station shows (runs off the GUI thread)."""
    setup = services.setup.event_setup(event_id)
    rules = services.setup.topic_unit_rules()
    retired = tuple(u for u in services.setup.all_units() if not u.is_active)
    return SetupSnapshot(services.setup.list_events(), setup, rules, retired)


class SetupStation(QWidget):
    """The organiser's station: one tab per part of the set-up."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self._env = env
        self._event_id = env.event_id
        self.snapshot: SetupSnapshot | None = None
        self.dialog: QDialog | None = None
        self.loads = LoadGate(self._load)

        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(360)
        self.event_combo.activated.connect(self._event_picked)
        self.new_event_button = QPushButton(icon("add"), self.tr("新建接访日…"))
        self.new_event_button.clicked.connect(self.open_event_dialog)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "error")
        top = QHBoxLayout()
        heading = QLabel(self.tr("正在设置"))
        heading.setProperty("role", "heading")
        top.addWidget(heading)
        top.addWidget(self.event_combo)
        top.addWidget(self.new_event_button)
        self.export_button = QPushButton(icon("save"), self.tr("导出信访件…"))
        self.export_button.clicked.connect(
            lambda: self._open(ExportDialog(self._env, self._event_id, self))
        )
        top.addWidget(self.export_button)
        self.import_button = QPushButton(icon("import"), self.tr("导入预登记名单…"))
        self.import_button.clicked.connect(self.open_import_dialog)
        self.template_button = QPushButton(icon("template"), self.tr("下载导入模板…"))
        self.template_button.clicked.connect(lambda: self.save_import_template())
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)
        top.addWidget(end_of_day_button(env, self))
        top.addWidget(self.status_label, 1)

        self.event_page = EventPage(env)
        self.settings_page = self.event_page.settings

        self.add_room_button = QPushButton(icon("add"), self.tr("新增接待室"))
        self.add_room_button.clicked.connect(lambda: self.open_room_dialog())
        self.edit_room_button = QPushButton(icon("edit"), self.tr("编辑"))
        self.edit_room_button.clicked.connect(self._edit_selected_room)
        self.open_room_button = QPushButton(icon("room_closed"), self.tr("暂停接待"))
        self.open_room_button.clicked.connect(self.toggle_room_open)
        self.room_model = RoomTableModel(self)
        self.rooms = TablePage(
            self.room_model,
            self.tr("筛选接待室、类别、领导、单位…"),
            [self.add_room_button, self.edit_room_button, self.open_room_button],
            key=lambda r: r.room.id,
        )
        self.rooms.activated.connect(lambda row: self.open_room_dialog(self._room_at(row)))
        self.rooms.selection_changed.connect(self._room_buttons)

        self.directory = DirectoryTabs(env, self._open, self.status_label.setText, self)
        self.topics, self.units, self.leaders = (
            self.directory.topics,
            self.directory.units,
            self.directory.leaders,
        )
        self.rules_page = RulesPage(
            env, self.directory.open_rule_dialog, self._open, self.status_label.setText
        )
        self.wording_page = WordingPage(env)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.event_page, icon("event"), self.tr("接访日与督办规则"))
        self.tabs.addTab(self.rooms, icon("room"), self.tr("接待室"))
        self.tabs.addTab(self.topics, icon("topic"), self.tr("反映类别"))
        self.tabs.addTab(self.units, icon("unit"), self.tr("责任单位"))
        self.tabs.addTab(self.rules_page, icon("rule"), self.tr("建议牵头单位"))
        self.tabs.addTab(self.leaders, icon("leader"), self.tr("领导"))
        self.tabs.addTab(self.wording_page, icon("wording"), self.tr("文书用语"))
        self.plan_page = PlanDayPage(env)
        self.tabs.addTab(self.plan_page, icon("statistics"), self.tr("规划接待室"))
        add_shortcut(self.rooms, self.add_room_button, self.tr("新增（Ctrl+N）"))
        self.edit_room_button.setToolTip(self.tr("编辑所选（Enter 或双击）"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        env.bus.changed.connect(self._on_changed)
        self._room_buttons()
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if changes.touches(Entity.SETUP) or changes.touches(Entity.EVENT):
            self.reload()

    def reload(self) -> None:
        """Read the chosen event's set-up again (coalesces calls made while loading)."""
        self.loads.request()

    def _load(self) -> None:
        services, event_id = self._env.services, self._event_id
        self._env.runner.submit(
            lambda: load_snapshot(services, event_id), self._loaded, self._failed
        )

    def _loaded(self, result: object) -> None:
        assert isinstance(result, SetupSnapshot)
        self.snapshot = result
        self.status_label.clear()
        self._show(result)
        self.loads.done()

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("读取失败：{reason}").format(reason=describe_error(error))
        )
        self.loads.done()

    def _show(self, snap: SetupSnapshot) -> None:
        event = snap.setup.event
        self.event_combo.clear()
        for info in snap.events:
            text = f"{info.event_date.isoformat()}  {info.name}"
            if info.id == self._env.event_id:
                text += self.tr("（本工作站）")
            self.event_combo.addItem(text, info.id)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(event.id)))
        self.event_page.set_event(event)
        self.wording_page.set_event(event)
        self.plan_page.set_event(event.id)
        self.rooms.model.set_rows(room_rows(snap.setup))
        self.rooms.fit_columns([56, 220, 120, 80, 50, 220, 120])
        units = {u.id: u for u in (*snap.setup.units, *snap.retired_rule_units)}
        active = {u.id for u in snap.setup.units}
        rules = rule_rows(snap.rules, snap.setup.topics, units, active)
        self.directory.show(snap.setup, rules, snap.retired_rule_units)
        self.rules_page.set_rows(rules)
        self._room_buttons()

    def _event_picked(self, index: int) -> None:
        event_id = self.event_combo.itemData(index)
        if event_id is not None and event_id != self._event_id:
            self._event_id = int(event_id)
            self.reload()

    # -- rooms -------------------------------------------------------------------------

    def _room_at(self, row: int) -> RoomInfo:
        return self.room_model.row_at(row).room

    def _selected_room(self) -> RoomInfo | None:
        row = self.rooms.current_row()
        return None if row is None else self._room_at(row)

    def _room_buttons(self) -> None:
        room = self._selected_room()
        self.edit_room_button.setEnabled(room is not None)
        self.open_room_button.setEnabled(room is not None)
        is_open = room is None or room.is_open
        self.open_room_button.setText(self.tr("暂停接待") if is_open else self.tr("恢复接待"))
        self.open_room_button.setIcon(icon("room_closed") if is_open else icon("room_open"))

    def _edit_selected_room(self) -> None:
        room = self._selected_room()
        if room is not None:
            self.open_room_dialog(room)

    def toggle_room_open(self) -> None:
        """Close the selected room to new visitors, or open it again."""
        room = self._selected_room()
        if room is None:
            return
        setup, room_id, is_open = self._env.services.setup, room.id, not room.is_open
        self._env.runner.submit(
            lambda: setup.set_room_open(room_id, is_open),
            lambda result: self._env.bus.publish(result.changes),
            lambda error: self.status_label.setText(describe_error(error)),
        )

    # -- dialogs -----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def open_room_dialog(self, room: RoomInfo | None = None) -> RoomDialog | None:
        """Add a room (``room`` None) or edit one, in a window-modal dialog."""
        if self.snapshot is None:
            return None
        dialog = RoomDialog(self._env, self.snapshot.setup, room, self)
        self._open(dialog)
        return dialog

    def open_topic_dialog(self, topic: TopicInfo | None = None) -> TopicDialog:
        """Add a topic to the catalogue (``topic`` None) or edit one."""
        return self.directory.open_topic_dialog(topic)

    def open_rule_dialog(self) -> RuleDialog | None:
        """Suggest a lead unit for the topic selected on the topic tab (or any topic)."""
        return self.directory.open_rule_dialog(self.directory.selected_topic_id())

    def open_unit_dialog(self, unit: UnitInfo | None = None) -> UnitDialog:
        """Add a unit to the directory (``unit`` None) or edit one."""
        return self.directory.open_unit_dialog(unit)

    def open_leader_dialog(self, leader: LeaderInfo | None = None) -> LeaderDialog:
        """Add a leader to the directory (``leader`` None) or edit one."""
        return self.directory.open_leader_dialog(leader)

    def open_event_dialog(self) -> EventDialog:
        """Create a new reception day and switch the station to it."""
        current = self.snapshot.setup.event if self.snapshot else None
        today = self._env.services.ctx.clock.now().date()
        dialog = EventDialog(self._env, current, today, self)
        dialog.accepted.connect(lambda: self._switch_to(dialog.result_value))
        self._open(dialog)
        return dialog

    def open_import_dialog(self) -> ImportDialog:
        """Preview a town's pre-registration list for the event shown, then import it."""
        dialog = ImportDialog(self._env, self._event_id, self)
        self._open(dialog)
        return dialog

    def save_import_template(self, path: Path | None = None) -> None:
        """Save the list template (asks where when ``path`` is None)."""
        path = path or ask_template_path(self)
        if path is not None:
            failed = self.status_label.setText
            save_template(self._env, path, lambda text: self._open(notice(self, text)), failed)

    def _switch_to(self, event: object) -> None:
        if isinstance(event, EventInfo):
            self._event_id = event.id

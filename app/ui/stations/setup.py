"""管理: set up a reception day — rules, rooms, topics, units, leaders, document wording.

The station edits one event at a time (the workstation's own by default; another one or a
new one can be picked at the top). Every table is a model over plain rows with a filter
proxy; adding and editing happen in dialogs that show a refused value under its field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from app.services.setup_data import EventInfo, EventSetup, RoomInfo, UnitInfo
from app.ui.dialogs.setup_event import EventDialog
from app.ui.dialogs.setup_leader import LeaderDialog
from app.ui.dialogs.setup_room import RoomDialog
from app.ui.dialogs.setup_rule import RuleDialog
from app.ui.dialogs.setup_topic import TopicDialog
from app.ui.dialogs.setup_unit import UnitDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.setup_leaders import LeaderTableModel, leader_rows
from app.ui.item_models.setup_rooms import RoomTableModel, room_rows
from app.ui.item_models.setup_topics import TopicTableModel, topic_rows
from app.ui.item_models.setup_units import UnitTableModel
from app.ui.messages import describe_error
from app.ui.widgets.setup_event_page import EventPage
from app.ui.widgets.setup_table_page import TablePage
from app.ui.widgets.setup_wording import WordingPage


@dataclass(frozen=True)
class SetupSnapshot:
    """What the station shows: the events, the chosen one's set-up, the topic rules."""

    events: tuple[EventInfo, ...]
    setup: EventSetup
    rules: dict[int, tuple[UnitInfo, ...]]


def load_snapshot(services: Services, event_id: int) -> SetupSnapshot:
    """Read everything the station shows (runs off the GUI thread)."""
    setup = services.setup.event_setup(event_id)
    rules = {t.id: services.setup.suggested_units(t.id) for t in setup.topics}
    return SetupSnapshot(services.setup.list_events(), setup, rules)


class SetupStation(QWidget):
    """The organiser's station: one tab per part of the set-up."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self._env = env
        self._event_id = env.event_id
        self.snapshot: SetupSnapshot | None = None
        self.dialog: QDialog | None = None
        self._loading = self._pending = False

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
        )
        self.rooms.activated.connect(lambda row: self.open_room_dialog(self._room_at(row)))
        self.rooms.selection_changed.connect(self._room_buttons)

        self.add_topic_button = QPushButton(icon("add"), self.tr("新增反映类别"))
        self.add_topic_button.clicked.connect(self.open_topic_dialog)
        self.add_rule_button = QPushButton(icon("rule"), self.tr("添加建议牵头单位"))
        self.add_rule_button.clicked.connect(self.open_rule_dialog)
        self.topics = TablePage(
            TopicTableModel(self),
            self.tr("筛选类别…"),
            [self.add_topic_button, self.add_rule_button],
        )
        self.topics.activated.connect(lambda row: self.open_rule_dialog())
        self.add_unit_button = QPushButton(icon("add"), self.tr("新增责任单位"))
        self.add_unit_button.clicked.connect(self.open_unit_dialog)
        self.units = TablePage(UnitTableModel(self), self.tr("筛选单位…"), [self.add_unit_button])
        self.add_leader_button = QPushButton(icon("add"), self.tr("新增领导"))
        self.add_leader_button.clicked.connect(self.open_leader_dialog)
        self.leaders = TablePage(
            LeaderTableModel(self), self.tr("筛选领导…"), [self.add_leader_button]
        )
        self.wording_page = WordingPage(env)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.event_page, icon("event"), self.tr("接访日与督办规则"))
        self.tabs.addTab(self.rooms, icon("room"), self.tr("接待室"))
        self.tabs.addTab(self.topics, icon("topic"), self.tr("反映类别"))
        self.tabs.addTab(self.units, icon("unit"), self.tr("责任单位"))
        self.tabs.addTab(self.leaders, icon("leader"), self.tr("领导"))
        self.tabs.addTab(self.wording_page, icon("wording"), self.tr("文书用语"))
        for page, button in (
            (self.rooms, self.add_room_button),
            (self.topics, self.add_topic_button),
            (self.units, self.add_unit_button),
            (self.leaders, self.add_leader_button),
        ):
            shortcut = QShortcut(QKeySequence.StandardKey.New, page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(self.tr("新增（Ctrl+N）"))
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
        if self._loading:
            self._pending = True
            return
        self._loading = True
        services, event_id = self._env.services, self._event_id
        self._env.runner.submit(
            lambda: load_snapshot(services, event_id), self._loaded, self._failed
        )

    def _loaded(self, result: object) -> None:
        assert isinstance(result, SetupSnapshot)
        self._loading = False
        self.snapshot = result
        self.status_label.clear()
        self._show(result)
        if self._pending:
            self._pending = False
            self.reload()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status_label.setText(
            self.tr("读取失败：{reason}").format(reason=describe_error(error))
        )
        if self._pending:
            self._pending = False
            self.reload()

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
        self.rooms.model.set_rows(room_rows(snap.setup))
        self.rooms.fit_columns([56, 220, 120, 80, 50, 220, 120])
        self.topics.model.set_rows(topic_rows(snap.setup.topics, snap.rules))
        self.topics.fit_columns([110, 180, 100, 100, 50, 80])
        self.units.model.set_rows(snap.setup.units)
        self.units.fit_columns([240, 130, 110, 110])
        self.leaders.model.set_rows(leader_rows(snap.setup))
        self.leaders.fit_columns([120, 220])
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

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_room_dialog(self, room: RoomInfo | None = None) -> RoomDialog | None:
        """Add a room (``room`` None) or edit one, in a window-modal dialog."""
        if self.snapshot is None:
            return None
        dialog = RoomDialog(self._env, self.snapshot.setup, room, self)
        self._open(dialog)
        return dialog

    def open_topic_dialog(self) -> TopicDialog:
        """Add a topic to the catalogue."""
        dialog = TopicDialog(self._env, self)
        self._open(dialog)
        return dialog

    def open_rule_dialog(self) -> RuleDialog | None:
        """Suggest a lead unit for the selected topic (or any topic)."""
        if self.snapshot is None:
            return None
        row = self.topics.current_row()
        topic_id = None if row is None else self.topics.model.row_at(row).topic.id
        snap = self.snapshot
        dialog = RuleDialog(
            self._env, snap.setup.topics, snap.setup.units, snap.rules, topic_id, self
        )
        self._open(dialog)
        return dialog

    def open_unit_dialog(self) -> UnitDialog:
        """Add a unit to the directory."""
        dialog = UnitDialog(self._env, self)
        self._open(dialog)
        return dialog

    def open_leader_dialog(self) -> LeaderDialog:
        """Add a leader to the directory."""
        dialog = LeaderDialog(self._env, self)
        self._open(dialog)
        return dialog

    def open_event_dialog(self) -> EventDialog:
        """Create a new reception day and switch the station to it."""
        current = self.snapshot.setup.event if self.snapshot else None
        today = self._env.services.ctx.clock.now().date()
        dialog = EventDialog(self._env, current, today, self)
        dialog.accepted.connect(lambda: self._switch_to(dialog.result_value))
        self._open(dialog)
        return dialog

    def _switch_to(self, event: object) -> None:
        if isinstance(event, EventInfo):
            self._event_id = event.id

"""The directory tabs of the set-up station: topics, units (with retire/restore), leaders.

Each tab is a :class:`TablePage`; Enter or a double click edits the row, Ctrl+N adds.
Dialogs are opened through the station (one open dialog at a time). The directory is
shared by every event, so these tabs show the same rows whichever event is being set up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.services.setup_data import EventSetup, LeaderInfo, TopicInfo, UnitInfo
from app.ui.dialogs.setup_confirm import ConfirmBox
from app.ui.dialogs.setup_leader import LeaderDialog
from app.ui.dialogs.setup_rule import RuleDialog
from app.ui.dialogs.setup_topic import TopicDialog
from app.ui.dialogs.setup_unit import UnitDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.setup_leaders import LeaderTableModel, leader_rows
from app.ui.item_models.setup_rules import RuleRow, rules_by_topic
from app.ui.item_models.setup_topics import TopicTableModel, topic_rows
from app.ui.item_models.setup_units import UnitRow, UnitTableModel, unit_rows
from app.ui.messages import describe_error
from app.ui.widgets.setup_table_page import TablePage

OpenDialog = Callable[[QDialog], None]
Report = Callable[[str], None]


def add_shortcut(page: QWidget, button: QPushButton, text: str) -> None:
    """Ctrl+N on ``page`` clicks ``button``; the tooltip says so."""
    shortcut = QShortcut(QKeySequence.StandardKey.New, page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(button.click)
    button.setToolTip(text)


class DirectoryTabs(QObject):
    """Builds and drives the topic, unit and leader tabs."""

    def __init__(self, env: UiEnv, open_dialog: OpenDialog, report: Report, host: QWidget) -> None:
        super().__init__(host)
        self._env, self._open, self._report, self._host = env, open_dialog, report, host
        self._setup: EventSetup | None = None
        self._rules: tuple[RuleRow, ...] = ()
        self._retired: dict[int, UnitInfo] = {}  # units known to be retired, by id

        self.add_topic_button = QPushButton(icon("add"), self.tr("新增反映类别"))
        self.add_topic_button.clicked.connect(lambda: self.open_topic_dialog())
        self.edit_topic_button = QPushButton(icon("edit"), self.tr("编辑"))
        self.edit_topic_button.clicked.connect(self._edit_topic)
        self.add_rule_button = QPushButton(icon("rule"), self.tr("添加建议牵头单位"))
        self.add_rule_button.clicked.connect(self._add_rule_for_topic)
        self.topic_model = TopicTableModel(self)
        self.topics = TablePage(
            self.topic_model,
            self.tr("筛选类别…"),
            [self.add_topic_button, self.edit_topic_button, self.add_rule_button],
            key=lambda r: r.topic.id,
        )
        self.topics.activated.connect(lambda row: self.open_topic_dialog(self._topic_at(row)))
        self.topics.selection_changed.connect(self._buttons)

        self.add_unit_button = QPushButton(icon("add"), self.tr("新增责任单位"))
        self.add_unit_button.clicked.connect(lambda: self.open_unit_dialog())
        self.edit_unit_button = QPushButton(icon("edit"), self.tr("编辑"))
        self.edit_unit_button.clicked.connect(self._edit_unit)
        self.retire_unit_button = QPushButton(icon("error"), self.tr("停用"))
        self.retire_unit_button.clicked.connect(self.toggle_unit_active)
        self.unit_model = UnitTableModel(self)
        self.units = TablePage(
            self.unit_model,
            self.tr("筛选单位…"),
            [self.add_unit_button, self.edit_unit_button, self.retire_unit_button],
            key=lambda r: r.unit.id,
        )
        self.units.activated.connect(lambda row: self.open_unit_dialog(self._unit_at(row).unit))
        self.units.selection_changed.connect(self._buttons)

        self.add_leader_button = QPushButton(icon("add"), self.tr("新增领导"))
        self.add_leader_button.clicked.connect(lambda: self.open_leader_dialog())
        self.edit_leader_button = QPushButton(icon("edit"), self.tr("编辑"))
        self.edit_leader_button.clicked.connect(self._edit_leader)
        self.leader_model = LeaderTableModel(self)
        self.leaders = TablePage(
            self.leader_model,
            self.tr("筛选领导…"),
            [self.add_leader_button, self.edit_leader_button],
            key=lambda r: r.leader.id,
        )
        self.leaders.activated.connect(
            lambda row: self.open_leader_dialog(self.leader_model.row_at(row).leader)
        )
        self.leaders.selection_changed.connect(self._buttons)

        for page, button in (
            (self.topics, self.add_topic_button),
            (self.units, self.add_unit_button),
            (self.leaders, self.add_leader_button),
        ):
            add_shortcut(page, button, self.tr("新增（Ctrl+N）"))
        for button in (self.edit_topic_button, self.edit_unit_button, self.edit_leader_button):
            button.setToolTip(self.tr("编辑所选（Enter 或双击）"))
        self._buttons()

    # -- showing -----------------------------------------------------------------------

    def show(
        self, setup: EventSetup, rules: tuple[RuleRow, ...], retired: Iterable[UnitInfo]
    ) -> None:
        """Show the directory of ``setup``; ``retired`` are retired units named by rules."""
        if self._setup is not None:  # a unit that left the list was retired elsewhere
            still = {u.id for u in setup.units}
            self._retired.update((u.id, u) for u in self._setup.units if u.id not in still)
        self._retired.update((u.id, u) for u in retired)
        self._setup, self._rules = setup, rules
        self.topic_model.set_rows(topic_rows(setup.topics, rules_by_topic(rules)))
        self.topics.fit_columns([110, 180, 100, 100, 50, 80])
        self.unit_model.set_rows(unit_rows(setup, self._retired.values()))
        self.units.fit_columns([240, 110, 100, 70, 180, 90])
        self.leader_model.set_rows(leader_rows(setup))
        self.leaders.fit_columns([120, 220])
        self._buttons()

    def _buttons(self) -> None:
        self.edit_topic_button.setEnabled(self.topics.current_row() is not None)
        self.edit_leader_button.setEnabled(self.leaders.current_row() is not None)
        unit = self._selected_unit()
        self.edit_unit_button.setEnabled(unit is not None)
        self.retire_unit_button.setEnabled(unit is not None)
        active = unit is None or unit.active
        self.retire_unit_button.setText(self.tr("停用") if active else self.tr("恢复启用"))
        self.retire_unit_button.setIcon(icon("error") if active else icon("ok"))

    def _topic_at(self, row: int) -> TopicInfo:
        return self.topic_model.row_at(row).topic

    def _unit_at(self, row: int) -> UnitRow:
        return self.unit_model.row_at(row)

    def _selected_unit(self) -> UnitRow | None:
        row = self.units.current_row()
        return None if row is None else self._unit_at(row)

    def selected_topic_id(self) -> int | None:
        """The topic selected on the topic tab, if any."""
        row = self.topics.current_row()
        return None if row is None else self._topic_at(row).id

    # -- dialogs -----------------------------------------------------------------------

    def open_topic_dialog(self, topic: TopicInfo | None = None) -> TopicDialog:
        """Add a topic (``topic`` None) or edit one."""
        dialog = TopicDialog(self._env, topic, self._host)
        self._open(dialog)
        return dialog

    def open_unit_dialog(self, unit: UnitInfo | None = None) -> UnitDialog:
        """Add a unit (``unit`` None) or edit one."""
        dialog = UnitDialog(self._env, unit, self._host)
        self._open(dialog)
        return dialog

    def open_leader_dialog(self, leader: LeaderInfo | None = None) -> LeaderDialog:
        """Add a leader (``leader`` None) or edit one."""
        dialog = LeaderDialog(self._env, leader, self._host)
        self._open(dialog)
        return dialog

    def open_rule_dialog(self, topic_id: int | None = None) -> RuleDialog | None:
        """Suggest a lead unit for ``topic_id`` (or a topic picked in the dialog)."""
        if self._setup is None:
            return None
        setup = self._setup
        dialog = RuleDialog(
            self._env, setup.topics, setup.units, rules_by_topic(self._rules), topic_id, self._host
        )
        self._open(dialog)
        return dialog

    def _edit_topic(self) -> None:
        row = self.topics.current_row()
        if row is not None:
            self.open_topic_dialog(self._topic_at(row))

    def _add_rule_for_topic(self) -> None:
        self.open_rule_dialog(self.selected_topic_id())

    def _edit_unit(self) -> None:
        unit = self._selected_unit()
        if unit is not None:
            self.open_unit_dialog(unit.unit)

    def _edit_leader(self) -> None:
        row = self.leaders.current_row()
        if row is not None:
            self.open_leader_dialog(self.leader_model.row_at(row).leader)

    # -- retire / restore --------------------------------------------------------------

    def toggle_unit_active(self) -> ConfirmBox | None:
        """Retire the selected unit (after asking) or bring a retired one back."""
        row = self._selected_unit()
        if row is None:
            return None
        if not row.active:
            self._set_active(row.unit, True)
            return None
        rooms = (
            self.tr("它目前在本场 {rooms} 接待室。").format(rooms=row.rooms) if row.rooms else ""
        )
        box = ConfirmBox(
            self.tr("停用责任单位"),
            self.tr("停用“{name}”？").format(name=row.unit.name),
            self.tr("停用"),
            self.tr(
                "停用后，交办和接待室设置中不再提供该单位；已交办的事项和历史记录保留。"
                "可随时恢复启用。"
            )
            + rooms,
            self._host,
        )
        box.confirmed.connect(lambda: self._set_active(row.unit, False))
        self._open(box)
        return box

    def _set_active(self, unit: UnitInfo, active: bool) -> None:
        if not active:
            self._retired[unit.id] = unit
        setup, unit_id = self._env.services.setup, unit.id
        self._env.runner.submit(
            lambda: setup.set_unit_active(unit_id, active),
            lambda result: self._env.bus.publish(result.changes),
            lambda error: self._report(describe_error(error)),
        )

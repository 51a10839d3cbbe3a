"""The suggestion rules tab: which unit the room screen suggests as lead unit per topic.

Lists every rule (``setup.topic_unit_rules()``), adds one through the rule dialog, and
removes the selected one with the button or the Delete key, after asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.dialogs.setup_confirm import ConfirmBox
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.setup_rules import RuleRow, RuleTableModel
from app.ui.messages import describe_error
from app.ui.widgets.setup_table_page import TablePage


class RulesPage(QWidget):
    """All topic → lead unit rules, by topic and rank."""

    def __init__(
        self,
        env: UiEnv,
        add_rule: Callable[[int | None], object],
        open_dialog: Callable[[QDialog], None],
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._env, self._add_rule, self._open, self._report = env, add_rule, open_dialog, report
        self.add_button = QPushButton(icon("add"), self.tr("添加建议"))
        self.add_button.setToolTip(self.tr("为所选类别添加建议牵头单位（Ctrl+N）"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(icon("delete"), self.tr("删除建议"))
        self.remove_button.setToolTip(self.tr("删除所选建议（Delete）"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.model = RuleTableModel(self)
        self.table = TablePage(
            self.model,
            self.tr("筛选类别或单位…"),
            [self.add_button, self.remove_button],
            key=lambda r: (r.topic.id, r.unit.id),
        )
        self.table.delete_requested.connect(lambda row: self.confirm_remove(self.model.row_at(row)))
        self.table.selection_changed.connect(self._buttons)
        hint = QLabel(
            self.tr(
                "接待室交办时，按顺位建议这些单位牵头办理（第 1 顺位在前；在本接待室的单位优先）。"
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        hint.setContentsMargins(11, 8, 11, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_button.click)
        self._buttons()

    def set_rows(self, rows: tuple[RuleRow, ...]) -> None:
        """Show these rules (keeps the selected one when it is still there)."""
        self.model.set_rows(rows)
        self.table.fit_columns([200, 60, 260, 140])
        self._buttons()

    def selected(self) -> RuleRow | None:
        """The rule selected, if any."""
        row = self.table.current_row()
        return None if row is None else self.model.row_at(row)

    def _buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def _add(self) -> None:
        rule = self.selected()
        self._add_rule(None if rule is None else rule.topic.id)

    def remove_selected(self) -> ConfirmBox | None:
        """Ask, then remove the selected rule."""
        rule = self.selected()
        return None if rule is None else self.confirm_remove(rule)

    def confirm_remove(self, rule: RuleRow) -> ConfirmBox:
        """Ask whether to stop suggesting ``rule.unit`` for ``rule.topic``."""
        box = ConfirmBox(
            self.tr("删除建议牵头单位"),
            self.tr("不再建议“{unit}”牵头办理“{topic}”类来访？").format(
                unit=rule.unit.name, topic=rule.topic.name
            ),
            self.tr("删除"),
            self.tr("只删除这条建议，单位和类别都保留；需要时可再添加。"),
            self,
        )
        box.confirmed.connect(lambda: self._remove(rule))
        self._open(box)
        return box

    def _remove(self, rule: RuleRow) -> None:
        setup, topic_id, unit_id = self._env.services.setup, rule.topic.id, rule.unit.id
        self._env.runner.submit(
            lambda: setup.remove_topic_unit_rule(topic_id, unit_id),
            lambda result: self._env.bus.publish(result.changes),
            lambda error: self._report(describe_error(error)),
        )

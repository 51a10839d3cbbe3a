"""交办: the leader names the lead unit (those in the room first), co-units, colour, words."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.types import StatutoryCategory, Urgency
from app.services.reception_data import CaseView, HandOver
from app.services.setup_data import UnitInfo
from app.ui.dialogs.room_submit import SubmitDialog, Submitter
from app.ui.widgets.room_badges import category_text, urgency_colour, urgency_text

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("HandOverDialog", text)


def unit_sections(
    units: Sequence[UnitInfo], room_unit_ids: Collection[int], suggested: Sequence[int]
) -> list[tuple[str, list[UnitInfo]]]:
    """Units in the room (suggested ones first), then the other suggested, then the rest."""
    rank = {unit_id: n for n, unit_id in enumerate(suggested)}
    by_id = {u.id: u for u in units}
    present = sorted(
        (u for u in units if u.id in room_unit_ids), key=lambda u: (rank.get(u.id, 999), u.name)
    )
    advised = [by_id[i] for i in suggested if i in by_id and i not in room_unit_ids]
    taken = {u.id for u in present} | {u.id for u in advised}
    others = sorted((u for u in units if u.id not in taken), key=lambda u: u.name)
    sections = [
        (_t("本室在场单位"), present),
        (_t("建议单位"), advised),
        (_t("其他单位"), others),
    ]
    return [(title, items) for title, items in sections if items]


def _fill(widget: QListWidget, sections: list[tuple[str, list[UnitInfo]]], checkable: bool) -> None:
    bold = QFont()
    bold.setBold(True)
    for title, units in sections:
        header = QListWidgetItem(title)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        header.setFont(bold)
        header.setForeground(QBrush(QColor("#2b4a6f")))
        header.setBackground(QBrush(QColor("#e9eef5")))
        widget.addItem(header)
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(UNIT_ROLE, unit.id)
            item.setToolTip(unit.short_name or unit.name)
            if checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)


class HandOverDialog(SubmitDialog):
    """Builds a :class:`HandOver`; the first unit present in the room is preselected."""

    def __init__(
        self,
        case: CaseView,
        units: Sequence[UnitInfo],
        room_unit_ids: Collection[int],
        suggested: Sequence[int],
        urgency_days: Mapping[Urgency, int],
        submitter: Submitter,
        parent: QWidget | None = None,
        *,
        working_days: bool = True,
    ) -> None:
        super().__init__(_t("交办 — {number}").format(number=case.case_number), submitter, parent)
        self.resize(980, 700)
        self.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 2px; }")
        self._names = {u.id: u.name for u in units}
        self._auto_instruction = True
        self._filling = False
        self._working_days = working_days
        heading = QLabel(case.summary)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.body.addWidget(heading)

        sections = unit_sections(units, room_unit_ids, suggested)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_t("输入单位名称筛选…"))
        self.filter.setClearButtonEnabled(True)
        self.lead = QListWidget()
        _fill(self.lead, sections, checkable=False)
        self.co_units = QListWidget()
        _fill(self.co_units, sections, checkable=True)
        grid = QGridLayout()
        grid.addWidget(QLabel(_t("牵头单位（必选）")), 0, 0)
        grid.addWidget(QLabel(_t("协办单位（可多选）")), 0, 1)
        grid.addWidget(self.filter, 1, 0, 1, 2)
        grid.addWidget(self.lead, 2, 0)
        grid.addWidget(self.co_units, 2, 1)
        self.body.addLayout(grid, 1)

        self.urgency_group = QButtonGroup(self)
        self.urgency_buttons: dict[Urgency, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("反馈时限")))
        for number, urgency in enumerate(Urgency):
            row.addWidget(self._urgency_button(number, urgency, urgency_days[urgency]), 1)
        self.body.addLayout(row)

        self.body.addWidget(QLabel(_t("领导批示（必填）")))
        self.instruction = QPlainTextEdit()
        self.instruction.setTabChangesFocus(True)
        self.instruction.setFixedHeight(90)
        self.instruction.textChanged.connect(self._instruction_edited)
        self.body.addWidget(self.instruction)

        self.category = QComboBox()
        for value in StatutoryCategory:
            self.category.addItem(category_text(value.value), value)
        self.category.setCurrentIndex(
            self.category.findData(StatutoryCategory(case.statutory_category))
        )
        self.confidential = QCheckBox(_t("保密（不向被举报单位透露来访人身份）"))
        self.confidential.setChecked(case.is_confidential)
        self.accused = QComboBox()
        self.accused.addItem(_t("（无被举报单位）"), None)
        for unit in sorted(units, key=lambda u: u.name):
            self.accused.addItem(unit.name, unit.id)
        self.accused.setCurrentIndex(max(0, self.accused.findData(case.accused_unit_id)))
        extra = QHBoxLayout()
        for widget in (QLabel(_t("性质")), self.category, self.confidential):
            extra.addWidget(widget)
        extra.addWidget(QLabel(_t("被举报单位")))
        extra.addWidget(self.accused, 1)
        self.body.addLayout(extra)
        self.fields = {
            "lead_unit_id": self.lead,
            "co_unit_ids": self.co_units,
            "instruction": self.instruction,
        }

        self.filter.textChanged.connect(self._apply_filter)
        self.lead.currentItemChanged.connect(lambda *_: self._lead_changed())
        self.co_units.itemChanged.connect(lambda _item: self._update_instruction())
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.urgency_buttons[Urgency.YELLOW].setChecked(True)
        self._category_changed(initial=True)
        first = next(
            (self.lead.item(r) for r in range(self.lead.count()) if self.lead.item(r).flags()),
            None,
        )
        if first is not None:
            self.lead.setCurrentItem(first)
        self.lead.setFocus()

    def _urgency_button(self, number: int, urgency: Urgency, days: int) -> QPushButton:
        colour = urgency_colour(urgency.value)
        text_colour = "#1f1f1f" if urgency is Urgency.YELLOW else "#ffffff"
        text = (
            _t("{colour}  {days} 个工作日内反馈")
            if self._working_days
            else _t("{colour}  {days} 日内反馈")
        )
        button = QPushButton(text.format(colour=urgency_text(urgency.value), days=days))
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setMinimumHeight(48)
        button.setStyleSheet(
            f"QPushButton {{ font-size: 17px; border: 3px solid {colour}; color: #1f1f1f; }}"
            f"QPushButton:checked {{ background: {colour}; color: {text_colour};"
            " font-weight: bold; }"
        )
        button.setToolTip(_t("快捷键 Alt+{n}").format(n=number + 1))
        button.setShortcut(f"Alt+{number + 1}")
        self.urgency_group.addButton(button, number)
        self.urgency_buttons[urgency] = button
        return button

    # -- reactions -------------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for widget in (self.lead, self.co_units):
            header: QListWidgetItem | None = None
            any_shown = False
            for r in range(widget.count()):
                item = widget.item(r)
                if item.data(UNIT_ROLE) is None:
                    if header is not None:
                        header.setHidden(not any_shown)
                    header, any_shown = item, False
                    continue
                shown = (
                    not needle or needle in item.text().lower() or needle in item.toolTip().lower()
                )
                item.setHidden(not shown)
                any_shown = any_shown or shown
            if header is not None:
                header.setHidden(not any_shown)

    def _lead_changed(self) -> None:
        lead = self.lead_unit_id()
        for r in range(self.co_units.count()):
            item = self.co_units.item(r)
            unit_id = item.data(UNIT_ROLE)
            if unit_id is None:
                continue
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if unit_id == lead:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsSelectable)
        self._update_instruction()

    def _category_changed(self, *, initial: bool = False) -> None:
        accusation = self.category.currentData() == StatutoryCategory.ACCUSATION
        self.accused.setEnabled(accusation)
        if accusation and not initial:
            self.confidential.setChecked(True)

    def _instruction_edited(self) -> None:
        if not self._filling:
            self._auto_instruction = False

    def _update_instruction(self) -> None:
        if not self._auto_instruction:
            return
        lead = self._names.get(self.lead_unit_id() or 0, "")
        if not lead:
            return
        if self.co_unit_ids():
            text = _t("请{lead}牵头，会同协办单位依法依规调查处理，按时限反馈办理情况。")
        else:
            text = _t("请{lead}依法依规调查处理，按时限反馈办理情况。")
        self._filling = True
        self.instruction.setPlainText(text.format(lead=lead))
        self._filling = False

    # -- reading ---------------------------------------------------------------------

    def lead_unit_id(self) -> int | None:
        item = self.lead.currentItem()
        value = item.data(UNIT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select_lead(self, unit_id: int) -> None:
        for r in range(self.lead.count()):
            if self.lead.item(r).data(UNIT_ROLE) == unit_id:
                self.lead.setCurrentRow(r)
                return

    def set_co_unit(self, unit_id: int, checked: bool = True) -> None:
        for r in range(self.co_units.count()):
            item = self.co_units.item(r)
            if item.data(UNIT_ROLE) == unit_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def co_unit_ids(self) -> frozenset[int]:
        return frozenset(
            int(self.co_units.item(r).data(UNIT_ROLE))
            for r in range(self.co_units.count())
            if self.co_units.item(r).data(UNIT_ROLE) is not None
            and self.co_units.item(r).checkState() == Qt.CheckState.Checked
        )

    def urgency(self) -> Urgency:
        return list(Urgency)[max(0, self.urgency_group.checkedId())]

    def value(self) -> HandOver:
        lead = self.lead_unit_id()
        if lead is None:
            raise InvalidInput("lead_unit_id", "required")
        accused = self.accused.currentData() if self.accused.isEnabled() else None
        return HandOver(
            lead_unit_id=lead,
            urgency=self.urgency(),
            instruction=self.instruction.toPlainText().strip(),
            co_unit_ids=self.co_unit_ids(),
            statutory_category=StatutoryCategory(self.category.currentData()),
            is_confidential=self.confidential.isChecked(),
            accused_unit_id=int(accused) if accused is not None else None,
        )

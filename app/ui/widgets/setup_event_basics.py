"""The event's basic facts — name, date, venue, organisation, case-number prefix — edited
in place with the reason for a refused value under its field.

Saving calls ``setup.update_event`` (the settings are saved by their own page). Unsaved
edits survive a reload caused by another change; if another station changed these very
facts meanwhile, the form shows the stored values and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.services.changes import Result
from app.services.setup_data import EventDraft, EventInfo
from app.ui.dialogs.setup_base import INVALID_STYLE, set_invalid
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error, reason_text


@dataclass(frozen=True)
class Basics:
    """The editable facts of an event, normalised as the service stores them."""

    name: str
    event_date: date
    venue: str
    organisation_name: str
    case_number_prefix: str

    @classmethod
    def of(cls, event: EventInfo) -> Basics:
        return cls(
            event.name,
            event.event_date,
            event.venue,
            event.organisation_name,
            event.case_number_prefix,
        )


def check_prefix(prefix: str) -> None:
    """The service's rule for a case-number prefix: 1–4 letters A–Z."""
    if not (1 <= len(prefix) <= 4 and prefix.isascii() and prefix.isalpha()):
        raise InvalidInput("case_number_prefix", "format")


class EventBasics(QGroupBox):
    """Edits one event's basic facts; :meth:`set_event` with each reload."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("接访日"))
        self.setStyleSheet(INVALID_STYLE)
        self._env = env
        self._event: EventInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(128)
        self.name_edit.setPlaceholderText(self.tr("如：2027年春季县领导公开接访日"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumWidth(150)
        self.date_edit.setMaximumWidth(200)
        self.venue_edit = QLineEdit()
        self.venue_edit.setMaxLength(128)
        self.venue_edit.setPlaceholderText(self.tr("如：县实验中学"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(128)
        self.organisation_edit.setPlaceholderText(
            self.tr("印在文书抬头，如：县信访工作联席会议办公室")
        )
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(4)
        self.prefix_edit.setMaximumWidth(90)
        self.prefix_edit.setToolTip(self.tr("1–4 个英文字母，印在信访件编号前"))
        prefix_note = QLabel(self.tr("1–4 个英文字母；已编号的信访件保持原编号"))
        prefix_note.setProperty("role", "muted")
        self.save_button = QPushButton(icon("save", "#ffffff"), self.tr("保存基本信息"))
        self.save_button.setProperty("primary", "true")
        self.save_button.setToolTip(self.tr("在任一输入框中按 Enter 也可保存"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(icon("requeue"), self.tr("还原"))
        self.revert_button.clicked.connect(self.revert)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {
            "name": self.name_edit,
            "event_date": self.date_edit,
            "venue": self.venue_edit,
            "organisation_name": self.organisation_edit,
            "case_number_prefix": self.prefix_edit,
        }
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_edit)
        prefix_row.addWidget(prefix_note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status_label, 1)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setHorizontalSpacing(10)
        self._place(grid, 0, 0, self.tr("名称"), "name", self.name_edit)
        self._place(grid, 0, 2, self.tr("日期"), "event_date", self.date_edit)
        self._place(grid, 2, 0, self.tr("地点"), "venue", self.venue_edit)
        self._place(grid, 2, 2, self.tr("组织单位"), "organisation_name", self.organisation_edit)
        self._place(grid, 4, 0, self.tr("信访件编号前缀"), "case_number_prefix", prefix_row)
        grid.addLayout(buttons, 4, 2, 1, 2)

        for edit in (self.name_edit, self.venue_edit, self.organisation_edit, self.prefix_edit):
            edit.textChanged.connect(self._update_buttons)
            edit.returnPressed.connect(self.save)
        self.prefix_edit.textEdited.connect(self._prefix_edited)
        self.date_edit.dateChanged.connect(self._update_buttons)
        date_line = self.date_edit.findChild(QLineEdit)
        if date_line is not None:  # Enter in the date saves too
            date_line.returnPressed.connect(self.save)
        self._update_buttons()

    def _place(
        self, grid: QGridLayout, row: int, column: int, text: str, field: str, item: object
    ) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, row, column)
        if isinstance(item, QWidget):
            fixed = item.maximumWidth() < 1000  # a narrow input stays at the left
            align = Qt.AlignmentFlag.AlignLeft if fixed else Qt.AlignmentFlag(0)
            grid.addWidget(item, row, column + 1, 1, 1, align)
        else:
            assert isinstance(item, QHBoxLayout)
            grid.addLayout(item, row, column + 1)
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        grid.addWidget(error, row + 1, column + 1)
        self.errors[field] = error

    # -- showing -----------------------------------------------------------------------

    def set_event(self, event: EventInfo) -> None:
        """Show ``event``; unsaved edits survive when its stored facts did not change."""
        previous, self._event = self._event, event
        stored = Basics.of(event)
        if previous is not None and previous.id == event.id:
            before, entered = Basics.of(previous), self.entered()
            if before == stored:
                self._update_buttons()
                return
            if entered == stored:  # this page's own save came back
                self._show(stored)
                return
            if entered != before:
                self._show(stored)
                self._set_status(self.tr("其他工作站刚修改了这些信息，已显示最新内容。"), "warning")
                return
        self._show(stored)
        self.status_label.clear()

    def _show(self, basics: Basics) -> None:
        self.name_edit.setText(basics.name)
        day = basics.event_date
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.venue_edit.setText(basics.venue)
        self.organisation_edit.setText(basics.organisation_name)
        self.prefix_edit.setText(basics.case_number_prefix)
        self._clear_errors()
        self._update_buttons()

    def entered(self) -> Basics:
        """The facts as entered, trimmed (the prefix in capitals)."""
        picked = self.date_edit.date()
        return Basics(
            self.name_edit.text().strip(),
            date(picked.year(), picked.month(), picked.day()),
            self.venue_edit.text().strip(),
            self.organisation_edit.text().strip(),
            self.prefix_edit.text().strip().upper(),
        )

    def is_modified(self) -> bool:
        """Whether the form differs from the stored event."""
        return self._event is not None and self.entered() != Basics.of(self._event)

    def _update_buttons(self) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)

    def _prefix_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            cursor = self.prefix_edit.cursorPosition()
            self.prefix_edit.setText(upper)
            self.prefix_edit.setCursorPosition(cursor)
        self._mark("case_number_prefix", None)
        if upper.strip():
            try:
                check_prefix(upper.strip())
            except InvalidInput as error:
                self._mark("case_number_prefix", error)

    def revert(self) -> None:
        """Drop the unsaved edits."""
        if self._event is not None:
            self._show(Basics.of(self._event))
            self.status_label.clear()

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        """Check and store the facts; nothing is stored when a value is refused."""
        if self._event is None or not self.is_modified():
            return
        self._clear_errors()
        self.status_label.clear()
        basics = self.entered()
        refused = [] if basics.name else [InvalidInput("name", "required")]
        try:
            check_prefix(basics.case_number_prefix)
        except InvalidInput as error:
            refused.append(error)
        if refused:
            for refusal in reversed(refused):  # the focus ends on the first
                self._show_error(refusal)
            return
        draft = EventDraft(
            name=basics.name,
            event_date=basics.event_date,
            venue=basics.venue,
            organisation_name=basics.organisation_name,
            case_number_prefix=basics.case_number_prefix,
            settings=self._event.settings,
        )
        setup, event_id, version = self._env.services.setup, self._event.id, self._event.version
        self.save_button.setEnabled(False)
        self._env.runner.submit(
            lambda: setup.update_event(event_id, draft, version), self._saved, self._failed
        )

    def _saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self._env.bus.publish(result.changes)  # reloads: set_event shows the stored facts
        self._update_buttons()
        self._set_status(self.tr("已保存。"), "muted")

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._show_error(error)

    # -- errors ------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for field in self.errors:
            self._mark(field, None)

    def _mark(self, field: str, error: InvalidInput | None) -> None:
        label, widget = self.errors[field], self._inputs[field]
        set_invalid(widget, error is not None)
        if error is None:
            label.hide()
            return
        if field == "case_number_prefix" and error.reason == "format":
            label.setText(self.tr("应为 1–4 个英文字母，如 JF"))
        else:
            label.setText(reason_text(error.reason, error.details))
        label.show()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput) and error.field in self.errors:
            self._mark(error.field, error)
            self._inputs[error.field].setFocus()
        else:
            self._set_status(describe_error(error), "error")

    def _set_status(self, text: str, role: str) -> None:
        self.status_label.setProperty("role", role)
        self.status_label.setText(text)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

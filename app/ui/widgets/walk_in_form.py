"""The walk-in registration form: the people of the batch, then the batch itself.

Keyboard only: Enter moves on (the station's :class:`EnterChain`), F6 adds a person.
Each field is checked as the user leaves it; a service rejection marks its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import InvalidInput
from app.domain.types import Priority
from app.services.registration_data import VisitDraft
from app.services.registration_rules import ELDERLY_AGE
from app.services.setup_data import EventSetup
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.widgets.desk_person_row import PersonRow
from app.ui.widgets.desk_visit_fields import VisitFields
from app.ui.widgets.desk_words import priority_text

_PERSON_FIELD = re.compile(r"petitioners\[(\d+)\]\.(\w+)")
MAX_PEOPLE = 20


class WalkInForm(QWidget):
    """Everything typed about one walk-in batch; ``build_draft`` turns it into a draft."""

    allocation_changed = Signal()
    identity_ready = Signal(str)
    people_changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.rows: list[PersonRow] = []
        self.people_box = QVBoxLayout()
        self.people_box.setSpacing(0)
        self.add_person = QPushButton(icon("add"), self.tr("添加来访人 (F6)"))
        self.add_person.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visit = VisitFields(self)
        head = QHBoxLayout()
        caption = QLabel(self.tr("来访人"))
        caption.setStyleSheet("font-weight: bold;")
        head.addWidget(caption)
        head.addStretch(1)
        head.addWidget(self.add_person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(self.people_box)
        layout.addSpacing(8)
        layout.addWidget(self.visit)
        self.add_person.clicked.connect(self._add_and_focus)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._add_and_focus)
        self.visit.changed.connect(self.allocation_changed)
        self.add_row()

    def set_setup(self, setup: EventSetup) -> None:
        """Fill the topic, room and leader lists from the event."""
        self.visit.set_setup(setup)

    # -- people ------------------------------------------------------------------------

    def add_row(self) -> PersonRow | None:
        """Add an empty person row (up to 20 named people; more go in the head-count)."""
        if len(self.rows) >= MAX_PEOPLE:
            return None
        row = PersonRow(self._today, self)
        row.identity_ready.connect(self.identity_ready)
        row.changed.connect(self._people_changed)
        row.remove_requested.connect(self._remove_row)
        self.rows.append(row)
        self.people_box.addWidget(row)
        self._renumber()
        return row

    def _add_and_focus(self) -> None:
        row = self.add_row()
        if row is not None:
            row.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _remove_row(self, widget: QWidget) -> None:
        if len(self.rows) <= 1 or widget not in self.rows:
            return
        assert isinstance(widget, PersonRow)
        self.rows.remove(widget)
        self.people_box.removeWidget(widget)
        widget.deleteLater()
        self._renumber()
        self.rows[-1].name.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            row.remove.setVisible(len(self.rows) > 1)
        self.visit.set_people(len(self.rows))
        self._people_changed()

    def _people_changed(self) -> None:
        self.visit.priority.setText(priority_text(self.priority()))
        self.people_changed.emit()
        self.allocation_changed.emit()

    def identities(self) -> set[str]:
        """Whole resident ID numbers and mobile numbers that validated in the form (the
        keys of the repeat-visit lookups)."""
        return {key for row in self.rows for key in row.identities()}

    def priority(self) -> Priority:
        """The lane the service will give this batch (walk-ins: elderly or disabled)."""
        if any(r.disabled.isChecked() for r in self.rows):
            return Priority.DISABLED
        today = self._today()
        for row in self.rows:
            born = row.document.birth_date if row.document else None
            if born is not None:
                age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
                if age >= ELDERLY_AGE:
                    return Priority.ELDERLY
        return Priority.NORMAL

    # -- fields ------------------------------------------------------------------------

    def fields(self) -> list[QWidget]:
        """Every input in Enter/Tab order."""
        people = [field for row in self.rows for field in row.fields()]
        return [*people, *self.visit.all_fields()]

    def first_field(self) -> QWidget:
        return self.rows[0].name

    def topic_id(self) -> int | None:
        return self.visit.topic_id()

    # -- confirming --------------------------------------------------------------------

    def build_draft(self, client_key: str, event_id: int) -> VisitDraft | None:
        """The draft, or None after marking every wrong field (the first one focused)."""
        bad: list[QWidget] = []
        for row in self.rows:
            if not row.validate():
                bad.append(row.first_invalid() or row.name)
        bad += self.visit.check()
        topic_id = self.visit.topic_id()
        if bad or topic_id is None:
            bad[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return VisitDraft(
            client_key=client_key,
            event_id=event_id,
            topic_id=topic_id,
            head_count=self.visit.head_count.value(),
            petitioners=tuple(row.draft() for row in self.rows),
            summary=self.visit.summary.toPlainText().strip(),
            demand=self.visit.demand.toPlainText().strip(),
            requested_room_id=self.visit.requested_room_id(),
            requested_leader_id=self.visit.requested_leader_id(),
        )

    def show_error(self, error: InvalidInput) -> QWidget:
        """Mark the field a rejection names; returns the widget to focus."""
        match = _PERSON_FIELD.fullmatch(error.field)
        if match and int(match.group(1)) < len(self.rows):
            return self.rows[int(match.group(1))].show_error(match.group(2), describe_error(error))
        return self.visit.show_error(error)

    def clear(self) -> None:
        """Empty the form for the next batch (one blank person row)."""
        for row in self.rows:
            self.people_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.visit.clear()
        self.add_row()

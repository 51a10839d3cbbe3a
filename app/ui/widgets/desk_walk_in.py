"""The walk-in flow of the desk: form, repeat-visit warning, room choice and confirm.

The widgets live here with their logic; the station only places them. One ``client_key``
per form: a retry after an error or a lost answer sends the same key, so the batch is
never registered twice; a new key is made when the form is cleared after success.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from itertools import pairwise
from uuid import uuid4

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain.allocation import Allocation
from app.domain.errors import InvalidInput
from app.services.changes import Result
from app.services.registration_data import EarlierVisit, RegisteredVisit
from app.services.setup_data import EventSetup, RoomInfo
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.widgets.desk_history import earlier_visits_of
from app.ui.widgets.desk_keys import EnterChain
from app.ui.widgets.desk_repeat import RepeatPanel
from app.ui.widgets.desk_rooms import RoomChoice
from app.ui.widgets.walk_in_form import WalkInForm

PREVIEW_MS = 150


class DeskWalkIn(QObject):
    """Registers walk-ins; ``registered`` carries each new :class:`RegisteredVisit`."""

    registered = Signal(object)

    def __init__(self, env: UiEnv, today: Callable[[], date], parent: QObject | None = None):
        super().__init__(parent)
        self.env = env
        self.setup: EventSetup | None = None
        self.client_key = str(uuid4())
        self._history: dict[str, tuple[EarlierVisit, ...]] = {}
        self._preview_request = 0
        self._busy = False
        self.form = WalkInForm(today)
        self.repeat = RepeatPanel()
        self.rooms = RoomChoice()
        self.confirm = QPushButton(icon("walk_in", "white"), self.tr("确认登记 (Ctrl+Enter)"))
        self.confirm.setProperty("primary", True)
        self.confirm.setAutoDefault(True)
        self.confirm.setMinimumHeight(40)
        self.reset = QPushButton(self.tr("清空表单"))
        self.reset.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.chain = EnterChain(self._enter_order, self)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_MS)
        self.preview_timer.timeout.connect(self.preview)
        self.form.allocation_changed.connect(self.preview_timer.start)
        self.form.identity_ready.connect(self._look_up_history)
        self.form.people_changed.connect(self._people_changed)
        self.chain.finished.connect(self.confirm_walk_in)
        self.confirm.clicked.connect(self.confirm_walk_in)
        self.reset.clicked.connect(self.new_walk_in)
        self.rewire()

    def set_setup(self, setup: EventSetup) -> None:
        self.setup = setup
        self.form.set_setup(setup)
        self._show_repeats()
        self.preview_timer.start()

    def focus_form(self) -> None:
        """The first field of the form."""
        self.form.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- keyboard ----------------------------------------------------------------------

    def _enter_order(self) -> list[QWidget]:
        return [*self.form.fields(), *self.rooms.fields(), self.confirm]

    def rewire(self) -> None:
        """Watch Enter in every field and set the Tab order (after rows change)."""
        order = self._enter_order()
        self.chain.watch(*order[:-1])
        for first, second in pairwise(order):
            if first.window() is second.window():
                QWidget.setTabOrder(first, second)

    def _people_changed(self) -> None:
        self.rewire()
        self._show_repeats()

    # -- room suggestion ---------------------------------------------------------------

    def _rooms(self) -> Mapping[int, RoomInfo]:
        return {r.id: r for r in self.setup.rooms} if self.setup else {}

    def preview(self) -> None:
        """Ask for the room the allocator would pick now, with every candidate's wait."""
        self.preview_timer.stop()
        topic_id = self.form.topic_id()
        self._preview_request += 1
        request = self._preview_request
        rooms = self._rooms()
        if topic_id is None or not rooms:
            self.rooms.set_allocation(None, rooms)
            return
        registration, event_id = self.env.services.registration, self.env.event_id
        visit = self.form.visit
        head_count, priority = visit.head_count.value(), self.form.priority()
        wanted_room, wanted_leader = visit.requested_room_id(), visit.requested_leader_id()

        def done(allocation: Allocation) -> None:
            if request == self._preview_request:
                self.rooms.set_allocation(allocation, rooms)

        def failed(error: BaseException) -> None:
            if request == self._preview_request:
                self.rooms.set_allocation(None, rooms)
                self.rooms.reason_label.setText(describe_error(error))

        self.env.runner.submit(
            lambda: registration.preview_allocation(
                event_id, topic_id, head_count, priority, wanted_room, wanted_leader
            ),
            done,
            failed,
        )

    # -- repeat visits -----------------------------------------------------------------

    def _look_up_history(self, key: str) -> None:
        if key in self._history:
            self._show_repeats()
            return
        services, form_key = self.env.services, self.client_key

        def done(visits: tuple[EarlierVisit, ...]) -> None:
            if form_key == self.client_key:
                self._history[key] = visits
                self._show_repeats()

        self.env.runner.submit(lambda: earlier_visits_of(services, key), done, lambda _e: None)

    def _show_repeats(self) -> None:
        found: dict[int, EarlierVisit] = {}
        for key in self.form.identities():
            for visit in self._history.get(key, ()):
                found.setdefault(visit.visit_id, visit)
        visits = sorted(found.values(), key=lambda v: (v.event_date, v.visit_id), reverse=True)
        topics = {t.id: t.name for t in self.setup.topics} if self.setup else {}
        self.repeat.set_visits(visits, self.env.event_id, topics, self._name_warnings())

    def _name_warnings(self) -> list[str]:
        """An ID number stored under another name: a typo, or the wrong document."""
        warnings = []
        for row in self.form.rows:
            typed = " ".join(row.name.text().split())
            number = row.document.number if row.document else ""
            known = {
                v.petitioner_name
                for v in self._history.get(number, ())
                if v.matched_by == "document"
            }
            if typed and known and typed not in known:
                warnings.append(
                    self.tr(
                        "证件号码尾号 {tail} 此前登记的姓名为 {known}，与 {typed} 不同，请核对。"
                    ).format(tail=number[-4:], known=self.tr("、").join(sorted(known)), typed=typed)
                )
        return warnings

    # -- confirming --------------------------------------------------------------------

    def confirm_walk_in(self) -> None:
        """Ctrl+Enter: check the form and register the batch (retries reuse the key)."""
        if self._busy:
            return
        self.message.hide()
        draft = self.form.build_draft(self.client_key, self.env.event_id)
        if draft is None:
            return
        room_id = self.rooms.chosen_room_id() if self.rooms.is_override() else None
        reason = self.rooms.reason()
        if room_id is not None and not reason:
            error = InvalidInput("override_reason", "required")
            self.rooms.show_error(describe_error(error)).setFocus()
            return
        self._set_busy(True)
        registration = self.env.services.registration
        self.env.runner.submit(
            lambda: registration.register_walk_in(draft, room_id=room_id, override_reason=reason),
            self._registered,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("正在登记…") if busy else self.tr("确认登记 (Ctrl+Enter)"))

    def _registered(self, result: Result[RegisteredVisit]) -> None:
        self._set_busy(False)
        self.env.bus.publish(result.changes)
        self.registered.emit(result.value)
        self.new_walk_in()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidInput) and error.field in ("override_reason", "room_id"):
            self.rooms.show_error(describe_error(error)).setFocus()
        elif isinstance(error, InvalidInput) and error.field != "petitioners":
            self.form.show_error(error).setFocus()
        else:
            self.show_message(describe_error(error))

    def show_message(self, text: str) -> None:
        """A problem that belongs to no field, shown beside the confirm button."""
        self.message.setText(text)
        self.message.show()

    def new_walk_in(self) -> None:
        """Clear the form for the next batch: a new key, focus in the first field."""
        self.client_key = str(uuid4())
        self._history.clear()
        self.form.clear()
        self.rooms.clear()
        self.repeat.clear()
        self.message.hide()
        self.rewire()
        self.preview_timer.start()
        self.focus_form()

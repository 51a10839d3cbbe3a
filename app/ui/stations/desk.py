"""The registration desk (登记台): find and check in visitors, register walk-ins.

Top: one search box. Left: the results and the batch found (check in all or some
members). Middle: the walk-in form, keyboard only, with the repeat-visit warning. Right:
the ticket just handed out, the room suggestion with every candidate's wait, and every
room's current wait.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import VisitStatus
from app.services.changes import Changes, Entity
from app.services.queue_data import RoomWait
from app.services.registration_data import RegisteredVisit
from app.services.search import SearchHit
from app.services.setup_data import EventSetup
from app.ui.env import UiEnv
from app.ui.messages import describe_error
from app.ui.widgets.desk_batch import DeskBatchPane
from app.ui.widgets.desk_search import DeskSearchPanel
from app.ui.widgets.desk_ticket import TicketBanner
from app.ui.widgets.desk_waits import RoomWaitsPanel
from app.ui.widgets.desk_walk_in import DeskWalkIn
from app.ui.widgets.desk_words import room_label

REFRESH_MS = 150


class DeskStation(QWidget):
    """The desk. ``ticket_requested(visit_id)`` asks the print path for a queue ticket:
    after each walk-in, each first check-in of a batch, and on Ctrl+P (reprint)."""

    ticket_requested = Signal(int)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setup: EventSetup | None = None
        self._changed_visits: set[int] | None = set()  # None: unknown, reload everything
        self.search = DeskSearchPanel(env, self)
        self.batch = DeskBatchPane(env, self)
        self.walk_in = DeskWalkIn(env, self._today, self)
        self.form = self.walk_in.form
        self.rooms = self.walk_in.rooms
        self.waits = RoomWaitsPanel(self)
        self.banner = TicketBanner(self)
        self._lay_out()
        self.walk_in.rewire()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh)
        self._connect()
        self._load_setup()
        self._load_waits()

    # -- building ----------------------------------------------------------------------

    def _lay_out(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 6, 0)
        left_box.addWidget(_heading(self.tr("查找结果")))
        left_box.addWidget(self.search, 3)
        left_box.addWidget(_line())
        left_box.addWidget(self.batch, 4)
        self.form_column = QWidget()
        keys = QLabel(self.tr("F3 新登记 · Enter 下一项 · F6 加人"))
        keys.setProperty("role", "muted")
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("现场登记")))
        head.addStretch(1)
        head.addWidget(keys)
        inner = QWidget()
        inner_box = QVBoxLayout(inner)
        inner_box.setContentsMargins(0, 0, 8, 0)
        inner_box.addWidget(self.form)
        inner_box.addWidget(self.walk_in.repeat)
        inner_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        actions = QHBoxLayout()
        actions.addWidget(self.walk_in.message, 1)
        actions.addWidget(self.walk_in.reset)
        actions.addWidget(self.walk_in.confirm)
        column = QVBoxLayout(self.form_column)
        column.setContentsMargins(6, 0, 6, 0)
        column.addLayout(head)
        column.addWidget(scroll, 1)
        column.addLayout(actions)
        self.room_column = QWidget()
        right = QVBoxLayout(self.room_column)
        right.setContentsMargins(6, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.rooms)
        right.addWidget(self.waits, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((left, 4), (self.form_column, 5), (self.room_column, 4)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([460, 470, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(self.search.box)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search.hit_selected.connect(self._hit_selected)
        self.search.hit_activated.connect(self._hit_activated)
        self.batch.checked_in.connect(self._checked_in)
        self.walk_in.registered.connect(self._registered)
        self.banner.reprint_requested.connect(self.ticket_requested)
        self.env.bus.changed.connect(self._bus_changed)
        confirm = self.walk_in.confirm_walk_in
        shortcuts: list[tuple[QWidget, QKeySequence, Callable[[], object]]] = [
            (self, QKeySequence(Qt.Key.Key_F2), self.focus_search),
            (self, QKeySequence(Qt.Key.Key_F3), self.walk_in.focus_form),
            (self, QKeySequence("Ctrl+P"), self.banner.reprint.click),
        ]
        for column in (self.form_column, self.room_column):
            shortcuts.append((column, QKeySequence("Ctrl+Return"), confirm))
            shortcuts.append((column, QKeySequence("Ctrl+Enter"), confirm))
        for owner, key, slot in shortcuts:
            shortcut = QShortcut(key, owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _today(self) -> date:
        return self.env.services.ctx.clock.now().date()

    # -- loading -----------------------------------------------------------------------

    def _load_setup(self) -> None:
        services, event_id = self.env.services, self.env.event_id
        self.env.runner.submit(
            lambda: services.setup.event_setup(event_id), self._setup_loaded, self._failed
        )

    def _setup_loaded(self, setup: EventSetup) -> None:
        self.setup = setup
        self.walk_in.set_setup(setup)
        self.batch.set_setup(setup)

    def _load_waits(self) -> None:
        queue, event_id = self.env.services.queue, self.env.event_id

        def done(rows: tuple[RoomWait, ...]) -> None:
            self.waits.set_rows(rows)

        self.env.runner.submit(lambda: queue.room_waits(event_id), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.walk_in.show_message(describe_error(error))

    def _bus_changed(self, changes: Changes, _remote: bool) -> None:
        if changes.touches(Entity.SETUP) or changes.touches(Entity.EVENT):
            self._load_setup()
        if changes.touches(Entity.VISIT):
            ids = changes.ids(Entity.VISIT)
            self._changed_visits = (
                None if not ids or self._changed_visits is None else (self._changed_visits | ids)
            )
        if changes.touches(Entity.VISIT) or changes.touches(Entity.SETUP):
            self.refresh_timer.start()

    def _refresh(self) -> None:
        """Queues moved (here or at another station): waits and suggestion always; the
        results and the batch shown only when one of their batches changed."""
        changed, self._changed_visits = self._changed_visits, set()
        self._load_waits()
        self.walk_in.preview()
        shown = {hit.visit_id for hit in self.search.model.rows()}
        if self.batch.card is not None:
            shown.add(self.batch.card.visit_id)
        if changed is not None and not changed & shown:
            return
        if self.search.box.text().strip():
            self.search.refresh()
        else:
            self.batch.reload()

    # -- finding and checking in -------------------------------------------------------

    def focus_search(self) -> None:
        """F2: the search box, its text selected for the next query."""
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def _hit_selected(self, hit: SearchHit | None) -> None:
        if hit is None:
            self.batch.show_nothing()
        else:
            self.batch.show_hit(hit)

    def _hit_activated(self, hit: SearchHit) -> None:
        if hit.visit_id is not None and hit.visit_status == VisitStatus.PRE_REGISTERED.value:
            self.batch.show_visit(hit.visit_id, then_check_in=True)
        else:
            self.batch.show_hit(hit)
            if self.batch.members.count():
                self.batch.members.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked_in(self, visit: RegisteredVisit, first: bool) -> None:
        self.banner.show_visit(visit, self._room_text(visit.room_id), self.tr("签到"))
        if first and visit.ticket_text:
            self.ticket_requested.emit(visit.visit_id)
        self.focus_search()

    def _registered(self, visit: RegisteredVisit) -> None:
        self.banner.show_visit(visit, self._room_text(visit.room_id), self.tr("现场登记"))
        if visit.ticket_text:
            self.ticket_requested.emit(visit.visit_id)

    def _room_text(self, room_id: int | None) -> str:
        if self.setup is None or room_id is None:
            return ""
        room = next((r for r in self.setup.rooms if r.id == room_id), None)
        return room_label(room.number, room.name) if room else ""


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d4dbe5;")
    return line

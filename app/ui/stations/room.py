"""接待室: the leader's screen — the room's queue and the case card of the batch received."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes, Entity
from app.services.errors import ChangedElsewhere, InvalidState
from app.services.permissions import Permission
from app.services.queue_data import QueueEntry, RoomQueue
from app.services.reception_data import CaseCard, DecisionResult
from app.services.setup_data import EventSetup, RoomInfo
from app.ui.dialogs.reveal_number import open_reveal
from app.ui.dialogs.room_flows import RoomFlows
from app.ui.env import UiEnv
from app.ui.item_models.room_queue import queue_rows
from app.ui.messages import describe_error
from app.ui.widgets.case_card import CaseCardView
from app.ui.widgets.room_heading import RoomHeading
from app.ui.widgets.room_message import MessageBar
from app.ui.widgets.room_queue_panel import RoomQueuePanel
from app.ui.widgets.room_zoom import ZoomControl
from app.ui.widgets.station_parts import side_by_side
from app.ui.words import outcome_text
from app.ui.words import visit_status_text as status_text

ROOM_KEY = "room/selected_room_id"
REFRESH_MS = 60_000
_CONCERNS = (Entity.VISIT, Entity.CASE, Entity.ASSIGNMENT)


class RoomStation(QWidget):
    """The queue with its one-click moves on the left, the scalable case card on the right.

    With ``room_id`` None (the admin role) a picker at the top chooses the room; the
    choice is remembered on this workstation.
    """

    def __init__(self, env: UiEnv, room_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.fixed_room_id = room_id
        self.room_id: int | None = room_id
        self.setup: EventSetup | None = None
        self.queue: RoomQueue | None = None
        self.finished_visit_id: int | None = None
        self.last_decision: DecisionResult | None = None
        self.active_dialog: QDialog | None = None
        self._setup_changed = False

        self.picker = QComboBox()
        self.picker.setMinimumWidth(320)
        self.picker.setVisible(room_id is None)
        self.picker.setToolTip(self.tr("选择要查看的接待室"))
        self.heading = RoomHeading()
        self.title, self.subtitle = self.heading.title, self.heading.subtitle
        self.zoom = ZoomControl()
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.heading, 1)
        top.addWidget(self.zoom)
        self.message = MessageBar()

        self.panel = RoomQueuePanel()
        self.card_view = CaseCardView()
        self.card_view.set_zoom(self.zoom.value())
        splitter = side_by_side(self.panel, self.card_view, (0, 1), (430, 850))
        self.panel.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.flows = RoomFlows(self)
        self._shortcuts()
        self.picker.currentIndexChanged.connect(self._picked)
        self.panel.action_requested.connect(self.flows.queue_action)
        self.card_view.decide_requested.connect(self.flows.decide)
        self.card_view.add_case_requested.connect(self.flows.add_case)
        self.card_view.call_next_requested.connect(lambda: self.flows.queue_action("call_next", 0))
        self.card_view.zoom_wheel.connect(
            lambda step: self.zoom.zoom_in() if step > 0 else self.zoom.zoom_out()
        )
        self.zoom.zoom_changed.connect(self.card_view.set_zoom)
        self.card_view.reveal_allowed = env.services.ctx.may(Permission.REVEAL_IDENTITY)
        self.card_view.reveal_requested.connect(
            lambda pid: open_reveal(env, self.card_view.card, pid, self)
        )
        env.bus.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.load_setup()

    # -- keyboard --------------------------------------------------------------------

    def _shortcuts(self) -> None:
        def add(keys: tuple[str, ...], slot: Callable[[], Any], name: str) -> QAction:
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False: slot())
            self.addAction(action)
            return action

        for action in self.panel.shortcut_actions():
            self.addAction(action)
        add(("Ctrl+=", "Ctrl++"), self.zoom.zoom_in, "zoom_in")
        add(("Ctrl+-",), self.zoom.zoom_out, "zoom_out")
        add(("Ctrl+0",), self.zoom.reset, "zoom_reset")
        add(("Ctrl+N",), self.flows.add_case, "add_case")
        for number, kind in enumerate(("resolved", "hand_over", "legal", "explained"), start=1):
            add((f"Ctrl+{number}",), partial(self.flows.decide_first_open, kind), kind)

    # -- loading ---------------------------------------------------------------------

    def load_setup(self) -> None:
        """Read the event's rooms, topics and units, then the queue."""
        event_id = self.env.event_id
        self.env.runner.submit(
            lambda: self.env.services.setup.event_setup(event_id),
            self._setup_loaded,
            self.say_error,
        )

    def _setup_loaded(self, setup: EventSetup) -> None:
        self._setup_changed = self.setup is not None and setup != self.setup
        self.setup = setup
        if self.fixed_room_id is None:
            self._fill_picker(setup)
        else:
            self.room_id = _resolve_room(setup, self.fixed_room_id)
            if self.room_id is None:
                text = self.tr("本活动没有 {n} 号接待室。").format(n=self.fixed_room_id)
                self.say(text, "error")
        self._show_title()
        self.reload()

    def _fill_picker(self, setup: EventSetup) -> None:
        stored = QSettings("ReceptionDay", "ReceptionDay").value(ROOM_KEY)
        wanted = self.room_id if self.room_id is not None else _as_int(stored)
        self.picker.blockSignals(True)
        self.picker.clear()
        for room in setup.rooms:
            text = self.tr("{number} 号 · {name}").format(number=room.number, name=room.name)
            self.picker.addItem(text, room.id)
        index = self.picker.findData(wanted)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self.room_id = self.picker.currentData()

    def _picked(self, _index: int) -> None:
        room_id = self.picker.currentData()
        if room_id is None or room_id == self.room_id:
            return
        QSettings("ReceptionDay", "ReceptionDay").setValue(ROOM_KEY, room_id)
        self.room_id = int(room_id)
        self.finished_visit_id = None
        self.queue = None
        self.message.clear_message()
        self._show_title()
        self.reload()

    def room_info(self) -> RoomInfo | None:
        if self.setup is None or self.room_id is None:
            return None
        return next((r for r in self.setup.rooms if r.id == self.room_id), None)

    def _show_title(self) -> None:
        self.heading.show_room(self.room_info(), self.setup)

    def reload(self) -> None:
        """Reload the queue (and then the card of the batch in front of the leader)."""
        room_id = self.room_id
        if room_id is None:
            self.panel.set_queue(None, [])
            self.card_view.show_empty(self.tr("未选择接待室"), can_call=False)
            return
        services = self.env.services

        event_id = self.env.event_id

        def load() -> tuple[RoomQueue, datetime, float | None]:
            queue = services.queue.room_queue(room_id)
            waits = services.queue.room_waits(event_id)
            wait = next((w.expected_wait_minutes for w in waits if w.room_id == room_id), None)
            return queue, services.ctx.clock.now(), wait

        def loaded(answer: tuple[RoomQueue, datetime, float | None]) -> None:
            if room_id == self.room_id:
                self._queue_loaded(*answer)

        self.env.runner.submit(load, loaded, self.say_error)

    def _queue_loaded(self, queue: RoomQueue, now: datetime, wait: float | None) -> None:
        self.queue = queue
        self.panel.set_queue(queue, queue_rows(queue, now, self._topic_name, wait))
        visit_id = queue.serving.visit_id if queue.serving else self.finished_visit_id
        if visit_id is None:
            waiting = len(queue.waiting)
            detail = (
                self.tr("候谈 {n} 批，按 F5 叫号").format(n=waiting)
                if waiting
                else self.tr("暂无候谈的来访人")
            )
            self.card_view.show_empty(self.tr("当前没有接谈的来访人"), detail, can_call=waiting > 0)
            return
        self.load_card(visit_id)

    def load_card(self, visit_id: int) -> None:
        room_id = self.room_id

        def loaded(card: CaseCard) -> None:
            if room_id == self.room_id:
                room = self.room_info()
                self.card_view.show_card(
                    card, self.setup, room.unit_ids if room else (), force=self._setup_changed
                )
                self._setup_changed = False

        self.env.runner.submit(
            lambda: self.env.services.reception.case_card(visit_id), loaded, self.say_error
        )

    def _topic_name(self, topic_id: int) -> str:
        topics = self.setup.topics if self.setup else ()
        return next((t.name for t in topics if t.id == topic_id), "")

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        if not any(item.event_id in (None, self.env.event_id) for item in changes.items):
            return
        if changes.touches(Entity.SETUP) or changes.touches(Entity.EVENT):
            self.load_setup()
        elif any(changes.touches(entity) for entity in _CONCERNS):
            self.reload()

    # -- messages --------------------------------------------------------------------

    def say(self, text: str, kind: str = "ok") -> None:
        """A line above the panes: ok (green), warning or error."""
        self.message.say(text, kind)

    def say_error(self, error: BaseException) -> None:
        """Word an error; when the records moved on elsewhere, show them as they are now."""
        if isinstance(error, InvalidState) and error.state == "busy":
            serving = self.queue.serving if self.queue else None
            ticket = serving.ticket_text if serving else ""
            text = self.tr("本室正在接谈 {ticket} 号，请先完成、暂缓或过号。")
            self.say(text.format(ticket=ticket), "warning")
            return
        if isinstance(error, InvalidState) and error.entity in ("visit", "case"):
            state = (
                status_text(error.state) if error.entity == "visit" else outcome_text(error.state)
            )
            text = self.tr("操作未执行：该记录现为“{state}”（可能已在其他工作站处理），已刷新。")
            self.say(text.format(state=state), "warning")
            self.reload()
            return
        self.say(describe_error(error), "error")
        if isinstance(error, ChangedElsewhere):
            self.reload()

    def entry(self, visit_id: int) -> QueueEntry | None:
        """The queue row of a batch of this room, if it is listed."""
        if self.queue is None:
            return None
        entries = [self.queue.serving] if self.queue.serving else []
        entries += [*self.queue.waiting, *self.queue.on_hold, *self.queue.no_shows]
        return next((e for e in entries if e.visit_id == visit_id), None)


def _as_int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _resolve_room(setup: EventSetup, wanted: int) -> int | None:
    """The room of this event with that id, else the one with that number
    (``--station room:3`` names the room as people do: by its number)."""
    by_id = next((r.id for r in setup.rooms if r.id == wanted), None)
    return by_id or next((r.id for r in setup.rooms if r.number == wanted), None)

"""叫号屏: the hall display. Every room's serving and next tickets, masked names, waits.

Needs no login and shows only masked data. Reloads when the bus says visits (or the
rooms) changed; a room whose serving ticket changed since the last load flashes, emits
:attr:`DisplayStation.called` and is spoken where text-to-speech is available.
F11 toggles full screen, Esc leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.printing.data import DocumentSettings
from app.services.changes import Changes, Entity
from app.services.errors import NotFound
from app.services.queue_data import RoomWait
from app.services.setup_data import EventInfo
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.load_gate import LoadGate
from app.ui.messages import describe_error
from app.ui.speech import Announcer
from app.ui.widgets.display_board import DisplayBoard

CLOCK_MS = 5_000
"""How often the time in the header is redrawn."""

REFRESH_MS = 60_000
"""Expected waits shrink with time: reload at least this often even without changes."""


@dataclass(frozen=True)
class _Snapshot:
    event: EventInfo | None  # None: unchanged since the last load
    waits: tuple[RoomWait, ...]


class DisplayStation(QWidget):
    """The hall board with a small operator bar (full screen, speech on/off, status)."""

    called = Signal(int, str)  # room number, ticket — a new call seen on this load

    def __init__(self, env: UiEnv, announcer: Announcer | None = None) -> None:
        super().__init__()
        self._env = env
        self.announcer = announcer if announcer is not None else Announcer(self)
        self._last: dict[int, tuple[str, datetime | None]] | None = None
        self.loads = LoadGate(self._load)
        self._event_stale = True
        self._full_screen = False

        self.full_screen_button = QPushButton(icon("full_screen"), self.tr("全屏显示 (F11)"))
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.speech_box = QCheckBox(self.tr("语音播报"))
        self.speech_box.setChecked(self.announcer.available)
        self.speech_box.setEnabled(self.announcer.available)
        self.speech_box.toggled.connect(self.announcer.set_enabled)
        self.speech_label = QLabel()
        self.speech_label.setProperty("role", "muted")
        self.status_label = QLabel()
        self.status_label.setProperty("role", "muted")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.full_screen_button)
        bar.addWidget(self.speech_box)
        bar.addWidget(self.speech_label, 1)
        bar.addWidget(self.status_label)
        self.operator_bar = QWidget()
        self.operator_bar.setLayout(bar)

        self.board = DisplayBoard()
        self.board.toggle_full_screen.connect(self.toggle_full_screen)
        self.board.leave_full_screen.connect(self.leave_full_screen)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.operator_bar)
        self._layout.addWidget(self.board, 1)

        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_full_screen)
        self.announcer.state_changed.connect(self._show_speech_state)
        self._show_speech_state()

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_MS)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self._refresh_timer.start()
        env.bus.changed.connect(self._on_changed)
        self._tick()
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if changes.touches(Entity.EVENT) or changes.touches(Entity.SETUP):
            self._event_stale = True
            self.reload()
        elif changes.touches(Entity.VISIT):
            self.reload()

    def reload(self) -> None:
        """Load every room's line; a load asked for while one runs follows it."""
        self.loads.request()

    def _load(self) -> None:
        services, event_id = self._env.services, self._env.event_id
        with_event = self._event_stale

        def load() -> _Snapshot:
            event = None
            if with_event:
                events = services.setup.list_events()
                event = next((e for e in events if e.id == event_id), None)
                if event is None:
                    raise NotFound("event", event_id)
            return _Snapshot(event, services.queue.room_waits(event_id))

        self._env.runner.submit(load, self._loaded, self._failed)

    def _loaded(self, result: object) -> None:
        assert isinstance(result, _Snapshot)
        if result.event is not None:
            self._event_stale = False
            wording = DocumentSettings.from_wording(result.event.settings.wording)
            self.board.set_header(
                self.tr("{event} · 叫号").format(event=result.event.name),
                wording.ticket_instructions,
            )
        self.board.set_waits(result.waits)
        self._announce_new_calls(result.waits)
        now = self._env.services.ctx.clock.now()
        self.status_label.setText(self.tr("更新于 {time}").format(time=now.strftime("%H:%M:%S")))
        self.status_label.setProperty("role", "muted")
        self.status_label.style().polish(self.status_label)
        self.loads.done()

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("刷新失败：{reason}").format(reason=describe_error(error))
        )
        self.status_label.setProperty("role", "error")
        self.status_label.style().polish(self.status_label)
        self.loads.done()

    def _announce_new_calls(self, waits: tuple[RoomWait, ...]) -> None:
        current = {w.room_id: (w.serving_ticket, w.last_called_at) for w in waits}
        previous = self._last
        self._last = current
        if previous is None:  # the first load sets the baseline, it calls nobody
            return
        for wait in sorted(waits, key=lambda w: w.last_called_at or datetime.min):
            key = current[wait.room_id]
            if not wait.serving_ticket or previous.get(wait.room_id) == key:
                continue
            tile = self.board.tile(wait.room_number)
            if tile is not None:
                tile.flash()
            text = self.announcer.announce(wait.serving_ticket, wait.room_number)
            self.board.show_call(text)
            self.called.emit(wait.room_number, wait.serving_ticket)

    # -- chrome ------------------------------------------------------------------------

    def _tick(self) -> None:
        self.board.set_clock(self._env.services.ctx.clock.now().strftime("%H:%M"))

    def _show_speech_state(self, state: str = "") -> None:
        del state
        self.speech_label.setText(self.announcer.status_text())
        tip = "" if self.announcer.available else self.announcer.status_text()
        self.speech_box.setToolTip(tip)

    @property
    def is_full_screen(self) -> bool:
        """Whether the board is shown on its own, full screen."""
        return self._full_screen

    def toggle_full_screen(self) -> None:
        """F11: show the board alone on the whole screen, or put it back."""
        if self._full_screen:
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """Detach the board into its own full-screen window (still owned by the station)."""
        if self._full_screen:
            return
        self._full_screen = True
        self._layout.removeWidget(self.board)
        self.board.setParent(self, Qt.WindowType.Window)
        self.board.setWindowTitle(self.tr("叫号屏"))
        self.board.setCursor(Qt.CursorShape.BlankCursor)
        self.board.showFullScreen()
        self.board.activateWindow()
        self.board.setFocus()

    def leave_full_screen(self) -> None:
        """Esc: the board goes back into the station."""
        if not self._full_screen:
            return
        self._full_screen = False
        self.board.showNormal()
        self.board.unsetCursor()
        self.board.setParent(self, Qt.WindowType.Widget)
        self._layout.addWidget(self.board, 1)
        self.board.show()
        self.full_screen_button.setFocus()

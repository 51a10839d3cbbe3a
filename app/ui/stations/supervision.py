"""督办: every handed-over item with its three clocks, chased until closed and called back.

The board (filters, sorted by due date) sits on the left, the chosen item's case, clocks
and history on the right, with the actions under it. Every change carries the version
the clerk saw: a change made meanwhile at another station reloads the board and says so.
The board reloads when assignments, cases or the event change, here or elsewhere (when
it is hidden behind another tab, once it is shown again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import AssignmentStatus
from app.services.assignment_data import AssignmentDetail, AssignmentRow, BoardFilter
from app.services.changes import Changes, Entity
from app.services.permissions import Permission
from app.ui.dialogs.reveal_number import RevealDialog, reveal_person
from app.ui.dialogs.supervision_flows import SupervisionFlows
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.supervision_board import (
    NEEDS_REMINDER,
    ROW_ROLE,
    SupervisionBoardModel,
    SupervisionFilter,
)
from app.ui.load_gate import LoadGate
from app.ui.messages import describe_error
from app.ui.printing.controller import PrintController
from app.ui.printing.printer import PrinterBackend, QtPrinterBackend
from app.ui.printing.settings import PrintSettings
from app.ui.widgets.station_parts import detail_column, side_by_side
from app.ui.widgets.supervision_detail import SupervisionDetail
from app.ui.widgets.supervision_filter_bar import SupervisionFilterBar
from app.ui.widgets.supervision_table import board_table

RELOAD_ON = (Entity.ASSIGNMENT, Entity.CASE, Entity.EVENT, Entity.SETUP)
SELECT_ROWS = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


@dataclass(frozen=True)
class _Snapshot:
    rows: tuple[AssignmentRow, ...]
    today: date
    events: tuple[tuple[int, str], ...]


class SupervisionStation(QWidget):
    """The supervision office's station. ``backend``/``settings`` default to the real
    printers and this workstation's QSettings; tests pass their own."""

    def __init__(
        self,
        env: UiEnv,
        backend: PrinterBackend | None = None,
        settings: PrintSettings | None = None,
    ) -> None:
        super().__init__()
        self.env = env
        self.reminders = env.services.reminders
        self.controller = PrintController(
            env,
            backend if backend is not None else QtPrinterBackend(),
            settings if settings is not None else PrintSettings(),
            self,
        )
        self.flows = SupervisionFlows(self)
        self.active_dialog: QDialog | None = None
        self.preview_dialog: QDialog | None = None
        self.detail_data: AssignmentDetail | None = None
        self.loads = LoadGate(self._load)
        self._shown_id: int | None = None

        title = QLabel(self.tr("督办"))
        title.setProperty("role", "heading")
        self.counts_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.counts_label, 1)
        self.filters = SupervisionFilterBar()
        self.filters.changed.connect(self._apply_filter)
        self.filters.event_changed.connect(self.reload)
        self.model = SupervisionBoardModel(self)
        self.proxy = SupervisionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = board_table(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = SupervisionDetail()
        self.detail.reveal_allowed = env.services.ctx.may(Permission.REVEAL_IDENTITY)
        self.detail.reveal_requested.connect(self.reveal)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, icon_name, text in (
            ("feedback", "edit", self.tr("录入反馈")),
            ("close", "ok", self.tr("办结")),
            ("reopen", "requeue", self.tr("重新交办")),
            ("extend", "event", self.tr("延期")),
            ("follow_up", "call_next", self.tr("回访")),
        ):
            button = QPushButton(icon(icon_name), text)
            button.clicked.connect(lambda _=False, k=key: self.flows.act(k))
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.remind_list_button = QPushButton(icon("warning"), self.tr("催办清单"))
        self.remind_list_button.clicked.connect(lambda: self.filters.set_deadline(NEEDS_REMINDER))
        self.reminder_button = QPushButton(icon("print"), self.tr("催办函…"))
        self.reminder_button.clicked.connect(self.flows.reminders)
        refresh = QPushButton(icon("refresh"), self.tr("刷新 (F5)"))
        refresh.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setWordWrap(True)

        splitter = side_by_side(
            self.table, detail_column(self.detail, actions), (3, 2), (1000, 420)
        )
        bottom = QHBoxLayout()
        for button in (self.remind_list_button, self.reminder_button, refresh):
            bottom.addWidget(button)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        self.controller.batch_done.connect(self.flows.printed)
        env.bus.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def event_id(self) -> int:
        """The event letters are made for: the chosen one, else the station's."""
        return self.filters.event_id(self.env.event_id) or self.env.event_id

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if any(changes.touches(entity) for entity in RELOAD_ON):
            self.loads.request_when_visible(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loads.shown()

    def reload(self) -> None:
        """Load the board; a load asked for while one runs follows it."""
        self.loads.request()

    def _load(self) -> None:
        services = self.env.services
        event_id = (
            self.filters.event_id(self.env.event_id)
            if self.filters.event_combo.count()
            else (self.env.event_id)
        )

        def load() -> _Snapshot:
            rows = services.assignments.board(BoardFilter(event_id=event_id))
            events = tuple(
                (e.id, f"{e.event_date:%Y-%m-%d} {e.name}") for e in services.setup.list_events()
            )
            return _Snapshot(rows, services.ctx.clock.now().date(), events)

        self.env.runner.submit(load, self._loaded, self._load_failed)

    def _loaded(self, snapshot: object) -> None:
        assert isinstance(snapshot, _Snapshot)
        selected = self.current_row()
        self.filters.set_events(snapshot.events, self.env.event_id)
        self.model.set_rows(snapshot.rows, snapshot.today)
        units = {r.lead_unit_id: r.lead_unit_name for r in snapshot.rows}
        rooms = {r.room_id: r.room_label for r in snapshot.rows if r.room_id is not None}
        self.filters.set_units(sorted(units.items(), key=lambda u: u[1]))
        self.filters.set_rooms(sorted(rooms.items(), key=lambda r: r[1]))
        self._show_counts(snapshot.rows)
        self._shown_id = None
        if selected is None or not self.select_assignment(selected.assignment_id):
            self._selection_changed()
        self.loads.done()

    def _load_failed(self, error: BaseException) -> None:
        self.say_error(error)
        self.loads.done()

    def _show_counts(self, rows: tuple[AssignmentRow, ...]) -> None:
        closed = sum(1 for r in rows if r.status == AssignmentStatus.CLOSED.value)
        overdue = sum(1 for r in rows if r.needs_reminder and r.is_overdue)
        soon = sum(1 for r in rows if r.needs_reminder and not r.is_overdue)
        self.counts_label.setText(
            self.tr("交办 {n} 件 · 已办结 {closed} · 超期 {overdue} · 即将到期 {soon}").format(
                n=len(rows), closed=closed, overdue=overdue, soon=soon
            )
        )
        self.remind_list_button.setText(self.tr("催办清单（{n}）").format(n=overdue + soon))

    # -- selection and detail ------------------------------------------------------------

    def current_row(self) -> AssignmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, AssignmentRow) else None

    def select_assignment(self, assignment_id: int) -> bool:
        """Select the assignment's row (if the filter shows it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).assignment_id == assignment_id:
                self.table.selectionModel().select(index, SELECT_ROWS)
                self.table.scrollTo(index)
                self._selection_changed()
                return True
        return False

    def _apply_filter(self) -> None:
        self.proxy.set_filter(**self.filters.values())  # type: ignore[arg-type]
        if self.current_row() is None:
            self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.current_row()
        self._update_buttons()
        if row is None:
            self._shown_id, self.detail_data = None, None
            self.detail.clear_detail()
            return
        if row.assignment_id == self._shown_id:
            return
        self._shown_id = row.assignment_id
        today, service = self.model.today, self.env.services.assignments

        def shown(detail: object) -> None:
            assert isinstance(detail, AssignmentDetail)
            now = self.current_row()
            if now is not None and now.assignment_id == detail.row.assignment_id:
                self.detail_data = detail
                self.detail.show_detail(detail, today)
                self._update_buttons()

        self.env.runner.submit(lambda: service.detail(row.assignment_id), shown, self.say_error)

    def _update_buttons(self) -> None:
        row = self.current_row()
        closed = row is not None and row.status == AssignmentStatus.CLOSED.value
        self.buttons["feedback"].setEnabled(row is not None and not closed)
        self.buttons["close"].setEnabled(row is not None and not closed)
        self.buttons["reopen"].setEnabled(closed)
        self.buttons["extend"].setEnabled(row is not None and not closed)
        self.buttons["follow_up"].setEnabled(row is not None)

    # -- actions -------------------------------------------------------------------------

    def reveal(self, petitioner_id: int) -> RevealDialog | None:
        """显示完整号码 of a person of the shown case (for the follow-up call): the reveal
        dialog asks for a reason, and the service audits the request."""
        people = self.detail_data.people if self.detail_data is not None else ()
        return reveal_person(self.env, people, petitioner_id, self)

    def say(self, text: str, role: str = "") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def say_error(self, error: BaseException) -> None:
        self.say(describe_error(error), "error")

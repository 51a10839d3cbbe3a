"""The room's queue pane: the batch being served, its one-click actions, and the lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.queue_data import QueueEntry, RoomQueue
from app.ui.icons import icon
from app.ui.item_models.room_queue import (
    NO_SHOW,
    ON_HOLD,
    VISIT_ID_ROLE,
    WAITING,
    QueueGroupFilter,
    QueueRow,
    RoomQueueModel,
)
from app.ui.words import visit_status_text as status_text

# serving actions (on the batch in front of the leader) and row actions (on the selection)
SERVING_ACTIONS = ("call_next", "start", "hold", "no_show", "transfer")
ROW_ACTIONS = ("call", "hold", "resume", "requeue", "transfer")
ROW_ALLOWED = {
    "call": {WAITING},
    "hold": {WAITING},
    "resume": {ON_HOLD},
    "requeue": {NO_SHOW},
    "transfer": {WAITING, ON_HOLD, NO_SHOW},
}


def _button(action: QAction, *, primary: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setSizePolicy(button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed)
    button.setMinimumHeight(40 if primary else 34)
    if primary:
        button.setProperty("primary", "true")
        button.setStyleSheet(
            "QToolButton { background: #2b4a6f; color: white; font-size: 17px; font-weight: bold;"
            " border-radius: 4px; padding: 4px 10px; }"
            "QToolButton:disabled { background: #9aa5b1; }"
            "QToolButton:hover { background: #355a86; }"
        )
    return button


class RoomQueuePanel(QWidget):
    """Emits ``action_requested(kind, visit_id)``; visit_id is 0 for "call next"."""

    action_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RoomQueueModel(self)
        self.serving: QueueEntry | None = None
        self.serving_label = QLabel()
        self.serving_label.setWordWrap(True)
        self.serving_label.setTextFormat(Qt.TextFormat.RichText)
        self.serving_actions = self._serving_actions()
        self.row_actions = self._row_actions()
        self.tabs = QTabWidget()
        self.views: dict[str, QTableView] = {}
        for group in (WAITING, ON_HOLD, NO_SHOW):
            self.views[group] = self._view(group)
            self.tabs.addTab(self.views[group], "")
        self.tabs.currentChanged.connect(lambda _i: self._update_row_actions())

        box = QFrame()
        box.setObjectName("servingBox")
        box.setStyleSheet(
            "QFrame#servingBox { background: #ffffff; border: 1px solid #d4dbe5;"
            " border-radius: 6px; }"
        )
        grid = QGridLayout(box)
        grid.addWidget(self.serving_label, 0, 0, 1, 2)
        grid.addWidget(_button(self.serving_actions["call_next"], primary=True), 1, 0, 1, 2)
        grid.addWidget(_button(self.serving_actions["start"]), 2, 0)
        grid.addWidget(_button(self.serving_actions["hold"]), 2, 1)
        grid.addWidget(_button(self.serving_actions["no_show"]), 3, 0)
        grid.addWidget(_button(self.serving_actions["transfer"]), 3, 1)

        row_bar = QHBoxLayout()
        row_bar.setSpacing(4)
        self.row_buttons = {kind: _button(self.row_actions[kind]) for kind in ROW_ACTIONS}
        for button in self.row_buttons.values():
            row_bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row_bar)
        self.set_queue(None, [])

    # -- actions ---------------------------------------------------------------------

    def _action(self, name: str, text: str, kind: str, shortcut: str = "") -> QAction:
        action = QAction(icon(name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut})")
        action.setObjectName(kind)
        return action

    def _serving_actions(self) -> dict[str, QAction]:
        specs = {
            "call_next": ("call_next", self.tr("叫下一位"), "F5"),
            "start": ("start", self.tr("开始接谈"), "F6"),
            "hold": ("hold", self.tr("暂缓"), "F7"),
            "no_show": ("no_show", self.tr("过号"), "F8"),
            "transfer": ("transfer", self.tr("转其他接待室…"), "F9"),
        }
        actions = {}
        for kind, (name, text, key) in specs.items():
            action = self._action(name, f"{text} {key}", kind, key)
            if kind == "call_next":  # on the dark primary button
                action.setIcon(icon(name, "#ffffff"))
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, k=kind: self._serving_triggered(k))
            actions[kind] = action
        return actions

    def _row_actions(self) -> dict[str, QAction]:
        specs = {
            "call": ("call_next", self.tr("叫此号")),
            "hold": ("hold", self.tr("暂缓")),
            "resume": ("requeue", self.tr("恢复排队")),
            "requeue": ("requeue", self.tr("重新排队")),
            "transfer": ("transfer", self.tr("转室…")),
        }
        actions = {}
        for kind, (name, text) in specs.items():
            action = self._action(name, text, f"row_{kind}")
            action.setToolTip(self.tr("对选中的来访人：{what}").format(what=text))
            action.triggered.connect(lambda _=False, k=kind: self._row_triggered(k))
            actions[kind] = action
        return actions

    def _serving_triggered(self, kind: str) -> None:
        if kind == "call_next":
            self.action_requested.emit(kind, 0)
        elif self.serving is not None:
            self.action_requested.emit(kind, self.serving.visit_id)

    def _row_triggered(self, kind: str) -> None:
        row = self.selected_row()
        if row is not None and row.group in ROW_ALLOWED[kind]:
            self.action_requested.emit(kind, row.entry.visit_id)

    # -- lists -----------------------------------------------------------------------

    def _view(self, group: str) -> QTableView:
        proxy = QueueGroupFilter(group, self)
        proxy.setSourceModel(self.model)
        view = QTableView()
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoomQueueModel.NAME, QHeaderView.ResizeMode.Stretch)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions(list(self.row_actions.values()))
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_row_actions())
        view.doubleClicked.connect(self._double_clicked)
        return view

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.selected_row()
        if row is not None and row.group == WAITING and self.serving is None:
            self.action_requested.emit("call", row.entry.visit_id)

    def current_group(self) -> str:
        return (WAITING, ON_HOLD, NO_SHOW)[max(0, self.tabs.currentIndex())]

    def selected_row(self) -> QueueRow | None:
        view = self.views[self.current_group()]
        indexes = view.selectionModel().selectedRows()
        if not indexes:
            return None
        proxy = view.model()
        assert isinstance(proxy, QueueGroupFilter)
        return self.model.row_at(proxy.mapToSource(indexes[0]).row())

    def select_visit(
        self, visit_id: int, groups: Sequence[str] = (WAITING, ON_HOLD, NO_SHOW)
    ) -> bool:
        """Select a batch in whichever list holds it; False if none does."""
        for number, group in enumerate((WAITING, ON_HOLD, NO_SHOW)):
            if group not in groups:
                continue
            view = self.views[group]
            proxy = view.model()
            for r in range(proxy.rowCount()):
                if proxy.index(r, 0).data(VISIT_ID_ROLE) == visit_id:
                    self.tabs.setCurrentIndex(number)
                    view.selectRow(r)
                    return True
        return False

    # -- state -----------------------------------------------------------------------

    def set_queue(self, queue: RoomQueue | None, rows: Sequence[QueueRow]) -> None:
        """Show a freshly loaded queue; the selection survives the reload."""
        chosen = self.selected_row()
        tab = self.tabs.currentIndex()
        self.serving = queue.serving if queue else None
        if tuple(rows) != self.model.rows():  # unchanged: keep scroll and selection as is
            scrolled = {g: v.verticalScrollBar().value() for g, v in self.views.items()}
            self.model.set_rows(rows)
            for group, value in scrolled.items():
                self.views[group].verticalScrollBar().setValue(value)
        counts = {
            WAITING: len(queue.waiting) if queue else 0,
            ON_HOLD: len(queue.on_hold) if queue else 0,
            NO_SHOW: len(queue.no_shows) if queue else 0,
        }
        persons = sum(e.head_count for e in queue.waiting) if queue else 0
        self.tabs.setTabText(0, self.tr("候谈 {n} 批 {p} 人").format(n=counts[WAITING], p=persons))
        self.tabs.setTabText(1, self.tr("暂缓 {n}").format(n=counts[ON_HOLD]))
        self.tabs.setTabText(2, self.tr("过号 {n}").format(n=counts[NO_SHOW]))
        self.tabs.setCurrentIndex(max(0, tab))
        if chosen is not None:  # reselect it if it is still in the list on show
            self.select_visit(chosen.entry.visit_id, groups=(self.current_group(),))
        self._show_serving()
        busy = self.serving is not None
        self.serving_actions["call_next"].setEnabled(not busy and counts[WAITING] > 0)
        self.serving_actions["start"].setEnabled(busy and self._status() == "called")
        self.serving_actions["hold"].setEnabled(busy)
        self.serving_actions["no_show"].setEnabled(busy and self._status() == "called")
        self.serving_actions["transfer"].setEnabled(busy)
        self._update_row_actions()

    def _status(self) -> str:
        return self.serving.status if self.serving else ""

    def _show_serving(self) -> None:
        entry = self.serving
        if entry is None:
            text = self.tr("<span style='color:#5f6b7a; font-size:16px;'>当前无人接谈</span>")
        else:
            text = self.tr(
                "<span style='font-size:30px; font-weight:bold; color:#1f3550;'>{ticket}</span>"
                "&nbsp;&nbsp;<span style='font-size:18px;'>{name} · {n} 人</span>"
                "&nbsp;&nbsp;<span style='font-size:15px; color:{colour};'>{status}</span>"
            ).format(
                ticket=entry.ticket_text,
                name=entry.display_name,
                n=entry.head_count,
                status=status_text(entry.status),
                colour="#e65100" if entry.status == "called" else "#2e7d32",
            )
        self.serving_label.setText(text)

    def _update_row_actions(self) -> None:
        row = self.selected_row()
        for kind, action in self.row_actions.items():
            allowed = row is not None and row.group in ROW_ALLOWED[kind]
            if kind == "call":
                allowed = allowed and self.serving is None
            action.setEnabled(allowed)
            self.row_buttons[kind].setVisible(self._visible(kind))

    def _visible(self, kind: str) -> bool:
        return bool(ROW_ALLOWED[kind] & {self.current_group()})

    def shortcut_actions(self) -> list[QAction]:
        """Actions with keyboard shortcuts, to be added to the station widget."""
        return list(self.serving_actions.values())

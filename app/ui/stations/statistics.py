"""统计: the live day (counters, rooms, outcomes) and the follow-up figures (rates with
their definitions, hand-overs by unit and topic, satisfaction), for one event.

The figures reload when the change bus reports visits, cases, assignments or the set-up
changing in the shown event, or any event added or changed (the chooser), here or at
another station; a hidden station only notes
it and reloads when shown again. Several events: a chooser picks the one shown. The
end-of-day summary opens as PDF (preview, print, save) or is saved as Excel; the cases
export to Excel or CSV through the export dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes, Entity
from app.services.setup_data import EventInfo
from app.services.statistics_follow_up import FollowUpStatistics
from app.services.statistics_live import LiveDay
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.load_gate import LoadGate
from app.ui.messages import describe_error
from app.ui.printing.printer import PrinterBackend, QtPrinterBackend
from app.ui.printing.settings import PrintSettings
from app.ui.widgets.stats_follow_up import FollowUpTab
from app.ui.widgets.stats_live import LiveTab
from app.ui.widgets.stats_summary import SummaryActions

RELOAD_ON = (Entity.VISIT, Entity.CASE, Entity.ASSIGNMENT, Entity.EVENT, Entity.SETUP)


@dataclass(frozen=True)
class _Snapshot:
    event_id: int
    events: tuple[EventInfo, ...]
    live: LiveDay
    follow_up: FollowUpStatistics


class StatisticsStation(QWidget):
    """Header (event chooser, time of the figures, documents) over two tabs.

    ``backend`` and ``settings`` default to the real printers and this workstation's
    QSettings; tests pass their own.
    """

    def __init__(
        self,
        env: UiEnv,
        backend: PrinterBackend | None = None,
        settings: PrintSettings | None = None,
    ) -> None:
        super().__init__()
        self.env = env
        self.event_id = env.event_id
        self.loads = LoadGate(self._load)
        self.snapshot: _Snapshot | None = None

        title = QLabel(self.tr("统计"))
        title.setProperty("role", "heading")
        self.event_box = QComboBox()
        self.event_box.setMinimumContentsLength(24)
        self.event_box.setToolTip(self.tr("选择要统计的接访日"))
        self.event_box.currentIndexChanged.connect(self._event_chosen)
        self.event_box.hide()
        self.as_of_label = QLabel()
        self.as_of_label.setProperty("role", "muted")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.summary = SummaryActions(
            self,
            env,
            backend if backend is not None else QtPrinterBackend(),
            settings if settings is not None else PrintSettings(),
            lambda: self.event_id,
            self.show_status,
        )
        self.refresh_button = self._button("refresh", self.tr("刷新 (F5)"), self.reload)
        self.pdf_button = self._button("print", self.tr("当日汇总（PDF）"), self.summary.open_pdf)
        self.pdf_button.setToolTip(self.tr("预览当日工作汇总，可打印或另存为 PDF"))
        self.excel_button = self._button(
            "save", self.tr("当日汇总（Excel）"), lambda: self.summary.save_excel()
        )
        self.excel_button.setToolTip(self.tr("将当日工作汇总保存为 Excel 工作簿"))
        self.export_button = self._button("save", self.tr("导出信访件…"), self.open_export)
        self.export_button.setToolTip(
            self.tr("将本接访日的信访件及交办、督办、回访情况导出为 Excel 或 CSV")
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.event_box)
        header.addWidget(self.as_of_label, 1)
        for button in (
            self.refresh_button,
            self.pdf_button,
            self.excel_button,
            self.export_button,
        ):
            header.addWidget(button)

        self.live_tab = LiveTab()
        self.follow_up_tab = FollowUpTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.live_tab, icon("room"), self.tr("当日实况"))
        self.tabs.addTab(self.follow_up_tab, icon("supervision"), self.tr("交办与回访"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.status_label.hide()

        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        env.bus.changed.connect(self._on_changed)
        self.reload()

    def _button(self, icon_name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    def open_export(self) -> ExportDialog:
        """导出信访件 of the shown event (masked by default; the dialog says how)."""
        dialog = ExportDialog(self.env, self.event_id, self)
        dialog.exec()
        return dialog

    def show_status(self, text: str, role: str = "") -> None:
        """A line under the header (``role`` "error" shows it in red)."""
        self.status_label.setText(text)
        self.status_label.setProperty("role", role or "muted")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.setVisible(bool(text))

    # -- loading -----------------------------------------------------------------------

    def _on_changed(self, changes: Changes, remote: bool) -> None:
        del remote
        if not any(
            i.entity in RELOAD_ON
            and (i.entity is Entity.EVENT or i.event_id in (None, self.event_id))
            for i in changes.items
        ):
            return
        self.loads.request_when_visible(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loads.shown()

    def reload(self) -> None:
        """Load the figures of the chosen event; a load asked for while one runs follows it."""
        self.loads.request()

    def _load(self) -> None:
        stats, setup, event_id = (
            self.env.services.statistics,
            self.env.services.setup,
            self.event_id,
        )

        def load() -> _Snapshot:
            events = setup.list_events()
            return _Snapshot(event_id, events, stats.live_day(event_id), stats.follow_up(event_id))

        self.env.runner.submit(load, self._loaded, self._load_failed)

    def _loaded(self, snapshot: object) -> None:
        assert isinstance(snapshot, _Snapshot)
        if snapshot.event_id == self.event_id:
            self.snapshot = snapshot
            self._set_events(snapshot.events)
            self.live_tab.show_day(snapshot.live)
            self.follow_up_tab.show_statistics(snapshot.follow_up)
            self.as_of_label.setText(
                self.tr("数据截至 {time}").format(
                    time=snapshot.live.as_of.strftime("%Y-%m-%d %H:%M")
                )
            )
            if self.status_label.property("role") == "error":
                self.show_status("")
        else:  # another event was chosen meanwhile: load that one
            self.loads.request()
        self.loads.done()

    def _load_failed(self, error: BaseException) -> None:
        self.show_status(describe_error(error), "error")
        self.loads.done()

    # -- events ------------------------------------------------------------------------

    def _set_events(self, events: tuple[EventInfo, ...]) -> None:
        box = self.event_box
        box.blockSignals(True)
        box.clear()
        for event in events:
            box.addItem(f"{event.name}（{event.event_date.isoformat()}）", event.id)
        box.setCurrentIndex(max(0, box.findData(self.event_id)))
        box.blockSignals(False)
        box.setVisible(len(events) > 1)

    def _event_chosen(self, index: int) -> None:
        chosen = self.event_box.itemData(index)
        if isinstance(chosen, int) and chosen != self.event_id:
            self.choose_event(chosen)

    def choose_event(self, event_id: int) -> None:
        """Show another event's figures."""
        self.event_id = event_id
        self.reload()

"""The desk's one search box and its results, updated as the user types.

A keyboard-wedge scanner types a notice's QR payload and Enter: the search runs at once
and a single pre-registered batch is handed on for check-in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.pinyin_keys import QueryKind, classify_query
from app.services.search import SearchHit
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.search_results import SearchResultsModel
from app.ui.messages import describe_error

DEBOUNCE_MS = 200
LIMIT = 30


class DeskSearchPanel(QWidget):
    """``hit_selected`` when the current row changes, ``hit_activated`` on Enter or a
    double click (or a scanned notice with one batch)."""

    hit_selected = Signal(object)  # SearchHit | None
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._request = 0
        self._activate_single = False
        self.box = QLineEdit()
        self.box.setObjectName("deskSearch")
        self.box.setClearButtonEnabled(True)
        self.box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.box.setPlaceholderText(
            self.tr("查找：姓名 / 拼音首字母 / 证件或电话尾号 / 排队号 / 查询码 / 扫预约单 (F2)")
        )
        self.box.setStyleSheet("#deskSearch { font-size: 18px; padding: 8px 10px; }")
        self.model = SearchResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchResultsModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(self._typed)
        self.box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._activate_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._say_hint()

    def _say_hint(self) -> None:
        self.status.setText(self.tr("输入后自动查找；↓ 进入结果，Enter 签到，Esc 清空"))

    # -- searching ---------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._activate_single = False
        self.timer.start()

    def search_now(self) -> None:
        """Run the search for the box's text (also after a change elsewhere)."""
        self.timer.stop()
        text = self.box.text().strip()
        self._request += 1
        request = self._request
        if not text:
            self.model.set_rows(())
            self.hit_selected.emit(None)
            self._say_hint()
            return
        if not classify_query(text):
            self.model.set_rows(())
            self.hit_selected.emit(None)
            self.status.setText(self.tr("无法识别的查找内容"))
            return
        search = self._env.services.search
        event_id = self._env.event_id

        def done(hits: tuple[SearchHit, ...]) -> None:
            if request == self._request:
                self._show(hits)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.model.set_rows(())
                self.status.setText(describe_error(error))

        self._env.runner.submit(lambda: search.find(event_id, text, LIMIT), done, failed)

    def refresh(self) -> None:
        """Search again, keeping the current row if it is still there."""
        if self.box.text().strip():
            self.search_now()

    def _show(self, hits: tuple[SearchHit, ...]) -> None:
        current = self.current_hit()
        self.model.set_rows(hits)
        if not hits:
            self.status.setText(self.tr("没有找到。新来访人请在右侧现场登记。"))
            self.hit_selected.emit(None)
            return
        self.status.setText(self.tr("找到 {n} 条").format(n=len(hits)))
        keep = 0
        if current is not None:
            same = (current.petitioner_id, current.visit_id)
            keep = next((i for i, h in enumerate(hits) if (h.petitioner_id, h.visit_id) == same), 0)
        self.table.selectRow(keep)
        self.hit_selected.emit(hits[keep])
        if self._activate_single:
            self._activate_single = False
            batches = {h.visit_id for h in hits if h.visit_id is not None}
            if len(batches) == 1:
                self.hit_activated.emit(hits[0])

    def current_hit(self) -> SearchHit | None:
        """The hit of the current row."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < self.model.rowCount():
            self.hit_selected.emit(self.model.row_at(current.row()))

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.row_at(index.row()))

    def clear(self) -> None:
        """Empty the box and the results."""
        self.box.clear()
        self.search_now()

    # -- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched is self.box:
            if enter and plain:
                self._enter_in_box()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.clear()
                return True
        elif watched is self.table:
            if enter and plain:
                hit = self.current_hit()
                if hit is not None:
                    self.hit_activated.emit(hit)
                return True
            if key == Qt.Key.Key_Escape or (
                key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0
            ):
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _enter_in_box(self) -> None:
        """A scan (QR) checks in its one batch; otherwise Enter goes to the results."""
        text = self.box.text().strip()
        if QueryKind.QR in classify_query(text):
            self._activate_single = True
            self.search_now()
            self.box.selectAll()
            return
        if self.timer.isActive():
            self.search_now()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

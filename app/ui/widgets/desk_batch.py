"""The batch found at the desk: its members with check boxes, check in all or some."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import VisitStatus
from app.services.changes import Result
from app.services.permissions import Permission
from app.services.reception_data import CaseCard
from app.services.registration_data import RegisteredVisit
from app.services.search import SearchHit
from app.services.setup_data import EventSetup
from app.ui.dialogs.reveal_number import open_reveal
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.widgets.desk_words import room_label
from app.ui.words import flag_text, sealed_text
from app.ui.words import visit_status_text as status_text

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
_CLOSED = (VisitStatus.DONE.value, VisitStatus.CANCELLED.value)


class DeskBatchPane(QWidget):
    """Shows one batch (the case card, masked) and checks in its members."""

    checked_in = Signal(object, bool)  # RegisteredVisit, whether it took its ticket now

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._setup: EventSetup | None = None
        self.card: CaseCard | None = None
        self._request = 0
        self.title = QLabel(self.tr("批次详情"))
        self.title.setProperty("role", "heading")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "muted")
        self.members = QListWidget()
        self.members.setAlternatingRowColors(True)
        self.members.setMaximumHeight(220)
        self.members.installEventFilter(self)
        if env.services.ctx.may(Permission.REVEAL_IDENTITY):
            reveal = QAction(self.tr("显示完整号码…"), self.members)
            reveal.triggered.connect(self._reveal)
            self.members.addAction(reveal)
            self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.check_all = QPushButton(icon("check_in", "white"), self.tr("全部签到"))
        self.check_all.setProperty("primary", True)
        self.check_all.setAutoDefault(True)
        self.check_some = QPushButton(icon("check_in"), self.tr("签到所选"))
        self.check_some.setAutoDefault(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_all)
        buttons.addWidget(self.check_some)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.summary)
        layout.addWidget(self.members, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(0)
        self.check_all.clicked.connect(lambda: self.check_in(None))
        self.check_some.clicked.connect(self._check_in_selected)
        self.show_nothing()

    def set_setup(self, setup: EventSetup) -> None:
        self._setup = setup

    # -- showing -----------------------------------------------------------------------

    def show_nothing(self) -> None:
        """The empty state: how to find a visitor."""
        self.card = None
        self._request += 1
        keys = [
            ("F2", self.tr("查找来访人（姓名、拼音首字母、尾号、排队号、扫预约单）")),
            ("↓ / Enter", self.tr("进入结果 / 预登记批次整批签到")),
            ("F3", self.tr("现场登记新来访人")),
            ("F6", self.tr("登记表中添加来访人")),
            ("Ctrl+Enter", self.tr("确认登记")),
            ("Ctrl+P", self.tr("重打排队号")),
        ]
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
            for k, v in keys
        )
        intro = escape(self.tr("选中查找结果即显示该批次；可勾选部分成员签到。"))
        self.info.setText(f"<p>{intro}</p><table>{rows}</table>")
        self.summary.clear()
        self.members.clear()
        self._set_buttons(False)
        self._show_batch_widgets(False)
        self.error.hide()

    def _show_batch_widgets(self, shown: bool) -> None:
        for widget in (self.members, self.check_all, self.check_some):
            widget.setVisible(shown)

    def show_hit(self, hit: SearchHit) -> None:
        """The hit's batch in this event, or a note that the person has none."""
        if hit.visit_id is None:
            self.card = None
            self._request += 1
            self.members.clear()
            self.summary.clear()
            note = self.tr("{name}（{id}）本次接访日没有登记。如需接访，请在现场登记表中登记。")
            shown = sealed_text(hit.id_masked) or "—"
            self.info.setText(escape(note.format(name=hit.name, id=shown)))
            self._set_buttons(False)
            self._show_batch_widgets(False)
            self.error.hide()
            return
        self.show_visit(hit.visit_id)

    def show_visit(self, visit_id: int, then_check_in: bool = False) -> None:
        """Load the batch's case card (and check in the whole batch when asked)."""
        self._request += 1
        request = self._request
        self.error.hide()

        def done(card: CaseCard) -> None:
            if request == self._request:
                self._show_card(card)
                if then_check_in and card.status == VisitStatus.PRE_REGISTERED.value:
                    self.check_in(None)

        self._env.runner.submit(
            lambda: self._env.services.reception.case_card(visit_id), done, self._failed
        )

    def reload(self) -> None:
        """Read the shown batch again (after a change elsewhere)."""
        if self.card is not None:
            self.show_visit(self.card.visit_id)

    def _show_card(self, card: CaseCard) -> None:
        same = self.card is not None and self.card.visit_id == card.visit_id
        unticked = set(self.unselected_members()) if same else set()
        row = self.members.currentRow() if same else 0
        self.card = card
        self._show_batch_widgets(True)
        topic = ""
        room = ""
        if self._setup is not None:
            topic = next((t.name for t in self._setup.topics if t.id == card.topic_id), "")
            info = next((r for r in self._setup.rooms if r.id == card.room_id), None)
            room = room_label(info.number, info.name) if info else ""
            if room and card.status == VisitStatus.PRE_REGISTERED.value:
                room = self.tr("预分 {room}").format(room=room)
        ticket = card.ticket_text or self.tr("未取号")
        parts = [
            f"<span style='font-size:20px;font-weight:bold'>{escape(ticket)}</span>",
            f"<b>{escape(status_text(card.status))}</b>",
            escape(topic),
            escape(self.tr("{n} 人").format(n=card.head_count)),
        ]
        if room:
            parts.append(escape(room))
        flags = [flag_text(f) for f in card.risk_flags]
        line = " · ".join(p for p in parts if p)
        if flags:
            line += f" <span style='color:#c62828'>【{escape('、'.join(flags))}】</span>"
        self.info.setText(line)
        summary = card.summary
        if card.demand:
            summary += "\n" + self.tr("诉求：") + card.demand
        self.summary.setText(summary)
        self.members.clear()
        for person in card.petitioners:
            extra = [sealed_text(person.id_masked) or self.tr("无证件")]
            extra.append(sealed_text(person.phone_masked))
            if person.age is not None:
                extra.append(self.tr("{age}岁").format(age=person.age))
            if person.is_disabled:
                extra.append(self.tr("残疾人"))
            item = QListWidgetItem(f"{person.name}    {'  '.join(e for e in extra if e)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person.petitioner_id not in unticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(MEMBER_ROLE, person.petitioner_id)
            self.members.addItem(item)
        if self.members.count():
            self.members.setCurrentRow(min(max(row, 0), self.members.count() - 1))
        self._set_buttons(card.status not in _CLOSED)
        pre = card.status == VisitStatus.PRE_REGISTERED.value
        self.check_all.setText(self.tr("全部签到 (Enter)") if pre else self.tr("补签到全部成员"))
        self.check_all.setIcon(icon("check_in", "white" if pre else "#2b4a6f"))
        if bool(self.check_all.property("primary")) != pre:
            self.check_all.setProperty("primary", pre)
            self.check_all.style().unpolish(self.check_all)
            self.check_all.style().polish(self.check_all)

    def _reveal(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            open_reveal(self._env, self.card, int(item.data(MEMBER_ROLE)), self)

    def _set_buttons(self, enabled: bool) -> None:
        self.check_all.setEnabled(enabled)
        self.check_some.setEnabled(enabled)

    # -- checking in -------------------------------------------------------------------

    def selected_members(self) -> list[int]:
        """Members whose box is ticked."""
        items = (self.members.item(i) for i in range(self.members.count()))
        return [
            int(item.data(MEMBER_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def unselected_members(self) -> list[int]:
        """Members whose box is not ticked."""
        items = (self.members.item(i) for i in range(self.members.count()))
        return [
            int(item.data(MEMBER_ROLE))
            for item in items
            if item.checkState() != Qt.CheckState.Checked
        ]

    def _check_in_selected(self) -> None:
        members = self.selected_members()
        if not members:
            self._show_error(self.tr("请至少勾选一位来访人。"))
            return
        self.check_in(members)

    def check_in(self, member_ids: Sequence[int] | None) -> None:
        """Check in the shown batch: every member (None) or those given."""
        if self.card is None:
            return
        visit_id = self.card.visit_id
        registration = self._env.services.registration
        members = list(member_ids) if member_ids is not None else None
        first = self.card.status == VisitStatus.PRE_REGISTERED.value
        self._set_buttons(False)

        def done(result: Result[RegisteredVisit]) -> None:
            self._env.bus.publish(result.changes)
            self.checked_in.emit(result.value, first)
            self.show_visit(visit_id)

        self._env.runner.submit(
            lambda: registration.check_in(visit_id, member_ids=members), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._show_error(describe_error(error))
        if self.card is not None:
            self._set_buttons(self.card.status not in _CLOSED)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.members
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._check_in_selected()
            return True
        return False

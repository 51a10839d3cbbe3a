"""The case card: the batch in front of the leader, in large type that scales."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.reception_data import CaseCard
from app.services.setup_data import EventSetup
from app.ui.icons import icon
from app.ui.widgets.room_badges import badge
from app.ui.widgets.room_card_parts import (
    earlier_label,
    people_layout,
    safe_name,
    section_label,
    suggested_label,
)
from app.ui.widgets.room_case_box import CaseBox, text_label
from app.ui.widgets.room_flow import FlowLayout
from app.ui.words import flag_text
from app.ui.words import visit_status_text as status_text

CARD_STYLE = """
QWidget#cardBody {{ background: #ffffff; }}
#cardBody QLabel {{ font-size: {body}px; }}
#cardBody QLabel[cardrole="ticket"] {{ font-size: {ticket}px; font-weight: bold;
    color: #1f3550; }}
#cardBody QLabel[cardrole="title"] {{ font-size: {title}px; font-weight: bold;
    color: #1f1f1f; }}
#cardBody QLabel[cardrole="section"] {{ font-size: {section}px; font-weight: bold;
    color: #2b4a6f; border-bottom: 2px solid #d4dbe5; padding: 10px 0 2px 0; }}
#cardBody QLabel[cardrole="casehead"] {{ font-size: {section}px; font-weight: bold;
    color: #1f3550; }}
#cardBody QLabel[cardrole="strong"] {{ font-weight: bold; }}
#cardBody QLabel[cardrole="muted"] {{ font-size: {small}px; color: #5f6b7a; }}
#cardBody QLabel[cardrole="empty"] {{ font-size: {title}px; color: #5f6b7a; }}
#cardBody QLabel[badge="true"] {{ font-size: {small}px; }}
#cardBody QFrame[cardrole="case"] {{ background: #f8fafc; border: 1px solid #d4dbe5;
    border-radius: 6px; }}
#cardBody QFrame[cardrole="done"] {{ background: #e8f5e9; border: 1px solid #a5d6a7;
    border-radius: 6px; }}
#cardBody QPushButton {{ font-size: {button}px; padding: {pad}px {padx}px; }}
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseCardView", text)


class CaseCardView(QScrollArea):
    """Shows one :class:`CaseCard`; the buttons report what the leader chose."""

    decide_requested = Signal(int, str)  # case_id, outcome kind
    add_case_requested = Signal()
    call_next_requested = Signal()
    zoom_wheel = Signal(int)  # +1 / -1 with Ctrl held
    reveal_requested = Signal(int)  # petitioner_id: 显示完整号码…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.card: CaseCard | None = None
        self.case_boxes: list[CaseBox] = []
        self.add_case_button: QPushButton | None = None
        self.call_next_button: QPushButton | None = None
        self._zoom = 100
        self.reveal_allowed = False  # the role may reveal full numbers (audited)
        self._show_body(self._empty(_t("当前没有接谈的来访人"), ""))

    # -- public ----------------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Scale every text of the card (100 = the normal large type)."""
        self._zoom = percent
        body = self.widget()
        if body is not None:
            body.setStyleSheet(self._style())
            self._size_icons(body)

    def zoom(self) -> int:
        return self._zoom

    def show_empty(self, text: str, detail: str = "", *, can_call: bool = True) -> None:
        """No batch: a large hint and the call-next button."""
        self.card = None
        self.case_boxes = []
        self.add_case_button = None
        self._show_body(self._empty(text, detail, can_call=can_call))

    def show_card(
        self,
        card: CaseCard,
        setup: EventSetup | None,
        room_unit_ids: Collection[int],
        *,
        force: bool = False,
    ) -> None:
        """Show a batch; an unchanged card is left alone (no flicker on every reload),
        and the scroll position is kept when the same batch is shown again."""
        if card == self.card and not force:
            return
        same = self.card is not None and self.card.visit_id == card.visit_id
        position = self.verticalScrollBar().value() if same else 0
        self.card = card
        self._show_body(self._build(card, setup, room_unit_ids))
        self.verticalScrollBar().setValue(position)

    def first_open_case(self) -> CaseBox | None:
        return next((b for b in self.case_boxes if b.case.outcome is None), None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_wheel.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # -- building --------------------------------------------------------------------

    def _style(self) -> str:
        z = self._zoom / 100
        return CARD_STYLE.format(
            body=round(20 * z),
            small=round(16 * z),
            title=round(26 * z),
            section=round(21 * z),
            ticket=round(48 * z),
            button=round(19 * z),
            pad=round(6 * z),
            padx=round(14 * z),
        )

    def _size_icons(self, body: QWidget) -> None:
        side = round(20 * self._zoom / 100)
        for button in body.findChildren(QPushButton):
            button.setIconSize(QSize(side, side))

    def _show_body(self, body: QWidget) -> None:
        body.setObjectName("cardBody")
        body.setStyleSheet(self._style())
        self._size_icons(body)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()

    def _empty(self, text: str, detail: str, *, can_call: bool = True) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        title = text_label(text, "empty", selectable=False)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if detail:
            hint = text_label(detail, "muted", selectable=False)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(hint)
        button = QPushButton(icon("call_next", "#ffffff"), _t("叫下一位 (F5)"))
        button.setProperty("primary", "true")
        button.setEnabled(can_call)
        button.clicked.connect(self.call_next_requested.emit)
        self.call_next_button = button
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return body

    def _build(
        self, card: CaseCard, setup: EventSetup | None, room_unit_ids: Collection[int]
    ) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(8)
        layout.addLayout(self._header(card, setup))
        self.call_next_button = None
        if card.status == "done":
            layout.addWidget(self._done_banner(card))
        layout.addWidget(section_label(_t("来访人（{n} 人）").format(n=card.head_count)))
        layout.addLayout(
            people_layout(card, self.reveal_requested.emit if self.reveal_allowed else None)
        )
        if card.note:
            layout.addWidget(text_label(_t("备注：{note}").format(note=card.note)))
        if card.earlier_visits:
            # history first: the leader reads it before deciding
            title = _t("既往来访（{n} 次）").format(n=len(card.earlier_visits))
            layout.addWidget(section_label(title))
            for visit in card.earlier_visits:
                layout.addWidget(earlier_label(visit, setup))
        layout.addWidget(section_label(_t("信访事项（{n} 件）").format(n=len(card.cases))))
        interactive = card.status in ("called", "in_reception")
        self.case_boxes = []
        first_open = next((c.case_id for c in card.cases if c.outcome is None), None)
        for number, case in enumerate(card.cases, start=1):
            box = CaseBox(
                number,
                case,
                safe_name(setup, "topic", case.topic_id),
                interactive=interactive,
                shortcuts=case.case_id == first_open,
            )
            box.decide.connect(self.decide_requested.emit)
            self.case_boxes.append(box)
            layout.addWidget(box)
        add = QPushButton(icon("add_case"), _t("添加事项 (Ctrl+N)"))
        add.setEnabled(card.status in ("called", "in_reception", "done"))
        add.clicked.connect(self.add_case_requested.emit)
        self.add_case_button = add
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(section_label(_t("建议责任单位")))
        layout.addWidget(suggested_label(card, setup, room_unit_ids))
        if not card.earlier_visits:
            layout.addWidget(section_label(_t("既往来访")))
            layout.addWidget(text_label(_t("无既往来访记录"), "muted"))
        layout.addStretch(1)
        return body

    def _header(self, card: CaseCard, setup: EventSetup | None) -> FlowLayout:
        row = FlowLayout(spacing=10)
        ticket = text_label(
            _t("{ticket} 号").format(ticket=card.ticket_text), "ticket", selectable=False
        )
        ticket.setWordWrap(False)
        row.addWidget(ticket)
        row.addWidget(badge(status_text(card.status), card.status))
        topic = safe_name(setup, "topic", card.topic_id)
        title = text_label(f"{topic} · " + _t("{n} 人").format(n=card.head_count), "title")
        title.setWordWrap(False)
        row.addWidget(title)
        flags = list(card.risk_flags)
        if card.priority in ("elderly", "disabled", "pre_booked"):
            flags.append(card.priority)
        for flag in flags:
            row.addWidget(badge(flag_text(flag), flag))
        return row

    def _done_banner(self, card: CaseCard) -> QFrame:
        frame = QFrame()
        frame.setProperty("cardrole", "done")
        layout = QHBoxLayout(frame)
        text = _t("本批接谈完毕")
        if any(c.outcome == "handed_over" for c in card.cases):
            text += _t("，交办单已送打印台")
        label = text_label(text + _t("。"), "strong", selectable=False)
        layout.addWidget(label, 1)
        button = QPushButton(icon("call_next", "#ffffff"), _t("叫下一位 (F5)"))
        button.setProperty("primary", "true")
        button.clicked.connect(self.call_next_requested.emit)
        self.call_next_button = button
        layout.addWidget(button)
        return frame

"""The last ticket handed out at this desk, in large type, with a reprint button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from app.services.registration_data import RegisteredVisit
from app.ui.icons import icon
from app.ui.widgets.desk_words import wait_text


class TicketBanner(QFrame):
    """Ticket number, room and wait band of the batch just registered or checked in."""

    reprint_requested = Signal(int)  # visit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketBanner")
        self.setStyleSheet(
            "#ticketBanner { background: #ffffff; border: 1px solid #d4dbe5;"
            " border-left: 6px solid #2b4a6f; border-radius: 4px; }"
            "#ticketBanner QLabel { background: transparent; }"
            "#ticketNumber { font-size: 46px; font-weight: bold; color: #1f3550; }"
            "#ticketRoom { font-size: 19px; font-weight: bold; color: #1f3550; }"
        )
        self.visit: RegisteredVisit | None = None
        self.kind = QLabel(self.tr("排队号"))
        self.kind.setProperty("role", "muted")
        self.number = QLabel("—")
        self.number.setObjectName("ticketNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.room = QLabel(self.tr("登记或签到后显示"))
        self.room.setObjectName("ticketRoom")
        self.room.setWordWrap(True)
        self.wait = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.reprint = QPushButton(icon("reprint"), self.tr("重打排队号 (Ctrl+P)"))
        self.reprint.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint.setEnabled(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 8, 12, 8)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.number, 1, 0, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.room, 1, 1)
        grid.addWidget(self.wait, 2, 1)
        grid.addWidget(self.note, 3, 1)
        grid.addWidget(self.reprint, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.reprint.clicked.connect(self._reprint)

    def show_visit(self, visit: RegisteredVisit, room_text: str, how: str) -> None:
        """Show a registration or check-in result; ``how`` says which (现场登记/签到)."""
        self.visit = visit
        self.number.setText(visit.ticket_text or "—")
        self.room.setText(self.tr("请到 {room}").format(room=room_text) if room_text else "")
        self.wait.setText(
            self.tr("预计等候 {band}").format(band=wait_text(visit.expected_wait_minutes))
        )
        notes = [how]
        if visit.already_registered:
            notes.append(self.tr("此前已登记，未重复登记"))
        if visit.is_repeat:
            notes.append(self.tr("重复访"))
        self.note.setText(" · ".join(notes))
        self.reprint.setEnabled(bool(visit.ticket_text))

    def _reprint(self) -> None:
        if self.visit is not None and self.visit.ticket_text:
            self.reprint_requested.emit(self.visit.visit_id)

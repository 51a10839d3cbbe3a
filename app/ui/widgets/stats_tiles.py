"""A big number with its caption and a line under it: the statistics station's counters
and rates. The tooltip (and, for rates, the line under the number) says how it is
computed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

TILE_STYLE = """
QFrame#statTile { background: #ffffff; border: 1px solid #d4dbe5; border-radius: 6px; }
QLabel#statCaption { color: #5f6b7a; font-size: 14px; }
QLabel#statNumber { color: #1f3550; font-size: 30px; font-weight: bold; }
QLabel#statDetail { color: #5f6b7a; font-size: 12px; }
"""


class NumberTile(QFrame):
    """Caption, number, detail; ``accent`` colours the number."""

    def __init__(
        self, caption: str, tooltip: str = "", accent: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statTile")
        self.setStyleSheet(TILE_STYLE)
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        self.number = QLabel("—")
        self.number.setObjectName("statNumber")
        if accent:
            self.number.setStyleSheet(f"color: {accent};")
        self.detail = QLabel()
        self.detail.setObjectName("statDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.number)
        layout.addWidget(self.detail, 1)
        self.setToolTip(tooltip)

    def set_value(self, number: str, detail: str = "") -> None:
        """Show ``number`` with ``detail`` under it."""
        self.number.setText(number)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

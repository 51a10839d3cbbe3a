"""The hall board: a header with the latest call and the time, a grid of room tiles.

Dark background, sizes proportional to the board so it reads across a hall on 1920×1080
and still fits 1280×720. F11 and Esc are reported to the station, which owns full screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.services.queue_data import RoomWait
from app.ui.widgets.display_tile import BOARD_BG, FLASH_MS, REFERENCE_SIZE, RoomTile

HEADER_SHARE = 0.085
FOOTER_SHARE = 0.04
GAP_SHARE = 0.008


def _t(text: str) -> str:
    return QCoreApplication.translate("DisplayBoard", text)


def grid_shape(count: int, width: float, height: float) -> tuple[int, int]:
    """(columns, rows) for ``count`` tiles that keeps the tiles as large as possible."""
    if count <= 0 or width <= 0 or height <= 0:
        return (1, 1)
    ref_w, ref_h = REFERENCE_SIZE
    best = (1, count)
    best_scale = -1.0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        scale = min(width / cols / ref_w, height / rows / ref_h)
        if scale > best_scale + 1e-9:
            best, best_scale = (cols, rows), scale
    return best


class DisplayBoard(QWidget):
    """Shows every room; :meth:`set_waits` with each reload, :meth:`show_call` per call."""

    toggle_full_screen = Signal()
    leave_full_screen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayBoard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self._tiles: dict[int, RoomTile] = {}
        self.title_label = self._label("title", "#e8eef5", Qt.AlignmentFlag.AlignLeft)
        self.call_label = self._label("call", "#ffd54f", Qt.AlignmentFlag.AlignCenter)
        self.clock_label = self._label("clock", "#e8eef5", Qt.AlignmentFlag.AlignRight)
        self.footer_label = self._label("footer", "#8fa6bf", Qt.AlignmentFlag.AlignCenter)
        self.empty_label = self._label("empty", "#8fa6bf", Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(_t("本场接访日尚未设置接待室"))
        self._call_lit = False
        self._call_timer = QTimer(self)
        self._call_timer.setSingleShot(True)
        self._call_timer.setInterval(FLASH_MS)
        self._call_timer.timeout.connect(self._dim_call)
        self._style_call()

    def _label(self, name: str, colour: str, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        return label

    # -- content -----------------------------------------------------------------------

    def set_header(self, title: str, footer: str) -> None:
        """The event's name and the line of instructions at the bottom."""
        self.title_label.setText(title)
        self.footer_label.setText(footer)

    def set_clock(self, text: str) -> None:
        """The time shown top right."""
        self.clock_label.setText(text)

    def set_waits(self, waits: Iterable[RoomWait]) -> None:
        """Show the rooms in this order; tiles of rooms that are gone are removed."""
        seen: list[int] = []
        for wait in waits:
            seen.append(wait.room_id)
            tile = self._tiles.get(wait.room_id)
            if tile is None:
                tile = RoomTile(wait, self)
                tile.show()
            else:
                tile.set_wait(wait)
            self._tiles[wait.room_id] = tile
        for room_id in [r for r in self._tiles if r not in seen]:
            self._tiles.pop(room_id).deleteLater()
        self._tiles = {room_id: self._tiles[room_id] for room_id in seen}
        self.empty_label.setVisible(not self._tiles)
        self._arrange()

    def tiles(self) -> list[RoomTile]:
        """The tiles in display order."""
        return list(self._tiles.values())

    def tile(self, room_number: int) -> RoomTile | None:
        """The tile of the room with this number, if it is shown."""
        return next((t for t in self._tiles.values() if t.wait.room_number == room_number), None)

    def show_call(self, text: str) -> None:
        """Put a call in the header, lit for a few seconds, then kept dimmed."""
        self.call_label.setText(text)
        self._call_lit = True
        self._style_call()
        self._call_timer.start()

    def _dim_call(self) -> None:
        self._call_lit = False
        self._style_call()

    def _style_call(self) -> None:
        if self._call_lit:
            style = "color: #0b1a2e; background: #ffb300; border-radius: 8px; font-weight: bold;"
        else:
            style = "color: #ffd54f; background: transparent; font-weight: bold;"
        self.call_label.setStyleSheet(style)

    # -- geometry ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        w, h = self.width(), self.height()
        header_h = max(40, round(h * HEADER_SHARE))
        footer_h = max(22, round(h * FOOTER_SHARE))
        gap = max(6, round(min(w, h) * GAP_SHARE))
        third = w // 3
        self.title_label.setGeometry(gap * 2, 0, third, header_h)
        self.call_label.setGeometry(third, gap // 2, w - 2 * third, header_h - gap)
        self.clock_label.setGeometry(w - third - gap * 2, 0, third, header_h)
        for label, share in (
            (self.title_label, 0.36),
            (self.call_label, 0.5),
            (self.clock_label, 0.5),
        ):
            font = label.font()
            font.setPixelSize(max(12, round(header_h * share)))
            font.setBold(True)
            label.setFont(font)
        footer_font = self.footer_label.font()
        footer_font.setPixelSize(max(11, round(footer_h * 0.55)))
        self.footer_label.setFont(footer_font)
        self.footer_label.setGeometry(0, h - footer_h, w, footer_h)
        grid = QRect(gap, header_h, w - 2 * gap, h - header_h - footer_h)
        self.empty_label.setGeometry(grid)
        empty_font = self.empty_label.font()
        empty_font.setPixelSize(max(14, round(h * 0.04)))
        self.empty_label.setFont(empty_font)
        tiles = self.tiles()
        cols, rows = grid_shape(len(tiles), grid.width(), grid.height())
        tile_w = (grid.width() - gap * (cols - 1)) / cols
        tile_h = (grid.height() - gap * (rows - 1)) / rows
        for index, tile in enumerate(tiles):
            row, col = divmod(index, cols)
            tile.setGeometry(
                round(grid.left() + col * (tile_w + gap)),
                round(grid.top() + row * (tile_h + gap)),
                math.floor(tile_w),
                math.floor(tile_h),
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), BOARD_BG)
        painter.end()

    # -- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.leave_full_screen.emit()
        else:
            super().keyPressEvent(event)

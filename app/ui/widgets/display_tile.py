"""One room on the hall display: its number, the ticket being received, the next ones.

The tile paints itself so every size, from a 1920×1080 hall screen down to 1280×720,
keeps the proportions: the serving ticket is the largest thing on the board. A new call
flashes the tile for a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEasingCurve, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.services.queue_data import RoomWait
from app.ui.widgets.display_text import TileText, tile_text

FLASH_MS = 6000
"""How long a new call flashes its tile."""

REFERENCE_SIZE = (380.0, 320.0)
"""The tile size the proportions were drawn for (15 rooms on 1920×1080)."""

BOARD_BG = QColor("#07111f")
TILE_BG = QColor("#10233b")
TILE_BORDER = QColor("#1f3d61")
FLASH_BG = QColor("#ffb300")
SERVING = QColor("#ffd54f")
SERVING_FLASH = QColor("#0b1a2e")
TEXT = QColor("#e8eef5")
MUTED = QColor("#8fa6bf")
BADGE = QColor("#1e6fd0")
CLOSED = QColor("#5b6b7d")
BAND_COLOURS = (QColor("#66bb6a"), QColor("#ffca28"), QColor("#ff7043"))


def _t(text: str) -> str:
    return QCoreApplication.translate("DisplayTile", text)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    return font


def _fitted(base: QFont, text: str, height: float, width: float, bold: bool) -> QFont:
    """The largest font up to ``height`` pixels in which ``text`` fits ``width``."""
    font = _font(base, height, bold)
    measured = QFontMetricsF(font).horizontalAdvance(text)
    if measured > width > 0:
        font = _font(base, height * width / measured, bold)
    return font


class RoomTile(QWidget):
    """The painted tile of one room; call :meth:`set_wait` with each reload."""

    flash_finished = Signal()

    def __init__(self, wait: RoomWait, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wait = wait
        self._text = tile_text(wait)
        self._highlight = 0.0
        self._flash = QVariantAnimation(self)
        self._flash.setDuration(FLASH_MS)
        self._flash.setStartValue(0.0)
        self._flash.setEndValue(0.0)
        for step in range(1, 12):
            self._flash.setKeyValueAt(step / 12, 1.0 if step % 2 else 0.35)
        self._flash.setEasingCurve(QEasingCurve.Type.Linear)
        self._flash.valueChanged.connect(self._on_flash_value)
        self._flash.finished.connect(self.flash_finished)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._describe()

    @property
    def wait(self) -> RoomWait:
        """The room line the tile shows now."""
        return self._wait

    @property
    def text(self) -> TileText:
        """The strings the tile paints."""
        return self._text

    @property
    def flashing(self) -> bool:
        """True while a new call is being flashed."""
        return self._flash.state() == QVariantAnimation.State.Running

    @property
    def highlight(self) -> float:
        """0 (normal) … 1 (fully lit) during a flash."""
        return self._highlight

    def set_wait(self, wait: RoomWait) -> None:
        """Show a newer state of the room."""
        self._wait = wait
        self._text = tile_text(wait)
        self._describe()
        self.update()

    def flash(self) -> None:
        """Light the tile up for a few seconds (restarts a running flash)."""
        self._flash.stop()
        self._flash.start()

    def _on_flash_value(self, value: object) -> None:
        self._highlight = float(value) if isinstance(value, int | float) else 0.0
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(_t("{room} 号接待室").format(room=self._wait.room_number))
        self.setAccessibleDescription(self._text.spoken())

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        scale = min(rect.width() / REFERENCE_SIZE[0], rect.height() / REFERENCE_SIZE[1])
        glow = self._highlight
        closed = not self._wait.is_open
        background = _mix(TILE_BG, FLASH_BG, glow)
        painter.setPen(_mix(TILE_BORDER, FLASH_BG, glow))
        painter.setBrush(background)
        radius = 10 * scale
        painter.drawRoundedRect(rect, radius, radius)
        pad = 14 * scale
        inner = rect.adjusted(pad, pad, -pad, -pad)
        self._paint_header(painter, inner, scale, glow, closed)
        body_top = inner.top() + 52 * scale
        footer_h = 34 * scale
        body = QRectF(inner.left(), body_top, inner.width(), inner.bottom() - footer_h - body_top)
        left = QRectF(body.left(), body.top(), body.width() * 0.56, body.height())
        right = QRectF(
            left.right() + 10 * scale,
            body.top(),
            body.right() - left.right() - 10 * scale,
            body.height(),
        )
        self._paint_serving(painter, left, scale, glow, closed)
        self._paint_next(painter, right, scale, glow)
        footer = QRectF(inner.left(), inner.bottom() - footer_h, inner.width(), footer_h)
        self._paint_footer(painter, footer, scale, glow)
        painter.end()

    def _paint_header(self, p: QPainter, r: QRectF, s: float, glow: float, closed: bool) -> None:
        base = self.font()
        badge_font = _font(base, 30 * s, bold=True)
        badge_w = max(
            44 * s, QFontMetricsF(badge_font).horizontalAdvance(self._text.badge) + 20 * s
        )
        badge = QRectF(r.left(), r.top(), badge_w, 44 * s)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(CLOSED if closed else _mix(BADGE, SERVING_FLASH, glow))
        p.drawRoundedRect(badge, 6 * s, 6 * s)
        p.setPen(TEXT)
        p.setFont(badge_font)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, self._text.badge)
        title_font = _font(base, 21 * s, bold=True)
        p.setFont(title_font)
        p.setPen(_mix(TEXT, SERVING_FLASH, glow))
        title_rect = QRectF(
            badge.right() + 10 * s, r.top(), r.right() - badge.right() - 10 * s, 44 * s
        )
        title = QFontMetricsF(title_font).elidedText(
            self._text.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        p.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)

    def _paint_serving(self, p: QPainter, r: QRectF, s: float, glow: float, closed: bool) -> None:
        base = self.font()
        caption_h = 26 * s
        p.setFont(_font(base, 18 * s))
        p.setPen(_mix(MUTED, SERVING_FLASH, glow))
        caption = _t("正在叫号") if glow > 0 and self._text.serving else self._text.caption
        if closed:
            p.setPen(TEXT)
            p.setFont(_font(base, 34 * s, bold=True))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, caption)
            return
        p.drawText(
            QRectF(r.left(), r.top(), r.width(), caption_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            caption,
        )
        number_rect = QRectF(r.left(), r.top() + caption_h, r.width(), r.height() - caption_h)
        text = self._text.serving
        share = 0.8 if self._wait.serving_ticket else 0.4  # an idle room's dash stays small
        height = min(number_rect.height() * share, 118 * s)
        p.setFont(_fitted(base, text, height, number_rect.width(), True))
        p.setPen(_mix(SERVING, SERVING_FLASH, glow) if self._wait.serving_ticket else MUTED)
        p.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_next(self, p: QPainter, r: QRectF, s: float, glow: float) -> None:
        base = self.font()
        caption_h = 26 * s
        p.setFont(_font(base, 18 * s))
        p.setPen(_mix(MUTED, SERVING_FLASH, glow))
        p.drawText(
            QRectF(r.left(), r.top(), r.width(), caption_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._text.next_caption,
        )
        row_h = min(40 * s, (r.height() - caption_h) / 3)
        number_font = _font(base, row_h * 0.72, bold=True)
        name_font = _font(base, row_h * 0.6)
        number_w = QFontMetricsF(number_font).horizontalAdvance("0000") + 6 * s
        for index, (ticket, name) in enumerate(self._text.next_lines[:3]):
            top = r.top() + caption_h + index * row_h
            p.setFont(number_font)
            p.setPen(_mix(TEXT, SERVING_FLASH, glow))
            p.drawText(
                QRectF(r.left(), top, number_w, row_h), Qt.AlignmentFlag.AlignVCenter, ticket
            )
            p.setFont(name_font)
            p.setPen(_mix(MUTED, SERVING_FLASH, glow))
            name_rect = QRectF(r.left() + number_w, top, r.width() - number_w, row_h)
            shown = QFontMetricsF(name_font).elidedText(
                name, Qt.TextElideMode.ElideRight, name_rect.width()
            )
            p.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_footer(self, p: QPainter, r: QRectF, s: float, glow: float) -> None:
        p.setPen(_mix(TILE_BORDER, SERVING_FLASH, glow))
        p.drawLine(r.topLeft(), r.topRight())
        font = _font(self.font(), 19 * s)
        p.setFont(font)
        p.setPen(_mix(MUTED, SERVING_FLASH, glow))
        p.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self._text.counts)
        if self._text.band:
            p.setFont(_font(self.font(), 19 * s, bold=True))
            p.setPen(_mix(BAND_COLOURS[self._text.band_level], SERVING_FLASH, glow))
            p.drawText(
                r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self._text.band
            )

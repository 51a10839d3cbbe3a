"""Every icon the app uses, by meaning. Call after the QApplication exists.

The icons are glyphs of the Font Awesome 6 (solid) font that comes with qtawesome,
drawn the way qtawesome draws them (its "text" painter: glyph 7/8 of the icon's height,
centred, in the given colour; the palette's disabled text colour when disabled). Only
that one font and its character map are loaded, and qtawesome itself is not imported:
it loads a dozen fonts and QtPy first, ≈ 0.2 s of every start.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

FONT_PREFIX = "fa6s"
_FONT_GLOB = "fontawesome6-solid-webfont-*.ttf"

_NAMES = {
    "desk": "fa6s.id-card",
    "room": "fa6s.people-arrows",
    "print": "fa6s.print",
    "display": "fa6s.tv",
    "setup": "fa6s.gears",
    "supervision": "fa6s.list-check",
    "statistics": "fa6s.chart-column",
    "ledger": "fa6s.table-list",
    "search": "fa6s.magnifying-glass",
    "walk_in": "fa6s.user-plus",
    "check_in": "fa6s.circle-check",
    "call_next": "fa6s.bullhorn",
    "start": "fa6s.play",
    "hold": "fa6s.pause",
    "no_show": "fa6s.user-slash",
    "requeue": "fa6s.rotate-left",
    "transfer": "fa6s.right-left",
    "resolved": "fa6s.handshake",
    "hand_over": "fa6s.file-signature",
    "legal": "fa6s.scale-balanced",
    "explained": "fa6s.comment-dots",
    "add_case": "fa6s.plus",
    "reprint": "fa6s.clone",
    "preview": "fa6s.eye",
    "warning": "fa6s.triangle-exclamation",
    "error": "fa6s.circle-xmark",
    "ok": "fa6s.circle-check",
    "repeat": "fa6s.clock-rotate-left",
    "collective": "fa6s.people-group",
    "confidential": "fa6s.user-secret",
    "database": "fa6s.database",
    "online": "fa6s.plug-circle-check",
    "offline": "fa6s.plug-circle-xmark",
    "refresh": "fa6s.arrows-rotate",
    "save": "fa6s.floppy-disk",
    "delete": "fa6s.trash-can",
    "add": "fa6s.plus",
    "lock": "fa6s.lock",
    "switch_user": "fa6s.user-group",
    "log_out": "fa6s.right-from-bracket",
    "unit": "fa6s.building-columns",
    "leader": "fa6s.user-tie",
    "topic": "fa6s.tags",
    "wording": "fa6s.file-pen",
    "event": "fa6s.calendar-days",
    "edit": "fa6s.pen-to-square",
    "full_screen": "fa6s.expand",
    "room_open": "fa6s.door-open",
    "room_closed": "fa6s.door-closed",
    "rule": "fa6s.link",
    "import": "fa6s.file-import",
    "template": "fa6s.file-excel",
    "open_file": "fa6s.folder-open",
}


@dataclass(frozen=True)
class GlyphFont:
    """The icon font as loaded into the application: its family and character map."""

    family: str
    chars: dict[str, str]


def qtawesome_fonts_dir() -> Path:
    """qtawesome's ``fonts`` folder (installed package or PyInstaller bundle)."""
    spec = importlib.util.find_spec("qtawesome")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "fonts").is_dir():
            return Path(folder) / "fonts"
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root or ".") / "qtawesome" / "fonts"


@cache
def glyph_font() -> GlyphFont:
    """Load the Font Awesome 6 solid font (once); raises OSError when it is missing."""
    folder = qtawesome_fonts_dir()
    found = sorted(folder.glob(_FONT_GLOB))
    if not found:
        raise OSError(f"no {_FONT_GLOB} in {folder}")
    ttf = found[-1]
    charmap = ttf.with_name(ttf.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
    codes: dict[str, str] = json.loads(charmap.read_text(encoding="utf-8"))
    font_id = QFontDatabase.addApplicationFontFromData(ttf.read_bytes())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise OSError(f"cannot load the icon font {ttf}")
    return GlyphFont(families[0], {k: chr(int(v, 16)) for k, v in codes.items()})


class GlyphIconEngine(QIconEngine):
    """Draws one glyph of the icon font, as qtawesome's ``CharIconPainter`` does."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self._family, self._char = family, char
        self._color, self._disabled = color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._color)
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(round(0.875 * rect.height()))
        font.setStyleName("Solid")
        painter.setFont(font)
        painter.setOpacity(1.0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap


@cache
def icon(name: str, color: str = "#2b4a6f") -> QIcon:
    """The icon for a meaning (e.g. ``"call_next"``); raises KeyError for an unknown one."""
    prefix, _, glyph = _NAMES[name].partition(".")
    assert prefix == FONT_PREFIX, _NAMES[name]
    font = glyph_font()
    disabled = QGuiApplication.palette().color(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
    )
    return QIcon(GlyphIconEngine(font.family, font.chars[glyph], QColor(color), disabled))


def names() -> tuple[str, ...]:
    """Every meaning that has an icon."""
    return tuple(_NAMES)

"""Every icon the app uses, by meaning. Call after the QApplication exists."""

from __future__ import annotations

from functools import cache
from typing import cast

import qtawesome as qta
from PySide6.QtGui import QIcon

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


@cache
def icon(name: str, color: str = "#2b4a6f") -> QIcon:
    """The icon for a meaning (e.g. ``"call_next"``); raises KeyError for an unknown one."""
    return cast(QIcon, qta.icon(_NAMES[name], color=color))


def names() -> tuple[str, ...]:
    """Every meaning that has an icon."""
    return tuple(_NAMES)

"""Screenshots of the trust features: the reveal dialog (显示完整号码) on the room's card.

Called by ``render_screenshots.py``; the demo data is invented, so the full number
shown is fake.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.dialogs.reveal_number import RevealDialog, open_reveal
from app.ui.main_window import MainWindow
from app.ui.stations.room import RoomStation


def render_reveal(window: MainWindow, out: Path, suffix: str) -> Path:
    """The dialog after a reason was chosen and 显示 pressed, over the room station."""
    rooms = [(k, s) for k, s in window.stations.items() if isinstance(s, RoomStation)]
    for key, station in rooms:
        window.tabs.setCurrentIndex(list(window.stations).index(key))
        QApplication.processEvents()
        card = station.card_view.card
        if card is None or not card.petitioners:
            continue
        dialog = open_reveal(station.env, card, card.petitioners[0].petitioner_id, station)
        assert isinstance(dialog, RevealDialog)
        dialog.reason.setCurrentIndex(0)
        dialog.reveal()
        QApplication.processEvents()
        path = out / f"reveal{suffix}.png"
        dialog.grab().save(str(path))
        dialog.close()
        return path
    raise LookupError("no room station shows a batch to reveal a number of")

"""The icons are Font Awesome glyphs drawn as qtawesome draws them, without qtawesome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.ui import icons


@pytest.mark.parametrize("size", [16, 24, 32])
def test_every_icon_is_drawn_exactly_as_qtawesome_draws_it(qapp: QApplication, size: int) -> None:
    qta = pytest.importorskip("qtawesome")
    for name in icons.names():
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
            ours = icons.icon(name).pixmap(QSize(size, size), mode).toImage()
            theirs = qta.icon(icons._NAMES[name], color="#2b4a6f")
            assert ours == theirs.pixmap(QSize(size, size), mode).toImage(), (name, mode)
            assert not ours.isNull()


def test_an_unknown_meaning_has_no_icon(qapp: QApplication) -> None:
    with pytest.raises(KeyError):
        icons.icon("no such meaning")

"""The icons are Font Awesome glyphs drawn as qtawesome draws them, without qtawesome."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

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


def test_in_a_bundle_the_font_is_found_where_the_spec_puts_qtawesomes_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # installer/reception_day.spec ships qtawesome's data files (collect_data_files), but
    # the bundle has no qtawesome package to find: the app no longer imports it.
    (tmp_path / "qtawesome" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons.qtawesome_fonts_dir() == tmp_path / "qtawesome" / "fonts"

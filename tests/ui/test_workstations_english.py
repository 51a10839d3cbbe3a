"""``--lang en``: every workstation's window speaks English (the data stays as entered)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.roles import WORKSTATIONS
from app.ui import i18n
from app.ui.env import UiEnv
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.translations_build import default_ts_file, find_qt_tool

HAN = re.compile(r"[\u3400-\u9fff]")
ENGLISH_TABS = {
    "desk": ["Desk"],
    "room": ["Room"],
    "print": ["Print station"],
    "display": ["Hall display"],
    "supervisor": ["Supervision", "Case ledger", "Statistics"],
    "ledger": ["Case ledger"],
    "statistics": ["Statistics"],
    "admin": ["Desk", "Room", "Print station", "Hall display", "Supervision", "Case ledger",
              "Statistics", "Set-up"],
}  # fmt: skip

pytestmark = pytest.mark.skipif(
    find_qt_tool("lrelease") is None, reason="PySide6's lrelease is not installed"
)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The committed .ts compiled into a private folder and installed for one test."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(default_ts_file(), folder / default_ts_file().name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(folder))
    monkeypatch.setenv("RECEPTION_DAY_DATA_DIR", str(tmp_path / "data"))
    before = QLocale()
    installed = install_translators(qapp, "en")
    assert installed, "the English translation could not be installed"
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "登记台") == "登记台"


def test_the_table_covers_every_workstation() -> None:
    assert set(ENGLISH_TABS) == set(WORKSTATIONS)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("workstation", WORKSTATIONS)
def test_every_workstation_window_speaks_english(
    qtbot: QtBot, ui_env: UiEnv, workstation: str
) -> None:
    window = MainWindow(ui_env, workstation)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ENGLISH_TABS[workstation]
    chrome = [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
    chrome += [g.title() for g in window.findChildren(QGroupBox) if g.title()]
    chrome += [e.placeholderText() for e in window.findChildren(QLineEdit)]
    assert [text for text in chrome if HAN.search(text)] == []

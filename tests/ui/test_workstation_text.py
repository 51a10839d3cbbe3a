"""The status bar names the workstation in the user's words, not the command-line key."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import station_specs, workstation_text


@pytest.mark.parametrize(
    ("station", "expected"),
    [
        ("desk", "登记台"),
        ("room:3", "接待室 3"),
        ("supervisor", "督办"),
        ("admin", "管理"),
        ("statistics", "统计"),
        ("something-new", "something-new"),
    ],
)
def test_workstation_in_words(qtbot: QtBot, station: str, expected: str) -> None:
    assert workstation_text(station, station_specs()) == expected

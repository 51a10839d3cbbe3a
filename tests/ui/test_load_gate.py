"""LoadGate: one load at a time, the asks made meanwhile as one load after it, and none
while the station is hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.load_gate import LoadGate


def test_asks_while_a_load_runs_become_one_load_after_it() -> None:
    started: list[int] = []
    gate = LoadGate(lambda: started.append(len(started)))
    gate.request()
    gate.request()
    gate.request()
    assert started == [0]
    gate.done()  # the first ended: the two asks made meanwhile run as one
    assert started == [0, 1]
    gate.done()
    assert started == [0, 1]
    assert not gate.loading


def test_a_failed_load_still_runs_the_ask_made_meanwhile() -> None:
    started: list[str] = []
    gate = LoadGate(lambda: started.append("load"))
    gate.request()
    gate.request()
    gate.done()  # the station calls done() from its failure handler as well
    assert started == ["load", "load"]


def test_a_hidden_station_loads_once_when_shown(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    started: list[str] = []
    gate = LoadGate(lambda: started.append("load"))
    gate.request_when_visible(widget)
    gate.request_when_visible(widget)
    assert started == []
    widget.show()
    gate.shown()
    gate.shown()
    assert started == ["load"]
    gate.done()
    gate.request_when_visible(widget)  # on screen: at once
    assert started == ["load", "load"]

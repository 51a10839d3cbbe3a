"""Guards against the PySide6 6.12 / CPython 3.11 reference leak on None."""

from __future__ import annotations

from PySide6.QtCore import QTimer


def test_many_void_qt_calls_do_not_free_none() -> None:
    timer = QTimer()
    for _ in range(200_000):
        timer.stop()  # each call used to drop one reference to None
    assert None is None

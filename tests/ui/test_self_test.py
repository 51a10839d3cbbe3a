"""``reception-day --self-test``: every check runs and a broken part fails the run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import self_test
from app.ui.self_test import SelfTest


def test_the_self_test_passes_on_a_good_installation(qapp: QApplication, tmp_path: Path) -> None:
    out = io.StringIO()
    assert SelfTest(tmp_path, out).run() == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "✓ database",
        "✓ demo day",
        "✓ documents",
        "✓ stations",
        "self-test",
    ]
    assert lines[-1] == "self-test: OK"
    assert "documents" in lines[2]
    assert "pages" in lines[2]


def test_a_failing_check_is_reported_and_fails_the_run(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> dict[str, object]:
        raise RuntimeError("no fonts")

    monkeypatch.setattr("app.printing.samples.sample_documents", broken)
    monkeypatch.setattr(SelfTest, "check_demo_day", lambda self: "skipped")
    monkeypatch.setattr(SelfTest, "check_stations", lambda self: "skipped")
    out = io.StringIO()
    assert SelfTest(tmp_path, out).run() == 1
    text = out.getvalue()
    assert "✗ documents" in text
    assert "RuntimeError: no fonts" in text
    assert text.rstrip().endswith("self-test: FAILED (1)")


def test_the_command_line_flag_runs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import main

    monkeypatch.setattr(self_test, "run_self_test", lambda: 0)
    assert main.main(["--self-test"]) == 0

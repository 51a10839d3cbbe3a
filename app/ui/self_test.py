"""``reception-day --self-test``: prove an installed copy works, then exit.

What a county IT person runs after installing, and what CI runs on the frozen bundle:
open a fresh database in a temporary folder, migrate it, build the demo day into it,
render every printed document, open every station of every role offscreen-capable, and
report one line per check. Exit status 0 only when every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QApplication

from app.bootstrap import build_services, open_database
from app.db import Database
from app.paths import sqlite_url
from app.security.key_store import KEY_FILE_ENV
from app.ui.change_bus import ChangeBus
from app.ui.tasks import ImmediateRunner

Check = Callable[[], str]


class SelfTest:
    """The checks, run in order over one temporary database; each returns a detail line."""

    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder, self.out = folder, out
        self.db: Database | None = None
        self.failures = 0

    def run(self) -> int:
        """Run every check; the process exit status (0: all passed)."""
        checks: list[tuple[str, Check]] = [
            ("database", self.check_database),
            ("demo day", self.check_demo_day),
            ("documents", self.check_documents),
            ("stations", self.check_stations),
        ]
        try:
            for name, check in checks:
                self._run_one(name, check)
                if self.failures and name in ("database", "demo day"):
                    break  # later checks need the data
        finally:
            if self.db is not None:
                self.db.dispose()
        verdict = "OK" if not self.failures else f"FAILED ({self.failures})"
        print(f"self-test: {verdict}", file=self.out, flush=True)
        return 0 if not self.failures else 1

    def _run_one(self, name: str, check: Check) -> None:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception:  # a self-test reports every failure and goes on
            self.failures += 1
            print(f"✗ {name}", file=self.out, flush=True)
            traceback.print_exc(file=self.out)
            return
        took = time.perf_counter() - started
        print(f"✓ {name}: {detail} ({took:.1f} s)", file=self.out, flush=True)

    def check_database(self) -> str:
        """A new SQLite database, migrated to this version's schema."""
        # A key of its own: the self-test must not make this workstation's field key.
        os.environ.setdefault(KEY_FILE_ENV, str(self.folder / "field-keys.json"))
        self.db, state = open_database(sqlite_url(self.folder / "self-test.db"))
        return f"schema {state.head}"

    def check_demo_day(self) -> str:
        """The demo reception day, built through the real services."""
        from app.demo.day import build_day

        assert self.db is not None
        info = build_day(build_services(self.db), seed=1)
        return f"event {info.event_id}: {info.batches} batches, {info.persons} persons"

    def check_documents(self) -> str:
        """Every printed document renders to a PDF with every glyph available."""
        from app.printing.samples import sample_documents

        pages = 0
        builders = sample_documents()
        for name, build in builders.items():
            result = build()
            if not result.pdf.startswith(b"%PDF") or result.page_count < 1:
                raise RuntimeError(f"{name}: not a PDF")
            if result.missing_glyphs:
                raise RuntimeError(f"{name}: missing glyphs {''.join(result.missing_glyphs)}")
            pages += result.page_count
        return f"{len(builders)} documents, {pages} pages"

    def check_stations(self) -> str:
        """The window of every role opens on the demo event and paints."""
        from app.ui.application import build_window
        from app.ui.main_window import ROLE_STATIONS

        assert self.db is not None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        opened: list[str] = []
        for role in ROLE_STATIONS:
            station = "room:1" if role == "room" else role
            window = build_window(self.db, station, ImmediateRunner(), ChangeBus())
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            if window.grab().isNull():
                raise RuntimeError(f"{role}: the window did not paint")
            opened += [k for k in window.stations if k not in opened]
            window.close()
            window.deleteLater()
            app.processEvents()
        return f"{len(ROLE_STATIONS)} roles, stations: {', '.join(opened)}"


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run the self-test in a temporary folder; the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="reception-day-self-test-") as folder:
        return SelfTest(Path(folder), out).run()

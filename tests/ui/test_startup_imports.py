"""Cold start (DESIGN §6, ≤ 1.5 s): a desk station starts without loading what only other
stations, documents, spreadsheets, commands or migrations need.

The start is a whole new process going the way ``reception-day --db URL --station desk``
goes (the sign-in answered at once), up to the window shown with its first loads done;
then the modules it holds are compared with those that must stay out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.clock import ManualClock
from tests.db_fixtures import START, open_services, sqlite_url
from tests.services.scenario import build_day

ROOT = Path(__file__).resolve().parents[2]

START_DESK = """
import json, os, sys
import app.main  # the core first, as the reception-day command imports it
import app.ui.application as application
from app.domain.roles import Role
from app.services.context import Actor

def sign_in(db, station, *rest):
    if getattr(sign_in, "done", False):
        return None
    sign_in.done = True
    return Actor("测试", station, Role.REGISTRAR)

built = application.build_window

def build_window(db, station, runner, *rest):
    from PySide6.QtCore import QTimer
    window = built(db, station, runner, *rest)

    def check():
        if window.isVisible() and not runner._relays:  # shown, first loads done
            print(json.dumps([sorted(window.stations), sorted(sys.modules)]), flush=True)
            os._exit(0)
        QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    return window

application.sign_in = sign_in
application.build_window = build_window
sys.exit(app.main.main(["--db", sys.argv[1], "--station", "desk"]))
"""

#: Loaded only when something needs them, never by a desk's start.
NOT_AT_START = (
    "openpyxl",  # spreadsheets: export, import, summaries
    "reportlab",  # documents: built when printed or previewed
    "app.printing.fonts",
    "alembic",  # migrations: only when the database is not at this app's head
    "mako",
    "qtawesome",  # the icon font is read directly (app.ui.icons)
    "qtpy",
    "PySide6.QtCharts",  # statistics and the day plan
    "argon2",  # passwords: at the first sign-in or password change
    "app.cli",  # admin commands
    "app.ui.translations_build",  # only to compile the English translation
    "app.ui.dialogs.first_run",  # only when no database or station is chosen yet
    "app.services.export_cases",  # services are built on first use (app.bootstrap)
    "app.services.imports",
    "app.services.ledger",
    "app.services.statistics",
    "app.services.day_planning",
    "app.services.print_jobs",
    "app.ui.stations.room",
    "app.ui.stations.print_station",
    "app.ui.stations.display",
    "app.ui.stations.setup",
    "app.ui.stations.supervision",
    "app.ui.stations.ledger",
    "app.ui.stations.statistics",
)


def test_a_desk_starts_without_what_it_does_not_need(tmp_path: Path) -> None:
    db, services = open_services(sqlite_url(tmp_path), ManualClock(START))
    try:
        build_day(services)
    finally:
        db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DAY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", START_DESK, sqlite_url(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    stations, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert stations == ["desk"]
    loaded = set(modules)
    assert "app.ui.stations.desk" in loaded
    assert "sqlalchemy" in loaded
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in NOT_AT_START)
    )
    assert early == []

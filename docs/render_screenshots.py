"""Render every station with the demo event into docs/screenshots/ (offscreen).

    .venv/bin/python docs/render_screenshots.py [--db URL] [--lang zh|en]

Uses the demo database (built on first use) unless ``--db`` is given. Calls run
immediately (no threads), so each screen shows its loaded data.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.bootstrap import open_database
from app.clock import ShiftedClock
from app.db import Database
from app.ui.change_bus import ChangeBus
from app.ui.i18n import install_translators
from app.ui.item_models.supervision_board import ROW_ROLE
from app.ui.main_window import MainWindow
from app.ui.style import apply_style
from app.ui.tasks import ImmediateRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_trust import render_reveal
from render_users import render_lock, render_login

OUT = Path(__file__).resolve().parent / "screenshots"
SUPERVISION_LATER_DAYS = 2
SIZE = (1440, 900)


def render(url: str, lang: str) -> list[Path]:
    from app.main import demo_clock
    from app.ui.application import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    apply_style(app)
    db, _ = open_database(url)
    written: list[Path] = []
    suffix = "" if lang == "zh" else f"-{lang}"
    try:
        window = build_window(db, "admin", ImmediateRunner(), ChangeBus(), demo_clock(url))
        window.resize(*SIZE)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            key = list(window.stations)[index]
            app.processEvents()
            path = OUT / f"{key}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
        written.append(render_export_dialog(window, suffix))
        written.append(render_plan_day(window, suffix))
        written.append(render_import_preview(window, suffix))
        written.append(render_login(db, OUT, suffix))
        written.append(render_lock(db, demo_clock(url), OUT, SIZE, suffix))
        written.append(render_reveal(window, OUT, suffix))
        window.close()
        written.append(render_supervision_later(db, url, suffix))
        written.append(render_statistics_follow_up(db, url, suffix))
    finally:
        db.dispose()
        del translators
    return written


def render_export_dialog(window: MainWindow, suffix: str) -> Path:
    """The export dialog as the set-up station's 导出信访件… opens it."""
    from app.ui.stations.setup import SetupStation

    station = window.stations["admin"]
    assert isinstance(station, SetupStation)
    station.export_button.click()
    dialog = station.dialog
    assert dialog is not None
    QApplication.processEvents()
    path = OUT / f"export{suffix}.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def render_plan_day(window: MainWindow, suffix: str) -> Path:
    """The set-up station's 规划接待室 tab after planning the demo day (2 simulated
    days, at most 15 s of search)."""
    from app.ui.stations.setup import SetupStation

    station = window.stations["admin"]
    assert isinstance(station, SetupStation)
    window.tabs.setCurrentIndex(list(window.stations).index("admin"))
    station.tabs.setCurrentWidget(station.plan_page)
    page = station.plan_page
    page.seeds.setValue(2)
    page.time_limit.setValue(15)
    page.start()
    QApplication.processEvents()
    path = OUT / f"plan-day{suffix}.png"
    window.grab().save(str(path))
    station.tabs.setCurrentIndex(0)
    return path


def render_import_preview(window: MainWindow, suffix: str) -> Path:
    """The import preview of an invented town list (only previewed, never imported)."""
    import tempfile

    from app.demo.import_list import town_list_xlsx
    from app.ui.dialogs.import_dialog import ImportDialog
    from app.ui.stations.setup import SetupStation

    station = window.stations["admin"]
    assert isinstance(station, SetupStation)
    dialog = station.open_import_dialog()
    assert isinstance(dialog, ImportDialog)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "城关镇预登记名单.xlsx"
        path.write_bytes(town_list_xlsx())
        dialog.load_file(path)
    QApplication.processEvents()
    out = OUT / f"import{suffix}.png"
    dialog.grab().save(str(out))
    dialog.reject()
    return out


def render_supervision_later(db: Database, url: str, suffix: str) -> Path:
    """The supervision board two days after the demo day (on the day itself nothing is
    overdue yet), with the most overdue item selected; replaces the tab's screenshot."""
    from app.main import demo_clock
    from app.ui.application import build_window
    from app.ui.stations.supervision import SupervisionStation

    later = ShiftedClock(demo_clock(url).offset + timedelta(days=SUPERVISION_LATER_DAYS))
    window = build_window(db, "supervision", ImmediateRunner(), ChangeBus(), later)
    window.resize(*SIZE)
    window.show()
    station = window.stations["supervision"]
    assert isinstance(station, SupervisionStation)
    first = station.proxy.index(0, 0).data(ROW_ROLE)
    if first is not None:
        station.select_assignment(first.assignment_id)
    QApplication.processEvents()
    path = OUT / f"supervision{suffix}.png"
    window.grab().save(str(path))
    window.close()
    return path


def render_statistics_follow_up(db: Database, url: str, suffix: str) -> Path:
    """The statistics station's follow-up tab for the demo's earlier event with the most
    closed hand-overs (on the demo day itself nothing is closed or rated yet)."""
    from app.main import demo_clock
    from app.ui.application import build_window
    from app.ui.stations.statistics import StatisticsStation

    window = build_window(db, "statistics", ImmediateRunner(), ChangeBus(), demo_clock(url))
    window.resize(*SIZE)
    window.show()
    station = window.stations["statistics"]
    assert isinstance(station, StatisticsStation)
    services = station.env.services
    events = services.setup.list_events()
    station.choose_event(max(events, key=lambda e: services.statistics.follow_up(e.id).closed).id)
    station.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    path = OUT / f"statistics-follow-up{suffix}.png"
    window.grab().save(str(path))
    window.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database URL (default: the demo database)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args()
    url = args.db
    if url is None:
        from app.main import ensure_demo_database

        url = ensure_demo_database()
    OUT.mkdir(parents=True, exist_ok=True)
    for path in render(url, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the user guides' extra pictures (dialogs, a failed print, a walk-in half typed)
into docs/guide/images/ from a copy of the demo database (offscreen).

    .venv/bin/python docs/render_guide_shots.py

The demo database is copied first, so the shots that register, decide or print leave
the demo (and docs/screenshots/) untouched. Pictures are saved at most 1280 px wide as
palette PNGs to keep the repository small.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.bootstrap import open_database
from app.clock import Clock, ShiftedClock
from app.db import Database
from app.domain.identity import make_resident_id
from app.domain.pinyin_keys import name_keys
from app.ui.change_bus import ChangeBus
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.printing.printer import PrintOutcome, PrintTarget
from app.ui.printing.settings import KINDS, PrintSettings
from app.ui.style import apply_style
from app.ui.tasks import ImmediateRunner

OUT = Path(__file__).resolve().parent / "guide" / "images"
SIZE = (1440, 900)
MAX_WIDTH = 1280


def save(pixmap: QPixmap, name: str) -> Path:
    """``pixmap`` as a small PNG (palette colours, optimised)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    with tempfile.NamedTemporaryFile(suffix=".png") as raw:
        raw.write(bytes(buffer.data().data()))
        raw.flush()
        image = Image.open(raw.name).convert("RGB")
        if image.width > MAX_WIDTH:
            height = round(image.height * MAX_WIDTH / image.width)
            image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
        path = OUT / name
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def grab_dialog(window: QWidget, dialog: QDialog | None, name: str) -> Path:
    """The dialog drawn over the dimmed window, as the user sees it."""
    assert dialog is not None
    dialog.show()
    QApplication.processEvents()
    shot = window.grab()
    panel = dialog.grab()
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    x = max(0, (shot.width() - panel.width()) // 2)
    y = max(0, (shot.height() - panel.height()) // 2)
    painter.drawPixmap(QPoint(x, y), panel)
    painter.end()
    return save(shot, name)


class FailingPrinter:
    """A printer that is out of paper: every job fails, as a jammed printer would."""

    def available_printers(self) -> list[str]:
        return ["打印台激光打印机", "登记台热敏打印机"]

    def default_printer(self) -> str:
        return "打印台激光打印机"

    def print_pdf(
        self,
        pdf: bytes,
        target: PrintTarget,
        title: str,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PrintOutcome:
        return PrintOutcome(False, target.printer, "打印机缺纸")


def copy_demo(folder: Path) -> str:
    """A private copy of the demo database (SQLite backup API); its URL."""
    from app.main import ensure_demo_database

    source = ensure_demo_database().removeprefix("sqlite:///")
    target = folder / "guide-demo.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


def window_for(db: Database, station: str, clock: Clock) -> MainWindow:
    from app.ui.application import build_window

    window = build_window(db, station, ImmediateRunner(), ChangeBus(), clock)
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    return window


def with_preview_page(window: QWidget, station: QWidget) -> QPixmap:
    """The window with the print preview's first page drawn in (QPdfView renders pages
    in a thread on demand, which an offscreen grab does not wait for)."""
    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtGui import QColor, QPainter

    preview = station.preview  # type: ignore[attr-defined]
    viewport = preview.view.viewport()
    shot = window.grab()
    page = preview.document.pagePointSize(0)
    width = viewport.width() - 24
    image = preview.document.render(0, QSize(width, round(width * page.height() / page.width())))
    origin = viewport.mapTo(window, QPoint(0, 0))
    painter = QPainter(shot)
    painter.fillRect(origin.x(), origin.y(), viewport.width(), viewport.height(), QColor("#7d8794"))
    shown = image.rect().intersected(viewport.rect().adjusted(0, 0, -24, -24))
    painter.fillRect(shown.translated(origin + QPoint(12, 12)), QColor("white"))
    painter.drawImage(origin + QPoint(12, 12), image, shown)
    painter.end()
    return shot


def first_run() -> Path:
    """The first-run dialog with the PostgreSQL server chosen."""
    from app.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog()
    dialog.server.setChecked(True)
    dialog.host.setText("192.168.1.10")
    dialog.role.setCurrentIndex(dialog.role.findData("room"))
    dialog.room_number.setValue(3)
    dialog.show()
    QApplication.processEvents()
    path = save(dialog.grab(), "first-run.png")
    dialog.close()
    return path


def pre_registered_name(db: Database) -> str:
    """The first member of a pre-registered batch of two or more in the latest event."""
    from sqlalchemy import text

    query = text(
        "SELECT p.name FROM visit v JOIN visit_member m ON m.visit_id = v.id"
        " JOIN petitioner p ON p.id = m.petitioner_id"
        " WHERE v.status = 'pre_registered' AND v.head_count >= 2"
        " AND v.event_id = (SELECT max(id) FROM reception_event) ORDER BY v.id, m.id LIMIT 1"
    )
    with db.read() as session:
        return str(session.execute(query).scalar_one())


def desk_shots(db: Database, clock: Clock) -> list[Path]:
    """A pre-registered batch found by pinyin initials; a walk-in typed, room suggested."""
    from app.ui.stations.desk import DeskStation

    window = window_for(db, "desk", clock)
    desk = window.stations["desk"]
    assert isinstance(desk, DeskStation)
    name = pre_registered_name(db)
    desk.search.box.setText(name_keys(name).initials)
    desk.search.search_now()
    QApplication.processEvents()
    rows = desk.search.model.rows()
    desk.search.table.selectRow(next((i for i, h in enumerate(rows) if h.name == name), 0))
    QApplication.processEvents()
    written = [save(window.grab(), "desk-search.png")]
    desk.search.clear()
    row = desk.form.rows[0]
    row.name.setText("李秀英")
    row.number.setText(make_resident_id("330726", date(1952, 5, 17), 8))
    row.number.editingFinished.emit()
    row.phone.setText("13900007315")
    row.phone.editingFinished.emit()
    row.address.setText("城关镇东门村3组")
    fields = desk.form.visit
    assert desk.setup is not None
    labour = next(t for t in desk.setup.topics if "劳动" in t.name)
    fields.topic.setCurrentIndex(fields.topic.findData(labour.id))
    fields.summary.setPlainText("在县城某建筑工地务工半年，工资 2.3 万元至今未结清。")
    fields.demand.setPlainText("要求施工单位结清拖欠工资。")
    desk.walk_in.preview()
    QApplication.processEvents()
    written.append(save(window.grab(), "desk-walk-in.png"))
    window.close()
    return written


def room_shots(db: Database, clock: Clock) -> list[Path]:
    """Room 1's case card with the hand-over dialog, and the legal-channel dialog."""
    from app.ui.stations.room import RoomStation

    window = window_for(db, "room:1", clock)
    station = window.stations["room"]
    assert isinstance(station, RoomStation)
    station.reload()
    QApplication.processEvents()
    written = [save(window.grab(), "room-card.png")]
    box = station.card_view.case_boxes[0]
    box.buttons["hand_over"].click()
    written.append(grab_dialog(window, station.active_dialog, "room-hand-over.png"))
    assert station.active_dialog is not None
    station.active_dialog.reject()
    box.buttons["legal"].click()
    dialog = station.active_dialog
    from app.ui.dialogs.room_outcome import OutcomeDialog

    assert isinstance(dialog, OutcomeDialog)
    dialog.choose_channel("行政复议")
    written.append(grab_dialog(window, dialog, "room-legal.png"))
    dialog.reject()
    window.close()
    return written


def print_shots(db: Database, clock: Clock) -> list[Path]:
    """Three documents sent to a printer out of paper: 未出单, ready for 补打."""
    from app.ui.dialogs.print_settings import PrintSettingsDialog
    from app.ui.stations.print_station import PrintStation

    window = window_for(db, "print", clock)
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "printing.ini"), QSettings.Format.IniFormat)
        settings = PrintSettings(store)
        for kind in KINDS:
            settings.set_silent(kind, True)
        station = PrintStation(window.env, FailingPrinter(), settings)
        window.tabs.removeTab(0)
        window.tabs.addTab(station, "打印台")
        QApplication.processEvents()
        first = {station.proxy.index(r, 0).row() for r in range(3)}
        jobs = [
            station.model.rows()[station.proxy.mapToSource(station.proxy.index(r, 0)).row()]
            for r in sorted(first)
        ]
        for job in jobs:
            station.select_job(job.job_id)
            station.print_selected()
        station.filters.set_status("missing")
        QApplication.processEvents()
        lead = next((j for j in jobs if j.unit_name), jobs[0])
        station.select_job(lead.job_id)
        QApplication.processEvents()
        written = [save(with_preview_page(window, station), "print-missing.png")]
        for kind in KINDS:
            settings.set_silent(kind, kind == "ticket")
        settings.set_printer("ticket", "登记台热敏打印机")
        dialog = PrintSettingsDialog(FailingPrinter(), settings, window)
        written.append(grab_dialog(window, dialog, "print-settings.png"))
        dialog.reject()
    window.close()
    return written


def supervision_shots(db: Database, clock: ShiftedClock) -> list[Path]:
    """Two days later: the extension and follow-up dialogs of the most overdue item."""
    from app.domain.types import Satisfaction
    from app.ui.dialogs.supervision_actions import FollowUpDialog
    from app.ui.item_models.supervision_board import ROW_ROLE
    from app.ui.stations.supervision import SupervisionStation

    later = ShiftedClock(clock.offset + timedelta(days=2))
    window = window_for(db, "supervision", later)
    station = window.stations["supervision"]
    assert isinstance(station, SupervisionStation)
    first = station.proxy.index(0, 0).data(ROW_ROLE)
    station.select_assignment(first.assignment_id)
    QApplication.processEvents()
    station.buttons["extend"].click()
    dialog = station.active_dialog
    assert dialog is not None
    dialog.days.setValue(15)  # type: ignore[attr-defined]
    dialog.reason.setPlainText("涉及土地确权，需会同乡镇入户核实。")  # type: ignore[attr-defined]
    written = [grab_dialog(window, dialog, "supervision-extension.png")]
    dialog.reject()
    station.buttons["follow_up"].click()
    follow = station.active_dialog
    assert isinstance(follow, FollowUpDialog)
    follow.set_answer(True, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)
    follow.notes.setPlainText("来访人表示补偿款已到账。")
    written.append(grab_dialog(window, follow, "supervision-follow-up.png"))
    follow.reject()
    window.close()
    return written


def ledger_shot(db: Database, clock: Clock) -> Path:
    """The ledger (台账): every case on record across the demo's events."""
    window = window_for(db, "ledger", clock)
    QApplication.processEvents()
    path = save(window.grab(), "ledger.png")
    window.close()
    return path


def setup_shots(db: Database, clock: Clock) -> list[Path]:
    """The set-up station's rooms tab."""
    from app.ui.stations.setup import SetupStation

    window = window_for(db, "admin", clock)
    window.tabs.setCurrentIndex(list(window.stations).index("admin"))
    station = window.stations["admin"]
    assert isinstance(station, SetupStation)
    station.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    written = [save(window.grab(), "setup-rooms.png")]
    from app.ui.widgets.end_of_day import EndOfDayDialog

    dialog = EndOfDayDialog(window.env, window)
    dialog.start()  # the copy's audit log verified, the copy backed up beside it
    written.append(grab_dialog(window, dialog, "end-of-day.png"))
    dialog.close()
    window.close()
    return written


def first_admin(db: Database) -> Path:
    """The dialog asking for the first administrator (its fields filled, not sent)."""
    from app.bootstrap import build_services
    from app.ui.dialogs.first_admin import FirstAdminDialog
    from app.ui.sign_in import display_actor

    users = build_services(db, None, display_actor("admin")).users
    dialog = FirstAdminDialog(users, ImmediateRunner())
    dialog.username.setText("admin")
    dialog.display_name.setText("信访局管理员")
    dialog.show()
    QApplication.processEvents()
    path = save(dialog.grab(), "first-admin.png")
    dialog.close()
    return path


def main() -> int:
    from app.main import demo_clock

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    translators = install_translators(app, "zh")
    apply_style(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = copy_demo(Path(folder))
        clock = demo_clock(url)
        db, _ = open_database(url)
        try:
            written = [first_run(), first_admin(db)]
            written += desk_shots(db, clock)
            written += room_shots(db, clock)
            written += print_shots(db, clock)
            written += supervision_shots(db, clock)
            written += setup_shots(db, clock)
            written.append(ledger_shot(db, clock))
        finally:
            db.dispose()
    del translators
    for path in written:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

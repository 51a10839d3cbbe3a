"""The print station: a hand-over shows up pending, prints with a fake printer, a failing
printer leaves 未出单 that 补打 fixes, bundles and the summary print, a real QPrinter writes
a valid PDF file offscreen, and the queue model passes the model tester."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from app.domain.types import PrintJobStatus, Urgency
from app.services.print_data import PrintJobRow
from app.services.reception_data import HandOver
from app.ui.dialogs.print_bundle import BundleAction
from app.ui.env import UiEnv
from app.ui.item_models.print_queue import PrintQueueFilter, PrintQueueModel, status_text
from app.ui.printing.printer import PrintOutcome, PrintTarget, QtPrinterBackend
from app.ui.printing.settings import KINDS, PrintSettings
from app.ui.stations.print_station import PrintStation
from tests.services.scenario import Day, person, visit

P = PrintJobStatus


class FakePrinter:
    """A printer that prints (or fails with ``error``) and remembers what it got."""

    def __init__(self) -> None:
        self.error = ""
        self.printed: list[str] = []
        self.on_print: Callable[[], None] | None = None

    def available_printers(self) -> list[str]:
        return ["Fake Laser", "Fake Roll"]

    def default_printer(self) -> str:
        return "Fake Laser"

    def print_pdf(
        self,
        pdf: bytes,
        target: PrintTarget,
        title: str,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PrintOutcome:
        assert pdf.startswith(b"%PDF")
        if self.on_print is not None:
            self.on_print()
        if should_cancel is not None and should_cancel():
            return PrintOutcome(False, target.printer)
        if self.error:
            return PrintOutcome(False, target.printer, self.error)
        self.printed.append(title)
        return PrintOutcome(True, target.printer)


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def settings(tmp_path: Path) -> PrintSettings:
    store = QSettings(str(tmp_path / "printing.ini"), QSettings.Format.IniFormat)
    chosen = PrintSettings(store)
    for kind in KINDS:
        chosen.set_silent(kind, True)  # no dialog in tests
    return chosen


@pytest.fixture
def station(ui_env: UiEnv, printer: FakePrinter, settings: PrintSettings) -> PrintStation:
    return PrintStation(ui_env, printer, settings)


def hand_over(env: UiEnv, day: Day, name: str = "王小明", seq: int = 1) -> int:
    """A walk-in handed to the land bureau with the town as co-unit; its case id."""
    services = env.services
    r = services.registration.register_walk_in(visit(day, person(seq, name))).value
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    decided = services.reception.decide(
        case.case_id,
        case.version,
        HandOver(day.land_bureau, Urgency.RED, "请限期核实答复", frozenset({day.town})),
    )
    env.bus.publish(decided.changes)
    return case.case_id


def rows(station: PrintStation) -> list[PrintJobRow]:
    return list(station.model.rows())


def unit_copy(station: PrintStation) -> PrintJobRow:
    return next(r for r in rows(station) if r.copy_label == "unit")


def test_a_hand_over_appears_in_the_queue_as_pending(
    station: PrintStation, ui_env: UiEnv, day: Day
) -> None:
    assert rows(station) == []
    hand_over(ui_env, day)
    assert len(rows(station)) == 4
    assert {r.status for r in rows(station)} == {P.PENDING.value}
    assert {status_text(r) for r in rows(station)} == {"待打印"}
    assert "交办 1 件" in station.counts_label.text()
    assert "待打印（4）" in station.pending_button.text()
    station.filters.unit.setCurrentIndex(station.filters.unit.findData(day.town))
    assert station.proxy.rowCount() == 1


def test_printing_with_the_fake_printer_marks_the_job_printed(
    station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter
) -> None:
    case_id = hand_over(ui_env, day)
    job = unit_copy(station)
    assert station.select_job(job.job_id)
    assert station.preview.page_count == 1  # the selected slip is previewed
    assert station.print_selected()
    assert printer.printed == [f"交办单 {job.case_number} 第一联 县自然资源和规划局"]
    done = next(r for r in rows(station) if r.job_id == job.job_id)
    assert (done.status, done.printer, done.station) == (P.PRINTED.value, "Fake Laser", "admin")
    assert not ui_env.services.print_jobs.slip_status(case_id).issued  # 3 copies to go
    assert station.print_pending()
    assert len(printer.printed) == 4
    assert ui_env.services.print_jobs.slip_status(case_id).issued
    assert "已完成 3 份" in station.batch.status_label.text()


def test_a_failing_printer_leaves_missing_and_reprint_fixes_it(
    station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter
) -> None:
    case_id = hand_over(ui_env, day)
    printer.error = "打印机缺纸"
    assert station.print_pending()
    assert all(r.needs_reprint and r.slip_missing for r in rows(station))
    assert {status_text(r) for r in rows(station)} == {"未出单"}
    assert "未出单 1 件" in station.counts_label.text()
    assert "4 份打印失败" in station.batch.status_label.text()
    assert "未开始" not in station.batch.status_label.text()
    assert "打印机缺纸" in station.batch.status_label.text()
    station.filters.set_status("missing")
    assert station.proxy.rowCount() == 4
    # The room goes on: the case is decided and handed over whatever the printer did.
    assert ui_env.services.reception.case_card(rows(station)[0].visit_id or 0).status == "done"

    printer.error = ""
    failed = unit_copy(station)
    assert station.select_job(failed.job_id)
    assert station.reprint_button.isEnabled()
    assert station.reprint_selected()
    assert printer.printed == [f"交办单 {failed.case_number} 第一联 县自然资源和规划局（补打1）"]
    reprinted = next(r for r in rows(station) if r.reprint_no == 1)
    assert reprinted.status == P.PRINTED.value
    assert not next(r for r in rows(station) if r.job_id == failed.job_id).needs_reprint
    assert station.proxy.rowCount() == 3  # the 未出单 filter now shows the other three
    station.table.selectAll()
    assert station.reprint_selected()
    assert ui_env.services.print_jobs.slip_status(case_id).issued
    assert "未出单 0 件" in station.counts_label.text()


def test_cancel_stops_the_batch_and_leaves_the_rest_pending(
    station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter
) -> None:
    hand_over(ui_env, day)
    printer.on_print = station.controller.cancel
    assert station.print_pending()
    statuses = sorted(r.status for r in rows(station))
    assert statuses == [P.CANCELLED.value, P.PENDING.value, P.PENDING.value, P.PENDING.value]
    assert "1 份已取消" in station.batch.status_label.text()
    assert "3 份未开始" in station.batch.status_label.text()
    assert not station.controller.busy
    assert station.batch.progress.isHidden()


def test_print_to_a_pdf_file_through_qprinter(
    ui_env: UiEnv, day: Day, settings: PrintSettings, tmp_path: Path
) -> None:
    station = PrintStation(ui_env, QtPrinterBackend(), settings)
    hand_over(ui_env, day)
    receipt = next(r for r in rows(station) if r.document == "receipt")
    assert station.select_job(receipt.job_id)
    out = tmp_path / "receipt.pdf"
    assert station.print_selected(PrintTarget(output_file=str(out)))
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(148, abs=1)  # A5, as the receipt was built
    done = next(r for r in rows(station) if r.job_id == receipt.job_id)
    assert done.status == P.PRINTED.value
    assert str(out) in done.printer


def test_unit_bundle_and_day_summary_print_and_are_recorded(
    station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter, tmp_path: Path
) -> None:
    hand_over(ui_env, day, "王小明", 1)
    hand_over(ui_env, day, "张小红", 2)
    target = PrintTarget("Fake Roll")
    names = {day.land_bureau: "县自然资源和规划局"}
    assert station.flows.bundle_action(BundleAction.PRINT, [day.land_bureau], names, target)
    assert printer.printed == ["交办清单 县自然资源和规划局"]
    leads = [r for r in rows(station) if r.copy_label == "unit"]
    assert {r.status for r in leads} == {P.PRINTED.value}
    assert station.flows.print_summary(target)
    assert printer.printed[-1] == "当日工作汇总"
    assert any(r.document == "day_summary" and r.status == "printed" for r in rows(station))
    assert station.flows.bundle_action(
        BundleAction.SAVE, [None, day.land_bureau], names, folder=str(tmp_path)
    )
    saved = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert saved == ["交办清单_县自然资源和规划局.pdf", "全天交办单（存档联）.pdf"]


def test_the_desk_prints_a_ticket_silently(
    station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter
) -> None:
    r = ui_env.services.registration.register_walk_in(visit(day, person(5, "赵玥"))).value
    assert station.controller.print_ticket(r.visit_id)
    assert printer.printed == ["排队号 001"]
    ticket = next(x for x in rows(station) if x.document == "ticket")
    assert (ticket.status, ticket.ticket_text) == (P.PRINTED.value, "001")


def test_queue_model_and_filter(
    qtmodeltester: object, station: PrintStation, ui_env: UiEnv, day: Day, printer: FakePrinter
) -> None:
    hand_over(ui_env, day)
    printer.error = "卡纸"
    station.select_job(unit_copy(station).job_id)
    station.print_selected()
    model = PrintQueueModel()
    model.set_rows(rows(station))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = PrintQueueFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(status="missing")
    assert proxy.rowCount() == 1
    proxy.set_filter(document="receipt")
    assert proxy.rowCount() == 1
    proxy.set_filter(text=unit_copy(station).case_number[-4:])
    assert proxy.rowCount() == 4
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]

"""The case ledger station: the lazy model reads only the pages the view shows (100 k ids
from a fake service), passes the model tester, filters and search, sorting, the detail
of a case (a confidential one never names the accuser), export, live reloads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.clock import ManualClock
from app.services.export_mapping import CONFIDENTIAL_NAME
from app.services.ledger_data import NOT_HANDED_OVER, LedgerRow, LedgerSort
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.env import UiEnv
from app.ui.item_models.ledger_model import ROW_ROLE, LedgerModel
from app.ui.main_window import MainWindow
from app.ui.stations.ledger import LedgerStation
from tests.services.export_scenario import ACCUSER, ExportDay, add_export_cases
from tests.services.scenario import Day, person, visit

M = LedgerModel
TEMPLATE = LedgerRow(
    0, "JF20260101-0000", "ABCDEFGH", date(2026, 1, 1), 1, "测试接访日", "其他", "王*明", 1,
    "摘要", False, None, None, "", "", None, NOT_HANDED_OVER, 0,
)  # fmt: skip


class FakeLedger:
    """Answers rows for any id and counts what it was asked for."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def rows(self, ids: Sequence[int]) -> list[LedgerRow]:
        self.asked += ids
        return [replace(TEMPLATE, case_id=i, case_number=f"JF-{i:06d}") for i in ids]


@pytest.fixture
def export_day(ui_env: UiEnv, clock: ManualClock, day: Day) -> ExportDay:
    return add_export_cases(ui_env.services, clock, day)


@pytest.fixture
def station(ui_env: UiEnv, export_day: ExportDay, qtbot: QtBot) -> LedgerStation:
    widget = LedgerStation(ui_env)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _numbers(station: LedgerStation) -> list[str]:
    model = station.model
    return [model.index(r, M.NUMBER).data() for r in range(model.rowCount())]


def test_showing_100k_cases_reads_only_the_pages_on_screen(qtbot: QtBot) -> None:
    from app.ui.stations.ledger import ledger_table

    fake = FakeLedger()
    model = LedgerModel(fake.rows)
    table = ledger_table(model)
    qtbot.addWidget(table)
    table.resize(1200, 700)
    model.set_ids(range(100_000), date(2026, 1, 1))
    table.show()
    qtbot.waitExposed(table)
    assert model.rowCount() == 100_000
    qtbot.waitUntil(lambda: bool(fake.asked))  # once the view paints
    assert len(fake.asked) <= model.page_size  # the first screen: one page
    table.scrollToBottom()
    qtbot.waitUntil(lambda: 99_999 in fake.asked)
    assert len(fake.asked) <= 3 * model.page_size  # not the 99 800 rows in between
    for row in range(0, 100_000, 97):  # scrolling through all of it
        assert model.index(row, M.NUMBER).data() == f"JF-{row:06d}"
    assert model.cached_rows() <= model.max_pages * model.page_size
    assert model.pages_fetched <= 100_000 // model.page_size + 2


def test_a_page_that_cannot_be_read_shows_blank_rows_and_says_so(qtbot: QtBot) -> None:
    def fail(ids: Sequence[int]) -> list[LedgerRow]:
        raise OSError("connection lost")

    model = LedgerModel(fail)
    model.set_ids([1, 2], date(2026, 1, 1))
    with qtbot.waitSignal(model.fetch_failed):
        assert model.index(0, M.NUMBER).data() == "—"


def test_models_pass_the_model_tester(station: LedgerStation, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(station.model)
    fake = LedgerModel(FakeLedger().rows, page_size=50, max_pages=3)
    fake.set_ids(range(1000), date(2026, 1, 1))
    qtmodeltester.check(fake)


def test_the_event_is_listed_with_masked_people(
    station: LedgerStation, export_day: ExportDay
) -> None:
    assert station.count_label.text() == "共 4 件"
    rows = {station.model.row_at(r).case_id: station.model.row_at(r) for r in range(4)}  # type: ignore[union-attr]
    assert rows[export_day.full_case].petitioners == "李*英 等2人"
    accusation = rows[export_day.accusation_case]
    assert accusation.petitioners == CONFIDENTIAL_NAME
    shown = [
        str(station.model.index(r, c).data() or "") for r in range(4) for c in range(M.COLUMNS)
    ]
    assert not any(ACCUSER.name in cell or ACCUSER.phone in cell for cell in shown)


def test_filters_and_search(station: LedgerStation, export_day: ExportDay, qtbot: QtBot) -> None:
    bar = station.filters
    bar.status.setCurrentIndex(bar.status.findData(NOT_HANDED_OVER))
    assert station.count_label.text() == "共 2 件"
    bar.status.setCurrentIndex(0)
    bar.urgency.setCurrentIndex(bar.urgency.findData("red"))
    assert [station.model.row_at(0).case_id] == [export_day.accusation_case]  # type: ignore[union-attr]
    bar.urgency.setCurrentIndex(0)
    with qtbot.waitSignal(bar.changed):  # the search waits for the typing to pause
        bar.search.setText("征地补偿款")
    assert station.count_label.text() == "共 1 件"
    bar.search.setText("")
    bar.apply_search_now()
    assert station.count_label.text() == "共 4 件"
    bar.topic.setCurrentIndex(bar.topic.findText("劳动和社会保障"))
    assert station.model.row_at(0).case_id == export_day.collective_case  # type: ignore[union-attr]


def test_sorting_by_a_header_re_queries(station: LedgerStation) -> None:
    header = station.table.horizontalHeader()
    header.setSortIndicator(M.NUMBER, Qt.SortOrder.AscendingOrder)
    assert station.sort is LedgerSort.CASE_NUMBER
    assert _numbers(station) == sorted(_numbers(station))
    header.setSortIndicator(M.NUMBER, Qt.SortOrder.DescendingOrder)
    assert _numbers(station) == sorted(_numbers(station), reverse=True)
    header.setSortIndicator(M.SUMMARY, Qt.SortOrder.AscendingOrder)  # not sortable
    assert station.sort is LedgerSort.CASE_NUMBER
    assert header.sortIndicatorSection() == M.NUMBER


def test_the_detail_of_a_case(station: LedgerStation, export_day: ExportDay) -> None:
    ids = station.model.ids()
    full = station.model.index(ids.index(export_day.full_case), 0)
    dialog = station.open_detail(full)
    assert dialog is not None
    text = dialog.view.toPlainText()
    assert "补偿款已于本月发放到位" in text  # the supervision detail with its history
    assert "李*英 等2人" in text
    assert "李秀英" not in text
    dialog.close()
    secret = station.model.index(ids.index(export_day.accusation_case), 0)
    station.table.setCurrentIndex(secret)
    station.table.activated.emit(secret)  # double-click or Enter
    assert station.detail_dialog is not None
    text = station.detail_dialog.view.toPlainText()
    assert "保密" in text
    for part in (ACCUSER.name, ACCUSER.phone, ACCUSER.document_number):
        assert part not in text
    station.detail_dialog.close()


def test_export_opens_for_the_chosen_event(station: LedgerStation, ui_env: UiEnv) -> None:
    assert station.export_button.isEnabled()
    station.export_button.click()
    assert isinstance(station.export_dialog, ExportDialog)
    assert str(ui_env.event_id) in station.export_dialog.path_edit.text()
    station.export_dialog.close()
    bar = station.filters
    bar.event_combo.setCurrentIndex(bar.event_combo.count() - 1)  # every event
    assert not station.export_button.isEnabled()


def test_reloads_on_changes_deferred_while_hidden(
    station: LedgerStation, ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station.table.selectRow(2)
    chosen = station.current_row()
    made = ui_env.services.registration.register_walk_in(visit(day, person(61, "吕六")))
    ui_env.bus.publish(made.changes)
    assert station.count_label.text() == "共 5 件"
    assert station.current_row() == chosen  # the clerk keeps his place
    station.hide()
    again = ui_env.services.registration.register_walk_in(visit(day, person(62, "吕七")))
    ui_env.bus.publish(again.changes)
    assert station.count_label.text() == "共 5 件"
    station.show()
    qtbot.waitExposed(station)
    assert station.count_label.text() == "共 6 件"


def test_overdue_filter(station: LedgerStation, export_day: ExportDay, clock: ManualClock) -> None:
    clock.advance(timedelta(days=30))
    station.filters.overdue.setChecked(True)
    assert station.model.ids() == (export_day.accusation_case,)
    assert station.model.index(0, M.OVERDUE).data().startswith("超期")
    assert station.model.index(0, M.NUMBER).data(ROW_ROLE).overdue_days > 0


def test_the_window_has_the_ledger_for_admin_and_supervisor(qtbot: QtBot, ui_env: UiEnv) -> None:
    for role in ("admin", "supervisor", "ledger"):
        window = MainWindow(ui_env, role)
        qtbot.addWidget(window)
        assert isinstance(window.stations["ledger"], LedgerStation)
    desk = MainWindow(ui_env, "desk")
    qtbot.addWidget(desk)
    assert "ledger" not in desk.stations


def test_enter_opens_the_selected_case(station: LedgerStation, qtbot: QtBot) -> None:
    station.table.setFocus()
    station.table.setCurrentIndex(station.model.index(0, M.NUMBER))
    qtbot.keyClick(station.table, Qt.Key.Key_Return)
    assert station.detail_dialog is not None
    assert station.detail_dialog.row == station.model.row_at(0)
    station.detail_dialog.close()


def test_the_date_range(station: LedgerStation) -> None:
    from PySide6.QtCore import QDate

    from tests.db_fixtures import START

    bar = station.filters
    assert bar.value().date_from is None  # 不限
    day = START.date()  # every case was recorded on the day
    bar.date_from.setDate(QDate(day.year, day.month, day.day).addDays(1))
    assert station.count_label.text() == "共 0 件"
    bar.date_from.setDate(QDate(day.year, day.month, day.day))
    bar.date_to.setDate(QDate(day.year, day.month, day.day))
    assert station.count_label.text() == "共 4 件"
    assert bar.value().date_to == day


class DeferredRunner:
    """Keeps each call until the test runs it, as a busy thread pool would."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], object], Callable[[object], None]]] = []

    def submit(
        self,
        fn: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.jobs.append((fn, on_done))

    def run_next(self) -> None:
        fn, on_done = self.jobs.pop(0)
        on_done(fn())


def test_one_query_at_a_time_and_the_newest_wins(
    ui_env: UiEnv, export_day: ExportDay, qtbot: QtBot
) -> None:
    runner = DeferredRunner()
    station = LedgerStation(replace(ui_env, runner=runner))
    qtbot.addWidget(station)
    assert len(runner.jobs) == 1
    station.filters.status.setCurrentIndex(station.filters.status.findData(NOT_HANDED_OVER))
    station.filters.urgency.setCurrentIndex(1)  # two more questions while the first runs
    assert len(runner.jobs) == 1
    assert station.count_label.text() == "正在查询…"
    runner.run_next()  # a stale answer: dropped, the newest question asked
    assert station.model.rowCount() == 0
    assert len(runner.jobs) == 1
    runner.run_next()
    assert not runner.jobs
    assert station.count_label.text() == "共 0 件"  # not handed over and red: none

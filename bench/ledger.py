"""The 100 k-case ledger: first rows, scrolling through all of it, and memory.

Runs in a process of its own (``python -m bench.ledger URL``) so the peak memory is the
ledger's, not that of the rows measured before it. What is timed is what the station
does: the id query (``LedgerService.case_ids``), the lazy model (``LedgerModel``) given
the ids, and the cells of a view-sized window (``WINDOW`` rows × every column, every role
the view asks for) — the first window is "first rows"; then the window slides down the
whole table, one window at a time, as a scrolling view would ask. The naive baseline, in
the same process after the lazy figures are taken, reads every row at once.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

WINDOW = 30  # rows a full-height window shows
ROLES = (0, 1, 3, 8, 9)  # display, decoration, tooltip, background, foreground
SORTS = (("date", True), ("case_number", False), ("due", False), ("date", False))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    """This process's own peak RSS. Not ``ru_maxrss``: Linux carries it over fork and
    exec, so a child of the suite (which has built the county data) would report the
    parent's peak — 612 MB in the first ledger row, for a ledger that peaks near 210."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@dataclass
class Figures:
    cases: int
    first_rows: list[float]  # id query + model + first window, per sort
    id_query: list[float]
    pages: list[float]  # each page read while scrolling
    windows: list[float]  # each window's cells while scrolling (incl. its page read)
    scroll_total: float
    pages_read: int
    peak_mb: float
    rss_after_mb: float
    rss_start_mb: float
    naive_seconds: float
    naive_peak_mb: float

    def as_json(self) -> str:
        return json.dumps(self.__dict__)


def _window(model: Any, top: int, columns: int) -> None:
    for row in range(top, min(top + WINDOW, model.rowCount())):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES:
                model.data(index, role)


def measure(url: str, repeats: int) -> Figures:
    """Everything above, on the database at ``url`` (already migrated or not)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import build_services, open_database
    from app.services.ledger_data import LedgerSort
    from app.ui.icons import icon
    from app.ui.item_models.ledger_model import LedgerModel

    app = QApplication.instance() or QApplication([])
    icon("confidential")  # the icon font loads once per process, not per ledger
    db, _ = open_database(url)
    services = build_services(db)
    ledger = services.ledger
    ledger.case_ids()  # a warm cache, as on a station that has been running
    rss_start = _rss_mb()
    pages: list[float] = []

    def timed_rows(ids: Any) -> Any:
        start = time.perf_counter()
        rows = ledger.rows(ids)
        pages.append(time.perf_counter() - start)
        return rows

    model = LedgerModel(timed_rows)
    first, queries = [], []
    for n in range(repeats):
        sort, descending = SORTS[n % len(SORTS)]
        start = time.perf_counter()
        ids = ledger.case_ids(None, LedgerSort(sort), descending)
        queried = time.perf_counter()
        model.set_ids(ids, date.today())
        _window(model, 0, model.COLUMNS)
        first.append(time.perf_counter() - start)
        queries.append(queried - start)
    model.set_ids(ledger.case_ids(), date.today())
    pages.clear()
    windows = []
    started = time.perf_counter()
    for top in range(0, model.rowCount(), WINDOW):
        start = time.perf_counter()
        _window(model, top, model.COLUMNS)
        windows.append(time.perf_counter() - start)
    scroll_total = time.perf_counter() - started
    peak, rss_after = _peak_mb(), _rss_mb()
    start = time.perf_counter()
    everything = ledger.rows(model.ids())
    naive = time.perf_counter() - start
    naive_peak = _peak_mb()
    del everything
    db.dispose()
    del app
    return Figures(
        model.rowCount(),
        first,
        queries,
        pages,
        windows,
        scroll_total,
        model.pages_fetched,
        peak,
        rss_after,
        rss_start,
        naive,
        naive_peak,
    )


def summary(f: Figures) -> dict[str, Any]:
    """The suite's row (keyword arguments of ``bench.common.Row``) from ``f``."""
    from bench.common import median, ms, percentile

    p95, p99 = percentile(f.windows, 0.95), percentile(f.windows, 0.99)
    frame = 1 / 60
    return {
        "what": "case ledger with 100 k cases",
        "budget": "first rows ≤ 300 ms, smooth, ≤ 400 MB",
        "measured": (
            f"first rows {ms(median(f.first_rows))} / {ms(percentile(f.first_rows, 0.95))}; "
            f"scrolling: a window {ms(median(f.windows))} / {ms(p95)} (p99 {ms(p99)}), "
            f"a page read {ms(median(f.pages))} / {ms(percentile(f.pages, 0.95))}; "
            f"peak {f.peak_mb:.0f} MB"
        ),
        "baseline": f"every row at once: {f.naive_seconds:.1f} s, peak {f.naive_peak_mb:.0f} MB",
        "data": f"SQLite, {f.cases:,} cases; window {WINDOW} rows × 13 columns",
        "met": percentile(f.first_rows, 0.95) <= 0.3 and p99 <= frame and f.peak_mb <= 400,
        "notes": [
            "- the station's own code, offscreen, in a process of its own: the id query",
            "  (`LedgerService.case_ids`: one indexed query, ids only), the lazy `LedgerModel`",
            "  given the ids, and the cells of a view-sized window (every column, the roles a",
            "  view asks for). First rows = query + model + first window, over",
            f"  {len(f.first_rows)} queries in four orders. Scrolling = the window slid down all",
            f"  {f.cases:,} rows: {len(f.windows):,} windows, {f.pages_read} page reads of 100",
            f"  rows, {f.scroll_total:.1f} s in all; smooth = p99 of a window within one 60 Hz",
            "  frame (16.7 ms).",
            f"- memory: {f.rss_start_mb:.0f} MB before the ledger (Qt, the app, the services),",
            f"  {f.rss_after_mb:.0f} MB after scrolling through everything (the model keeps at",
            "  most 32 pages); peak = the process's VmHWM (`ru_maxrss` would carry over the",
            "  suite's own peak through fork and exec).",
            "- baseline: `rows()` of every id at once, as a model holding every row would.",
        ],
    }


def run(url: str, repeats: int) -> Figures:
    """:func:`measure` in a new process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-m", "bench.ledger", url, str(repeats)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=True,
    )
    return Figures(**json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    print(measure(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 8).as_json())

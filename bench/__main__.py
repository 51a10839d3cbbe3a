"""Every budget of DESIGN.md §6 in one run, written to ``bench/RESULTS.md``.

    .venv/bin/python -m bench [--quick] [--only ROW ...] [--pg URL | --no-pg] [--out FILE]

Rows: search, walk-in, desks, printing, startup, ledger, live, simulator. County-scale
data (1 M petitioners, 100 k cases; ``--quick``: 50 k / 5 k and fewer repetitions) and
the day-scale demo event are built on first use and cached under the user cache folder
(see ``bench/datasets.py``); building the county takes about 3½ minutes. PostgreSQL rows
use ``--pg`` (default ``$RD_BENCH_PG_URL`` or the local server the tests use) and are
skipped with the reason when it does not answer. A quick run writes
``bench/RESULTS-quick.md`` unless ``--out`` says otherwise. ``bench/RESULTS-notes.md``,
if present, is appended: what was changed to meet the budgets, with figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import datasets
from bench.common import Row, load_average, median, ms, percentile, results_markdown

ROWS = ("search", "walk-in", "desks", "printing", "startup", "ledger", "live", "simulator")
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class Options:
    quick: bool
    pg: str | None
    pg_reason: str
    folder: Path

    def n(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def _search(o: Options) -> Row:
    from bench.search import measure, summary

    scale = datasets.QUICK if o.quick else datasets.FULL
    row = Row("find a person (name, initials, ID tail, phone tail)", "p95 ≤ 20 ms, ≥ 20× LIKE")
    with datasets.sqlite_copy(datasets.county_db(scale), o.folder) as url:
        figures = measure(url, o.n(25, 10))
    measured, baseline, speedup, notes = summary(figures)
    p95 = percentile(figures.all_service(), 0.95)
    row.measured, row.baseline, row.notes = measured, baseline, notes
    row.data = f"SQLite, {figures.people:,} petitioners ({scale.name} scale)"
    row.met = p95 <= 0.020 and speedup >= 20
    return row


def _walk_in(o: Options) -> Row:
    from bench.registration import run_desks

    row = Row("register a walk-in (SQLite)", "p95 ≤ 15 ms")
    with datasets.sqlite_copy(datasets.day_db(), o.folder) as url:
        result = run_desks(url, 1, o.n(300, 100))
    lat = result.latencies
    row.measured = f"{ms(median(lat))} / {ms(percentile(lat, 0.95))}"
    row.data = f"day-scale demo event, {result.registrations} walk-ins, 1 desk"
    row.met = percentile(lat, 0.95) <= 0.015 and result.duplicates == 0
    row.notes = [f"- {result.per_second:.0f} registrations/s, {result.duplicates} duplicates"]
    return row


def _desks(o: Options) -> list[Row]:
    from bench.registration import describe, run_desks

    per = o.n(200, 40)
    rows = []
    with datasets.sqlite_copy(datasets.day_db(), o.folder) as url:
        sqlite8 = run_desks(url, 8, per)
    info = Row("8 desks at once on SQLite (one PC)", "— (§6 sets PostgreSQL only)")
    info.measured, info.data = sqlite8.text(), f"day-scale event, 8 × {per} walk-ins"
    info.notes = [f"- {describe('SQLite', sqlite8)}", f"  - {sqlite8.cpu_text()}"]
    rows.append(info)
    row = Row("8 desks registering at once (PostgreSQL)", "≥ 200/s, p95 ≤ 50 ms, 0 duplicates")
    if o.pg is None:
        row.measured, row.notes = "skipped", [f"- no PostgreSQL: {o.pg_reason}"]
        return [*rows, row]
    with datasets.pg_day_copy(o.pg) as url:
        one = run_desks(url, 1, per)
    with datasets.pg_day_copy(o.pg) as url:
        eight = run_desks(url, 8, per)
    row.measured = f"{eight.text()}, {eight.duplicates} duplicates, {eight.gaps} gaps"
    row.baseline = f"1 desk alone: {one.text()}"
    row.data = f"day-scale event, 8 × {per} walk-ins"
    row.met = (
        eight.per_second >= 200 and percentile(eight.latencies, 0.95) <= 0.050
    ) and eight.duplicates == 0
    row.notes = [
        f"- {describe('PostgreSQL', eight)}",
        f"  - {eight.cpu_text()}",
        f"- {describe('PostgreSQL', one)}",
        f"  - {one.cpu_text()}",
    ]
    return [*rows, row]


def _printing(o: Options) -> list[Row]:
    from dataclasses import replace

    from app.printing import build_assignment_slip, build_slip_bundle, register_fonts
    from app.printing.samples import sample_slip, sample_slips
    from bench.bench_printing import Naive, build_timed

    register_fonts()
    base = sample_slip()
    build_assignment_slip(base)
    wall, naive = [], []
    for i in range(o.n(60, 20)):
        wall.append(build_timed(replace(base, case_number=f"JF20240510-{1000 + i:04d}"))[0])
        with Naive():
            naive.append(build_timed(replace(base, case_number=f"JF20240510-{5000 + i:04d}"))[0])
    one = Row("one assignment slip PDF", "≤ 20 ms")
    one.measured = f"{ms(median(wall))} / {ms(percentile(wall, 0.95))}"
    one.baseline = f"reportlab defaults {ms(median(naive))} / {ms(percentile(naive, 0.95))}"
    one.data = "sample slip, 2 petitioners (one with 𠮷), new case number each time"
    one.met = percentile(wall, 0.95) <= 0.020
    slips = sample_slips(500)
    took = []
    for _ in range(o.n(3, 1)):
        start = time.perf_counter()
        bundle = build_slip_bundle(slips)
        took.append(time.perf_counter() - start)
    day = Row("the day's 500 slips in one PDF", "≤ 5 s")
    day.measured = f"{median(took):.2f} s / max {max(took):.2f} s"
    day.data = f"500 slips, {bundle.page_count} pages, {len(bundle.pdf) / 1e6:.1f} MB"
    day.met = max(took) <= 5
    return [one, day]


def _startup(o: Options) -> Row:
    from bench.processes import startup

    row = Row("cold start to a usable station window", "≤ 1.5 s")
    with datasets.sqlite_copy(datasets.day_db(), o.folder) as url:
        runs = startup(url, o.n(7, 3))
    row.measured = f"{median(runs):.2f} s / {percentile(runs, 0.95):.2f} s"
    row.data = f"desk station on the day-scale event (SQLite), offscreen, {len(runs)} runs"
    row.met = percentile(runs, 0.95) <= 1.5
    row.notes = [
        "- a whole new process (`bench/startup_probe.py`) until the window is shown and its",
        "  first loads are done; the sign-in dialog is skipped (typing is not waiting).",
    ]
    return row


def _ledger(o: Options) -> Row:
    from bench.ledger import run, summary

    with datasets.sqlite_copy(
        datasets.county_db(datasets.QUICK if o.quick else datasets.FULL), o.folder
    ) as url:
        return Row(**summary(run(url, o.n(8, 4))))


def _live(o: Options) -> list[Row]:
    from bench.processes import change_latency

    samples = o.n(20, 8)
    rows = []
    row = Row("a change seen on another station (SQLite)", "≤ 2 s")
    with datasets.sqlite_copy(datasets.day_db(), o.folder) as url:
        lat = change_latency(url, samples)
    row.measured = f"{ms(median(lat))} / {ms(percentile(lat, 0.95))}"
    row.data = f"walk-in at one station, data_version poll every 500 ms, {samples} changes"
    row.met = percentile(lat, 0.95) <= 2
    rows.append(row)
    row = Row("a change seen on another station (PostgreSQL)", "≤ 1 s")
    if o.pg is None:
        row.measured, row.notes = "skipped", [f"- no PostgreSQL: {o.pg_reason}"]
        return [*rows, row]
    with datasets.pg_day_copy(o.pg) as url:
        lat = change_latency(url, samples)
    row.measured = f"{ms(median(lat))} / {ms(percentile(lat, 0.95))}"
    row.data = f"walk-in at one station, LISTEN/NOTIFY, {samples} changes"
    row.met = percentile(lat, 0.95) <= 1
    return [*rows, row]


def _simulator(o: Options) -> Row:
    from bench.bench_simulator import suite_row

    return Row(**suite_row(o.n(20, 5)))


RUNNERS: dict[str, Callable[[Options], Row | list[Row]]] = {
    "search": _search,
    "walk-in": _walk_in,
    "desks": _desks,
    "printing": _printing,
    "startup": _startup,
    "ledger": _ledger,
    "live": _live,
    "simulator": _simulator,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, fewer repetitions")
    parser.add_argument("--only", nargs="+", choices=ROWS, help="run only these rows")
    parser.add_argument("--pg", default=os.environ.get("RD_BENCH_PG_URL", DEFAULT_PG))
    parser.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL rows")
    parser.add_argument("--out", type=Path, help="results file (default: see above)")
    args = parser.parse_args(argv)
    pg: str | None = None if args.no_pg else args.pg
    reason = "--no-pg given" if pg is None else (datasets.pg_reachable(pg) or "")
    if reason:
        pg = None
    out = args.out or datasets.ROOT / "bench" / ("RESULTS-quick.md" if args.quick else "RESULTS.md")
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        options = Options(args.quick, pg, reason, Path(folder))
        for name in args.only or ROWS:
            print(f"· {name} (load {load_average()})", file=sys.stderr, flush=True)
            load = load_average()
            try:
                found = RUNNERS[name](options)
            except Exception as error:  # one broken row must not lose the others
                traceback.print_exc()
                found = Row(name, "—", f"failed: {type(error).__name__}: {error}"[:200])
            for row in found if isinstance(found, list) else [found]:
                row.load = row.load or load
                rows.append(row)
                print(f"  {row.what}: {row.measured} [{row.verdict}]", file=sys.stderr)
    scale = "quick scale (--quick)" if args.quick else "full scale"
    header = f"`python -m bench`, {scale}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."
    text = results_markdown(rows, header, time.perf_counter() - started)
    notes = datasets.ROOT / "bench" / "RESULTS-notes.md"
    if notes.exists():
        text += "\n" + notes.read_text(encoding="utf-8")
    out.write_text(text, encoding="utf-8")
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

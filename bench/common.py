"""What every benchmark row shares: timing statistics, the machine, the results table."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds of each of ``runs`` calls."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


def load_average() -> str:
    """1, 5 and 15-minute load averages (other work on a shared machine skews figures)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def machine() -> str:
    """One line about the machine and the software measured."""
    import sqlite3

    import sqlalchemy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        mem = f"{mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        mem = "?"
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@dataclass
class Row:
    """One line of the results table: a §6 budget and what was measured for it."""

    what: str
    budget: str
    measured: str = "not measured"
    baseline: str = "—"
    data: str = "—"
    met: bool | None = None
    notes: list[str] = field(default_factory=list)
    load: str = ""

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**not met**", None: "—"}[self.met]


def results_markdown(rows: Sequence[Row], header: str, took: float) -> str:
    """The results file: the table, then each row's notes."""
    lines = [
        "# Benchmark results",
        "",
        header,
        "",
        f"Machine: {machine()}.",
        f"The whole run took {took:.0f} s. Load averages (1/5/15 min) are given per row: the",
        "machine is shared with other work, which makes single figures noisy.",
        "",
        "| what | budget | measured (median / p95) | naive baseline, same run | data | load "
        "| verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.what} | {r.budget} | {r.measured} | {r.baseline} | {r.data} | {r.load} "
            f"| {r.verdict} |"
        )
    lines.append("")
    for r in rows:
        if r.notes:
            lines += [f"### {r.what}", "", *r.notes, ""]
    return "\n".join(lines)

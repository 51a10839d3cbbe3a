"""The simulated Pujiang day (DESIGN.md §6, last row): the allocator's mean wait against
fixed topic→room routing and the pooled lower bound, over many seeds.

    python bench/bench_simulator.py [--seeds N] [--write]

``--write`` rewrites ``bench/RESULTS-simulator.md``. :func:`simulator_rows` returns the
figures per layout, :func:`suite_row` the row for the suite's main results table. The
budget is a property of the algorithm, so ``tests/unit/test_simulation_budget.py``
asserts it on seeds 1–5; this script measures more seeds and times one simulated day.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.demo.day_scenario import day_rooms, day_scenario, directory_rooms
from app.domain.simulation.compare import BOUND_BUDGET, GAIN_BUDGET, Verdict, compare_days
from app.domain.simulation.engine import simulate
from app.domain.simulation.model import Scenario

RESULTS = Path(__file__).resolve().parent / "RESULTS-simulator.md"


def _verdict(seeds: range, make: Callable[[int], Scenario]) -> Verdict:
    return compare_days(list(seeds), make)


def _spread(values: list[float]) -> str:
    return f"{min(values):.3f}–{max(values):.3f}"


def simulator_rows(seeds: int = 20) -> list[dict[str, Any]]:
    """One row per layout: mean waits (min), gain, ratio, budget verdict, and the time to
    simulate one day with the allocator (median / p95 s)."""
    rows = []
    for name, rooms in (("planned", day_rooms()), ("directory", directory_rooms())):
        verdict = _verdict(range(1, seeds + 1), lambda s, r=rooms: day_scenario(s, r))
        days = [day_scenario(s, rooms) for s in range(1, min(seeds, 10) + 1)]
        times = []
        for day in days:
            started = time.perf_counter()
            simulate(day)
            times.append(time.perf_counter() - started)
        times.sort()
        rows.append(
            {
                "layout": name,
                "seeds": seeds,
                "allocator_mean": verdict.allocator_mean,
                "fixed_mean": verdict.fixed_mean,
                "bound_mean": verdict.bound_mean,
                "gain": verdict.gain,
                "ratio": verdict.ratio,
                "gain_range": _spread([d.gain for d in verdict.days]),
                "ratio_range": _spread([d.ratio for d in verdict.days]),
                "p95_allocator": statistics.mean(d.allocator.p95 for d in verdict.days),
                "p95_fixed": statistics.mean(d.fixed.p95 for d in verdict.days),
                "max_allocator": max(d.allocator.max for d in verdict.days),
                "utilisation": statistics.mean(d.allocator.utilisation for d in verdict.days),
                "last_finish": statistics.mean(d.allocator.last_finish for d in verdict.days),
                "met": verdict.met,
                "sim_median_s": statistics.median(times),
                "sim_p95_s": times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)],
            }
        )
    return rows


def suite_row(seeds: int = 20) -> dict[str, Any]:
    """The §6 row for the suite's main table, as keyword arguments of its ``Row``
    (what, budget, measured, baseline, data, met, notes)."""
    planned, directory = simulator_rows(seeds)
    return {
        "what": "simulated Pujiang day: mean wait",
        "budget": f"≥ {100 * GAIN_BUDGET:.0f} % below fixed routing, ≤ {BOUND_BUDGET} × bound",
        "measured": (
            f"{planned['allocator_mean']:.1f} min: {100 * planned['gain']:.1f} % below fixed, "
            f"{planned['ratio']:.3f} × bound"
        ),
        "baseline": (
            f"fixed routing {planned['fixed_mean']:.1f} min; bound {planned['bound_mean']:.1f} min"
        ),
        "data": f"436 batches / 667 persons / 15 rooms, {seeds} seeds",
        "met": bool(planned["met"]),
        "notes": [
            "details and definitions: bench/RESULTS-simulator.md",
            f"demo directory layout: {100 * directory['gain']:.1f} % below fixed, "
            f"{directory['ratio']:.3f} × bound (10 of 15 rooms alone with their topic)",
        ],
    }


def _clock(minute: float) -> str:
    total = 8 * 60 + round(minute)
    text = f"{total // 60 % 24:02d}:{total % 60:02d}"
    return f"next day {text}" if total >= 24 * 60 else text


def _verdict_text(row: dict[str, Any]) -> str:
    if row["layout"] != "planned":
        return "— (not the budget's day)"
    return "met" if row["met"] else "**NOT met**"


def results_markdown(rows: list[dict[str, Any]]) -> str:
    """The results file."""
    head = (
        "| layout | mean wait: allocator / fixed / bound (min) | below fixed (range) "
        "| × bound (range) | p95: allocator / fixed | max | utilisation | last out | budget "
        "| one day simulated: median / p95 |\n|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = [
        f"| {r['layout']} | {r['allocator_mean']:.1f} / {r['fixed_mean']:.1f} / "
        f"{r['bound_mean']:.1f} | {100 * r['gain']:.1f} % ({r['gain_range']}) | "
        f"{r['ratio']:.3f} ({r['ratio_range']}) | {r['p95_allocator']:.0f} / "
        f"{r['p95_fixed']:.0f} | {r['max_allocator']:.0f} | {100 * r['utilisation']:.0f} % | "
        f"{_clock(r['last_finish'])} | {_verdict_text(r)} | "
        f"{1000 * r['sim_median_s']:.0f} / {1000 * r['sim_p95_s']:.0f} ms |"
        for r in rows
    ]
    return (
        TEMPLATE.replace("{date}", date.today().isoformat())
        .replace("{seeds}", str(rows[0]["seeds"]))
        .replace("{table}", head + "\n".join(lines))
        .replace("{gain}", f"{100 * GAIN_BUDGET:.0f}")
        .replace("{ratio}", f"{BOUND_BUDGET}")
    )


TEMPLATE = (Path(__file__).resolve().parent / "simulator_template.md").read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure and print (and with ``--write`` save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    text = results_markdown(simulator_rows(args.seeds))
    print(text)
    if args.write:
        RESULTS.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

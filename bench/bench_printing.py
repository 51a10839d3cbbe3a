"""Printing benchmark: one assignment slip, and the day's 500 slips in one PDF.

    python bench/bench_printing.py [--runs 50] [--bundle 500] [--bundle-runs 3]

Budgets (DESIGN.md §6): one slip ≤ 20 ms; 500 slips in one file ≤ 5 s. Each slip has a
different case number (so a different QR code); the first build in the process, which
loads the fonts, is timed separately. The naive baseline is the same slip built with
reportlab's own defaults that app/printing/_reportlab_fixes.py replaces (glyf table
copied and glyphs parsed per font subset, zlib level 6, ASCII85) — in the same run.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import zlib
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfdoc, ttfonts

from app.printing import (
    AssignmentSlipData,
    build_assignment_slip,
    build_slip_bundle,
    register_fonts,
)
from app.printing import _reportlab_fixes as fixes
from app.printing.samples import sample_slip, sample_slips


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build_timed(slip: AssignmentSlipData) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one build."""
    start, start_cpu = time.perf_counter(), time.process_time()
    build_assignment_slip(slip)
    return time.perf_counter() - start, time.process_time() - start_cpu


class Naive:
    """Switches the speed-ups of app/printing/_reportlab_fixes.py back to reportlab's
    defaults while active."""

    def __enter__(self) -> None:
        font_file, stream_filter = ttfonts.TTFontFile, pdfdoc.PDFStreamFilterZCompress
        self.saved = (font_file.get_table, font_file.makeSubset, stream_filter.encode)
        self.apply = fixes.apply
        fixes.apply = lambda: None  # every build re-applies the fixes otherwise
        font_file.get_table = fixes._original_get_table
        font_file.makeSubset = fixes._original_make_subset
        stream_filter.encode = lambda self, text: zlib.compress(
            text.encode("utf8") if isinstance(text, str) else text
        )
        rl_config.useA85 = 1

    def __exit__(self, *exc: object) -> None:
        font_file, stream_filter = ttfonts.TTFontFile, pdfdoc.PDFStreamFilterZCompress
        font_file.get_table, font_file.makeSubset, stream_filter.encode = self.saved
        rl_config.useA85 = 0
        fixes.apply = self.apply


def time_slips(runs: int) -> tuple[list[float], list[float], list[float]]:
    """(wall, CPU, naive wall) seconds per build, optimised and naive builds alternating
    so that a machine getting faster or slower affects both alike. Every build has a new
    case number, so nothing (QR code…) comes from a cache."""
    base = sample_slip()
    wall, cpu, naive = [], [], []
    for i in range(runs):
        w, c = build_timed(replace(base, case_number=f"JF20240510-{1000 + i:04d}"))
        wall.append(w)
        cpu.append(c)
        with Naive():
            naive.append(build_timed(replace(base, case_number=f"JF20240510-{5000 + i:04d}"))[0])
    return wall, cpu, naive


def load_average() -> str:
    """1, 5 and 15-minute load averages: other work on the machine skews the figures."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def ms(values: list[float]) -> str:
    median, p95 = statistics.median(values) * 1000, percentile(values, 0.95) * 1000
    return f"median {median:.1f} ms, p95 {p95:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--bundle", type=int, default=500)
    parser.add_argument("--bundle-runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average at the start: {load_average()}")

    accel = "yes" if rl_accel._c_funcs else "no (pip install rl-accel)"
    print(f"reportlab C accelerators (rl-accel): {accel}")

    start = time.perf_counter()
    register_fonts()
    first = build_assignment_slip(sample_slip())
    cold = time.perf_counter() - start
    print(f"first slip incl. font loading: {cold * 1000:.0f} ms ({len(first.pdf) // 1024} KB)")

    gc.collect()
    typical = sample_slip()
    typical = replace(
        typical, petitioners=tuple(replace(p, name="李志坚") for p in typical.petitioners)
    )
    build_assignment_slip(typical)
    plain = [build_timed(typical)[0] for _ in range(args.runs)]
    verdict = "OK" if percentile(plain, 0.95) <= 0.020 else "OVER BUDGET"
    print(
        f"one slip, common-character names, {args.runs} runs: {ms(plain)} (budget 20 ms) {verdict}"
    )
    gc.collect()
    wall, cpu, naive = time_slips(args.runs)
    print(f"one slip, rare-character name (third font subset), {args.runs} runs: {ms(wall)}")
    print(f"  CPU time: {ms(cpu)}")
    print(f"  naive baseline (reportlab defaults), alternating: {ms(naive)}")

    slips = sample_slips(args.bundle)
    took, took_cpu = [], []
    for _ in range(args.bundle_runs):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        bundle = build_slip_bundle(slips)
        took.append(time.perf_counter() - start)
        took_cpu.append(time.process_time() - start_cpu)
    median, worst = statistics.median(took), max(took)
    verdict = "OK" if worst <= 5 else "OVER BUDGET"
    print(
        f"{args.bundle} slips in one PDF, {args.bundle_runs} runs: median {median:.2f} s, "
        f"max {worst:.2f} s, {bundle.page_count} pages, {len(bundle.pdf) / 1e6:.1f} MB "
        f"(budget 5 s) {verdict}; CPU median {statistics.median(took_cpu):.2f} s"
    )
    print(f"load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

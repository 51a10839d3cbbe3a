"""Ledger row: the case ledger service (信访件台账) over the county's cases — the ids of
every case in the ledger's order plus the first page of rows ("first rows"), pages at
random places ("scrolling"), and the peak memory of a process doing it. Measured in a
fresh process so its memory is the ledger's own. Service level: the app has no ledger
view yet, so Qt's model and painting are not included.
"""

from __future__ import annotations

import multiprocessing
import random
import resource
import time
from dataclasses import dataclass
from typing import Any

PAGE = 50


@dataclass(frozen=True)
class LedgerFigures:
    cases: int
    first: list[float]
    scroll: list[float]
    peak_mb: float


def _measure(url: str, runs: int, results: Any) -> None:
    from app.bootstrap import build_services
    from app.db import Database
    from app.services.ledger_data import LedgerSort

    db = Database(url)
    try:
        ledger = build_services(db).ledger
        ledger.rows(ledger.case_ids()[:PAGE])  # warm: imports, statement caches
        first, scroll = [], []
        ids: tuple[int, ...] = ()
        for _ in range(runs):
            for sort in LedgerSort:
                started = time.perf_counter()
                ids = ledger.case_ids(None, sort)
                ledger.rows(ids[:PAGE])
                first.append(time.perf_counter() - started)
        rng = random.Random(5)
        for _ in range(runs * 10):
            at = rng.randrange(0, max(1, len(ids) - PAGE))
            started = time.perf_counter()
            ledger.rows(ids[at : at + PAGE])
            scroll.append(time.perf_counter() - started)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results.put(LedgerFigures(len(ids), first, scroll, peak))
    finally:
        db.dispose()


def measure(url: str, runs: int) -> LedgerFigures:
    ctx = multiprocessing.get_context("spawn")
    results: Any = ctx.Queue()
    worker = ctx.Process(target=_measure, args=(url, runs, results))
    worker.start()
    figures: LedgerFigures = results.get(timeout=1200)
    worker.join(60)
    return figures

"""County-scale benchmark data: a million petitioners and 100,000 historical cases.

The services would take hours for this, so rows go in with SQLAlchemy Core
``insert()`` executemany batches of 10,000 rows, a few large transactions, and
the same columns and invariants the services produce: each petitioner's pinyin search
keys and reversed ID/phone tails, per-event counter rows holding the numbers used,
unique case numbers and check-digit query codes. Events and rooms themselves are made
through the set-up service. Everything is drawn from ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text

from app.bootstrap import build_services
from app.clock import ManualClock
from app.db import Database
from app.demo.directory import ensure_directory
from app.demo.history import HistoryWriter
from app.demo.population import insert_petitioners
from app.demo.users import add_demo_users
from app.services.context import Actor

Progress = Callable[[int, int, str], None]
TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class CountyInfo:
    """What :func:`build_county` inserted, and how long it took."""

    petitioners: int
    search_keys: int
    events: int
    visits: int
    cases: int
    assignments: int
    seconds: float


def fix_sequences(db: Database, tables: tuple[str, ...]) -> None:
    """On PostgreSQL, move each serial sequence past the ids inserted explicitly."""
    if db.dialect != "postgresql":
        return
    with db.write_engine.begin() as conn:
        for name in tables:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                )
            )


def build_county(
    db: Database,
    seed: int,
    petitioners: int = 1_000_000,
    cases: int = 100_000,
    progress: Progress | None = None,
    events: int = 40,
    workers: int | None = None,
) -> CountyInfo:
    """Insert ``petitioners`` invented people and ``cases`` historical cases spread over
    ``events`` past reception days (visits, members, cases, assignments with feedback,
    follow-ups and print jobs). The directory (topics, units, leaders) is ensured first.
    ``workers`` processes generate the people (default: see :func:`insert_petitioners`)."""
    started = time.perf_counter()
    report: Progress = progress or (lambda _done, _total, _label: None)
    rng = random.Random(seed)
    clock = ManualClock(datetime(2016, 11, 1, 9, 0))
    services = build_services(db, clock, Actor("信访局管理员", "admin"))
    add_demo_users(services)
    directory = ensure_directory(services, rng)
    if cases and not petitioners:
        raise ValueError("cases need petitioners")
    population, keys = insert_petitioners(db, seed, petitioners, report, TODAY, workers)
    writer = HistoryWriter(db, services, clock, directory, rng, population, TODAY)
    event_ids = writer.create_events(events)
    writer.insert_cases(cases, report)
    fix_sequences(db, ("petitioner", "visit", "petition_case", "assignment"))
    return CountyInfo(
        petitioners=petitioners,
        search_keys=keys,
        events=len(event_ids),
        visits=writer.visits,
        cases=writer.cases,
        assignments=writer.assignments,
        seconds=time.perf_counter() - started,
    )

"""kill -9 of a writing desk at random moments; the client retries: nothing lost or twice.

A desk process registers walk-ins with client keys ``crash-<n>`` and prints ``ack <key>
<visit id> <ticket>`` after each registration the service acknowledged. The runner
reads those lines and, after a random number of them, kills the desk with SIGKILL —
wherever it is in its next registration (building the draft, inside the transaction,
in the commit). A new desk then retries the unacknowledged key and goes on, as the
desk's client does after a crash. At the end:

- SQLite ``PRAGMA integrity_check`` is ``ok`` and ``foreign_key_check`` empty;
- every acknowledged registration is present, with the visit id and ticket it was given;
- no client key twice, tickets 1..N with no gap, one case per visit.

The test runs a short series; the long run is a script::

    python -m tests.reliability.kill_nine --kills 200 [--engine sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select, text

from app.bootstrap import build_services, open_database
from app.clock import ManualClock, SystemClock
from app.db import Database
from app.models import Case, Visit
from app.services.context import Actor
from tests.db_fixtures import START
from tests.services.scenario import Day, build_day, person, visit

ROOT = Path(__file__).resolve().parents[2]
DESK_COMMAND = (sys.executable, "-m", "tests.reliability.kill_nine", "--desk")


@dataclass(frozen=True)
class KillReport:
    """What a series of kills left behind."""

    kills: int
    acknowledged: int
    visits: int
    retried_in_flight: int
    integrity: str
    seconds: float


def desk(url: str, day_values: str, first: int) -> None:
    """The desk process: register from key ``first`` on until killed (or 10,000 keys)."""
    day = Day(*[int(v) for v in day_values.split(",")])
    db = Database(url)
    services = build_services(db, SystemClock(), Actor("crash-desk", "desk"))
    for n in range(first, first + 10_000):
        draft = replace(visit(day, person(n, "断电测试")), client_key=f"crash-{n}")
        result = services.registration.register_walk_in(draft).value
        print(f"ack crash-{n} {result.visit_id} {result.ticket_number}", flush=True)


def prepare(url: str) -> Day:
    """A migrated database with the small test day."""
    db, _ = open_database(url)
    try:
        return build_day(build_services(db, ManualClock(START)))
    finally:
        db.dispose()


def run_kills(url: str, day: Day, kills: int, seed: int) -> KillReport:
    """Start, let it acknowledge a few, kill -9, retry — ``kills`` times; then check."""
    rng = random.Random(seed)
    acked: dict[str, tuple[int, int]] = {}
    next_key, retried, started = 0, 0, time.perf_counter()
    day_values = ",".join(str(v) for v in day.__dict__.values())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(kills):
        child = subprocess.Popen(
            [*DESK_COMMAND, url, day_values, str(next_key)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        # 0 acks: killed while starting or inside its very first (retried) registration.
        wanted = rng.choice((0, 1, 1, 2, 3, 5))
        seen = 0
        while seen < wanted:
            line = child.stdout.readline()
            if not line:
                raise RuntimeError(f"desk ended on its own (exit {child.wait()})")
            _, key, visit_id, ticket = line.split()
            if key in acked:
                assert acked[key] == (int(visit_id), int(ticket)), f"{key} registered twice"
            acked[key] = (int(visit_id), int(ticket))
            seen += 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        retried += 1
        next_key = max((int(k.split("-")[1]) + 1 for k in acked), default=0)
    return _check(url, kills, acked, retried, time.perf_counter() - started)


def _check(
    url: str, kills: int, acked: dict[str, tuple[int, int]], retried: int, seconds: float
) -> KillReport:
    db = Database(url)
    try:
        integrity = "n/a (PostgreSQL)"
        with db.read() as s:
            if db.write_engine.dialect.name == "sqlite":
                integrity = str(s.execute(text("PRAGMA integrity_check")).scalar_one())
                assert integrity == "ok", integrity
                assert not s.execute(text("PRAGMA foreign_key_check")).all()
            rows = s.execute(
                select(Visit.client_key, Visit.id, Visit.ticket_number).where(
                    Visit.client_key.like("crash-%")
                )
            ).all()
            cases = s.scalar(
                select(func.count())
                .select_from(Case)
                .join(Visit, Case.visit_id == Visit.id)
                .where(Visit.client_key.like("crash-%"))
            )
            tickets = sorted(t for t in s.scalars(select(Visit.ticket_number)) if t is not None)
        stored = {key: (visit_id, ticket) for key, visit_id, ticket in rows}
        assert len(stored) == len(rows), "a client key is stored twice"
        lost = {k: v for k, v in acked.items() if stored.get(k) != v}
        assert not lost, f"acknowledged but missing or changed: {lost}"
        assert tickets == list(range(1, len(tickets) + 1)), "ticket numbers have a gap or twin"
        assert cases == len(rows), "a visit without its case (or two)"
        return KillReport(kills, len(acked), len(rows), retried, integrity, seconds)
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    """The long run (or, with ``--desk``, the desk process the runner starts)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--desk":
        desk(args[1], args[2], int(args[3]))
        return 0
    parser = argparse.ArgumentParser(description="kill -9 a writing desk, again and again")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(args)
    if options.engine == "sqlite":
        folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"rd-kill9-{uuid.uuid4().hex[:8]}"
        folder.mkdir(parents=True)
        url = f"sqlite:///{folder / 'reception.db'}"
        report = run_kills(url, prepare(url), options.kills, options.seed)
    else:
        from tests.db_fixtures import fresh_pg_url

        urls = fresh_pg_url()
        url = next(urls)
        try:
            report = run_kills(url, prepare(url), options.kills, options.seed)
        finally:
            urls.close()
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rows measured across processes and connections: cold start to a usable station
window, and how soon a change made at one station is seen at another."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import threading
import time

from bench.datasets import ROOT

STARTUP_TIMEOUT = 60.0


def startup(url: str, runs: int, station: str = "desk") -> list[float]:
    """Seconds from launching ``python bench/startup_probe.py`` (a whole new process,
    offscreen) until it reports the station window shown and loaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = []
    with tempfile.TemporaryDirectory() as folder:
        env["RECEPTION_DAY_DATA_DIR"] = folder
        for _ in range(runs):
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, str(ROOT / "bench" / "startup_probe.py"), url, station],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                text=True,
            )
            try:
                assert child.stdout is not None
                line = child.stdout.readline().strip()
                took = time.perf_counter() - started
            finally:
                child.kill()
                child.wait(STARTUP_TIMEOUT)
            if line != "READY":
                raise RuntimeError(f"the station did not start: {line or 'no answer'}")
            out.append(took)
    return out


def change_latency(url: str, samples: int) -> list[float]:
    """Seconds from the start of a walk-in registration at one station until a second
    station's change feed reports it: LISTEN/NOTIFY on PostgreSQL; on SQLite the
    app's poll of ``PRAGMA data_version`` every 500 ms (its timer, in a thread here)."""
    from app.bootstrap import build_services
    from app.clock import SystemClock
    from app.db import Database
    from app.services.context import Actor
    from app.sync.feed import PgChangeListener, SqliteChangePoller
    from app.ui.live_feed import SQLITE_POLL_MS
    from bench.registration import _drafts, event_and_topics

    event_id, topics = event_and_topics(url)
    drafts = _drafts(event_id, topics, 90, samples + 1)
    db = Database(url)
    services = build_services(db, SystemClock(), Actor("测试登记员", "desk-live"))
    seen = threading.Event()
    stop = threading.Event()
    if db.is_sqlite:
        poller = SqliteChangePoller(str(db.sqlite_path))

        def watch() -> None:
            while not stop.is_set():
                if poller.poll().items:
                    seen.set()
                stop.wait(SQLITE_POLL_MS / 1000)

    else:
        listener = PgChangeListener(url)
        listener.connect()

        def watch() -> None:
            while not stop.is_set():
                if listener.poll(timeout=0.05).items:
                    seen.set()

    thread = threading.Thread(target=watch, daemon=True)
    services.registration.register_walk_in(drafts[0])  # warm-up
    thread.start()
    out = []
    rng = random.Random(3)
    try:
        for draft in drafts[1:]:
            time.sleep(rng.uniform(0.1, 0.6))  # land anywhere in the poll period
            seen.clear()
            started = time.perf_counter()
            services.registration.register_walk_in(draft)
            if not seen.wait(10):
                raise RuntimeError("the change was never seen")
            out.append(time.perf_counter() - started)
    finally:
        stop.set()
        thread.join(5)
        (poller if db.is_sqlite else listener).close()
        db.dispose()
    return out

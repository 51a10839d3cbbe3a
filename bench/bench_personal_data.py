"""What sealing personal data at rest costs (AES-256-GCM values, HMAC lookups).

    python -m bench.bench_personal_data [--runs N] [--pg URL] [--county N]

Per operation: seal, open and lookup hash of an 18-digit ID number. Per registration:
walk-ins registered on a fresh SQLite database (and PostgreSQL with ``--pg``, an empty
database), with the time spent in the cipher and in the key check (the database's key
fingerprints, once per write transaction) measured inside the same calls, so machine
load hits both alike. ``--county N``: the county builder's bulk insert of N petitioners
(sealing in its worker processes), as ``reception-day demo --scale county`` runs it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import timeit
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

NUMBER = "330726199001011234"


def _micro() -> list[str]:
    from app.security.field_crypto import FieldCipher, KeyRing

    cipher = FieldCipher(KeyRing.first())
    sealed = cipher.seal("petitioner.document_number", NUMBER)
    n = 20_000
    rows = []
    ops: dict[str, Callable[[], object]] = {
        "seal": lambda: cipher.seal("petitioner.document_number", NUMBER),
        "open": lambda: cipher.open("petitioner.document_number", sealed),
        "lookup hash": lambda: cipher.lookup_hash("petitioner.document_number", NUMBER),
    }
    for name, op in ops.items():
        best = min(timeit.repeat(op, number=n, repeat=5)) / n
        rows.append(f"| {name} | {best * 1e6:.1f} µs |")
    return rows


def _instrument() -> dict[str, float]:
    from app.security import field_crypto, keys

    spent = {"crypto": 0.0, "check": 0.0}

    def wrap(cls: Any, name: str, bucket: str) -> None:
        original = getattr(cls, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[bucket] += time.perf_counter() - t

        setattr(cls, name, timed)

    for name in ("seal", "open", "lookup_hash"):
        wrap(field_crypto.FieldCipher, name, "crypto")
    wrap(keys.FieldKeys, "writer", "check")
    return spent


def _registrations(url: str, runs: int, spent: dict[str, float]) -> str:
    from app.bootstrap import build_services, open_database
    from app.clock import SystemClock
    from app.domain.identity import make_resident_id
    from app.domain.types import DocumentType
    from app.services.catalogue import DEFAULT_TOPICS
    from app.services.registration_data import PetitionerDraft, VisitDraft
    from app.services.setup_data import EventDraft, RoomDraft

    db, _ = open_database(url)
    try:
        services = build_services(db, SystemClock())
        setup = services.setup
        topic = setup.add_topic(DEFAULT_TOPICS[0]).value.id
        event = setup.create_event(EventDraft("测试", date.today(), "会场")).value.id
        setup.add_room(event, RoomDraft(1, "第一接待室", frozenset({topic})))
        times = []
        spent["crypto"] = spent["check"] = 0.0
        for i in range(runs):
            person = PetitionerDraft(
                "王小明",
                DocumentType.RESIDENT_ID,
                make_resident_id("330726", date(1980, 1, 1 + i % 28), i % 1000),
                f"139{i:08d}",
                "浙江省金华市浦江县浦阳街道测试村",
            )
            draft = VisitDraft(os.urandom(8).hex(), event, topic, 1, (person,), "测试摘要")
            t = time.perf_counter()
            services.registration.register_walk_in(draft)
            times.append(time.perf_counter() - t)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
        return (
            f"| {db.dialect} | {statistics.median(times) * 1e3:.1f} ms | {p95 * 1e3:.1f} ms | "
            f"{spent['crypto'] / runs * 1e6:.0f} µs | {spent['check'] / runs * 1e6:.0f} µs |"
        )
    finally:
        db.dispose()


def _county(count: int, folder: Path) -> str:
    from app.bootstrap import open_database
    from app.demo.population import insert_petitioners

    db, _ = open_database(f"sqlite:///{folder / 'county.db'}")
    try:
        t = time.perf_counter()
        insert_petitioners(db, 7, count, lambda *_: None, date(2026, 11, 23))
        seconds = time.perf_counter() - t
    finally:
        db.dispose()
    size = (folder / "county.db").stat().st_size / 1_048_576
    return f"{count:,} petitioners inserted (sealed) in {seconds:.1f} s, file {size:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database")
    parser.add_argument("--county", type=int, default=0, metavar="N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("RECEPTION_DAY_KEY_FILE", str(folder / "keys.json"))
        print("| operation | best of 5 |\n|---|---|")
        print("\n".join(_micro()))
        spent = _instrument()
        print("\n| engine | registration median | p95 | in the cipher | key check |")
        print("|---|---|---|---|---|")
        print(_registrations(f"sqlite:///{folder / 'desk.db'}", args.runs, spent))
        if args.pg:
            print(_registrations(args.pg, args.runs, spent))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"\nload average {load:.1f}")
        if args.county:
            print(_county(args.county, folder))


if __name__ == "__main__":
    main()

"""What the audit trail and the backups cost, on the day-scale demo event (SQLite).

    python -m bench.bench_audit_backup [--runs N] [--db demo.db] [--pg URL]

Audit overhead: two copies of the demo day, one with the audit listeners removed; the
same walk-ins registered into both, alternating, so load on the machine hits both
alike. Backups: backup, verify-backup, restore into a new file and verify-audit of the
demo day's database, with the file size. With ``--pg`` the demo day is built in that
(empty) PostgreSQL database too and backed up / restored with pg_dump/pg_restore.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import load_average, machine, median, ms, percentile
from bench.registration import _drafts, event_and_topics


def _demo(url: str) -> None:
    from app.bootstrap import build_services, open_database
    from app.demo.day import build_day

    db, _ = open_database(url)
    try:
        build_day(build_services(db), 1, lambda *_: None)
    finally:
        db.dispose()


def audit_overhead(source: Path, folder: Path, runs: int) -> list[str]:
    from app.audit import recorder
    from app.backup.sqlite_files import copy_database
    from app.bootstrap import build_services
    from app.clock import SystemClock
    from app.db import Database
    from app.services.context import Actor

    with_audit, without = folder / "with.db", folder / "without.db"
    copy_database(source, with_audit)
    copy_database(source, without)
    event_id, topics = event_and_topics(f"sqlite:///{with_audit}")
    db_on, db_off = Database(f"sqlite:///{with_audit}"), Database(f"sqlite:///{without}")
    recorder.uninstall(db_off._write_sessions)
    actor = Actor("测试登记员", "desk:1")
    on = build_services(db_on, SystemClock(), actor).registration.register_walk_in
    off = build_services(db_off, SystemClock(), actor).registration.register_walk_in
    drafts = _drafts(event_id, topics, 1, runs + 1)
    on(drafts[0]), off(drafts[0])  # warm-up
    t_on: list[float] = []
    t_off: list[float] = []
    for draft in drafts[1:]:
        for register, times in ((on, t_on), (off, t_off)):
            t = time.perf_counter()
            register(draft)
            times.append(time.perf_counter() - t)
    from sqlalchemy import func, select

    from app.models import AuditEntry

    with db_on.read() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    db_on.dispose()
    db_off.dispose()
    extra = median(t_on) - median(t_off)
    return [
        f"| register a walk-in, audited | {ms(median(t_on))} / {ms(percentile(t_on, 0.95))} "
        f"| {runs} |",
        f"| register a walk-in, audit listeners removed | {ms(median(t_off))} / "
        f"{ms(percentile(t_off, 0.95))} | {runs} |",
        f"| audit overhead per registration (median) | {ms(extra)} "
        f"({100 * extra / median(t_off):.0f} %) | {entries:,} entries in the log after |",
    ]


def backups(url: str, folder: Path, label: str) -> list[str]:
    from app.audit.chain import verify_engine
    from app.backup.backups import make_backup, restore_backup, verify_backup
    from app.db import Database

    rows = []
    t = time.perf_counter()
    result = make_backup(url, folder / f"{label}.bak")
    took = time.perf_counter() - t
    m = result.manifest
    rows.append(
        f"| backup ({label}) | {took:.2f} s | {m.size_bytes / 1_048_576:.1f} MB, "
        f"{sum(m.row_counts.values()):,} rows, {m.audit_entries:,} audit entries |"
    )
    t = time.perf_counter()
    verify_backup(result.path)
    rows.append(f"| verify-backup ({label}) | {time.perf_counter() - t:.2f} s | |")
    db = Database(url)
    t = time.perf_counter()
    verdict = verify_engine(db.read_engine)
    rows.append(
        f"| verify-audit ({label}) | {time.perf_counter() - t:.2f} s | "
        f"{verdict.entries:,} entries, ok={verdict.ok} |"
    )
    db.dispose()
    target = f"sqlite:///{folder / f'restored-{label}.db'}" if label == "sqlite" else url
    t = time.perf_counter()
    restore_backup(target, result.path, force=True)
    rows.append(
        f"| restore + verification ({label}) | {time.perf_counter() - t:.2f} s | "
        "checksum, integrity, row counts, audit chain; before and after |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--db", type=Path, default=None, help="an existing demo day (SQLite)")
    parser.add_argument("--pg", default=None, help="an EMPTY PostgreSQL database URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = args.db or folder / "demo.db"
        if args.db is None:
            _demo(f"sqlite:///{source}")
        print(f"Machine: {machine()}; load {load_average()}\n")
        print("| what | median / p95 or time | data |\n|---|---|---|")
        for row in audit_overhead(source, folder, args.runs):
            print(row)
        for row in backups(f"sqlite:///{source}", folder, "sqlite"):
            print(row)
        if args.pg:
            _demo(args.pg)
            for row in backups(args.pg, folder, "postgresql"):
                print(row)
        print(f"\nload after: {load_average()}")


if __name__ == "__main__":
    main()

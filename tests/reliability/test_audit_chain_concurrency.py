"""8 desk processes registering at once: the audit chain stays linear and gap-free."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.audit.chain import verify_engine
from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.models import AuditEntry, Visit
from tests.db_fixtures import START, fresh_pg_url, sqlite_url
from tests.reliability.test_concurrent_registration import PROCESSES, _desk
from tests.services.scenario import build_day

PER_PROCESS = 15


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        yield from fresh_pg_url()


def test_eight_writers_keep_one_linear_chain(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = open_database(url)
    day = build_day(build_services(db, ManualClock(START)))
    monkeypatch.setenv("RD_DAY", ",".join(str(v) for v in day.__dict__.values()))
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[object] = ctx.Queue()
    workers = [
        ctx.Process(target=_desk, args=(url, d, PER_PROCESS, results)) for d in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    answers = [results.get(timeout=600) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert not [a for a in answers if isinstance(a, str)]
    try:
        verdict = verify_engine(db.read_engine)
        assert verdict.ok, verdict
        with db.read() as s:
            seqs = list(s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
            stations = set(s.scalars(select(AuditEntry.station).distinct()))
            visits = s.scalar(select(func.count()).select_from(Visit))
            created = s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity == "visit", AuditEntry.action.endswith(":create"))
            )
        assert seqs == list(range(1, len(seqs) + 1))
        assert verdict.entries == len(seqs)
        assert {f"desk{d}" for d in range(PROCESSES)} <= stations
        assert created == visits == PROCESSES * PER_PROCESS
    finally:
        db.dispose()

"""The demo day, built through the services on a SQLite file: its shape and invariants."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import build_services, open_database
from app.cli import all_statistics, statistics_json
from app.db import Database
from app.demo.day import BATCHES, DAY, PERSONS, DayInfo, build_day, head_counts
from app.domain.identity import parse_resident_id
from app.domain.types import DocumentType, Outcome, Priority, VisitStatus
from app.models import Assignment, Case, Counter, Petitioner, PrintJob, Visit, VisitMember
from app.services.context import event_scope

SEED = 7


@dataclasses.dataclass(frozen=True)
class Built:
    db: Database
    info: DayInfo
    seconds: float


def _build(path: Path) -> Built:
    import time

    db, _ = open_database(f"sqlite:///{path}")
    started = time.perf_counter()
    info = build_day(build_services(db), SEED)
    return Built(db, info, time.perf_counter() - started)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    result = _build(tmp_path_factory.mktemp("demo") / "day.db")
    try:
        yield result
    finally:
        result.db.dispose()


def test_exactly_436_batches_and_667_persons(built: Built) -> None:
    with built.db.read() as s:
        n, heads = s.execute(
            select(func.count(), func.sum(Visit.head_count)).where(
                Visit.event_id == built.info.event_id
            )
        ).one()
        collective = s.scalar(
            select(func.count()).where(Visit.event_id == built.info.event_id, Visit.is_collective)
        )
    assert (n, heads) == (BATCHES, PERSONS) == (built.info.batches, built.info.persons)
    assert collective
    assert collective >= 10
    assert built.seconds < 120  # ~20 s on an idle 2-core machine


def test_every_id_number_passes_the_checksum(built: Built) -> None:
    with built.db.read() as s:
        numbers = [
            p.document_number
            for p in s.scalars(
                select(Petitioner).where(Petitioner.document_type == DocumentType.RESIDENT_ID.value)
            )
        ]
    assert len(numbers) > PERSONS * 0.8
    for number in numbers:
        assert number is not None
        assert parse_resident_id(number, DAY).number == number


def test_tickets_are_unique_and_gap_free_among_checked_in(built: Built) -> None:
    event_id = built.info.event_id
    with built.db.read() as s:
        tickets = s.scalars(
            select(Visit.ticket_number).where(
                Visit.event_id == event_id, Visit.checked_in_at.is_not(None)
            )
        ).all()
        unnumbered = s.scalar(
            select(func.count()).where(
                Visit.event_id == event_id,
                Visit.ticket_number.is_(None),
                Visit.status != VisitStatus.PRE_REGISTERED.value,
            )
        )
        counter = s.scalar(
            select(Counter.value).where(
                Counter.scope == event_scope(event_id), Counter.name == "ticket"
            )
        )
    assert sorted(t or 0 for t in tickets) == list(range(1, len(tickets) + 1))
    assert counter == len(tickets) == built.info.walk_ins + built.info.arrived_pre_registered
    assert unnumbered == 0


def test_every_station_has_something_to_show(built: Built) -> None:
    event_id = built.info.event_id
    with built.db.read() as s:
        statuses = dict(
            s.execute(
                select(Visit.status, func.count())
                .where(Visit.event_id == event_id)
                .group_by(Visit.status)
            ).all()
        )
        priorities = set(s.scalars(select(Visit.priority).where(Visit.event_id == event_id)))
        repeats = s.scalar(select(func.count()).where(Visit.event_id == event_id, Visit.is_repeat))
        pending_prints = s.scalar(select(func.count()).where(PrintJob.event_id == event_id))
        partly_checked_in = s.scalar(
            select(func.count(func.distinct(VisitMember.visit_id))).where(
                VisitMember.checked_in_at.is_(None),
                VisitMember.visit_id.in_(
                    select(Visit.id).where(
                        Visit.event_id == event_id,
                        Visit.status != VisitStatus.PRE_REGISTERED.value,
                    )
                ),
            )
        )
    for status in ("pre_registered", "waiting", "in_reception", "done", "no_show", "on_hold"):
        assert statuses.get(status, 0) > 0, status
    done_share = statuses["done"] / BATCHES
    assert 0.55 <= done_share <= 0.65
    assert 0.35 <= built.info.pre_registered / BATCHES <= 0.45
    assert {
        Priority.ELDERLY.value,
        Priority.DISABLED.value,
        Priority.PRE_BOOKED.value,
    } <= priorities
    assert repeats
    assert repeats >= 20
    assert pending_prints
    assert pending_prints > 0
    assert partly_checked_in == 0  # the rest of a split batch checked in later


def test_outcome_mix(built: Built) -> None:
    event_id = built.info.event_id
    with built.db.read() as s:
        outcomes = dict(
            s.execute(
                select(Case.outcome, func.count())
                .where(Case.event_id == event_id, Case.outcome.is_not(None))
                .group_by(Case.outcome)
            ).all()
        )
        urgencies = set(
            s.scalars(
                select(Assignment.urgency)
                .join(Case, Case.id == Assignment.case_id)
                .where(Case.event_id == event_id)
            )
        )
        confidential = s.scalar(
            select(func.count()).where(Case.event_id == event_id, Case.is_confidential)
        )
    decided = sum(outcomes.values())
    assert set(outcomes) == {o.value for o in Outcome}
    assert 0.15 <= outcomes[Outcome.RESOLVED_ON_SPOT.value] / decided <= 0.35
    assert 0.50 <= outcomes[Outcome.HANDED_OVER.value] / decided <= 0.70
    assert urgencies == {"green", "yellow", "red"}
    assert confidential
    assert confidential > 0
    assert dict(built.info.outcomes) == outcomes


def test_statistics_add_up(built: Built) -> None:
    ((event, stats),), _ = all_statistics(built.db, built.info.event_id)
    assert event.event_date == DAY
    assert stats.pre_registered == built.info.pre_registered - built.info.arrived_pre_registered
    assert stats.batches + stats.pre_registered == BATCHES
    assert sum(stats.by_status.values()) == BATCHES
    assert sum(t.batches for t in stats.by_topic) >= stats.batches
    assert stats.outcomes == dict(built.info.outcomes)


@pytest.mark.slow
def test_same_seed_same_day(built: Built, tmp_path: Path) -> None:
    again = _build(tmp_path / "again.db")
    try:
        assert again.info == built.info
        first, second = (
            statistics_json(*all_statistics(b.db, b.info.event_id)[0][0]) for b in (built, again)
        )
        assert first == second
    finally:
        again.db.dispose()


def test_head_counts_sum_exactly() -> None:
    import random

    for seed in range(20):
        counts = head_counts(random.Random(seed), BATCHES, PERSONS, 14)
        assert sum(counts) == PERSONS
        assert len(counts) == BATCHES
        assert sum(c >= 5 for c in counts) == 14
        assert min(counts) == 1
        assert max(counts) <= 12
    with pytest.raises(ValueError, match="out of reach"):
        head_counts(random.Random(0), 10, 9, 0)

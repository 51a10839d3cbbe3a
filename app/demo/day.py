"""A demo reception day like Qujiang's, built through the services.

:func:`build_day` sets up the county directory and two earlier reception days (whose
visitors come back as repeat visitors), pre-registers about 40 % of the day's batches in
the week before, then plays the day on a manual clock until about 60 % of the batches
have been received: 436 batches, 667 persons, 15 rooms, every station with something to
show (queues, batches in reception, decided cases with print jobs, no-shows, holds).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.demo.directory import Directory, create_event, ensure_directory
from app.demo.names import FakePerson, PersonFactory, villages
from app.demo.plans import VisitPlan, client_key
from app.demo.simulate import DaySimulator, Progress
from app.demo.supervision import follow_through
from app.demo.texts import petition_text
from app.demo.users import add_demo_users
from app.domain.types import RegistrationChannel
from app.services.context import Actor

DAY = date(2026, 11, 23)
DAY_NAME = "2026年冬季县领导公开接访日"
HISTORY = (
    ("2025年冬季县领导公开接访日", date(2025, 11, 24)),
    ("2026年春季县领导公开接访日", date(2026, 5, 25)),
)
BATCHES = 436
PERSONS = 667
COLLECTIVE_BATCHES = 14
PRE_REGISTERED_SHARE = 0.40
ARRIVAL_SHARE = 0.88  # of the pre-registered, by the time the simulation stops
DECIDED_SHARE = 0.60
HISTORY_BATCHES = 30
REPEAT_VISITORS = 24
SAME_DAY_REPEATS = 3

TOPIC_WEIGHTS: Mapping[str, int] = {
    "land": 20,
    "labour": 15,
    "urban": 10,
    "law": 10,
    "agri": 8,
    "civil": 7,
    "safety_env": 6,
    "transport": 5,
    "discipline": 4,
    "health": 4,
    "public_security": 3,
    "education": 3,
    "enterprise": 3,
    "veterans": 2,
    "other": 3,
}


@dataclass(frozen=True)
class DayInfo:
    """What :func:`build_day` made."""

    event_id: int
    event_date: date
    history_event_ids: tuple[int, ...]
    batches: int
    persons: int
    pre_registered: int
    arrived_pre_registered: int
    walk_ins: int
    decided_visits: int
    outcomes: Mapping[str, int]
    no_shows: int
    holds: int
    transfers: int
    clock_at_end: datetime


def head_counts(rng: random.Random, batches: int, persons: int, collective: int) -> list[int]:
    """Head counts 1..12 summing exactly to ``persons``; ``collective`` of them ≥ 5."""
    if not batches + 4 * collective <= persons <= 12 * collective + 4 * (batches - collective):
        raise ValueError("persons out of reach for these batches")
    counts = [1] * batches
    chosen = rng.sample(range(batches), collective)
    for index in chosen:
        counts[index] = rng.randint(5, 12)
    while sum(counts) > persons:
        index = rng.choice([i for i in chosen if counts[i] > 5])
        counts[index] -= 1
    small = [i for i in range(batches) if i not in set(chosen)]
    while sum(counts) < persons:
        index = rng.choice(small)
        if counts[index] < 4:
            counts[index] += 1
    return counts


def _topic(rng: random.Random) -> str:
    return rng.choices(list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values()))[0]


def _plan(rng: random.Random, people: PersonFactory, heads: int, event_id: int) -> VisitPlan:
    topic = _topic(rng)
    named = heads if heads <= 3 else rng.randint(3, min(5, heads))
    first = people.person()
    group = [first] + [people.person(township=first.township) for _ in range(named - 1)]
    summary, demand = petition_text(
        rng, topic, first.township, rng.choice(villages(first.township))
    )
    plan = VisitPlan(client_key(rng, event_id), topic, heads, tuple(group), summary, demand)
    if topic == "discipline" and rng.random() < 0.3:
        plan.accused_township = first.township
    return plan


def _at(day: date, minutes: float) -> datetime:
    """``minutes`` after 08:00 on ``day``, to the second."""
    return datetime.combine(day, time(8)) + timedelta(seconds=int(minutes * 60))


def _history(
    services: Services, clock: ManualClock, directory: Directory, rng: random.Random
) -> tuple[tuple[int, ...], list[FakePerson]]:
    """Two earlier reception days, fully received; their visitors."""
    event_ids: list[int] = []
    visitors: list[FakePerson] = []
    for name, day in HISTORY:
        clock.current = datetime.combine(day - timedelta(days=10), time(9))
        event_id = create_event(services, directory, name, day)
        people = PersonFactory(rng, day)
        heads = [rng.choice((1, 1, 1, 2, 3)) for _ in range(HISTORY_BATCHES)]
        plans = [_plan(rng, people, h, event_id) for h in heads]
        for plan in plans:
            plan.arrival = _at(day, rng.uniform(0, 180))
            visitors.append(plan.people[0])
        sim = DaySimulator(services, clock, directory, event_id, rng, incidents=False)
        sim.run(plans, len(plans))
        follow_through(services, clock, event_id, rng)
        event_ids.append(event_id)
    return tuple(event_ids), visitors


def _day_plans(
    rng: random.Random, directory: Directory, history: list[FakePerson], event_id: int
) -> list[VisitPlan]:
    people = PersonFactory(rng, DAY, {p.id_number for p in history})
    heads = head_counts(rng, BATCHES, PERSONS, COLLECTIVE_BATCHES)
    plans = [_plan(rng, people, h, event_id) for h in heads]
    for plan, repeater in zip(
        rng.sample(plans, REPEAT_VISITORS), rng.sample(history, REPEAT_VISITORS), strict=True
    ):
        if rng.random() < 0.3:
            repeater = dataclasses.replace(repeater, phone=people.phone())
        plan.people = (repeater, *plan.people[1:])
    pre = rng.sample(range(BATCHES), round(BATCHES * PRE_REGISTERED_SHARE))
    channels = (RegistrationChannel.TOWNSHIP, RegistrationChannel.PHONE, RegistrationChannel.IMPORT)
    for index in pre:
        plan = plans[index]
        plan.channel = rng.choices(channels, (45, 35, 20))[0]
        if plan.channel is not RegistrationChannel.PHONE:
            start = _at(DAY, 30 + 30 * rng.randrange(8))
            plan.window = (start, start + timedelta(hours=1))
        elif rng.random() < 0.06:
            plan.requested_leader_id = directory.leaders[rng.randrange(2)]
        plan.split_check_in = len(plan.people) > 1 and rng.random() < 0.4
        if rng.random() < ARRIVAL_SHARE:
            minutes = rng.uniform(0, 210)
            if plan.window:
                minutes = (plan.window[0] - _at(DAY, 0)).seconds / 60 + rng.uniform(-15, 25)
            plan.arrival = _at(DAY, minutes)
    walk_ins = [p for p in plans if p.channel is RegistrationChannel.WALK_IN]
    for plan in walk_ins:
        plan.arrival = _at(DAY, rng.triangular(0, 270, 60))
    walk_ins.sort(key=lambda p: p.arrival or DAY)
    for _ in range(SAME_DAY_REPEATS):
        early, late = sorted(rng.sample(range(len(walk_ins)), 2))
        again = walk_ins[early].people[0]
        if all(p.id_number != again.id_number for p in walk_ins[late].people):
            walk_ins[late].people = (again, *walk_ins[late].people[1:])
    return plans


def build_day(services: Services, seed: int, progress: Progress | None = None) -> DayInfo:
    """Build the demo day into the database of ``services`` (its clock is not used:
    the day runs on its own manual clock, station by station)."""
    rng = random.Random(seed)
    clock = ManualClock(datetime(2025, 11, 1, 9, 0))
    admin = build_services(services.ctx.db, clock, Actor("信访局管理员", "admin"))
    add_demo_users(admin)
    report = progress or (lambda _done, _total, _label: None)
    report(0, 1, "directory")
    directory = ensure_directory(admin, rng)
    report(0, len(HISTORY), "history")
    history_ids, history_people = _history(admin, clock, directory, rng)
    report(len(HISTORY), len(HISTORY), "history")
    clock.current = datetime.combine(DAY - timedelta(days=14), time(9))
    event_id = create_event(admin, directory, DAY_NAME, DAY)
    plans = _day_plans(rng, directory, history_people, event_id)
    pre = [p for p in plans if p.channel is not RegistrationChannel.WALK_IN]
    desk = build_services(services.ctx.db, clock, Actor("预登记员", "pre-registration"))
    for done, plan in enumerate(pre):
        clock.current = datetime.combine(DAY - timedelta(days=10 - done * 7 // len(pre)), time(9))
        clock.current += timedelta(minutes=done * 2)
        answer = desk.registration.pre_register(plan.draft(event_id, directory)).value
        plan.visit_id, plan.member_ids = answer.visit_id, answer.petitioner_ids
        report(done + 1, len(pre), "pre-registration")
    simulator = DaySimulator(admin, clock, directory, event_id, rng)
    tally = simulator.run(plans, round(BATCHES * DECIDED_SHARE), progress)
    return DayInfo(
        event_id=event_id,
        event_date=DAY,
        history_event_ids=history_ids,
        batches=len(plans),
        persons=sum(p.head_count for p in plans),
        pre_registered=len(pre),
        arrived_pre_registered=tally.checked_in,
        walk_ins=tally.registered,
        decided_visits=tally.decided_visits,
        outcomes=dict(sorted(tally.outcomes.items())),
        no_shows=tally.no_shows,
        holds=tally.holds,
        transfers=tally.transfers,
        clock_at_end=clock.current,
    )

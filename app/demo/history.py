"""Past reception days for the county-scale data, bulk-inserted one event per transaction.

Each event is created through the set-up service (so it has its rooms and counter rows);
its visits, members, cases, assignments (with co-units, feedback, follow-ups) and print
jobs are then inserted with Core executemany, and the event's counters are set to the
ticket, queue and case numbers used, as the services would have left them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from app.bootstrap import Services
from app.clock import ManualClock
from app.db import Database
from app.demo.day import TOPIC_WEIGHTS
from app.demo.directory import ROOMS, Directory, create_event
from app.demo.handling import Handling
from app.demo.names import TOWNSHIPS, villages
from app.demo.plans import client_key
from app.demo.population import BATCH, Population, table
from app.demo.texts import (
    petition_text,
)
from app.domain.event_settings import EventSettings
from app.domain.numbering import format_case_number, new_query_code
from app.domain.types import Priority, RegistrationChannel, StatutoryCategory
from app.models import (
    Assignment,
    Case,
    Counter,
    Feedback,
    FollowUp,
    PrintJob,
    ReceptionEvent,
    Room,
    Visit,
    VisitMember,
    assignment_co_unit,
)
from app.services.context import case_number_scope, event_scope

Progress = Callable[[int, int, str], None]
Rows = list[dict[str, Any]]
PREFIX = "JF"  # the case-number prefix of every demo event
FIRST_EVENT = date(2016, 12, 5)
EVENT_SPACING = timedelta(weeks=13)
HEADS = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12)
HEAD_WEIGHTS = (72, 15, 6, 3, 1.2, 0.9, 0.7, 0.5, 0.4, 0.3)


class HistoryWriter:
    """Inserts past events; counts what it inserted."""

    def __init__(
        self,
        db: Database,
        services: Services,
        clock: ManualClock,
        directory: Directory,
        rng: random.Random,
        population: Population,
        today: date,
    ) -> None:
        self._db, self._services, self._clock = db, services, clock
        self._dir, self._rng, self._pop, self._today = directory, rng, population, today
        self._events: list[tuple[int, date]] = []
        self._seen: list[int] = []  # petitioners who came before, for repeat visits
        self._seen_set: set[int] = set()
        self._codes = dict(directory.topics)
        self.visits = self.cases = 0
        with db.read() as s:
            self._used_dates = set(s.scalars(select(ReceptionEvent.event_date)))
            self._query_codes = set(s.scalars(select(Case.query_code)))
            self._next = {
                "visit": (s.scalar(select(func.max(Visit.id))) or 0) + 1,
                "case": (s.scalar(select(func.max(Case.id))) or 0) + 1,
            }
            first_assignment = (s.scalar(select(func.max(Assignment.id))) or 0) + 1
        self._handling = Handling(rng, directory, today, first_assignment)

    @property
    def assignments(self) -> int:
        """Assignments inserted so far."""
        return self._handling.assignments

    def _id(self, kind: str) -> int:
        value = self._next[kind]
        self._next[kind] = value + 1
        return value

    def create_events(self, count: int) -> list[int]:
        """``count`` past events, 13 weeks apart, through the set-up service."""
        day = FIRST_EVENT
        for k in range(count):
            while day in self._used_dates:
                day += timedelta(days=1)
            self._used_dates.add(day)
            self._clock.current = datetime.combine(day - timedelta(days=14), time(9))
            season = "冬春夏秋"[(day.month % 12) // 3]
            name = f"{day.year}年{season}季县领导公开接访日（第{k + 1}次）"
            self._events.append((create_event(self._services, self._dir, name, day), day))
            day = day + EVENT_SPACING
        return [event_id for event_id, _ in self._events]

    def insert_cases(self, total: int, progress: Progress) -> None:
        """Spread ``total`` cases over the events, one transaction per event."""
        weights = [self._rng.uniform(0.6, 1.4) for _ in self._events]
        shares = [int(total * w / sum(weights)) for w in weights]
        shares[-1] += total - sum(shares)
        for (event_id, day), share in zip(self._events, shares, strict=True):
            self._insert_event(event_id, day, share)
            for pid in self._new_visitors:
                if pid not in self._seen_set:
                    self._seen_set.add(pid)
                    self._seen.append(pid)
            progress(self.cases, total, "cases")

    # -- one event -------------------------------------------------------------------

    def _insert_event(self, event_id: int, day: date, n_cases: int) -> None:
        rng = self._rng
        self._new_visitors: list[int] = []
        with self._db.read() as s:
            rooms = s.execute(select(Room.id, Room.number).where(Room.event_id == event_id)).all()
        by_number = {number: room_id for room_id, number in rooms}
        self._rooms_for: dict[str, list[int]] = defaultdict(list)
        for number, (_, codes, _, _) in enumerate(ROOMS, start=1):
            for code in codes:
                self._rooms_for[code].append(by_number[number])
        self._handling.set_event(day, EventSettings())
        rows: dict[str, Rows] = defaultdict(list)
        n_visits = cases = 0
        span = 9 * 60 * 60 / max(1, n_cases)
        while cases < n_cases:
            n_visits += 1
            checked_in = datetime.combine(day, time(8)) + timedelta(seconds=int(cases * span))
            visit_cases = 2 if rng.random() < 0.1 and cases + 2 <= n_cases else 1
            self._visit(rows, event_id, day, n_visits, checked_in, cases, visit_cases)
            cases += visit_cases
        with self._db.write_engine.begin() as conn:
            for name, target in (
                ("visit", table(Visit)),
                ("member", table(VisitMember)),
                ("case", table(Case)),
                ("assignment", table(Assignment)),
                ("co_unit", assignment_co_unit),
                ("feedback", table(Feedback)),
                ("follow_up", table(FollowUp)),
                ("print_job", table(PrintJob)),
            ):
                for start in range(0, len(rows[name]), BATCH):
                    conn.execute(insert(target), rows[name][start : start + BATCH])
            scope = event_scope(event_id)
            for counter, value in (("ticket", n_visits), ("queue", n_visits)):
                conn.execute(
                    update(table(Counter))
                    .where(Counter.scope == scope, Counter.name == counter)
                    .values(value=value)
                )
            # case numbers count per prefix and date (the date is used by no other event)
            case_scope = {"scope": case_number_scope(PREFIX, day), "name": "case"}
            conn.execute(insert(table(Counter)), [{**case_scope, "value": n_cases}])
        self.visits += n_visits
        self.cases += n_cases

    # -- one visit -------------------------------------------------------------------

    def _people(self, heads: int) -> list[int]:
        rng, pop = self._rng, self._pop
        named = heads if heads <= 3 else rng.randint(3, min(5, heads))
        chosen: list[int] = []
        if self._seen and rng.random() < 0.15:
            chosen.append(rng.choice(self._seen))
        while len(chosen) < named:
            pid = pop.first_id + rng.randrange(pop.count)
            if pid not in chosen:
                chosen.append(pid)
        return chosen

    def _priority(self, people: list[int], channel: RegistrationChannel, day: date) -> Priority:
        """As the registration service derives it."""
        pop = self._pop
        index = [pid - pop.first_id for pid in people]
        if any(pop.disabled[i] for i in index):
            return Priority.DISABLED
        for i in index:
            birth = date.fromordinal(pop.birth[i])
            age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
            if age >= 70:
                return Priority.ELDERLY
        if channel is not RegistrationChannel.WALK_IN:
            return Priority.PRE_BOOKED
        return Priority.NORMAL

    def _visit(
        self,
        rows: dict[str, Rows],
        event_id: int,
        day: date,
        ticket: int,
        checked_in: datetime,
        case_seq: int,
        n_cases: int,
    ) -> None:
        rng = self._rng
        topic = rng.choices(list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values()))[0]
        heads = rng.choices(HEADS, HEAD_WEIGHTS)[0]
        people = self._people(heads)
        self._new_visitors.extend(people)
        channel = RegistrationChannel.WALK_IN
        registered = checked_in
        if rng.random() < 0.35:
            channel = rng.choice(
                (
                    RegistrationChannel.TOWNSHIP,
                    RegistrationChannel.PHONE,
                    RegistrationChannel.IMPORT,
                )
            )
            registered = checked_in - timedelta(days=rng.randint(3, 12), hours=rng.randint(0, 6))
        called = checked_in + timedelta(seconds=rng.randrange(180, 5400))
        started = called + timedelta(seconds=rng.randrange(40, 240))
        finished = started + timedelta(seconds=int(rng.lognormvariate(0, 0.35) * 840) + 120)
        room_id = rng.choice(self._rooms_for[topic])
        visit_id = self._id("visit")
        township = TOWNSHIPS[self._pop.township[people[0] - self._pop.first_id]]
        summary, demand = petition_text(rng, topic, township, rng.choice(villages(township)))
        rows["visit"].append(
            {
                "id": visit_id,
                "client_key": client_key(rng, event_id),
                "event_id": event_id,
                "channel": channel.value,
                "status": "done",
                "topic_id": self._codes[topic],
                "head_count": heads,
                "is_collective": heads >= 5,
                "priority": self._priority(people, channel, registered.date()).value,
                "summary": summary,
                "demand": demand,
                "room_id": room_id,
                "allocation_reason": "general_room" if topic == "other" else "topic_match",
                "expected_wait_minutes": float(rng.randrange(5, 90)),
                "ticket_number": ticket,
                "queue_seq": ticket,
                "is_repeat": any(pid in self._seen_set for pid in people),
                "registered_at": registered,
                "checked_in_at": checked_in,
                "called_at": called,
                "started_at": started,
                "finished_at": finished,
                "station": f"desk-{ticket % 4 + 1}",
                "version": 4,
            }
        )
        rows["member"].extend(
            {
                "visit_id": visit_id,
                "petitioner_id": pid,
                "is_representative": i == 0,
                "checked_in_at": checked_in,
            }
            for i, pid in enumerate(people)
        )
        for k in range(n_cases):
            if k:
                topic = rng.choices(list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values()))[0]
                summary, demand = petition_text(rng, topic, township, township + "某村")
            accused = (
                self._dir.units[township] if topic == "discipline" and rng.random() < 0.3 else None
            )
            case = {
                "id": self._id("case"),
                "event_id": event_id,
                "visit_id": visit_id,
                "case_number": format_case_number(day, case_seq + k + 1, PREFIX),
                "query_code": self._query_code(),
                "topic_id": self._codes[topic],
                "summary": summary,
                "demand": demand,
                "statutory_category": (
                    StatutoryCategory.ACCUSATION if accused else StatutoryCategory.DEMAND
                ).value,
                "is_confidential": accused is not None,
                "accused_unit_id": accused,
                "room_id": room_id,
                "leader_id": None,
                "created_at": registered if k == 0 else started,
                "decided_at": finished,
                "version": 2,
            }
            self._handling.decide(rows, case, topic, township, visit_id)
            rows["case"].append(case)

    def _query_code(self) -> str:
        code = new_query_code(self._rng.randrange)
        while code in self._query_codes:
            code = new_query_code(self._rng.randrange)
        self._query_codes.add(code)
        return code

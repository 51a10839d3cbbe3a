"""Hypothesis state machine over the real services (SQLite file): every checked-in visit
sits in exactly one room until done, numbers stay unique, statistics add up."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.bootstrap import Services, build_services, open_database
from app.clock import ManualClock
from app.domain.errors import ReceptionDayError
from app.domain.types import RegistrationChannel, Urgency, VisitStatus
from app.services.reception_data import Explained, HandOver, ResolvedOnSpot
from app.services.setup_data import EventDraft, RoomDraft
from app.services.statistics import StatisticsService
from tests.db_fixtures import START
from tests.services.scenario import Day, build_day, person, visit

_DIR = Path(tempfile.mkdtemp(prefix="rd-stateful-"))
_CLOCK = ManualClock(START)
_DB, _ = open_database(f"sqlite:///{_DIR / 'stateful.db'}")
_SERVICES = build_services(_DB, _CLOCK)
_BASE = build_day(_SERVICES)


def _fresh_day(services: Services) -> Day:
    """A new event over the shared directory: its own rooms, counters and queues."""
    b = _BASE
    event = services.setup.create_event(EventDraft("状态机", date(2026, 11, 23))).value.id
    rooms = [
        services.setup.add_room(
            event, RoomDraft(1, "土地", frozenset({b.land}), frozenset({b.land_bureau}))
        ),
        services.setup.add_room(
            event, RoomDraft(2, "劳动", frozenset({b.labour}), frozenset({b.hrss}))
        ),
        services.setup.add_room(
            event, RoomDraft(3, "综合", frozenset({b.other, b.law}), is_general=True)
        ),
    ]
    r1, r2, r3 = (r.value.id for r in rooms)
    return Day(
        event,
        b.land,
        b.labour,
        b.law,
        b.other,
        b.land_bureau,
        b.town,
        b.hrss,
        b.court,
        r1,
        r2,
        r3,
        b.leader,
    )


class QueueMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.s = _SERVICES
        self.day = _fresh_day(self.s)
        self.rooms = [self.day.room_land, self.day.room_labour, self.day.room_general]
        self.topics = [self.day.land, self.day.labour, self.day.law, self.day.other]
        self.checked_in: dict[int, int] = {}  # visit id → head-count
        self.pre: list[int] = []
        self.seq = 0

    def _person(self) -> object:
        self.seq += 1
        return person(
            self.seq + 100_000 * (self.day.event_id % 9), birth=date(1950 + self.seq % 50, 1, 1)
        )

    @rule(topic=st.integers(0, 3), heads=st.integers(1, 8))
    def walk_in(self, topic: int, heads: int) -> None:
        r = self.s.registration.register_walk_in(
            visit(self.day, self._person(), topic=self.topics[topic], head_count=heads)
        ).value  # type: ignore[arg-type]
        self.checked_in[r.visit_id] = heads

    @rule(topic=st.integers(0, 3))
    def pre_register(self, topic: int) -> None:
        r = self.s.registration.pre_register(
            visit(
                self.day,
                self._person(),
                topic=self.topics[topic],
                channel=RegistrationChannel.PHONE,
            )
        ).value  # type: ignore[arg-type]
        self.pre.append(r.visit_id)

    @precondition(lambda self: bool(self.pre))
    @rule()
    def check_in(self) -> None:
        visit_id = self.pre.pop(0)
        self.s.registration.check_in(visit_id)
        self.checked_in[visit_id] = 1

    @rule(room=st.integers(0, 2))
    def call_next(self, room: int) -> None:
        with contextlib.suppress(ReceptionDayError):  # a busy room refuses, changes nothing
            self.s.queue.call_next(self.rooms[room])

    @rule(
        room=st.integers(0, 2),
        how=st.sampled_from(["decide", "hold", "no_show", "transfer", "start"]),
        outcome=st.integers(0, 2),
        minutes=st.integers(1, 30),
    )
    def act_on_serving(self, room: int, how: str, outcome: int, minutes: int) -> None:
        serving = self.s.queue.room_queue(self.rooms[room]).serving
        if serving is None:
            return
        _CLOCK.advance(timedelta(minutes=minutes))
        vid = serving.visit_id
        if how == "decide":
            for case in self.s.reception.case_card(vid).cases:
                decision = [
                    ResolvedOnSpot("当场解决"),
                    Explained("解释"),
                    HandOver(self.day.land_bureau, Urgency.RED, "限期"),
                ][outcome]
                self.s.reception.decide(case.case_id, case.version, decision)
        elif how == "hold":
            self.s.queue.hold(vid)
        elif how == "no_show" and serving.status == VisitStatus.CALLED:
            self.s.queue.no_show(vid)
        elif how == "transfer":
            self.s.queue.transfer(vid, self.rooms[(room + 1) % 3], "转其他接待室")
        elif how == "start" and serving.status == VisitStatus.CALLED:
            self.s.queue.start_reception(vid)

    @rule(room=st.integers(0, 2))
    def resume_or_requeue(self, room: int) -> None:
        q = self.s.queue.room_queue(self.rooms[room])
        for entry in q.on_hold[:1]:
            self.s.queue.resume(entry.visit_id)
        for entry in q.no_shows[:1]:
            self.s.queue.requeue(entry.visit_id)

    @invariant()
    def every_checked_in_visit_is_in_exactly_one_room_until_done(self) -> None:
        seen: list[int] = []
        serving_per_room = []
        for room in self.rooms:
            q = self.s.queue.room_queue(room)
            serving_per_room.append(q.serving)
            seen += [e.visit_id for e in (*q.waiting, *q.on_hold, *q.no_shows)]
            seen += [q.serving.visit_id] if q.serving else []
        assert len(seen) == len(set(seen))
        done = {
            vid
            for vid in self.checked_in
            if self.s.reception.case_card(vid).status == VisitStatus.DONE
        }
        assert set(seen) == set(self.checked_in) - done

    @invariant()
    def numbers_unique_and_statistics_add_up(self) -> None:
        stats = StatisticsService(self.s.ctx).event_statistics(self.day.event_id)
        assert stats.batches == len(self.checked_in)
        assert stats.persons == sum(self.checked_in.values())
        assert stats.pre_registered == len(self.pre)
        tickets = [self.s.reception.case_card(v).ticket_text for v in self.checked_in]
        assert sorted(tickets) == [f"{n:03d}" for n in range(1, len(tickets) + 1)]


QueueMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
TestQueueMachine = QueueMachine.TestCase

"""Plays a reception day through the services on a manual clock.

Arrivals register (walk-ins) or check in (pre-registered batches) at the desks; each
room calls the next batch, receives it and records one outcome per case. A few batches
do not answer the call, are put on hold or transferred to the general room. The clock
jumps from one event to the next, so a day takes seconds, and every rule of the services
applies (allocation, numbering, deadlines, print jobs).
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.demo.directory import TOWNSHIP_TOPICS, Directory
from app.demo.plans import Tally, VisitPlan
from app.demo.texts import (
    EXPLAINED_NOTES,
    INSTRUCTIONS,
    LEGAL_CHANNELS,
    RESOLVED_NOTES,
    petition_text,
)
from app.domain.types import Urgency
from app.services.context import Actor
from app.services.reception_data import (
    CaseDraft,
    CaseView,
    Decision,
    Explained,
    HandOver,
    LegalChannel,
    ResolvedOnSpot,
)

Progress = Callable[[int, int, str], None]
MINUTE = timedelta(minutes=1)


class DaySimulator:
    """Runs arrivals and the rooms of one event in time order."""

    def __init__(
        self,
        services: Services,
        clock: ManualClock,
        directory: Directory,
        event_id: int,
        rng: random.Random,
        *,
        incidents: bool = True,
    ) -> None:
        self._db, self._clock, self._dir = services.ctx.db, clock, directory
        self._event_id, self._rng, self._incidents = event_id, rng, incidents
        setup = services.setup.event_setup(event_id)
        self._rooms = {room.id: room for room in setup.rooms}
        self._leaders = {leader.id: leader.name for leader in setup.leaders}
        self._general = next(r.id for r in setup.rooms if r.is_general)
        self._codes = {topic_id: code for code, topic_id in directory.topics.items()}
        self._stations: dict[str, Services] = {}
        self._heap: list[tuple[datetime, int, str, int]] = []
        self._seq = itertools.count()
        self._busy: set[int] = set()
        self._plans: dict[int, VisitPlan] = {}
        self._by_visit: dict[int, VisitPlan] = {}
        self._where: dict[int, int] = {}  # visit id -> room id
        self._stopped = False
        self._arriving = 0  # arrivals (whole batches or late members) still to come
        self.tally = Tally()

    # -- plumbing --------------------------------------------------------------------

    def _at(self, station: str, name: str = "") -> Services:
        if station not in self._stations:
            actor = Actor(name or station, station)
            self._stations[station] = build_services(self._db, self._clock, actor)
        return self._stations[station]

    def _room(self, room_id: int) -> Services:
        room = self._rooms[room_id]
        leader = self._leaders.get(min(room.leader_ids), "") if room.leader_ids else ""
        return self._at(f"room-{room.number}", leader)

    def _push(self, at: datetime, kind: str, ref: int) -> None:
        self._arriving += kind in ("arrive", "rest")
        heapq.heappush(self._heap, (at, next(self._seq), kind, ref))

    def _wake(self, room_id: int | None, now: datetime) -> None:
        if room_id is not None and room_id not in self._busy:
            self._busy.add(room_id)
            self._push(now + MINUTE, "call", room_id)

    def _minutes(self, low: float, high: float) -> timedelta:
        return timedelta(seconds=round(self._rng.uniform(low, high) * 60))

    def _incident(self, rate: float) -> bool:
        return self._incidents and self._rng.random() < rate

    # -- running ---------------------------------------------------------------------

    def run(
        self, arrivals: list[VisitPlan], target_decided: int, progress: Progress | None = None
    ) -> Tally:
        """Play arrivals, then keep the rooms going until ``target_decided`` visits are
        decided (and every arrival is in); whatever is under way then stays so."""
        for index, plan in enumerate(arrivals):
            if plan.arrival is not None:
                self._plans[index] = plan
                self._push(plan.arrival, "arrive", index)
        total = len(self._plans) + target_decided
        while self._heap:
            if self._arriving == 0 and self.tally.decided_visits >= target_decided:
                break
            at, _, kind, ref = heapq.heappop(self._heap)
            self._clock.current = max(self._clock.current, at)
            if kind in ("arrive", "rest"):
                self._arriving -= 1
                self._arrive(ref, at, rest=kind == "rest")
            else:
                getattr(self, f"_{kind}")(ref, at)
            if progress is not None:
                done = self.tally.registered + self.tally.checked_in + self.tally.decided_visits
                progress(min(done, total), total, "visits")
        self._freeze()
        return self.tally

    def _freeze(self) -> None:
        """Stop the day: rooms about to call do so; two waiting batches go on hold."""
        self._stopped = True
        calls = sorted(item for item in self._heap if item[2] == "call")
        self._heap.clear()
        for at, _, _, room_id in calls:
            self._clock.current = max(self._clock.current, at)
            self._call(room_id, at)
        if not self._incidents:
            return
        held = 0
        for room_id in sorted(self._rooms):
            waiting = self._room(room_id).queue.room_queue(room_id).waiting
            if len(waiting) >= 5 and held < 2:
                self._room(room_id).queue.hold(waiting[-1].visit_id)
                self.tally.holds += 1
                held += 1

    def _arrive(self, index: int, now: datetime, *, rest: bool) -> None:
        plan = self._plans[index]
        desk = self._at(f"desk-{index % 4 + 1}")
        if plan.visit_id is None:
            answer = desk.registration.register_walk_in(plan.draft(self._event_id, self._dir))
            plan.visit_id = answer.value.visit_id
            self._by_visit[plan.visit_id] = plan
            self.tally.registered += 1
        elif rest:
            desk.registration.check_in(plan.visit_id)
            return
        else:
            self._by_visit[plan.visit_id] = plan
            first = None
            if plan.split_check_in and len(plan.member_ids) > 1:
                first = list(plan.member_ids[:1])
                # the others come in before the batch can be received (≥ 6 minutes)
                self._push(now + self._minutes(2, 5), "rest", index)
            answer = desk.registration.check_in(plan.visit_id, member_ids=first)
            self.tally.checked_in += 1
        room_id = answer.value.room_id
        assert room_id is not None
        self._where[plan.visit_id] = room_id
        self._wake(room_id, now)

    def _call(self, room_id: int, now: datetime) -> None:
        entry = self._room(room_id).queue.call_next(room_id).value
        if entry is None:
            self._busy.discard(room_id)
            return
        if self._stopped:
            return
        if self._incident(0.03):
            self._push(now + self._minutes(2, 4), "no_show", entry.visit_id)
        else:
            self._push(now + self._minutes(1, 3), "start", entry.visit_id)

    def _room_of(self, visit_id: int) -> int:
        return self._where[visit_id]

    def _no_show(self, visit_id: int, now: datetime) -> None:
        room_id = self._room_of(visit_id)
        self._room(room_id).queue.no_show(visit_id)
        self.tally.no_shows += 1
        if self._rng.random() < 0.5:
            self._push(now + self._minutes(20, 60), "requeue", visit_id)
        self._busy.discard(room_id)
        self._wake(room_id, now)

    def _requeue(self, visit_id: int, now: datetime) -> None:
        self._at("desk-1").queue.requeue(visit_id)
        self._wake(self._room_of(visit_id), now)

    def _start(self, visit_id: int, now: datetime) -> None:
        room_id = self._room_of(visit_id)
        entry = self._room(room_id).queue.start_reception(visit_id).value
        if self._incident(0.03):
            self._push(now + self._minutes(3, 8), "hold", visit_id)
        elif self._incident(0.02) and room_id != self._general:
            self._push(now + self._minutes(2, 5), "transfer", visit_id)
        else:
            heads = 1 + 0.15 * min(entry.head_count - 1, 8)
            minutes = self._rng.lognormvariate(0, 0.35) * 14 * heads
            self._push(now + timedelta(seconds=round(max(4.0, minutes) * 60)), "finish", visit_id)

    def _hold(self, visit_id: int, now: datetime) -> None:
        room_id = self._room_of(visit_id)
        self._room(room_id).queue.hold(visit_id)
        self.tally.holds += 1
        self._push(now + self._minutes(15, 40), "resume", visit_id)
        self._busy.discard(room_id)
        self._wake(room_id, now)

    def _resume(self, visit_id: int, now: datetime) -> None:
        self._at("desk-1").queue.resume(visit_id)
        self._wake(self._room_of(visit_id), now)

    def _transfer(self, visit_id: int, now: datetime) -> None:
        room_id = self._room_of(visit_id)
        reason = "涉及多个部门，转综合接待室统筹处理"
        self._room(room_id).queue.transfer(visit_id, self._general, reason)
        self._where[visit_id] = self._general
        self.tally.transfers += 1
        self._busy.discard(room_id)
        self._wake(room_id, now)
        self._wake(self._general, now)

    def _finish(self, visit_id: int, now: datetime) -> None:
        room_id = self._room_of(visit_id)
        room = self._room(room_id)
        card = room.reception.case_card(visit_id)
        plan = self._by_visit[visit_id]
        if self._rng.random() < 0.08:
            topic = self._rng.choice(sorted(self._dir.topics))
            town = plan.people[0].township
            summary, demand = petition_text(self._rng, topic, town, town + "某村")
            room.reception.add_case(visit_id, CaseDraft(self._dir.topics[topic], summary, demand))
            card = room.reception.case_card(visit_id)
        for case in card.cases:
            if case.outcome is None:
                decision = self._decision(case, plan, card.suggested_unit_ids, card.is_repeat)
                result = room.reception.decide(case.case_id, case.version, decision)
                self.tally.outcomes[result.value.outcome] += 1
        self.tally.decided_visits += 1
        self._busy.discard(room_id)
        self._wake(room_id, now)

    def _decision(
        self, case: CaseView, plan: VisitPlan, suggested: tuple[int, ...], repeat: bool
    ) -> Decision:
        rng = self._rng
        code = self._codes[case.topic_id]
        weights = (5, 40, 45, 10) if code == "law" else (28, 62, 3, 7)
        kind = rng.choices(("spot", "hand", "legal", "explain"), weights)[0]
        if kind == "spot" and not case.is_confidential:
            return ResolvedOnSpot(rng.choice(RESOLVED_NOTES))
        if kind == "legal":
            return LegalChannel(rng.choice(LEGAL_CHANNELS), "已告知来访人法定途径及所需材料。")
        if kind == "explain" and not case.is_confidential:
            return Explained(rng.choice(EXPLAINED_NOTES))
        township = self._dir.units[plan.people[0].township]
        rules = self._dir.rules.get(code, ()) or suggested
        lead = rules[0] if rules else township
        if code in TOWNSHIP_TOPICS and rng.random() < 0.5 and not case.is_confidential:
            lead = township
        others = sorted({*rules, township} - {lead, case.accused_unit_id})
        co_units = frozenset(rng.sample(others, 1)) if others and rng.random() < 0.25 else None
        urgency = rng.choices(list(Urgency), (35, 40, 25))[0]
        if (repeat or plan.head_count >= 5) and rng.random() < 0.6:
            urgency = Urgency.RED
        routine = INSTRUCTIONS[:2] + INSTRUCTIONS[3:]
        instruction = INSTRUCTIONS[2] if repeat else rng.choice(routine)
        return HandOver(lead, urgency, instruction, co_units or frozenset())

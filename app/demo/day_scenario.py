"""The Pujiang-scale day as a simulation scenario, from the demo generator's parameters.

436 batches / 667 persons (14 collective) with the demo's topic mix and head counts
(:func:`app.demo.day.head_counts`), 40 % pre-registered (township and import lists with a
one-hour window from 08:00 to 14:30, phone bookings without), the rest walk-ins; the 15
rooms of :data:`app.demo.directory.ROOMS` (ids, numbers, general room) open 08:00–16:00
with a break and lunch each, the second room closing at 14:30; the default catalogue's
expected minutes.

The rooms' topics are laid out in proportion to each topic's expected work
(:func:`~app.domain.simulation.layout.proportional_plan`: land 4 rooms, labour and law 2,
urban, safety, agriculture and civil affairs 1 each, the eight small topics sharing three
rooms with the general room), as an organiser
would for a day of this size. The demo directory's own Qujiang-style layout
(:func:`directory_rooms`, one room for most topics) is under-provisioned for this mix —
its land and law rooms would receive until the small hours — and is reported alongside.
Topic and room ids are their positions (1-based) in the catalogue and in ``ROOMS``.
"""

from __future__ import annotations

import random

from app.demo.day import BATCHES, COLLECTIVE_BATCHES, PERSONS, PRE_REGISTERED_SHARE, TOPIC_WEIGHTS
from app.demo.day import head_counts as demo_head_counts
from app.demo.directory import ROOMS
from app.domain.simulation.arrivals import DayShape, PlannedVisit, draw_arrivals, room_hours
from app.domain.simulation.layout import apply_plan, proportional_plan
from app.domain.simulation.model import Scenario, SimRoom
from app.services.catalogue import DEFAULT_TOPICS

TOPIC_IDS = {draft.code: index for index, draft in enumerate(DEFAULT_TOPICS, start=1)}
DEFAULT_MINUTES = {TOPIC_IDS[d.code]: d.default_service_minutes for d in DEFAULT_TOPICS}
TOPIC_NAMES = {TOPIC_IDS[d.code]: d.name for d in DEFAULT_TOPICS}
EARLY_CLOSE = {2: 390.0}  # room number -> minute it closes for the day
WINDOW_STARTS = tuple(30.0 * k for k in range(14))
SHAPE = DayShape()


def day_work() -> dict[int, float]:
    """Expected share of the day's reception minutes per topic (weight × expected time)."""
    return {
        TOPIC_IDS[code]: w * DEFAULT_MINUTES[TOPIC_IDS[code]] for code, w in TOPIC_WEIGHTS.items()
    }


def day_rooms(shape: DayShape = SHAPE) -> tuple[SimRoom, ...]:
    """The 15 rooms with their topics in proportion to the expected work."""
    rooms = directory_rooms(shape)
    return apply_plan(rooms, proportional_plan(day_work(), len(rooms)))


def directory_rooms(shape: DayShape = SHAPE) -> tuple[SimRoom, ...]:
    """The demo directory's 15 rooms and topics, with their hours."""
    return tuple(
        SimRoom(
            number,
            number,
            frozenset(TOPIC_IDS[c] for c in codes),
            room_hours(shape, number - 1, EARLY_CLOSE.get(number)),
            general,
        )
        for number, (_name, codes, _units, general) in enumerate(ROOMS, start=1)
    )


def day_visits(rng: random.Random) -> list[PlannedVisit]:
    """The day's 436 batches: topics, head counts, pre-registration and windows."""
    heads = demo_head_counts(rng, BATCHES, PERSONS, COLLECTIVE_BATCHES)
    codes, weights = list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values())
    pre = set(rng.sample(range(BATCHES), round(BATCHES * PRE_REGISTERED_SHARE)))
    visits = []
    for index, count in enumerate(heads):
        topic = TOPIC_IDS[rng.choices(codes, weights)[0]]
        if index not in pre:
            visits.append(PlannedVisit(topic, count))
            continue
        phone = rng.random() < 0.35
        window = None if phone else rng.choice(WINDOW_STARTS)
        visits.append(PlannedVisit(topic, count, pre_registered=True, window_start=window))
    return visits


def day_scenario(seed: int, rooms: tuple[SimRoom, ...] | None = None) -> Scenario:
    """The Pujiang-scale day for ``seed`` (the same seed gives the same day)."""
    rng = random.Random(seed)
    visits = day_visits(rng)
    arrivals = draw_arrivals(rng, visits, DEFAULT_MINUTES, SHAPE)
    return Scenario(rooms or day_rooms(), arrivals, DEFAULT_MINUTES)

"""The live day in numbers: where every checked-in batch is now, per room, and the
outcomes decided so far (the statistics station's first tab)."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.types import Outcome, VisitStatus
from app.models import Case, ReceptionEvent, Room, Visit
from app.services.errors import NotFound

S = VisitStatus
CHECKED_IN = (S.WAITING, S.CALLED, S.IN_RECEPTION, S.ON_HOLD, S.NO_SHOW, S.DONE)
"""Statuses of a batch that has arrived: it counts as registered (接访) for the day."""

WAITING = (S.WAITING, S.CALLED)
SET_ASIDE = (S.ON_HOLD, S.NO_SHOW)


@dataclass(frozen=True)
class Count:
    """Batches (批) and persons (人次 = the batches' head-counts summed)."""

    batches: int = 0
    persons: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.batches + other.batches, self.persons + other.persons)


@dataclass(frozen=True)
class RoomLive:
    """One room now: batches by where they are, and the outcomes of its cases.

    A batch belongs to the room it is queued in or was received in (its current room);
    a case to the room where it was decided.
    """

    room_id: int
    number: int
    name: str
    waiting: int
    in_reception: int
    done: int
    set_aside: int
    persons: int
    outcomes: dict[str, int]

    @property
    def batches(self) -> int:
        """Checked-in batches whose current room this is."""
        return self.waiting + self.in_reception + self.done + self.set_aside


@dataclass(frozen=True)
class LiveDay:
    """The day so far, as of ``as_of``.

    - ``registered``: batches checked in (status waiting, called, in reception, on hold,
      no-show or done) and their persons; pre-registered batches that have not arrived
      and cancelled ones are not counted.
    - ``waiting``: in a room queue or called to the room (waiting + called).
    - ``in_reception``: in front of the leader now.
    - ``done``: every case of the batch decided.
    - ``set_aside``: on hold or no-show (still registered, out of the queue).
    - ``pre_registered``: announced but not (yet) arrived.
    - ``outcomes``: decided cases of checked-in batches by outcome, every outcome present
      (0 when none); ``undecided``: their cases without an outcome yet.
    """

    event_id: int
    event_name: str
    as_of: datetime
    registered: Count
    waiting: Count
    in_reception: Count
    done: Count
    set_aside: Count
    pre_registered: Count
    rooms: tuple[RoomLive, ...]
    outcomes: dict[str, int]
    undecided: int

    @property
    def cases(self) -> int:
        """Cases of checked-in batches, decided or not."""
        return sum(self.outcomes.values()) + self.undecided


def _count(rows: list[tuple[str, int]], statuses: tuple[VisitStatus, ...]) -> Count:
    wanted = {s.value for s in statuses}
    picked = [head for status, head in rows if status in wanted]
    return Count(len(picked), sum(picked))


def live_day(s: Session, event_id: int, now: datetime) -> LiveDay:
    """The live numbers of one event (read inside the caller's session)."""
    event = s.get(ReceptionEvent, event_id)
    if event is None:
        raise NotFound("event", event_id)
    checked_in = [v.value for v in CHECKED_IN]
    visits = s.execute(
        select(Visit.status, Visit.head_count, Visit.room_id).where(Visit.event_id == event_id)
    ).all()
    case_rows = s.execute(
        select(Case.outcome, Case.room_id)
        .join(Visit, Visit.id == Case.visit_id)
        .where(Case.event_id == event_id, Visit.status.in_(checked_in))
    ).all()
    rooms = s.execute(
        select(Room.id, Room.number, Room.name)
        .where(Room.event_id == event_id)
        .order_by(Room.number, Room.id)
    ).all()
    pairs = [(v.status, v.head_count) for v in visits]
    by_room: dict[int, list[tuple[str, int]]] = {}
    for v in visits:
        if v.room_id is not None and v.status in checked_in:
            by_room.setdefault(v.room_id, []).append((v.status, v.head_count))
    room_outcomes: dict[int, Tally[str]] = {}
    for outcome, room_id in case_rows:
        if outcome and room_id is not None:
            room_outcomes.setdefault(room_id, Tally())[outcome] += 1
    outcomes = Tally(outcome for outcome, _ in case_rows if outcome)
    return LiveDay(
        event_id=event.id,
        event_name=event.name,
        as_of=now,
        registered=_count(pairs, CHECKED_IN),
        waiting=_count(pairs, WAITING),
        in_reception=_count(pairs, (S.IN_RECEPTION,)),
        done=_count(pairs, (S.DONE,)),
        set_aside=_count(pairs, SET_ASIDE),
        pre_registered=_count(pairs, (S.PRE_REGISTERED,)),
        rooms=tuple(
            RoomLive(
                room_id=r.id,
                number=r.number,
                name=r.name,
                waiting=_count(by_room.get(r.id, []), WAITING).batches,
                in_reception=_count(by_room.get(r.id, []), (S.IN_RECEPTION,)).batches,
                done=_count(by_room.get(r.id, []), (S.DONE,)).batches,
                set_aside=_count(by_room.get(r.id, []), SET_ASIDE).batches,
                persons=sum(head for _, head in by_room.get(r.id, [])),
                outcomes={o.value: room_outcomes.get(r.id, Tally())[o.value] for o in Outcome},
            )
            for r in rooms
        ),
        outcomes={o.value: outcomes[o.value] for o in Outcome},
        undecided=sum(1 for outcome, _ in case_rows if not outcome),
    )

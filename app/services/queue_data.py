"""Plain data of the queue: what rooms and the hall display show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueueEntry:
    """One batch in (or called to) a room, as the room and display list it."""

    visit_id: int
    ticket_number: int | None
    ticket_text: str
    status: str
    room_id: int | None
    topic_id: int
    head_count: int
    priority: str
    is_collective: bool
    is_repeat: bool
    display_name: str  # masked representative name, safe for public screens
    expected_wait_minutes: float | None
    checked_in_at: datetime | None
    called_at: datetime | None
    version: int


@dataclass(frozen=True)
class RoomQueue:
    """A room's queue in serving order, with the batch being received."""

    room_id: int
    room_number: int
    room_name: str
    is_open: bool
    serving: QueueEntry | None
    waiting: tuple[QueueEntry, ...]
    on_hold: tuple[QueueEntry, ...]
    no_shows: tuple[QueueEntry, ...]


@dataclass(frozen=True)
class RoomWait:
    """One room's line on the hall display and the desk's room list."""

    room_id: int
    room_number: int
    room_name: str
    is_open: bool
    serving_ticket: str
    next_tickets: tuple[str, ...]
    next_names: tuple[str, ...]
    batches_waiting: int
    persons_waiting: int
    expected_wait_minutes: float
    last_called_at: datetime | None

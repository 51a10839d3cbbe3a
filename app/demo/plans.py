"""What the demo generator plans for a batch, and what the simulation counts."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from app.demo.directory import Directory
from app.demo.names import FakePerson
from app.domain.types import DocumentType, RegistrationChannel, StatutoryCategory
from app.services.registration_data import PetitionerDraft, VisitDraft


def client_key(rng: random.Random, event_id: int) -> str:
    """A station-made visit key: random from ``rng``, salted with the event, so building
    the same seed into one database twice never reuses a key."""
    return str(uuid.UUID(int=rng.getrandbits(128) ^ (event_id << 64), version=4))


@dataclass
class VisitPlan:
    """One batch as the generator planned it; ``visit_id`` is set once registered."""

    client_key: str
    topic: str
    head_count: int
    people: tuple[FakePerson, ...]
    summary: str
    demand: str
    channel: RegistrationChannel = RegistrationChannel.WALK_IN
    arrival: datetime | None = None
    requested_leader_id: int | None = None
    window: tuple[datetime, datetime] | None = None
    accused_township: str | None = None
    split_check_in: bool = False
    visit_id: int | None = None
    member_ids: tuple[int, ...] = ()

    def draft(self, event_id: int, directory: Directory) -> VisitDraft:
        """The registration the desk types in."""
        accused = self.accused_township
        return VisitDraft(
            client_key=self.client_key,
            event_id=event_id,
            topic_id=directory.topics[self.topic],
            head_count=self.head_count,
            petitioners=tuple(
                PetitionerDraft(
                    p.name, DocumentType.RESIDENT_ID, p.id_number, p.phone, p.address, p.is_disabled
                )
                for p in self.people
            ),
            summary=self.summary,
            demand=self.demand,
            channel=self.channel,
            requested_leader_id=self.requested_leader_id,
            window_start=self.window[0] if self.window else None,
            window_end=self.window[1] if self.window else None,
            statutory_category=StatutoryCategory.ACCUSATION
            if accused
            else StatutoryCategory.DEMAND,
            is_confidential=accused is not None,
            accused_unit_id=directory.units[accused] if accused else None,
        )


@dataclass
class Tally:
    """What the simulation did, for the summary."""

    registered: int = 0
    checked_in: int = 0
    decided_visits: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    no_shows: int = 0
    holds: int = 0
    transfers: int = 0

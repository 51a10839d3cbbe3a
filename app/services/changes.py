"""What a state-changing service call changed, so the UI can broadcast it once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity(StrEnum):
    """Kinds of records a view may care about."""

    EVENT = "event"
    SETUP = "setup"
    PETITIONER = "petitioner"
    VISIT = "visit"
    CASE = "case"
    ASSIGNMENT = "assignment"
    PRINT_JOB = "print_job"
    USER = "user"


@dataclass(frozen=True)
class Change:
    """Records of one kind, in one event (``event_id`` None for the directory)."""

    entity: Entity
    ids: frozenset[int]
    event_id: int | None = None


@dataclass(frozen=True)
class Changes:
    """Everything one call changed."""

    items: tuple[Change, ...] = ()

    @classmethod
    def of(cls, entity: Entity, ids: Iterable[int], event_id: int | None = None) -> Changes:
        return cls((Change(entity, frozenset(ids), event_id),))

    def __add__(self, other: Changes) -> Changes:
        return Changes(self.items + other.items)

    def touches(self, entity: Entity) -> bool:
        """Whether any record of this kind changed."""
        return any(item.entity is entity for item in self.items)

    def ids(self, entity: Entity) -> frozenset[int]:
        """The ids of this kind that changed."""
        found: set[int] = set()
        for item in self.items:
            if item.entity is entity:
                found |= item.ids
        return frozenset(found)


@dataclass(frozen=True)
class Result(Generic[T]):
    """A state-changing call's answer: its value and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)

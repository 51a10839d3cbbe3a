"""Typed errors meant for users: they carry data, the UI words them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


class ReceptionDayError(Exception):
    """Base of every error the app reports to a user."""


@dataclass(eq=False)
class InvalidInput(ReceptionDayError):
    """A value was rejected; ``field`` names the input, ``reason`` is a stable code.

    ``details`` carries what the UI needs to explain the rejection (e.g. the expected
    check digit). Nothing was written when this is raised by a service.
    """

    field: str
    reason: str
    details: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.field}: {self.reason}")

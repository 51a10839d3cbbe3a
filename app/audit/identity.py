"""Who an audit entry is written for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class AuditIdentity:
    """The person and workstation behind a write transaction."""

    actor: str = "system"
    station: str = ""
    user_id: int | None = None
    role: str = ""


SYSTEM = AuditIdentity()

#: Called at the start of each write transaction: who is writing now.
IdentitySource = Callable[[], AuditIdentity]

"""What every station gets from the composition root: services, runner, bus, event."""

from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import Services
from app.ui.change_bus import ChangeBus
from app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class UiEnv:
    """Shared by the stations of one window; passed through constructors, never global."""

    services: Services
    runner: TaskRunner
    bus: ChangeBus
    event_id: int
    station: str  # the workstation's role and name, e.g. "desk", "room:3"

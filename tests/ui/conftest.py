"""UI test fixtures: real services on a temporary SQLite file, calls run immediately."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.roles import Role
from app.ui.change_bus import ChangeBus
from app.ui.env import UiEnv
from app.ui.style import apply_style
from app.ui.tasks import ImmediateRunner
from tests.db_fixtures import START, open_services, sqlite_url
from tests.services.scenario import Day, build_day


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def services(tmp_path: Path, clock: ManualClock) -> Iterator[Services]:
    db, services = open_services(sqlite_url(tmp_path), clock)
    try:
        yield services
    finally:
        db.dispose()


@pytest.fixture
def day(services: Services) -> Day:
    return build_day(services)


@pytest.fixture
def ui_env(qapp: QApplication, services: Services, day: Day) -> UiEnv:
    apply_style(qapp)
    return UiEnv(services, ImmediateRunner(), ChangeBus(), day.event_id, "admin")


USER_PASSWORD = "test-pass-1"


@pytest.fixture
def act_as(qapp: QApplication, services: Services, day: Day) -> Callable[[Role], UiEnv]:
    """A UiEnv whose services act for a logged-in user of ``role`` (created with the
    password ``USER_PASSWORD``); ``ui_env`` itself acts as the system admin, no login."""
    apply_style(qapp)

    def make(role: Role) -> UiEnv:
        from app.bootstrap import build_services
        from app.services.user_data import UserDraft

        name = f"{role.value}1"
        known = {u.username: u for u in services.users.list_users()}
        user = (
            known.get(name)
            or services.users.add_user(
                UserDraft(name, f"测试{role.value}", role, USER_PASSWORD)
            ).value
        )
        acting = build_services(services.ctx.db, services.ctx.clock, user.actor(role.value))
        return UiEnv(acting, ImmediateRunner(), ChangeBus(), day.event_id, "admin")

    return make

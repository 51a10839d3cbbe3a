"""Plain data of users and logins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ReceptionDayError
from app.domain.roles import Role
from app.services.context import Actor


@dataclass(frozen=True)
class UserDraft:
    """A new account as typed by the admin."""

    username: str
    display_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class UserInfo:
    """An account, without its password hash."""

    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    created_at: datetime
    last_login_at: datetime | None
    locked_until: datetime | None

    def actor(self, station: str) -> Actor:
        """This user acting at ``station``."""
        return Actor(self.display_name, station, self.role, self.id, self.username)


class LoginFailed(ReceptionDayError):
    """A login was refused. ``reason``: ``wrong`` (unknown name or wrong password — the
    two are never told apart), ``locked`` (until ``until``) or ``disabled``."""

    def __init__(
        self, reason: str, until: datetime | None = None, attempts_left: int | None = None
    ) -> None:
        super().__init__(f"login refused: {reason}")
        self.reason = reason
        self.until = until
        self.attempts_left = attempts_left

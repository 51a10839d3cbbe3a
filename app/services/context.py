"""What every service needs: the database, the clock and who is acting where."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session

from app.audit.identity import AuditIdentity
from app.clock import Clock
from app.db import Database
from app.domain.roles import Role
from app.models import Counter
from app.models.base import insert_unless_present
from app.services.errors import PermissionDenied
from app.services.permissions import Permission, may


@dataclass(frozen=True)
class Actor:
    """The person and workstation a call is made for (recorded on what they do).

    ``name`` is what paper and history show (the display name); ``user_id`` and
    ``username`` identify the logged-in account, None/"" for the system itself (command
    line, demo, tests), which acts with the admin role.
    """

    name: str = "system"
    station: str = "admin"
    role: Role = Role.ADMIN
    user_id: int | None = None
    username: str = ""


SYSTEM = Actor()


@dataclass(frozen=True)
class ServiceContext:
    """Shared by the services of one workstation."""

    db: Database
    clock: Clock
    actor: Actor = SYSTEM

    def __post_init__(self) -> None:
        # Writes through this context are audited for its actor, whoever shares the db.
        object.__setattr__(self, "db", self.db.acting(self.audit_identity))

    def audit_identity(self) -> AuditIdentity:
        """Who the audit log names for writes made through this context."""
        a = self.actor
        return AuditIdentity(a.username or a.name, a.station, a.user_id, a.role.value)

    def may(self, permission: Permission) -> bool:
        """Whether the acting user's role allows ``permission`` (for showing buttons)."""
        return may(self.actor.role, permission)

    def require(self, permission: Permission) -> None:
        """Refuse the call unless the acting user's role allows ``permission``."""
        if not may(self.actor.role, permission):
            raise PermissionDenied(permission.value, self.actor.role.value, self.actor.username)

    def require_any(self, *permissions: Permission) -> None:
        """Refuse the call unless the role allows at least one of ``permissions``."""
        if not any(may(self.actor.role, p) for p in permissions):
            names = "|".join(p.value for p in permissions)
            raise PermissionDenied(names, self.actor.role.value, self.actor.username)


def event_scope(event_id: int) -> str:
    """Counter scope of one event."""
    return f"event:{event_id}"


def create_counters(session: Session, scope: str, names: tuple[str, ...]) -> None:
    """Create the counter rows a scope needs, starting at 0."""
    session.add_all(Counter(scope=scope, name=name, value=0) for name in names)


def ensure_counter(session: Session, scope: str, name: str) -> None:
    """Create a counter row if missing, without failing when another writer just did."""
    values = {"scope": scope, "name": name, "value": 0}
    session.execute(insert_unless_present(session.get_bind().dialect.name, Counter, values))


def case_number_scope(prefix: str, day: date) -> str:
    """Case numbers are unique across events: they count per prefix and date."""
    return f"case:{prefix}{day:%Y%m%d}"


def take_numbers(session: Session, scope: str, names: tuple[str, ...]) -> dict[str, int]:
    """The next number of several counters of one scope in one statement (one round
    trip while the other desks wait for these rows). The rows are locked in the index's
    order, the same for every caller, so two desks cannot deadlock on them."""
    stmt = (
        update(Counter)
        .where(Counter.scope == scope, Counter.name.in_(names))
        .values(value=Counter.value + 1)
        .returning(Counter.name, Counter.value)
    )
    taken = {name: int(value) for name, value in session.connection().execute(stmt)}
    missing = set(names) - taken.keys()
    if missing:
        raise NoResultFound(f"no counter {scope}/{sorted(missing)}")
    return taken


def take_number(session: Session, scope: str, name: str, *, create: bool = False) -> int:
    """The next number of a counter, inside the caller's transaction; with ``create`` a
    missing counter row is made first (starting at 0).

    The row lock (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE) serialises
    writers; a rollback gives the number back, so numbers stay gap-free. A plain Core
    statement on the session's connection: the ORM's bulk-update path costs several
    times as much, and counters are not audited.
    """
    stmt = (
        update(Counter)
        .where(Counter.scope == scope, Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    connection = session.connection()
    value = connection.execute(stmt).scalar()
    if value is None:
        if not create:
            raise NoResultFound(f"no counter {scope}/{name}")
        ensure_counter(session, scope, name)
        value = connection.execute(stmt).scalar_one()
    return int(value)

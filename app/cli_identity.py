"""Who the ``reception-day`` command line acts as: ``cli:<OS user>`` at station ``cli``.

The command line is an operator's tool, run on the server or PC by the operating-system
account that owns the data folder, the key file and (for PostgreSQL) the database URL
with its password. That account can read and change the database and the key directly,
so a login inside the command line would keep nobody out; what matters is that what it
does is on record. So the command line asks for no password, acts with the admin role
(the permission checks of the services it calls pass, as for an admin at a station),
and every change it makes is audited as ``cli:<OS user>`` at station ``cli`` — through
the services (user accounts, imports, full-identity exports, set-up) and as a noted
entry for what changes data outside them (restore, key rotation and import).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.audit.identity import AuditIdentity
from app.backup.routines import plaintext_backup_notice
from app.bootstrap import OpenedState, Services, build_services, open_database
from app.clock import Clock
from app.db import Database
from app.domain.roles import Role
from app.services.context import Actor
from app.services.errors import PermissionDenied
from app.services.permissions import Permission, may

CLI_STATION = "cli"


def os_user() -> str:
    """The operating-system account running the command (``unknown`` if none is known)."""
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no login name and no passwd entry (some containers)
        return "unknown"


def cli_actor() -> Actor:
    """The command line's actor: the admin role, named ``cli:<OS user>``."""
    name = f"cli:{os_user()}"
    return Actor(name=name, station=CLI_STATION, role=Role.ADMIN, username=name)


def cli_identity() -> AuditIdentity:
    """Who the audit log names for the command line's own writes."""
    actor = cli_actor()
    return AuditIdentity(actor.username, actor.station, None, actor.role.value)


def cli_services(db: Database, clock: Clock | None = None) -> Services:
    """The services as the command line uses them (audited as :func:`cli_actor`)."""
    return build_services(db, clock, cli_actor())


def cli_database(db: Database) -> Database:
    """``db`` whose writes outside the services are audited as the command line."""
    return db.acting(cli_identity)


def cli_require(permission: Permission) -> None:
    """Refuse unless the command line's role holds ``permission``, as a service would:
    for the commands that work beside the services (backup, restore, verify-audit)."""
    actor = cli_actor()
    if not may(actor.role, permission):
        raise PermissionDenied(permission.value, actor.role.value, actor.username)


def open_for_cli(url: str) -> tuple[Database, OpenedState]:
    """:func:`app.bootstrap.open_database`, audited as the command line, saying on
    stderr when the automatic backup before the upgrade holds plain personal data."""
    db, state = open_database(url)
    if state.plaintext_backup is not None:
        print(plaintext_backup_notice(Path(state.plaintext_backup)), file=sys.stderr)
    return cli_database(db), state

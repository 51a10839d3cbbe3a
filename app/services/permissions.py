"""What each role may do: the one table every service call is checked against.

Services call ``ctx.require(Permission.X)`` first thing in every public method that
reads personal data or changes state, so hiding a button is never the only barrier.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from app.domain.roles import Role


class Permission(StrEnum):
    """One kind of service call; granted to roles by ``ROLE_PERMISSIONS``."""

    VIEW_EVENT = "view_event"  # event set-up, rooms, directory: no personal data
    VIEW_HALL = "view_hall"  # waits per room with masked names (hall display)
    EDIT_SETUP = "edit_setup"  # events, rooms, topics, units, leaders, rules, settings
    REGISTER = "register"  # pre-register, walk-in, check-in, corrections, cancel
    SEARCH_PEOPLE = "search_people"  # find people and their earlier visits
    VIEW_QUEUE = "view_queue"  # a room's queue with names
    MOVE_QUEUE = "move_queue"  # call, start, hold, resume, no-show, re-queue, transfer
    VIEW_CASE = "view_case"  # the case card of a visit
    DECIDE_CASE = "decide_case"  # add a case, record an outcome
    PRINT_TICKETS = "print_tickets"  # queue tickets and appointment notices
    PRINT_DOCUMENTS = "print_documents"  # slips, receipts, summary, bundles, reprints
    VIEW_SUPERVISION = "view_supervision"  # the assignment board and follow-up calls
    SUPERVISE = "supervise"  # feedback, closing, reopening, extensions, follow-ups
    VIEW_STATISTICS = "view_statistics"  # figures of the day (no personal data)
    IMPORT = "import"  # pre-registration lists and directories from files
    EXPORT = "export"  # exports with masked identities
    EXPORT_IDENTITIES = "export_identities"  # exports with full ID numbers and phones
    REVEAL_IDENTITY = "reveal_identity"  # show one full ID number or phone (audited)
    MANAGE_USERS = "manage_users"  # add users, reset passwords, disable
    VIEW_AUDIT = "view_audit"  # read and verify the audit trail
    BACKUP = "backup"  # back up and restore the database


P = Permission
_EVERYONE = frozenset({P.VIEW_EVENT, P.VIEW_HALL})

ROLE_PERMISSIONS: MappingProxyType[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.ADMIN: frozenset(Permission),
        Role.REGISTRAR: _EVERYONE
        | {P.REGISTER, P.SEARCH_PEOPLE, P.VIEW_CASE, P.PRINT_TICKETS, P.IMPORT},
        Role.LEADER: _EVERYONE | {P.VIEW_QUEUE, P.MOVE_QUEUE, P.VIEW_CASE, P.DECIDE_CASE},
        Role.CLERK: _EVERYONE | {P.PRINT_TICKETS, P.PRINT_DOCUMENTS, P.VIEW_STATISTICS},
        Role.SUPERVISOR: _EVERYONE
        | {
            P.SEARCH_PEOPLE,
            P.VIEW_CASE,
            P.VIEW_SUPERVISION,
            P.SUPERVISE,
            P.VIEW_STATISTICS,
            P.EXPORT,
            P.REVEAL_IDENTITY,
        },
        Role.DISPLAY: _EVERYONE,
    }
)


def permissions_of(role: Role) -> frozenset[Permission]:
    """Everything ``role`` may do."""
    return ROLE_PERMISSIONS[role]


def may(role: Role, permission: Permission) -> bool:
    """Whether ``role`` has ``permission``."""
    return permission in ROLE_PERMISSIONS[role]


# any of these may print something (which documents: print_permissions)
PRINTING = (P.PRINT_TICKETS, P.PRINT_DOCUMENTS, P.SUPERVISE, P.VIEW_STATISTICS)


def print_permissions(document: str) -> tuple[Permission, ...]:
    """Who may build, print or reprint a job of this ``print_job.document`` kind (any of)."""
    if document in ("ticket", "notice"):
        return (P.PRINT_TICKETS,)
    if document == "reminder":  # 催办函: the supervision office prints its own letters
        return (P.PRINT_DOCUMENTS, P.SUPERVISE)
    if document == "day_summary":  # figures of the day, printed from the statistics too
        return (P.PRINT_DOCUMENTS, P.VIEW_STATISTICS)
    return (P.PRINT_DOCUMENTS,)

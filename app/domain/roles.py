"""The roles a user of the app can have (who does what on the day)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A user's role; it decides the stations shown and the service calls allowed."""

    ADMIN = "admin"  # organiser: set-up, users, import/export, backups — everything
    REGISTRAR = "registrar"  # 登记台: pre-registration, check-in, walk-ins, tickets
    LEADER = "leader"  # 接待室: the queue of a room, case cards, outcomes
    CLERK = "clerk"  # 打印台: slips, receipts, reprints, the day summary
    SUPERVISOR = "supervisor"  # 督办: assignments, feedback, follow-up calls, statistics
    DISPLAY = "display"  # 叫号屏: no login, sees only masked hall data


LOGIN_ROLES = tuple(r for r in Role if r is not Role.DISPLAY)

#: What a workstation can be set to: ``--station``, the first-run dialog's choices and the
#: installers' start-menu entries and launchers, one each. ``room`` takes the room's
#: number (``room:3``); ``supervisor`` is the supervisor's desk (督办, 台账 and 统计).
WORKSTATIONS = ("desk", "room", "print", "display", "supervisor", "ledger", "statistics", "admin")

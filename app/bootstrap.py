"""Open a database ready for use: migrate it (refusing a newer one) and build services."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup.routines import (
    backup_before_upgrade,
    holds_plain_personal_data,
    plaintext_backup_notice,
)
from app.clock import Clock, SystemClock
from app.db import Database
from app.migrations import SchemaState, upgrade_to_head
from app.services.context import Actor, ServiceContext

if TYPE_CHECKING:
    from app.services.assignments import AssignmentService
    from app.services.backups import BackupService
    from app.services.day_planning import DayPlanningService
    from app.services.export_cases import ExportService
    from app.services.imports import ImportService
    from app.services.ledger import LedgerService
    from app.services.print_jobs import PrintJobService
    from app.services.queue import QueueService
    from app.services.reception import ReceptionService
    from app.services.registration import RegistrationService
    from app.services.reminders import ReminderService
    from app.services.reveal import RevealService
    from app.services.search import SearchService
    from app.services.setup import SetupService
    from app.services.statistics import StatisticsService
    from app.services.users import UserService

log = logging.getLogger(__name__)


class Services:
    """Every service of one workstation, sharing one context.

    A service is built, and its module imported, when it is first used: a desk's start
    does not load the export, the import, the ledger or the day planning.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The names of the services (attributes other than ``ctx``)."""
        return tuple(n for n, v in vars(cls).items() if isinstance(v, cached_property))

    @cached_property
    def setup(self) -> SetupService:
        from app.services.setup import SetupService

        return SetupService(self.ctx)

    @cached_property
    def registration(self) -> RegistrationService:
        from app.services.registration import RegistrationService

        return RegistrationService(self.ctx)

    @cached_property
    def queue(self) -> QueueService:
        from app.services.queue import QueueService

        return QueueService(self.ctx)

    @cached_property
    def reception(self) -> ReceptionService:
        from app.services.reception import ReceptionService

        return ReceptionService(self.ctx)

    @cached_property
    def assignments(self) -> AssignmentService:
        from app.services.assignments import AssignmentService

        return AssignmentService(self.ctx)

    @cached_property
    def statistics(self) -> StatisticsService:
        from app.services.statistics import StatisticsService

        return StatisticsService(self.ctx)

    @cached_property
    def search(self) -> SearchService:
        from app.services.search import SearchService

        return SearchService(self.ctx)

    @cached_property
    def print_jobs(self) -> PrintJobService:
        from app.services.print_jobs import PrintJobService

        return PrintJobService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from app.services.imports import ImportService
        from app.services.registration import RegistrationService

        return ImportService(self.ctx, RegistrationService(self.ctx))

    @cached_property
    def users(self) -> UserService:
        from app.services.users import UserService

        return UserService(self.ctx)

    @cached_property
    def reveal(self) -> RevealService:
        from app.services.reveal import RevealService

        return RevealService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        from app.services.backups import BackupService

        return BackupService(self.ctx)

    @cached_property
    def reminders(self) -> ReminderService:
        from app.services.reminders import ReminderService

        return ReminderService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        from app.services.export_cases import ExportService

        return ExportService(self.ctx)

    @cached_property
    def ledger(self) -> LedgerService:
        from app.services.ledger import LedgerService

        return LedgerService(self.ctx)

    @cached_property
    def day_planning(self) -> DayPlanningService:
        from app.services.day_planning import DayPlanningService

        return DayPlanningService(self.ctx)


@dataclass(frozen=True)
class OpenedState(SchemaState):
    """The schema state before opening, and the automatic backup made before the
    upgrade; ``plaintext_backup`` is that backup when it holds personal data in plain
    text (a schema before sealing): the admin must be told to move it offline."""

    backup: Path | None = None
    plaintext_backup: Path | None = None


def open_database(url: str) -> tuple[Database, OpenedState]:
    """Connect and bring the schema to this app's version (backing up an existing
    database first)."""
    db = Database(url)
    try:
        backup = backup_before_upgrade(db)
        state = upgrade_to_head(db.write_engine)
    except BaseException:
        db.dispose()
        raise
    plain = backup.path if backup and holds_plain_personal_data(backup.manifest) else None
    if plain is not None:
        log.info("%s", plaintext_backup_notice(plain))  # the CLI and the app say it too
    path = backup.path if backup else None
    return db, OpenedState(**dataclasses.asdict(state), backup=path, plaintext_backup=plain)


def build_services(
    db: Database, clock: Clock | None = None, actor: Actor | None = None
) -> Services:
    """Wire the services over one database."""
    return Services(ServiceContext(db, clock or SystemClock(), actor or Actor()))

"""Open a database ready for use: migrate it (refusing a newer one) and build services."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from app.backup.routines import (
    backup_before_upgrade,
    holds_plain_personal_data,
    plaintext_backup_notice,
)
from app.clock import Clock, SystemClock
from app.db import Database
from app.migrations import SchemaState, upgrade_to_head
from app.services.assignments import AssignmentService
from app.services.backups import BackupService
from app.services.context import Actor, ServiceContext
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


@dataclass(frozen=True)
class Services:
    """Every service of one workstation, sharing one context."""

    ctx: ServiceContext
    setup: SetupService
    registration: RegistrationService
    queue: QueueService
    reception: ReceptionService
    assignments: AssignmentService
    statistics: StatisticsService
    search: SearchService
    print_jobs: PrintJobService
    imports: ImportService
    users: UserService
    reveal: RevealService
    backups: BackupService
    reminders: ReminderService
    exports: ExportService
    ledger: LedgerService
    day_planning: DayPlanningService


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
    ctx = ServiceContext(db, clock or SystemClock(), actor or Actor())
    return Services(
        ctx,
        SetupService(ctx),
        RegistrationService(ctx),
        QueueService(ctx),
        ReceptionService(ctx),
        AssignmentService(ctx),
        StatisticsService(ctx),
        SearchService(ctx),
        PrintJobService(ctx),
        imports=ImportService(ctx, RegistrationService(ctx)),
        users=UserService(ctx),
        reveal=RevealService(ctx),
        backups=BackupService(ctx),
        reminders=ReminderService(ctx),
        exports=ExportService(ctx),
        ledger=LedgerService(ctx),
        day_planning=DayPlanningService(ctx),
    )

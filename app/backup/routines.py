"""The automatic backups: before a migration, and at the end of the day."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.audit.chain import Verdict, verify_engine
from app.backup.backups import DEFAULT_KEEP, BackupResult, make_backup
from app.db import Database
from app.migrations import schema_state

log = logging.getLogger(__name__)


def full_url(db: Database) -> str:
    """The database URL with its password (for the backup tools, never for display)."""
    return db.url.render_as_string(hide_password=False)


def backup_before_upgrade(db: Database, keep: int = DEFAULT_KEEP) -> BackupResult | None:
    """Back up an existing database that this app is about to migrate; None when
    there is nothing to migrate or nothing in it yet. A failed backup stops the
    migration (BackupError): the old data stays as it was."""
    state = schema_state(db.write_engine)
    if not state.needs_upgrade or state.is_empty:
        return None
    result = make_backup(full_url(db), reason="pre-migration", keep=keep)
    log.info("backed up before migrating %s → %s: %s", state.current, state.head, result.path)
    return result


@dataclass(frozen=True)
class EndOfDay:
    """The day's closing: the audit chain's state and the backup made."""

    verdict: Verdict
    backup: BackupResult


def end_of_day(db: Database, keep: int = DEFAULT_KEEP) -> EndOfDay:
    """Verify the audit chain, then back up (also when the chain is broken: the
    backup is then evidence of what was found)."""
    verdict = verify_engine(db.read_engine)
    return EndOfDay(verdict, make_backup(full_url(db), reason="end-of-day", keep=keep))

"""The automatic backups: before a migration, and at the end of the day."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.audit.chain import Verdict, verify_engine
from app.backup.backups import DEFAULT_KEEP, BackupResult, make_backup
from app.backup.manifest import Manifest
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


#: The first schema that stores ID numbers, phones and addresses sealed (encrypted).
SEALED_REVISION = "0005"


def holds_plain_personal_data(manifest: Manifest) -> bool:
    """Whether a backup is of a schema before :data:`SEALED_REVISION` with people in
    it: its ID numbers, phones and addresses are then in plain text."""
    revision = manifest.schema_revision
    if revision is None or revision >= SEALED_REVISION:  # ids are "0001" … in order
        return False
    return manifest.row_counts.get("petitioner", 0) > 0


def plaintext_backup_notice(path: Path) -> str:
    """What the admin is told once the upgrade sealed the data: the backup made before
    it (and any older backup) still holds the plain values."""
    return (
        f"注意：升级前的自动备份 {path} 含未加密的身份证号、电话和住址（此前的备份也是）。"
        "确认升级后的数据库无误后，请将其移至离线介质保管或删除。 / "
        f"NOTE: the automatic backup made before the upgrade, {path}, holds the ID "
        "numbers, phones and addresses in plain text (so do older backups). Once the "
        "upgraded database has been checked, move it offline or delete it."
    )


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

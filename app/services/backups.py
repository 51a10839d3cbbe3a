"""日终备份: the end-of-day backup as a service call (the admin station's button).

Verifies the audit log, then backs the database up to the default backup folder
(rotated); the same as ``reception-day end-of-day``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.backup.routines import end_of_day
from app.services.context import ServiceContext
from app.services.permissions import Permission


@dataclass(frozen=True)
class EndOfDayReport:
    """What the end-of-day run found and made."""

    audit_ok: bool
    audit_entries: int
    audit_problem: str | None
    broken_seq: int | None
    backup_path: Path
    size_bytes: int
    rows: int
    seconds: float
    removed: int


class BackupService:
    """Backups a station may start (admin role)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def end_of_day(self) -> EndOfDayReport:
        """Verify the audit chain and back up; the backup is made even when the chain
        is broken (it is then evidence of what was found)."""
        self._ctx.require(Permission.BACKUP)
        day = end_of_day(self._ctx.db)
        m = day.backup.manifest
        return EndOfDayReport(
            day.verdict.ok,
            day.verdict.entries,
            day.verdict.problem,
            day.verdict.seq,
            day.backup.path,
            m.size_bytes,
            sum(m.row_counts.values()),
            m.seconds,
            len(day.backup.removed),
        )

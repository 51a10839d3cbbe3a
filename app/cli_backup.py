"""``reception-day backup | restore | verify-backup | end-of-day``.

    reception-day backup        [--db URL] [-o FILE] [--keep N]
    reception-day restore FILE  [--db URL] [--force]
    reception-day verify-backup FILE
    reception-day end-of-day    [--db URL] [--keep N]

A backup without ``-o`` goes to the default backup folder (see
:func:`app.backup.backups.backups_dir`) and older ones beyond ``--keep`` are removed.
``end-of-day`` verifies the audit log, then backs up; it exits 1 when the log is broken.

Each needs the ``BACKUP`` permission of the role the command line acts with (the
admin's, :mod:`app.cli_identity`). A restore changes the data: the restored database's
audit log gets a ``backup.restore`` entry naming ``cli:<OS user>``, the backup and where
the replaced database was saved. Making or checking a backup changes nothing and is not
in the audit log (the backup's manifest says when, from where and what it holds).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app import cli_keys
from app.audit.recorder import note
from app.backup.backups import (
    DEFAULT_KEEP,
    BackupResult,
    RestoreResult,
    make_backup,
    restore_backup,
    verify_backup,
)
from app.backup.manifest import Manifest
from app.backup.routines import end_of_day
from app.cli_identity import cli_require, open_for_cli
from app.services.permissions import Permission

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


def _holds(m: Manifest) -> str:
    rows = sum(m.row_counts.values())
    return (
        f"  {len(m.row_counts)} 个表 {rows:,} 行，审计日志 {m.audit_entries:,} 条 / "
        f"{len(m.row_counts)} tables, {rows:,} rows, {m.audit_entries:,} audit entries"
    )


def _print_backup(result: BackupResult) -> None:
    m = result.manifest
    print(f"已备份 / backed up: {result.path}  ({_size(m.size_bytes)}, {m.seconds:.2f} s)")
    print(_holds(m))
    for remark in m.notes:
        print(f"  注意 / note: {remark}")
    for old in result.removed:
        print(f"  已轮换删除旧备份 / rotated out: {old.name}")


def _cmd_backup(args: argparse.Namespace) -> int:
    cli_require(Permission.BACKUP)
    target = Path(args.output) if args.output else None
    _print_backup(make_backup(args.db, target, keep=args.keep))
    if args.key_copy:
        ring = cli_keys.export_key(Path(args.key_copy))
        print(f"  密钥另存 / key copied (separately): {args.key_copy} (v{ring.current})")
    else:
        print(f"  {cli_keys.KEY_NOT_IN_BACKUP}")
    return 0


def record_restore(url: str, result: RestoreResult) -> None:
    """The ``backup.restore`` audit entry in the restored database, as the command line
    (after the restore was verified: the log goes on from the backup's last entry)."""
    db, _ = open_for_cli(url)
    try:
        m = result.manifest
        details = {
            "backup": m.file,
            "sha256": m.sha256,
            "backup_made_at": m.created_at,
            "backup_reason": m.reason,
            "backup_audit_entries": m.audit_entries,
            "replaced_database_saved_to": str(result.safety) if result.safety else None,
        }
        with db.write("backup.restore") as s:
            note(s, "backup.restore", "database", m.file, details)
    finally:
        db.dispose()


def _cmd_restore(args: argparse.Namespace) -> int:
    cli_require(Permission.BACKUP)
    result = restore_backup(args.db, Path(args.file), force=args.force)
    record_restore(args.db, result)
    if result.safety is not None:
        print(f"恢复前已备份原数据库 / the replaced database was backed up to: {result.safety}")
    print(f"已恢复并校验 / restored and verified: {result.target}  ({result.seconds:.2f} s)")
    print(
        "  完整性检查、各表行数、审计日志均与备份清单一致 / integrity, row counts and audit "
        "chain match the backup's manifest"
    )
    print(_holds(result.manifest))
    return 0


def _cmd_verify_backup(args: argparse.Namespace) -> int:
    cli_require(Permission.BACKUP)
    m = verify_backup(Path(args.file))
    print(f"备份完好 / backup OK: {args.file}  ({m.dialect}, {m.created_at}, {m.reason})")
    print(_holds(m))
    return 0


def _cmd_end_of_day(args: argparse.Namespace) -> int:
    cli_require(Permission.BACKUP)
    db, _ = open_for_cli(args.db)
    try:
        day = end_of_day(db, keep=args.keep)
    finally:
        db.dispose()
    verdict = day.verdict
    if verdict.ok:
        print(f"审计日志完整 / audit log OK: {verdict.entries:,} entries")
    else:
        print(f"审计日志被改动 / audit log BROKEN at seq {verdict.seq}: {verdict.problem}")
    _print_backup(day.backup)
    return 0 if verdict.ok else 1


def register(command: CommandAdder) -> None:
    """Add the backup commands to the ``reception-day`` command line."""
    backup = command("backup", "back up the database (SQLite backup API / pg_dump)", _cmd_backup)
    backup.add_argument("-o", "--output", metavar="FILE", help="backup file (default: folder)")
    backup.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups kept in the folder")
    backup.add_argument(
        "--key-copy", metavar="FILE", help="also copy the field key to FILE (keep it elsewhere)"
    )
    restore = command("restore", "restore a verified backup over the database", _cmd_restore)
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--force", action="store_true", help="even while stations use it")
    check = command("verify-backup", "check a backup against its manifest", _cmd_verify_backup)
    check.add_argument("file", metavar="FILE")
    day = command("end-of-day", "verify the audit log, then back up", _cmd_end_of_day)
    day.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups kept in the folder")

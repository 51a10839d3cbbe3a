"""``reception-day verify-audit [--anchor BACKUP]``: check the audit log's hash chain.

Prints ``OK`` with the number of entries and exits 0, or names the first broken link
(its sequence number and what is wrong) and exits 1. ``--anchor`` also checks the log
against a backup's manifest (the backup file or its ``.json``): the entry the backup
ended with must still be there with the same hash. That catches even a log rewritten
from some entry on with every hash recomputed, which the chain alone cannot.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.audit.chain import verify_engine
from app.backup.manifest import MANIFEST_SUFFIX, read_manifest
from app.cli_identity import cli_require, open_for_cli
from app.db import Database
from app.models import AuditEntry
from app.services.permissions import Permission

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]

EXIT_BROKEN = 1


def _anchor_problem(db: Database, anchor: Path) -> str | None:
    backup = anchor.with_suffix("") if anchor.name.endswith(MANIFEST_SUFFIX) else anchor
    manifest = read_manifest(backup)
    if not manifest.audit_entries or manifest.audit_last_hash is None:
        return None
    seq = manifest.audit_entries
    with db.read() as s:
        found = s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    if found == manifest.audit_last_hash:
        return None
    return (
        f"entry {seq} differs from the backup of {manifest.created_at} "
        f"({'missing' if found is None else 'other hash'}): rewritten since"
    )


def _cmd_verify_audit(args: argparse.Namespace) -> int:
    cli_require(Permission.VIEW_AUDIT)
    db, _ = open_for_cli(args.db)
    try:
        started = time.perf_counter()
        verdict = verify_engine(db.read_engine)
        anchored = _anchor_problem(db, Path(args.anchor)) if args.anchor else None
        took = time.perf_counter() - started
    finally:
        db.dispose()
    if not verdict.ok:
        print(
            f"审计日志被改动 / audit log BROKEN at seq {verdict.seq}: {verdict.problem} "
            f"({verdict.entries:,} entries verified before it)"
        )
        return EXIT_BROKEN
    if anchored is not None:
        print(f"审计日志与备份不符 / audit log does not match the backup: {anchored}")
        return EXIT_BROKEN
    checked = "，与备份一致 / matches the backup" if args.anchor else ""
    print(f"审计日志完整 / audit log OK: {verdict.entries:,} 条 entries{checked} ({took:.2f} s)")
    return 0


def register(command: CommandAdder) -> None:
    """Add ``verify-audit`` to the ``reception-day`` command line."""
    verify = command(
        "verify-audit", "verify the audit log's hash chain (exit 0 OK, 1 broken)", _cmd_verify_audit
    )
    verify.add_argument(
        "--anchor", metavar="BACKUP", help="also check against a backup (file or its .json)"
    )

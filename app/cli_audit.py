"""``reception-day verify-audit``: check the audit log's hash chain.

Prints ``OK`` with the number of entries and exits 0, or names the first broken link
(its sequence number and what is wrong) and exits 1.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from app.audit.chain import verify_engine
from app.bootstrap import open_database

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]

EXIT_BROKEN = 1


def _cmd_verify_audit(args: argparse.Namespace) -> int:
    db, _ = open_database(args.db)
    try:
        started = time.perf_counter()
        verdict = verify_engine(db.read_engine)
        took = time.perf_counter() - started
    finally:
        db.dispose()
    if verdict.ok:
        print(f"审计日志完整 / audit log OK: {verdict.entries:,} 条 entries ({took:.2f} s)")
        return 0
    print(
        f"审计日志被改动 / audit log BROKEN at seq {verdict.seq}: {verdict.problem} "
        f"({verdict.entries:,} entries verified before it)"
    )
    return EXIT_BROKEN


def register(command: CommandAdder) -> None:
    """Add ``verify-audit`` to the ``reception-day`` command line."""
    command(
        "verify-audit", "verify the audit log's hash chain (exit 0 OK, 1 broken)", _cmd_verify_audit
    )

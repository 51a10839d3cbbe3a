"""Composition root and console entry point (``reception-day = "app.main:main"``).

``reception-day COMMAND …`` runs an admin command (see :mod:`app.cli`). Without a
command the app starts on a database: ``--db URL``, the default one, or with ``--demo``
the demo event (built into the user data folder on first use), opening the window
of the chosen station (``--station``; the first run asks).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import ArgumentError, OperationalError

from app.bootstrap import build_services, open_database
from app.clock import Clock, ShiftedClock
from app.db import Database
from app.domain.errors import ReceptionDayError
from app.migrations import schema_state
from app.models import Visit
from app.paths import demo_database_path, sqlite_url
from app.security.key_store import KEY_FILE_ENV, KEY_FILE_NAME

if TYPE_CHECKING:
    from app.cli import ProgressLine

DEMO_SEED = 1
EXIT_USER_ERROR = 2  # as app.cli's
KEY_FILE_HELP = f"field key file (default: {KEY_FILE_NAME} in the user data folder)"


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _demo_is_current(path: Path) -> bool:
    """Whether the demo file exists as this app builds it: this app's schema (a newer
    one raises), stamped by this demo builder and readable with this workstation's key
    (:mod:`app.demo.stamp`). An older demo is rebuilt, never upgraded in place."""
    from app.demo.stamp import holds_current_demo

    if not path.exists():
        return False
    db = Database(sqlite_url(path))
    try:
        state = schema_state(db.write_engine)
        if state.is_empty or state.needs_upgrade:
            return False
        return holds_current_demo(db.read_engine)
    finally:
        db.dispose()


def ensure_demo_database(progress: ProgressLine | None = None) -> str:
    """The URL of the demo database, built first if missing or not this app's demo.

    It is built under a temporary name and renamed when complete, so an interrupted
    build is never taken for a finished one.
    """
    from app.demo.day import build_day
    from app.demo.stamp import write_stamp

    path = demo_database_path()
    if _demo_is_current(path):
        _add_demo_users(sqlite_url(path))  # a demo built before there were accounts
        return sqlite_url(path)
    building = path.with_name(path.name + ".building")
    _remove_sqlite(building)
    db, _ = open_database(sqlite_url(building))
    try:
        build_day(build_services(db), DEMO_SEED, progress)
        write_stamp(db.write_engine)
        raw = db.write_engine.raw_connection()  # outside any transaction
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    finally:
        db.dispose()
        if progress is not None:
            progress.close()
    _remove_sqlite(path)
    os.replace(building, path)
    _remove_sqlite(building)
    return sqlite_url(path)


def _add_demo_users(url: str) -> None:
    from app.demo.users import add_demo_users

    db = Database(url)
    try:
        add_demo_users(build_services(db))
    finally:
        db.dispose()


def demo_clock(url: str) -> ShiftedClock:
    """A clock that continues the demo day from its last recorded moment."""
    db = Database(url)
    try:
        with db.read() as session:
            last = session.scalar(select(func.max(Visit.registered_at)))
            called = session.scalar(select(func.max(Visit.called_at)))
    finally:
        db.dispose()
    moment = max((t for t in (last, called) if t is not None), default=datetime.now())
    return ShiftedClock(moment - datetime.now())


def start(
    url: str | None, station: str | None, lang: str, remember: bool, clock: Clock | None = None
) -> int:
    """Open the window on ``url`` (None: the workstation's saved choice or first run)."""
    from app.ui.application import StartOptions, run_gui

    options = StartOptions(url=url, station=station, lang=lang, remember=remember, clock=clock)
    return run_gui(options)


def _parser(epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reception-day", description="接访日 Reception Day", epilog=epilog
    )
    parser.add_argument("--demo", action="store_true", help="open the demo event (built once)")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the saved choice)")
    parser.add_argument(
        "--station",
        metavar="ROLE",
        help="desk | room:N | print | display | supervisor | ledger | statistics | admin"
        " (default: saved)",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="interface language")
    parser.add_argument("--key-file", metavar="FILE", help=KEY_FILE_HELP)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (database, documents, every station) and exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The console entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-"):
        # The window takes no positional argument: a first word is an admin command
        # (app.cli, imported only then: the window's start does not pay for it).
        from app import cli

        return cli.main(args)
    epilog = None
    if "-h" in args or "--help" in args:
        from app.cli import command_names

        epilog = f"commands: {', '.join(command_names())} — reception-day COMMAND --help"
    try:
        options = _parser(epilog).parse_args(args)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USER_ERROR
    if options.key_file:
        os.environ[KEY_FILE_ENV] = options.key_file  # the personal-data key (app.security)
    if options.self_test:
        from app.ui.self_test import run_self_test

        return run_self_test()
    try:
        if options.demo:
            from app.cli import ProgressLine

            url = ensure_demo_database(ProgressLine(sys.stderr))
            return start(
                url, options.station or "admin", options.lang, remember=False, clock=demo_clock(url)
            )
        return start(options.db, options.station, options.lang, remember=True)
    except (ReceptionDayError, ArgumentError, OperationalError) as error:
        from app.cli import user_message

        print(user_message(error), file=sys.stderr)
        return EXIT_USER_ERROR

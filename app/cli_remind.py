"""``reception-day remind``: the 催办 list of an event and a reminder letter per unit.

Lists the units whose handed-over items are overdue or due soon (``--json`` for
scripts) and, with ``-o DIR``, writes each unit's reminder letter there as PDF — saved
files, not prints, so no print job is recorded. ``--as-of DATE`` sees the clocks as on
that day (e.g. to prepare Monday's letters on Friday).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from app.cli_identity import cli_services, open_for_cli
from app.clock import Clock, ManualClock, SystemClock
from app.domain.errors import InvalidInput
from app.printing import build_reminder_letter
from app.services.errors import NotFound

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]
#: Characters a file name may not contain on Windows (and the path separator).
_UNSAFE = '\\/:*?"<>|'


def _file_name(unit: str) -> str:
    return "催办函_" + "".join("_" if c in _UNSAFE else c for c in unit).strip() + ".pdf"


def _cmd_remind(args: argparse.Namespace) -> int:
    db, _ = open_for_cli(args.db)
    try:
        clock: Clock = (
            ManualClock(datetime.combine(args.as_of, time(9))) if args.as_of else SystemClock()
        )
        services = cli_services(db, clock)
        events = services.setup.list_events()
        if args.event is None and not events:
            raise InvalidInput("event", "unknown")
        event_id = args.event or max(events, key=lambda e: (e.event_date, e.id)).id
        if all(e.id != event_id for e in events):
            raise NotFound("event", event_id)
        units = services.reminders.reminder_units(event_id)
        if args.unit is not None:
            units = tuple(u for u in units if u.unit_id == args.unit)
        written: list[str] = []
        if args.output:
            folder = Path(args.output)
            folder.mkdir(parents=True, exist_ok=True)
            for u in units:
                letter = services.reminders.letter(event_id, u.unit_id)
                path = folder / _file_name(u.unit_name)
                path.write_bytes(build_reminder_letter(letter).pdf)
                written.append(str(path))
    finally:
        db.dispose()
    if args.json:
        rows = [
            {
                "unit_id": u.unit_id,
                "unit": u.unit_name,
                "overdue": u.overdue,
                "due_soon": u.due_soon,
            }
            for u in units
        ]
        print(
            json.dumps({"event_id": event_id, "units": rows, "files": written}, ensure_ascii=False)
        )
        return 0
    if not units:
        print("没有超期或即将到期的交办事项 / nothing overdue or due soon")
    for u in units:
        print(
            f"{u.unit_name}：超期 {u.overdue} 件，即将到期 {u.due_soon} 件 / "
            f"{u.overdue} overdue, {u.due_soon} due soon"
        )
    for name in written:
        print(f"已保存 / written: {name}")
    return 0


def register(command: CommandAdder) -> None:
    """Add ``remind`` to the ``reception-day`` command line."""
    cmd = command(
        "remind",
        "units with overdue or due-soon hand-overs; -o DIR writes each unit's reminder letter",
        _cmd_remind,
    )
    cmd.add_argument("--event", type=int, default=None, metavar="ID", help="default: the latest")
    cmd.add_argument("--unit", type=int, default=None, metavar="ID", help="only this unit")
    cmd.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    cmd.add_argument("-o", "--output", default=None, metavar="DIR", help="write the letters here")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")

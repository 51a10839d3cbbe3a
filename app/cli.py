"""``reception-day`` admin and scripting commands (no Qt here).

    reception-day init  [--db URL]
    reception-day demo  [--db URL] [--scale day|county] [--seed N]
                        [--petitioners N] [--cases N]
    reception-day stats [--db URL] [--event ID] [--json]
    reception-day export  --event ID [--format xlsx|csv] -o FILE [--full-identities]
    reception-day summary --event ID -o FILE.pdf|FILE.xlsx   (see app/cli_export.py)
    reception-day import FILE --event ID [--dry-run] [--strict] [--json]
    reception-day import-template -o FILE                     (see app/cli_import.py)

``--db`` defaults to a SQLite file in the user data folder. Errors meant for users
print one line (Chinese, then English) on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError, OperationalError

from app import cli_audit, cli_backup, cli_users
from app.cli_identity import cli_services, open_for_cli
from app.db import Database, DatabaseOnNetworkShare
from app.domain.errors import InvalidInput, ReceptionDayError
from app.domain.types import Outcome, VisitStatus
from app.migrations import DatabaseTooNew, SchemaState
from app.models import Topic
from app.paths import default_database_url
from app.security.key_store import KEY_FILE_ENV, KEY_FILE_NAME
from app.services.catalogue import DEFAULT_TOPICS
from app.services.errors import NotFound
from app.services.setup_data import EventInfo
from app.services.statistics import EventStatistics

EXIT_USER_ERROR = 2

STAGES = {
    "directory": "目录 directory",
    "history": "历史接访日 earlier events",
    "pre-registration": "预登记 pre-registration",
    "visits": "接访 visits",
    "petitioners": "来访人 petitioners",
    "cases": "信访件 cases",
}


def user_message(error: Exception) -> str:
    """One line for a user: Chinese first, then English."""
    if isinstance(error, DatabaseOnNetworkShare):
        return (
            f"数据库位于网络共享上，多台电脑请改用 PostgreSQL：{error.path} / "
            f"database is on a network share; use PostgreSQL for several PCs: {error.path}"
        )
    if isinstance(error, DatabaseTooNew):
        return (
            f"数据库已被更新版本的程序升级（{error.revision}，本程序 {error.head}），请升级程序 / "
            f"database was upgraded by a newer version ({error.revision} > {error.head}); "
            "update the app"
        )
    if isinstance(error, NotFound):
        return (
            f"找不到 {error.entity} {error.entity_id} / {error.entity} {error.entity_id} not found"
        )
    if isinstance(error, InvalidInput):
        return f"输入无效：{error.field}（{error.reason}） / invalid {error.field}: {error.reason}"
    if isinstance(error, ArgumentError):
        return f"数据库地址无效 / invalid database URL: {error}"
    if isinstance(error, OperationalError):
        reason = str(error.orig or error).splitlines()[0]
        return f"无法打开数据库 / cannot open the database: {reason}"
    return f"错误 / error: {error}"


class ProgressLine:
    """``progress(done, total, stage)`` drawn as one updating line on a terminal; on a
    stream that is not one, a line at each stage's start, every tenth and its end."""

    def __init__(self, stream: TextIO, interval: float = 0.25) -> None:
        self._stream, self._interval = stream, interval
        self._tty = stream.isatty()
        self._stage, self._tenth, self._last = "", -1, 0.0
        self._started = time.perf_counter()

    def __call__(self, done: int, total: int, stage: str) -> None:
        now = time.perf_counter()
        new_stage = stage != self._stage
        tenth = 10 * done // total if total else 0
        if self._tty:
            due = new_stage or tenth == 10 or now - self._last >= self._interval
        else:
            due = new_stage or tenth != self._tenth
        if not due:
            return
        if new_stage and self._stage and self._tty:
            self._stream.write("\n")
        self._stage, self._tenth, self._last = stage, tenth, now
        percent = f" {100 * done // total:3d}%" if total else ""
        elapsed = f"{now - self._started:.0f}s"
        text = f"{STAGES.get(stage, stage)}: {done:,}/{total:,}{percent}  {elapsed}"
        self._stream.write(f"\r{text}" if self._tty else text + "\n")
        self._stream.flush()

    def close(self) -> None:
        """End the line."""
        if self._tty and self._stage:
            self._stream.write("\n")
            self._stream.flush()


STATUS_WORDS = {
    VisitStatus.PRE_REGISTERED: "预登记未到",
    VisitStatus.WAITING: "候谈",
    VisitStatus.CALLED: "已叫号",
    VisitStatus.IN_RECEPTION: "接谈中",
    VisitStatus.ON_HOLD: "暂缓",
    VisitStatus.NO_SHOW: "过号",
    VisitStatus.DONE: "接谈完毕",
    VisitStatus.CANCELLED: "已取消",
}


def all_statistics(
    db: Database, event_id: int | None = None, limit: int | None = None
) -> tuple[list[tuple[EventInfo, EventStatistics]], int]:
    """Statistics of one event, or of the newest ``limit`` events (all when None), and
    how many events there are in all."""
    services = cli_services(db)
    events = services.setup.list_events()
    if event_id is not None:
        events = tuple(e for e in events if e.id == event_id)
        if not events:
            raise NotFound("event", event_id)
    shown = events if limit is None else events[:limit]
    return [(e, services.statistics.event_statistics(e.id)) for e in shown], len(events)


def statistics_json(event: EventInfo, stats: EventStatistics) -> dict[str, Any]:
    """JSON-ready statistics with the event and the rates."""
    data = dataclasses.asdict(stats)
    data["event_date"], data["venue"] = event.event_date.isoformat(), event.venue
    data["undecided_cases"] = stats.cases - sum(stats.outcomes.values())
    for outcome in Outcome:
        data["outcomes"].setdefault(outcome.value, 0)
    for rate in ("on_spot_rate", "satisfaction_rate", "participation_rate", "on_time_closing_rate"):
        data[rate] = getattr(stats, rate)
    return data


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.1f}%"


def summary_lines(event: EventInfo, stats: EventStatistics) -> list[str]:
    """The event as the press reports put it: Chinese lines, then one in English."""
    o = {outcome: stats.outcomes.get(outcome.value, 0) for outcome in Outcome}
    undecided = stats.cases - sum(o.values())
    order = list(VisitStatus)
    status = " · ".join(
        f"{STATUS_WORDS[VisitStatus(k)]} {v}"
        for k, v in sorted(stats.by_status.items(), key=lambda kv: order.index(VisitStatus(kv[0])))
    )
    topics = "，".join(f"{t.name} {t.batches}" for t in stats.by_topic[:6])
    spot, handed = o[Outcome.RESOLVED_ON_SPOT], o[Outcome.HANDED_OVER]
    legal, explained = o[Outcome.LEGAL_CHANNEL], o[Outcome.EXPLAINED]
    return [
        f"{event.name}（{event.event_date.isoformat()}，{event.venue}，编号 {event.id}）",
        f"  接访 {stats.batches} 批 {stats.persons} 人次（{stats.distinct_people} 人），"
        f"集体访 {stats.collective_batches} 批，重复访 {stats.repeat_batches} 批，"
        f"预登记未到 {stats.pre_registered} 批",
        f"  当场解决 {spot} 件，交办 {handed} 件，导入法定途径 {legal} 件，"
        f"解释说明 {explained} 件，待处理 {undecided} 件",
        f"  交办件在办 {stats.assignments_open} 件、已办结 {stats.assignments_closed} 件，"
        f"反馈超期 {stats.overdue_feedback} 件，满意率 {_percent(stats.satisfaction_rate)}",
        f"  状态：{status or '—'}",
        f"  主要类别：{topics or '—'}",
        f"  {stats.batches} batches / {stats.persons} persons received, "
        f"{stats.pre_registered} pre-registered still to come; {spot} resolved on the spot, "
        f"{handed} handed over, {legal} legal channel, {explained} explained, "
        f"{undecided} undecided",
    ]


def seed_default_topics(db: Database) -> int:
    """Add the default topic catalogue when there are no topics; how many were added."""
    with db.read() as s:
        if s.scalar(select(Topic.id).limit(1)) is not None:
            return 0
    setup = cli_services(db).setup
    for draft in DEFAULT_TOPICS:
        setup.add_topic(draft)
    return len(DEFAULT_TOPICS)


def schema_line(state: SchemaState, display: str) -> str:
    """What opening the database did to its schema."""
    if state.is_empty:
        return f"已创建数据库 / created database: {display} (schema {state.head})"
    if state.needs_upgrade:
        return f"已升级数据库 / upgraded database: {display} ({state.current} → {state.head})"
    return f"数据库已是最新 / database is up to date: {display} (schema {state.head})"


def _cmd_init(args: argparse.Namespace) -> int:
    db, state = open_for_cli(args.db)
    try:
        print(schema_line(state, db.info().display))
        added = seed_default_topics(db)
        if added:
            print(f"已添加默认反映类别 {added} 个 / added {added} default topics")
        else:
            print("已有反映类别，未改动 / topics already present, left as they are")
        cli_users.create_first_admin(args, cli_services(db))
    finally:
        db.dispose()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.county import build_county
    from app.demo.day import build_day

    db, state = open_for_cli(args.db)
    progress = ProgressLine(sys.stderr)
    try:
        print(schema_line(state, db.info().display), file=sys.stderr)
        started = time.perf_counter()
        if args.scale == "day":
            day = build_day(cli_services(db), args.seed, progress)
            progress.close()
            print("\n".join(summary_lines(*all_statistics(db, day.event_id)[0][0])))
        else:
            county = build_county(db, args.seed, args.petitioners, args.cases, progress)
            progress.close()
            print(
                f"已生成 {county.petitioners:,} 名来访人、{county.events} 次接访日、"
                f"{county.visits:,} 批来访、{county.cases:,} 件信访件 / "
                f"built {county.petitioners:,} petitioners ({county.search_keys:,} search keys), "
                f"{county.events} events, {county.visits:,} visits, {county.cases:,} cases, "
                f"{county.assignments:,} assignments"
            )
        print(f"用时 / took {time.perf_counter() - started:.1f} s")
    finally:
        progress.close()
        db.dispose()
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    db, _ = open_for_cli(args.db)
    try:
        found, total = all_statistics(db, args.event, None if args.json else args.limit)
    finally:
        db.dispose()
    if args.json:
        data = {"events": [statistics_json(e, s) for e, s in found]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("数据库中还没有接访活动 / no reception events yet")
    for event, stats in found:
        print("\n".join(summary_lines(event, stats)))
    if total > len(found):
        more = total - len(found)
        print(f"……另有 {more} 次接访活动 / … {more} more events (--event ID, --limit N)")
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be ≥ 0")
    return value


KEY_FILE_HELP = f"field key file (default: {KEY_FILE_NAME} in the user data folder)"


def build_parser() -> argparse.ArgumentParser:
    """The ``reception-day`` command line."""
    parser = argparse.ArgumentParser(
        prog="reception-day", description="接访日 Reception Day — admin commands"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = "database URL (default: SQLite in the user data folder)"

    def command(
        name: str, help_text: str, run: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("--db", default=None, metavar="URL", help=db_help)
        cmd.add_argument("--key-file", default=None, metavar="FILE", help=KEY_FILE_HELP)
        cmd.set_defaults(run=run)
        return cmd

    init = command("init", "create or upgrade the database; add the default topics", _cmd_init)
    cli_users.add_init_options(init)
    demo = command("demo", "build invented demo or benchmark data", _cmd_demo)
    demo.add_argument("--scale", choices=("day", "county"), default="day")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--petitioners", type=_positive, default=1_000_000, help="county scale")
    demo.add_argument("--cases", type=_positive, default=100_000, help="county scale")
    stats = command("stats", "figures of one event or of all events", _cmd_stats)
    stats.add_argument("--event", type=int, default=None, metavar="ID")
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.add_argument("--limit", type=_positive, default=5, help="events shown as text")
    from app.cli_import import add_import_commands

    add_import_commands(command)
    from app.cli_export import register_export_commands  # it imports this module

    register_export_commands(command)
    from app import cli_setup_server

    cli_setup_server.register(command)
    cli_audit.register(command)
    cli_users.register(command)
    cli_backup.register(command)
    from app import cli_simulate  # it imports this module

    cli_simulate.register(command)
    from app import cli_remind

    cli_remind.register(command)
    from app import cli_keys

    cli_keys.register(command)
    return parser


def command_names() -> tuple[str, ...]:
    """The names of every admin command, in the order ``--help`` lists them."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return tuple(action.choices)
    return ()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the process exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or a usage error argparse has printed
        return stop.code if isinstance(stop.code, int) else EXIT_USER_ERROR
    args.db = args.db or default_database_url()
    if getattr(args, "key_file", None):
        os.environ[KEY_FILE_ENV] = args.key_file  # read where the key is first needed
    try:
        return int(args.run(args))
    except (ReceptionDayError, ArgumentError, OperationalError) as error:
        print(user_message(error), file=sys.stderr)
        return EXIT_USER_ERROR

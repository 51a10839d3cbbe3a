"""``reception-day export`` and ``reception-day summary`` (registered by :mod:`app.cli`).

    reception-day export  --event ID [--format xlsx|csv] -o FILE [--full-identities]
    reception-day summary --event ID -o FILE.pdf|FILE.xlsx

``export`` writes the event's cases and assignments (masked identities unless
``--full-identities``; see docs/EXPORT-MAPPING.md) with a progress line on stderr.
``summary`` writes the end-of-day summary as PDF or Excel and prints its headline.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from app.cli import EXIT_USER_ERROR, ProgressLine, user_message
from app.cli_identity import cli_services, open_for_cli
from app.domain.errors import InvalidInput
from app.printing import build_day_summary
from app.printing.summary import headline
from app.services.export_cases import (
    STAGE_READ,
    STAGE_WRITE,
    ExportFormat,
    write_file,
)
from app.services.summary_workbook import summary_workbook_bytes

CommandFactory = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]
STAGE_LABELS = {STAGE_READ: "读取 reading", STAGE_WRITE: "导出 writing"}
SUMMARY_SUFFIXES = (".pdf", ".xlsx")


def export_format(fmt: str | None, output: str) -> str:
    """The chosen format, else the output file's suffix, else xlsx."""
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower().lstrip(".")
    return suffix if suffix in {f.value for f in ExportFormat} else ExportFormat.XLSX.value


def _cmd_export(args: argparse.Namespace) -> int:
    db, _ = open_for_cli(args.db)
    progress = ProgressLine(sys.stderr)
    try:
        exporter = cli_services(db).exports
        write = exporter.export_full_identities if args.full_identities else exporter.export_cases

        def report(done: int, total: int, stage: str) -> None:
            progress(done, total, STAGE_LABELS.get(stage, stage))

        result = write(args.event, export_format(args.format, args.output), args.output, report)
    finally:
        progress.close()
        db.dispose()
    kind = ("完整身份", "full identities") if result.full_identities else ("已脱敏", "masked")
    print(
        f"已导出 {result.rows} 件信访件（{kind[0]}）：{result.path} / "
        f"exported {result.rows} cases ({kind[1]}, {result.format}, "
        f"{result.size_bytes:,} bytes) to {result.path}"
    )
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in SUMMARY_SUFFIXES:
        raise InvalidInput("output", "pdf_or_xlsx", {"suffix": suffix})
    db, _ = open_for_cli(args.db)
    try:
        data = cli_services(db).print_jobs.summary_data(args.event)
    finally:
        db.dispose()
    missing: tuple[str, ...] = ()
    if suffix == ".pdf":
        built = build_day_summary(data)
        content, missing = built.pdf, built.missing_glyphs
    else:
        content = summary_workbook_bytes(data)
    if not target.parent.is_dir():
        raise InvalidInput("output", "no_such_folder", {"path": str(target.parent)})

    def save(stream: IO[bytes]) -> None:
        stream.write(content)

    size = write_file(target, save)
    print(headline(data))
    print(f"已写入汇总 / wrote the summary ({size:,} bytes): {target}")
    if missing:
        print(
            f"以下字无法打印，已以〓代替 / characters no font could draw: {''.join(missing)}",
            file=sys.stderr,
        )
    return 0


def _with_details(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``run``, where a refused file name also prints why (folder, operating system)."""

    def wrapped(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except InvalidInput as error:
            if error.field not in ("path", "output") or not error.details:
                raise
            why = "; ".join(f"{key}: {value}" for key, value in error.details.items())
            print(f"{user_message(error)} — {why}", file=sys.stderr)
            return EXIT_USER_ERROR

    return wrapped


def register_export_commands(command: CommandFactory) -> None:
    """Add ``export`` and ``summary`` through :func:`app.cli.build_parser`'s factory."""
    export = command(
        "export",
        "write the event's cases and assignments to .xlsx or .csv",
        _with_details(_cmd_export),
    )
    export.add_argument("--event", type=int, required=True, metavar="ID")
    export.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        default=None,
        help="default: from the file name, else xlsx",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument(
        "--full-identities",
        action="store_true",
        help="names, ID numbers, phones and addresses unmasked (confidential cases stay hidden)",
    )
    summary = command(
        "summary",
        "end-of-day summary as PDF or Excel; prints its headline",
        _with_details(_cmd_summary),
    )
    summary.add_argument("--event", type=int, required=True, metavar="ID")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")

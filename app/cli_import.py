"""``reception-day import`` and ``import-template``: pre-registration lists from the shell.

    reception-day import FILE --event ID [--dry-run] [--strict] [--json] [--db URL]
    reception-day import-template -o FILE

``import`` reads and checks the whole file first (progress on stderr for long files),
prints every row's problems, then pre-registers the valid rows — or nothing with
``--dry-run``, or nothing at all when any row has a problem with ``--strict``. Exit
status: 0 all rows fine, 1 some rows had problems (the others were imported unless
``--strict``), 2 the file or the command was refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.masking import mask_id_number
from app.services.imports import ImportPreview, ImportReport, RowProblem, write_template

EXIT_ROW_PROBLEMS = 1
#: Files shorter than this many rows are read without a progress line.
PROGRESS_FROM_ROWS = 200

STAGES = {"reading": "读取 reading", "checking": "检查 checking", "importing": "导入 importing"}

FILE_REASONS = {
    "too_large": "文件太大 / file too large (max {max} bytes)",
    "empty": "文件是空的 / the file is empty",
    "unsupported_type": "只支持 .xlsx 和 .csv（.xls 请另存为 .xlsx） / only .xlsx and .csv "
    "(save .xls as .xlsx)",
    "content_mismatch": "文件内容与扩展名不符 / the content does not match the extension",
    "broken_xlsx": "不是完好的 Excel 文件 / not a readable .xlsx workbook",
    "zip_bomb": "文件解压后过大，已拒绝 / refused: unpacks to far too much data",
    "xml_entities": "文件含有不允许的 XML 实体声明 / refused: XML entity declarations",
    "encoding": "CSV 既不是 UTF-8 也不是 GBK 编码 / CSV is neither UTF-8 nor GBK",
    "broken_csv": "CSV 格式错误 / broken CSV",
    "cell_too_large": "第 {row} 行有超长单元格 / row {row} has an oversized cell",
    "too_many_rows": "行数超过 {max} 行，请拆分文件 / more than {max} rows: split the file",
    "no_header": "找不到表头（需含“姓名”等列） / no header row found (姓名 …)",
    "missing_columns": "缺少列：{columns} / missing columns: {columns}",
    "no_rows": "表头下没有数据 / no rows under the header",
    "unreadable": "无法读取文件 / cannot read the file: {error}",
}

ROW_REASONS = {
    "required": "不能为空 / required",
    "characters": "含有不允许的字符 / characters not allowed",
    "length": "位数不对 / wrong length",
    "checksum": "校验位不对 / wrong check digit",
    "birth_date": "出生日期不存在 / no such birth date",
    "future_birth_date": "出生日期在今天之后 / born in the future",
    "region": "地区代码不存在 / unknown region code",
    "format": "格式不对 / wrong format",
    "area_code": "缺少或错误的区号 / area code missing or wrong",
    "country_code": "不是中国大陆号码 / not a mainland China number",
    "stored_as_number": "被存成了数字，后几位已丢失 / stored as a number: last digits lost",
    "id_or_phone_required": "身份证号和联系电话至少填一项 / ID number or phone required",
    "formula": "单元格是公式，请填写内容 / a formula: type the value instead",
    "not_a_number": "不是人数 / not a head-count",
    "out_of_range": "超出范围（{min}–{max}） / out of range ({min}–{max})",
    "too_long": "太长（最多 {max} 字） / too long (max {max})",
    "unknown": "找不到对应项 / not found",
    "ambiguous": "对应多项：{matches} / matches several: {matches}",
    "unknown_room": "没有 {number} 号接待室 / no room {number}",
    "leader_not_on_duty": "该领导当天不在接待室 / leader not on duty that day",
    "duplicate_in_file": "与第 {first_row} 行是同一人 / same person as row {first_row}",
}


def _words(table: dict[str, str], reason: str, details: Any) -> str:
    text = table.get(reason, reason)
    try:
        values = {
            k: "、".join(map(str, v)) if isinstance(v, list | tuple) else v
            for k, v in dict(details).items()
        }
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def file_message(error: InvalidInput) -> str:
    """A refused file in one line, Chinese then English."""
    return "无法导入 / cannot import: " + _words(FILE_REASONS, error.reason, error.details)


def problem_line(problem: RowProblem) -> str:
    """``第 5 行 身份证号：校验位不对 / …``."""
    where = f"第 {problem.row} 行 {problem.header}" if problem.header else f"第 {problem.row} 行"
    return f"  {where}：{_words(ROW_REASONS, problem.reason, problem.details)}"


def _progress(stream: Any) -> Callable[[int, int, str], None]:
    from app.cli import ProgressLine

    line = ProgressLine(stream)

    def report(done: int, total: int, stage: str) -> None:
        if total >= PROGRESS_FROM_ROWS:
            line(done, total, STAGES.get(stage, stage))
            if done == total:
                line.close()

    return report


def preview_json(preview: ImportPreview, report: ImportReport | None, dry_run: bool) -> Any:
    """The preview (ID numbers masked) and what was imported, JSON-ready."""
    imported = dict(report.imported) if report else {}
    return {
        "file": preview.file_name,
        "event_id": preview.event_id,
        "sheet": preview.sheet_name,
        "header_row": preview.header_row,
        "columns": dict(preview.headers),
        "notes": [{"reason": n.reason, **dict(n.details)} for n in preview.notes],
        "summary": {
            "rows": len(preview.rows),
            "ready": len(preview.ready),
            "problems": len(preview.problem_rows),
            "already": len(preview.already),
            "imported": len(imported),
            "failed": len(report.failed) if report else 0,
        },
        "dry_run": dry_run,
        "rows": [
            {
                "row": r.row,
                "status": r.status.value,
                "name": r.cells.get("name", ""),
                "id_number": mask_id_number(r.cells.get("id_number", "")),
                "visit_id": imported.get(r.row, r.already_visit_id),
                "problems": [
                    {"column": p.header, "field": p.field, "reason": p.reason, **dict(p.details)}
                    for p in r.problems
                ],
            }
            for r in preview.rows
        ],
        "failed": [{"row": p.row, "field": p.field, "reason": p.reason} for p in report.failed]
        if report
        else [],
    }


def _text(preview: ImportPreview, report: ImportReport | None, dry_run: bool) -> list[str]:
    sheet = f"工作表 {preview.sheet_name}，" if preview.sheet_name else ""
    lines = [f"文件 {preview.file_name}（{sheet}表头在第 {preview.header_row} 行）"]
    for note in preview.notes:
        details = dict(note.details)
        if note.reason == "ignored_column":
            lines.append(f"  已忽略列“{details['header']}” / column ignored")
        elif note.reason == "duplicate_column":
            lines.append(f"  重复的列“{details['header']}”已忽略 / repeated column ignored")
    ready, bad, already = len(preview.ready), len(preview.problem_rows), len(preview.already)
    lines.append(
        f"可导入 {ready} 行，有问题 {bad} 行，已预登记 {already} 行 / "
        f"{ready} ready, {bad} with problems, {already} already pre-registered"
    )
    lines.extend(problem_line(p) for p in preview.problems)
    if dry_run:
        lines.append("试运行，未写入 / dry run: nothing written")
    elif report is None:
        lines.append("有问题的行，未导入任何一行 / rows with problems: nothing imported (--strict)")
    else:
        lines.append(
            f"已导入 {len(report.imported)} 行，跳过 {len(report.skipped)} 行 / "
            f"imported {len(report.imported)}, skipped {len(report.skipped)}"
        )
        lines.extend(problem_line(p) for p in report.failed)
    return lines


def run_import(args: argparse.Namespace) -> int:
    from app.cli import EXIT_USER_ERROR
    from app.cli_identity import cli_services, open_for_cli

    db, _ = open_for_cli(args.db)
    try:
        imports = cli_services(db).imports
        progress = _progress(sys.stderr)
        try:
            preview = imports.preview_file(args.file, args.event, progress)
        except InvalidInput as error:
            if error.field != "file":
                raise
            print(file_message(error), file=sys.stderr)
            return EXIT_USER_ERROR
        report = None
        if not args.dry_run and not (args.strict and preview.problem_rows):
            report = imports.import_rows(preview, progress).value
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(preview_json(preview, report, args.dry_run), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_text(preview, report, args.dry_run)))
    return EXIT_ROW_PROBLEMS if preview.problem_rows or (report and report.failed) else 0


def run_template(args: argparse.Namespace) -> int:
    path = write_template(args.output)
    print(f"已生成导入模板 / template written: {path}")
    return 0


def add_import_commands(
    command: Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser],
) -> None:
    """Register ``import`` and ``import-template`` through :func:`app.cli.build_parser`'s
    ``command`` helper."""
    cmd = command("import", "pre-register a list file (.xlsx, .csv) for an event", run_import)
    cmd.add_argument("file", type=Path, metavar="FILE")
    cmd.add_argument("--event", type=int, required=True, metavar="ID")
    cmd.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    cmd.add_argument("--strict", action="store_true", help="import nothing if a row has a problem")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")
    template = command("import-template", "write the list template (.xlsx)", run_template)
    template.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

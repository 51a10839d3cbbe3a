"""``reception-day export`` and ``reception-day summary`` on a small SQLite day."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app import cli, main
from app.clock import ManualClock
from app.services.export_mapping import COLUMNS
from tests.db_fixtures import START, open_services, sqlite_url
from tests.services.export_scenario import ACCUSER, FULL_ID, build_export_day


@pytest.fixture
def day_db(tmp_path: Path) -> tuple[str, int]:
    """A database URL with the export scenario and the event id."""
    url = sqlite_url(tmp_path)
    clock = ManualClock(START)
    db, services = open_services(url, clock)
    try:
        event_id = build_export_day(services, clock).day.event_id
    finally:
        db.dispose()
    return url, event_id


def test_export_xlsx_masked(
    day_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = day_db
    target = tmp_path / "cases.xlsx"
    code = main.main(
        ["export", "--db", url, "--event", str(event_id), "--format", "xlsx", "-o", str(target)]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "exported 4 cases (masked, xlsx" in captured.out
    assert "导出 writing: 4/4 100%" in captured.err  # the progress line
    ws = openpyxl.load_workbook(target)["信访件"]
    assert [c.value for c in ws[1]] == [c.zh for c in COLUMNS]
    assert ws["B2"].value.endswith("-0001")
    cells = "\n".join(str(c.value) for row in ws.iter_rows() for c in row)
    assert FULL_ID not in cells
    assert ACCUSER.name not in cells


def test_export_csv_full_identities_format_from_the_name(
    day_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = day_db
    target = tmp_path / "cases.csv"
    argv = ["export", "--db", url, "--event", str(event_id), "-o", str(target)]
    assert cli.main([*argv, "--full-identities"]) == 0
    assert "full identities, csv" in capsys.readouterr().out
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 5
    assert FULL_ID in text
    assert ACCUSER.name not in text  # confidential, even in full


def test_export_errors_are_one_line(
    day_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = day_db
    target = tmp_path / "x.xlsx"
    assert cli.main(["export", "--db", url, "--event", "99", "-o", str(target)]) == 2
    assert "event 99 not found" in capsys.readouterr().err
    missing = tmp_path / "no" / "x.csv"
    assert cli.main(["export", "--db", url, "--event", "1", "-o", str(missing)]) == 2
    assert "invalid path: no_such_folder — path: " in capsys.readouterr().err
    assert cli.main(["export", "--db", url, "--event", "1"]) == 2  # -o is required
    assert not target.exists()


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_summary_writes_the_file_and_prints_the_headline(
    day_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    url, event_id = day_db
    target = tmp_path / f"summary{suffix}"
    assert main.main(["summary", "--db", url, "--event", str(event_id), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("本次接访共接待群众 3 批 8 人次，当场解决 1 件，交办 2 件")
    assert "wrote the summary" in out
    if suffix == ".pdf":
        text = "".join(p.extract_text() for p in PdfReader(target).pages).replace(" ", "")
        assert "公开接访日工作情况汇总" in text
    else:
        wb = openpyxl.load_workbook(target)
        assert wb["汇总"]["A1"].value == "公开接访日工作情况汇总"


def test_summary_refuses_other_suffixes(
    day_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = day_db
    target = tmp_path / "summary.docx"
    assert cli.main(["summary", "--db", url, "--event", str(event_id), "-o", str(target)]) == 2
    assert "pdf_or_xlsx" in capsys.readouterr().err
    assert not target.exists()


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["--help"]) == 0
    epilog = capsys.readouterr().out
    assert "export" in epilog
    assert "summary" in epilog

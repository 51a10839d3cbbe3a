"""``reception-day import`` and ``import-template``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.bootstrap import build_services, open_database
from app.models import Visit
from tests.import_files import HEADER, good_row, xlsx_bytes
from tests.services.scenario import build_day


@pytest.fixture
def event(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    db, _ = open_database(url)
    try:
        return url, build_day(build_services(db)).event_id
    finally:
        db.dispose()


def _visits(url: str) -> int:
    db, _ = open_database(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Visit)) or 0)
    finally:
        db.dispose()


def _list(tmp_path: Path, rows: int = 2, bad: bool = True) -> Path:
    body = [good_row(i, 反映类别="劳动") for i in range(1, rows + 1)]
    if bad:
        body.append(good_row(rows + 1, 身份证号="123", 反映类别="劳动"))
    path = tmp_path / "城关镇名单.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, *body]))
    return path


def test_dry_run_json_then_import_then_again(
    tmp_path: Path, event: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = event
    path = _list(tmp_path)
    args = ["import", str(path), "--event", str(event_id), "--db", url]
    assert cli.main([*args, "--dry-run", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {
        "rows": 3, "ready": 2, "problems": 1, "already": 0, "imported": 0, "failed": 0
    }  # fmt: skip
    bad = data["rows"][2]
    assert (bad["row"], bad["status"]) == (4, "problem")
    assert bad["problems"][0] | {"column": "身份证号", "reason": "length"} == bad["problems"][0]
    assert "*" in data["rows"][0]["id_number"]
    assert _visits(url) == 0
    assert cli.main(args) == 1
    out = capsys.readouterr().out
    assert "可导入 2 行，有问题 1 行" in out
    assert "第 4 行 身份证号：位数不对" in out
    assert "已导入 2 行" in out
    assert _visits(url) == 2
    assert cli.main([*args, "--json"]) == 1
    again = json.loads(capsys.readouterr().out)
    assert (again["summary"]["already"], again["summary"]["imported"]) == (2, 0)
    assert _visits(url) == 2


def test_strict_imports_nothing_when_a_row_has_a_problem(
    tmp_path: Path, event: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = event
    args = ["import", str(_list(tmp_path)), "--event", str(event_id), "--db", url, "--strict"]
    assert cli.main(args) == 1
    assert "nothing imported" in capsys.readouterr().out
    assert _visits(url) == 0
    good = ["import", str(_list(tmp_path, bad=False)), "--event", str(event_id), "--db", url]
    assert cli.main([*good, "--strict"]) == 0
    assert _visits(url) == 2


def test_a_refused_file_is_one_line_and_status_2(
    tmp_path: Path, event: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = event
    broken = tmp_path / "名单.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    assert cli.main(["import", str(broken), "--event", str(event_id), "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "不是完好的 Excel 文件" in err
    assert cli.main(["import", str(_list(tmp_path)), "--event", "999", "--db", url]) == 2
    assert "999" in capsys.readouterr().err


def test_a_long_file_shows_progress_on_stderr(
    tmp_path: Path, event: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, event_id = event
    path = _list(tmp_path, rows=250, bad=False)
    assert cli.main(["import", str(path), "--event", str(event_id), "--db", url, "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "检查 checking: 250/250" in captured.err
    assert "可导入 250 行" in captured.out


def test_import_template_writes_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import-template", "-o", str(tmp_path / "模板")]) == 0
    written = tmp_path / "模板.xlsx"
    assert str(written) in capsys.readouterr().out
    assert written.read_bytes().startswith(b"PK")

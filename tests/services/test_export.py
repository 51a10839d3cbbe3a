"""Case export (.xlsx/.csv) and the summary workbook — on SQLite and PostgreSQL.

Round trips read the files back (openpyxl, csv) and compare them with the service's
rows; formula escaping, masking and the confidential-accusation rule are checked on
the file bytes, where a leak would be.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.errors import InvalidInput
from app.models import AuditEntry, Case
from app.services.catalogue import DEFAULT_TOPICS
from app.services.errors import NotFound
from app.services.export_cases import ExportCancelled, ExportService
from app.services.export_mapping import (
    COLUMN_KEYS,
    COLUMNS,
    CONTENT_CLASSES,
    Kind,
    content_class,
    mapping_markdown,
)
from app.services.export_rows import is_protected, load_export_table
from app.services.setup_data import EventDraft
from app.services.spreadsheet import csv_value, safe_text
from app.services.summary_workbook import summary_workbook_bytes
from tests.services.export_scenario import (
    ACCUSER,
    ACCUSER_ID,
    FORMULA_DEMAND,
    FORMULA_NOTE,
    FORMULA_SUMMARY,
    FULL_ID,
    FULL_PHONE,
    NUMBER_IN_TEXT,
    ExportDay,
    build_export_day,
)

START_NOW = datetime(2026, 11, 27, 9, 0)
DOC = Path(__file__).resolve().parents[2] / "docs" / "EXPORT-MAPPING.md"


@pytest.fixture
def export_day(services: Services, clock: ManualClock) -> ExportDay:
    return build_export_day(services, clock)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the files (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def exporter(services: Services) -> ExportService:
    return ExportService(services.ctx)


def expected_xlsx(value: object, kind: Kind) -> object:
    if value == "":
        return None  # openpyxl reads an empty string back as an empty cell
    if isinstance(value, str):
        return safe_text(value)
    if kind is Kind.DATE and isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


def test_xlsx_round_trip(services: Services, export_day: ExportDay, out: Path) -> None:
    event_id = export_day.day.event_id
    target = out / "cases.xlsx"
    result = exporter(services).export_cases(event_id, "xlsx", target)
    table = exporter(services).table(event_id)
    assert (result.rows, result.format, result.full_identities) == (4, "xlsx", False)
    assert result.size_bytes == target.stat().st_size
    assert [p.name for p in out.iterdir()] == ["cases.xlsx"]  # no temporary left
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["信访件", "字段说明"]
    ws = wb["信访件"]
    assert [c.value for c in ws[1]] == [c.zh for c in COLUMNS]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    assert ws.column_dimensions["B"].width == COLUMNS[1].width
    assert ws.max_row == 1 + len(table.rows)
    for row_cells, row in zip(ws.iter_rows(min_row=2), table.rows, strict=True):
        got = [c.value for c in row_cells]
        want = [expected_xlsx(v, c.kind) for v, c in zip(row, COLUMNS, strict=True)]
        assert got == want
    # Dates are real dates with a date format, not text.
    due = ws.cell(row=2, column=COLUMN_KEYS.index("feedback_due") + 1)
    assert isinstance(due.value, datetime)
    assert due.number_format == "yyyy-mm-dd"
    stamp = ws.cell(row=2, column=COLUMN_KEYS.index("handed_over_at") + 1)
    assert stamp.number_format == "yyyy-mm-dd hh:mm"
    fields = wb["字段说明"]
    assert [c.value for c in fields[1]] == ["字段", "English", "数据来源", "格式"]
    assert fields.max_row == 1 + len(COLUMNS)


def test_csv_round_trip(services: Services, export_day: ExportDay, out: Path) -> None:
    event_id = export_day.day.event_id
    target = out / "cases.csv"
    exporter(services).export_cases(event_id, "csv", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese as UTF-8
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert lines[0] == [c.zh for c in COLUMNS]
    table = exporter(services).table(event_id)
    assert lines[1:] == [[csv_value(v) for v in row] for row in table.rows]
    first = dict(zip(COLUMN_KEYS, lines[1], strict=True))
    assert first["feedback_due"] == "2026-11-26"
    assert first["handed_over_at"] == "2026-11-23 08:30"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_formula_text_is_escaped(
    services: Services, export_day: ExportDay, out: Path, fmt: str
) -> None:
    target = out / f"cases.{fmt}"
    exporter(services).export_cases(export_day.day.event_id, fmt, target)
    if fmt == "xlsx":
        ws = openpyxl.load_workbook(target)["信访件"]
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
        sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet  # no formula element anywhere
    else:
        text = target.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    collective = next(r for r in rows if r[COLUMN_KEYS.index("collective")] == "是")
    assert collective[COLUMN_KEYS.index("summary")] == "'" + FORMULA_SUMMARY
    assert collective[COLUMN_KEYS.index("demand")] == "'" + FORMULA_DEMAND
    assert collective[COLUMN_KEYS.index("outcome_note")] == "'" + FORMULA_NOTE


def test_safe_text_rules() -> None:
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert safe_text(text) == "'" + text
    assert safe_text("\x01=cmd") == "'=cmd"  # a hidden control character does not help
    assert safe_text("a=b") == "a=b"
    assert safe_text("正常文本") == "正常文本"


def test_masked_by_default_full_only_on_request(
    services: Services, export_day: ExportDay, out: Path
) -> None:
    event_id = export_day.day.event_id
    masked, full = out / "masked.csv", out / "full.csv"
    exporter(services).export_cases(event_id, "csv", masked)
    result = exporter(services).export_full_identities(event_id, "csv", full)
    assert result.full_identities
    masked_text = masked.read_bytes().decode("utf-8-sig")
    full_text = full.read_bytes().decode("utf-8-sig")
    for secret in (FULL_ID, FULL_PHONE, "李秀英", "欧阳娜娜", "幸福路12号"):
        assert secret not in masked_text, secret
        assert secret in full_text, secret
    for shown in ("330726********0071", "138****0007", "李*英", "欧阳*娜", "城关镇****"):
        assert shown in masked_text, shown
    # A number typed into a free text is hidden too, unless identities are asked for.
    assert NUMBER_IN_TEXT not in masked_text
    assert "物业经理电话[已隐去]一直不接" in masked_text
    assert NUMBER_IN_TEXT in full_text
    with services.ctx.db.read() as s:
        logged = s.scalars(select(AuditEntry).where(AuditEntry.action == "export_identities")).all()
    assert [(e.entity, e.entity_id, e.event_id) for e in logged] == [
        ("event", str(event_id), event_id)
    ]
    assert "full.csv" in logged[0].changes


@pytest.mark.parametrize("full", [False, True])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_confidential_accusation_never_identifies_the_petitioner(
    services: Services, export_day: ExportDay, out: Path, fmt: str, full: bool
) -> None:
    ex = exporter(services)
    target = out / f"out.{fmt}"
    write = ex.export_full_identities if full else ex.export_cases
    write(export_day.day.event_id, fmt, target)
    if fmt == "xlsx":
        text = "\n".join(
            str(c.value) for r in openpyxl.load_workbook(target)["信访件"].iter_rows() for c in r
        )
    else:
        text = target.read_bytes().decode("utf-8-sig")
    for secret in (ACCUSER.name, "建平", ACCUSER_ID, ACCUSER_ID[-4:], ACCUSER.phone, "石桥村"):
        assert secret not in text, secret
    with services.ctx.db.read() as s:
        table = load_export_table(s, export_day.day.event_id, full_identities=full, now=START_NOW)
    row = next(
        dict(zip(COLUMN_KEYS, r, strict=True))
        for r in table.rows
        if r[COLUMN_KEYS.index("category")] == "检举控告"
    )
    assert row["petitioner_name"] == "（保密）"
    assert (row["document_number"], row["phone"], row["address"], row["query_code"]) == (
        "",
        "",
        "",
        "",
    )
    assert row["confidential"] == "是"
    assert row["ticket"] == ""  # it would link the row to the batch's other cases
    assert "[已隐去]" in str(row["summary"])
    assert row["lead_unit"] == "县自然资源和规划局"  # the case itself is still there


@pytest.mark.parametrize(
    ("confidential", "category", "accused", "protected"),
    [
        (False, "demand", None, False),
        (False, "suggestion", None, False),
        (True, "demand", None, True),
        (False, "accusation", None, True),
        (False, "demand", 7, True),
    ],
)
def test_which_cases_never_identify_their_petitioners(
    confidential: bool, category: str, accused: int | None, protected: bool
) -> None:
    case = Case(is_confidential=confidential, statutory_category=category, accused_unit_id=accused)
    assert is_protected(case) is protected


def test_every_column_is_filled_for_a_complete_case(
    services: Services, export_day: ExportDay
) -> None:
    table = exporter(services).table(export_day.day.event_id)
    assert all(len(r) == len(COLUMNS) for r in table.rows)
    assert len(set(COLUMN_KEYS)) == len(COLUMN_KEYS)
    full = dict(zip(COLUMN_KEYS, table.rows[0], strict=True))
    empty = [k for k, v in full.items() if v in (None, "")]
    assert empty == ["outcome_note"]  # a hand-over has an instruction, not a note
    assert full["urgency"] == "黄色"
    assert (full["extensions"], full["extension_days"]) == (1, 10)
    assert full["reminders"] == 1
    assert full["reminded_at"] == datetime(2026, 11, 25, 8, 30)
    accusation = dict(zip(COLUMN_KEYS, table.rows[2], strict=True))
    assert accusation["reminders"] == 0  # not due soon on the letter's day, so not on it
    assert (full["follow_up_attempts"], full["follow_up_reached"]) == (2, "是")
    assert (full["satisfaction_organiser"], full["satisfaction_unit"]) == ("满意", "基本满意")
    assert (full["status"], full["feedback_clock"], full["handling_clock"]) == (
        "已办结",
        "按期",
        "按期",
    )
    assert (full["class_code"], full["class_name"]) == ("01", "土地征收与拆迁")


def test_people_counts_match_the_statistics(services: Services, export_day: ExportDay) -> None:
    event_id = export_day.day.event_id
    table = exporter(services).table(event_id)
    stats = services.statistics.event_statistics(event_id)
    assert sum(int(v or 0) for v in table.column("batches")) == stats.batches == 3
    assert sum(int(v or 0) for v in table.column("persons")) == stats.persons == 8
    assert table.column("collective").count("是") == stats.collective_batches == 1
    assert table.column("outcome").count("待处理") == 1


def test_mapping_document_is_current() -> None:
    assert mapping_markdown() in DOC.read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"| {column.zh} | {column.en} |" in mapping_markdown()


def test_content_class_table() -> None:
    for draft in DEFAULT_TOPICS:
        code, name = content_class(draft.code, draft.national_class_code)
        assert code in CONTENT_CLASSES, draft
        assert name == draft.name
    assert content_class("land", "") == ("01", "土地征收与拆迁")
    assert content_class("unheard_of", "") == ("99", "其他")
    assert content_class("land", "A07") == ("A07", "")


def test_cancel_and_bad_input_leave_no_file(
    services: Services, export_day: ExportDay, out: Path
) -> None:
    def cancel(done: int, total: int, stage: str) -> None:
        if stage == "write":
            raise ExportCancelled

    ex = exporter(services)
    for fmt in ("xlsx", "csv"):
        with pytest.raises(ExportCancelled):
            ex.export_cases(export_day.day.event_id, fmt, out / f"x.{fmt}", cancel)
    assert list(out.iterdir()) == []
    with pytest.raises(InvalidInput, match="format"):
        ex.export_cases(export_day.day.event_id, "ods", out / "x.ods")
    with pytest.raises(InvalidInput, match="path"):
        ex.export_cases(export_day.day.event_id, "csv", out / "missing" / "x.csv")
    seen: list[tuple[int, int, str]] = []
    ex.export_cases(export_day.day.event_id, "csv", out / "ok.csv", lambda *a: seen.append(a))
    assert seen[0] == (0, 1, "read")
    assert seen[-1] == (4, 4, "write")


def test_summary_workbook(services: Services, export_day: ExportDay) -> None:
    data = services.print_jobs.summary_data(export_day.day.event_id)
    wb = openpyxl.load_workbook(io.BytesIO(summary_workbook_bytes(data)))
    assert wb.sheetnames == ["汇总", "按反映类别", "按接待室", "按责任单位", "交办事项清单"]
    overview = wb["汇总"]
    assert overview["A1"].value == "公开接访日工作情况汇总"
    assert str(overview["A3"].value).startswith("本次接访共接待群众 3 批 8 人次")
    figures = {r[0].value: r[1].value for r in overview.iter_rows(min_row=5) if r[0].value}
    assert figures["接待批次"] == 3
    assert figures["交办"] == 2
    topics = wb["按反映类别"]
    assert [c.value for c in topics[1]][:3] == ["反映类别", "批次", "人次"]
    assert topics.freeze_panes == "A2"
    total = [c.value for c in topics[topics.max_row]]
    assert total[:3] == ["合计", 3, 8]
    units = {r[0].value: r[1].value for r in wb["按责任单位"].iter_rows(min_row=2)}
    assert units["县自然资源和规划局"] == 2
    listing = wb["交办事项清单"]
    assert listing.max_row == 3
    text = "\n".join(str(c.value) for r in listing.iter_rows() for c in r)
    assert ACCUSER.name not in text
    assert "检举控告事项（内容保密）" in text
    due = listing.cell(row=2, column=7)
    assert isinstance(due.value, datetime)
    assert due.number_format == "yyyy-mm-dd"


def test_an_event_without_cases_gives_the_header_only(services: Services, out: Path) -> None:
    event_id = services.setup.create_event(EventDraft("空接访日", date(2026, 12, 1))).value.id
    ex = exporter(services)
    assert ex.export_cases(event_id, "xlsx", out / "empty.xlsx").rows == 0
    ws = openpyxl.load_workbook(out / "empty.xlsx")["信访件"]
    assert ws.max_row == 1
    assert ex.export_cases(event_id, "csv", out / "empty.csv").rows == 0
    assert len((out / "empty.csv").read_bytes().decode("utf-8-sig").splitlines()) == 1
    with pytest.raises(NotFound):
        ex.export_cases(event_id + 1, "csv", out / "none.csv")


def test_a_file_that_cannot_be_written_is_a_user_error(
    services: Services, export_day: ExportDay, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "the file is open in another program")

    monkeypatch.setattr("app.services.export_cases.os.replace", locked)
    with pytest.raises(InvalidInput, match="cannot_write") as error:
        exporter(services).export_cases(export_day.day.event_id, "xlsx", out / "x.xlsx")
    assert "open in another program" in str(error.value.details["reason"])
    assert list(out.iterdir()) == []  # the temporary file is gone

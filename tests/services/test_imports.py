"""Import on both engines: rows become the desk's pre-registrations; importing again, or
after a stop half-way, adds no duplicates; the template reads back."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.bootstrap import Services, build_services
from app.domain.errors import InvalidInput
from app.domain.roles import Role
from app.domain.types import RegistrationChannel, VisitStatus
from app.models import Petitioner, Topic, Visit
from app.services.context import Actor
from app.services.errors import PermissionDenied
from app.services.imports import ImportPreview, RowStatus, template_bytes
from app.services.setup_data import EventDraft, RoomDraft
from tests.import_files import HEADER, csv_bytes, fake_id, good_row, xlsx_bytes
from tests.services.scenario import Day, build_day, person, visit

ROWS = [
    ["某镇预登记名单"],
    list(HEADER),
    good_row(1, "李四", 人数="十二", 反映类别="拆迁", 预约接待室或领导="测试领导"),
    good_row(2, "王五", 人数="两", 反映类别="劳动", 预约接待室或领导="3号"),
    good_row(3, "赵六", 身份证号="123", 反映类别="其他"),
    good_row(4, "钱七", 身份证号="", 联系电话="0571-87654321", 反映类别=""),
]


def _visits(services: Services, event_id: int) -> list[Visit]:
    with services.ctx.db.read() as s:
        return list(s.scalars(select(Visit).where(Visit.event_id == event_id).order_by(Visit.id)))


def _preview(services: Services, day: Day, data: bytes | None = None) -> ImportPreview:
    return services.imports.preview("名单.xlsx", data or xlsx_bytes(ROWS), day.event_id)


def test_valid_rows_become_the_desks_pre_registrations(services: Services) -> None:
    day = build_day(services)
    preview = _preview(services, day)
    assert [(r.row, r.status) for r in preview.rows] == [
        (3, RowStatus.READY),
        (4, RowStatus.READY),
        (5, RowStatus.PROBLEM),
        (6, RowStatus.READY),
    ]
    assert _visits(services, day.event_id) == []  # a preview writes nothing
    stages: list[str] = []
    result = services.imports.import_rows(preview, lambda d, t, stage: stages.append(stage))
    report = result.value
    assert [row for row, _ in report.imported] == [3, 4, 6]
    assert (report.skipped, report.failed, report.cancelled) == ((), (), False)
    assert "importing" in stages
    assert result.changes.ids(result.changes.items[0].entity) == {v for _, v in report.imported}
    li, wang, qian = _visits(services, day.event_id)
    assert {v.channel for v in (li, wang, qian)} == {RegistrationChannel.IMPORT.value}
    assert {v.status for v in (li, wang, qian)} == {VisitStatus.PRE_REGISTERED.value}
    assert (li.topic_id, li.head_count, li.is_collective) == (day.land, 12, True)
    assert li.requested_leader_id == day.leader
    assert li.room_id == day.room_land
    assert (wang.topic_id, wang.head_count, wang.requested_room_id) == (
        day.labour,
        2,
        day.room_general,
    )
    assert qian.topic_id == day.other
    assert li.summary == "工地拖欠工资三个月"
    with services.ctx.db.read() as s:
        people = {p.name: p for p in s.scalars(select(Petitioner))}
    assert people["李四"].document_number == fake_id(1)
    assert people["钱七"].phone == "0571-87654321"
    assert people["钱七"].document_number is None


def test_importing_the_same_file_again_adds_nothing(services: Services) -> None:
    day = build_day(services)
    services.imports.import_rows(_preview(services, day))
    again = _preview(services, day)
    assert [r.status for r in again.rows] == [RowStatus.ALREADY] * 2 + [
        RowStatus.PROBLEM,
        RowStatus.ALREADY,
    ]
    assert all(r.already_visit_id for r in again.already)
    report = services.imports.import_rows(again).value
    assert (report.imported, report.skipped) == ((), (3, 4, 6))
    assert len(_visits(services, day.event_id)) == 3
    # the same people in a CSV from another town are the same pre-registrations
    as_csv = services.imports.preview("b.csv", csv_bytes(ROWS[1:], "gbk"), day.event_id)
    assert len(as_csv.already) == 3


def test_a_person_the_desk_pre_registered_is_skipped(services: Services) -> None:
    day = build_day(services)
    desk = visit(day, replace(person(1, "李四"), document_number=fake_id(1)))
    services.registration.pre_register(replace(desk, channel=RegistrationChannel.PHONE))
    preview = _preview(services, day)
    assert preview.rows[0].status is RowStatus.ALREADY
    assert len(services.imports.import_rows(preview).value.imported) == 2
    assert len(_visits(services, day.event_id)) == 3


def test_an_import_stopped_half_way_is_finished_by_importing_again(services: Services) -> None:
    day = build_day(services)
    data = xlsx_bytes([HEADER, *(good_row(i, 反映类别="劳动") for i in range(1, 7))])
    preview = _preview(services, day, data)
    asked = iter([False, False, True])
    stopped = services.imports.import_rows(preview, cancelled=lambda: next(asked)).value
    assert stopped.cancelled
    assert len(stopped.imported) == 2
    # the other station registered one of the rest meanwhile: the import skips it
    services.imports.import_rows(replace(preview, rows=preview.rows[4:5]))
    finished = services.imports.import_rows(preview).value
    assert [row for row, _ in finished.imported] == [4, 5, 7]
    assert finished.skipped == (2, 3, 6)
    assert len(_visits(services, day.event_id)) == 6


def test_a_row_refused_at_writing_is_reported_and_the_rest_imported(services: Services) -> None:
    day = build_day(services)
    preview = _preview(services, day)
    first = preview.rows[0]
    assert first.draft is not None
    broken = replace(first, draft=replace(first.draft, topic_id=9999))
    report = services.imports.import_rows(replace(preview, rows=(broken, *preview.rows[1:])))
    (failed,) = report.value.failed
    assert (failed.row, failed.field, failed.reason) == (3, "topic", "unknown")
    assert [row for row, _ in report.value.imported] == [4, 6]


def test_the_template_has_columns_an_example_and_notes(services: Services) -> None:
    day = build_day(services)
    data = template_bytes()
    book = load_workbook(io.BytesIO(data))
    sheet, notes = book.worksheets
    assert [c.value for c in sheet[1]] == list(HEADER)
    assert sheet["A2"].value == "示例"
    assert sheet.column_dimensions["C"].width >= 20
    assert sheet.column_dimensions["C"].number_format == "@"
    assert notes.title == "填写说明"
    assert [r[0] for r in notes.iter_rows(min_row=2, max_row=12, values_only=True)] == list(HEADER)
    preview = services.imports.preview("模板.xlsx", data, day.event_id)
    assert preview.rows == ()
    with services.ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0


@pytest.mark.parametrize("role", [Role.LEADER, Role.CLERK, Role.SUPERVISOR, Role.DISPLAY])
def test_roles_without_the_import_permission_are_refused(services: Services, role: Role) -> None:
    day = build_day(services)
    registrar = Actor("李登记", "desk", Role.REGISTRAR, user_id=2, username="lidj")
    preview = build_services(services.ctx.db, services.ctx.clock, registrar).imports.preview(
        "a.xlsx", xlsx_bytes(ROWS), day.event_id
    )
    other = build_services(services.ctx.db, services.ctx.clock, Actor("某", "x", role, 3, "x"))
    with pytest.raises(PermissionDenied):
        other.imports.preview("a.xlsx", xlsx_bytes(ROWS), day.event_id)
    with pytest.raises(PermissionDenied):
        other.imports.import_rows(preview)
    assert _visits(services, day.event_id) == []


KINDS = {
    "": {},
    "123": {"身份证号": "123"},
    "=1+1": {"问题摘要": "=1+1"},
    "十二": {"人数": "十二"},
    "劳动": {"反映类别": "劳动"},
    "外星人": {"反映类别": "外星人"},
}
PEOPLE = st.lists(st.tuples(st.integers(1, 40), st.sampled_from(list(KINDS))), max_size=12)


def _topics(services: Services) -> dict[str, int]:
    """Topic code -> id; the small day's directory is built on first use (Hypothesis runs
    every example on the same database)."""
    with services.ctx.db.read() as s:
        topics: dict[str, int] = dict(s.execute(select(Topic.code, Topic.id)).all())
    if "labour" not in topics:
        build_day(services)
        return _topics(services)
    return topics


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=PEOPLE.filter(bool), second=PEOPLE)
def test_importing_any_two_lists_twice_registers_each_person_once(
    services: Services, first: list[tuple[int, str]], second: list[tuple[int, str]]
) -> None:
    topics = _topics(services)
    event = services.setup.create_event(EventDraft("另一接访日", date(2026, 12, 1))).value.id
    room = RoomDraft(1, "综合接待室", frozenset({topics["other"], topics["labour"]}))
    services.setup.add_room(event, room)
    ready: set[str] = set()
    for plan in (first, second, first):
        data = xlsx_bytes([HEADER, *(good_row(n, **KINDS[kind]) for n, kind in plan)])
        if not plan:
            with pytest.raises(InvalidInput, match="no_rows"):
                services.imports.preview("a.xlsx", data, event)
            continue
        preview = services.imports.preview("a.xlsx", data, event)
        before = len(_visits(services, event))
        report = services.imports.import_rows(preview).value
        assert report.failed == ()
        new = {r.draft.petitioners[0].document_number for r in preview.ready if r.draft}
        assert len(report.imported) == len(new - ready)
        ready |= new
        assert len(_visits(services, event)) == before + len(report.imported) == len(ready)

"""The case ledger (信访件台账) on SQLite and PostgreSQL: filters, sorts, masking, the
confidential-accusation rule and who may read it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.domain.roles import Role
from app.domain.types import AssignmentStatus, Outcome, Urgency
from app.services.context import Actor
from app.services.errors import PermissionDenied
from app.services.export_mapping import CONFIDENTIAL_NAME
from app.services.ledger_data import NOT_HANDED_OVER, UNDECIDED, LedgerFilter, LedgerSort
from app.services.print_summary import CONFIDENTIAL_BRIEF
from tests.db_fixtures import START
from tests.services.export_scenario import ACCUSER, ExportDay, build_export_day


@pytest.fixture
def export_day(services: Services, clock: ManualClock) -> ExportDay:
    return build_export_day(services, clock)


def _ids(services: Services, **kw: object) -> set[int]:
    return set(services.ledger.case_ids(LedgerFilter(**kw)))  # type: ignore[arg-type]


def test_every_case_is_listed_with_its_row(services: Services, export_day: ExportDay) -> None:
    d = export_day
    ids = services.ledger.case_ids()
    assert set(ids) == {d.full_case, d.collective_case, d.accusation_case, d.booked_case}
    rows = {r.case_id: r for r in services.ledger.rows(ids)}
    full = rows[d.full_case]
    assert full.case_number
    assert len(full.query_code) == 8
    assert full.petitioners == "李*英 等2人"  # masked, representative first
    assert full.lead_unit_name == "县自然资源和规划局"
    assert full.urgency == Urgency.YELLOW.value
    assert full.status == AssignmentStatus.CLOSED.value
    assert full.overdue_days == 0
    assert full.outcome == Outcome.HANDED_OVER.value
    assert full.topic_name == "土地征收与拆迁"
    assert full.event_name == "测试接访日"
    assert full.recorded_on == START.date()
    booked = rows[d.booked_case]
    assert booked.status == NOT_HANDED_OVER
    assert booked.outcome is None
    assert booked.handling_due is None
    assert booked.lead_unit_name == ""
    assert rows[d.collective_case].head_count == 5


def test_a_confidential_accusation_never_identifies_the_accuser(
    services: Services, export_day: ExportDay
) -> None:
    row = services.ledger.rows([export_day.accusation_case])[0]
    assert row.petitioners == CONFIDENTIAL_NAME
    assert row.is_confidential
    shown = repr(row)
    for part in (ACCUSER.name, ACCUSER.name[1:], ACCUSER.document_number, ACCUSER.phone):
        assert part not in shown  # the summary named the accuser and his phone
    assert row.query_code == ""  # it would link the case to the batch
    assert row.summary == CONFIDENTIAL_BRIEF  # as on a reminder letter
    # nothing sealed or unmasked of anyone appears in any row
    for r in services.ledger.rows(services.ledger.case_ids()):
        assert "李秀英" not in repr(r)
        assert "13712344321" not in r.petitioners


def test_filters(services: Services, export_day: ExportDay, clock: ManualClock) -> None:
    d = export_day
    day = d.day
    every = {d.full_case, d.collective_case, d.accusation_case, d.booked_case}
    assert _ids(services, event_id=day.event_id) == every
    assert _ids(services, event_id=day.event_id + 100) == set()
    assert _ids(services, topic_id=day.labour) == {d.collective_case}
    assert _ids(services, status=NOT_HANDED_OVER) == {d.collective_case, d.booked_case}
    assert _ids(services, status=AssignmentStatus.CLOSED.value) == {d.full_case}
    assert _ids(services, outcome=UNDECIDED) == {d.booked_case}
    assert _ids(services, outcome=Outcome.RESOLVED_ON_SPOT.value) == {d.collective_case}
    assert _ids(services, unit_id=day.land_bureau) == {d.full_case, d.accusation_case}
    assert _ids(services, urgency=Urgency.RED.value) == {d.accusation_case}
    on = START.date()
    assert _ids(services, date_from=on, date_to=on) == every
    assert _ids(services, date_to=on - timedelta(days=1)) == set()
    assert _ids(services, date_from=on + timedelta(days=1)) == set()
    number = services.ledger.rows([d.full_case])[0]
    assert _ids(services, text=number.case_number[-4:]) >= {d.full_case}
    assert _ids(services, text=number.query_code.lower()) == {d.full_case}
    assert services.ledger.rows([d.booked_case])[0].summary.count("13900001111") == 0
    assert _ids(services, text="征地补偿款") == {d.full_case}
    assert _ids(services, text="优亲厚友") == set()  # a confidential summary is not searched
    assert _ids(services, text="100%_") == set()  # LIKE wildcards are literal
    clock.advance(timedelta(days=30))  # the accusation has had no feedback: overdue
    assert _ids(services, overdue_only=True) == {d.accusation_case}
    board = next(r for r in services.assignments.board() if r.case_id == d.accusation_case)
    row = services.ledger.rows([d.accusation_case])[0]
    assert row.overdue_days == board.clocks.overdue_days(clock.now().date()) > 0


def test_sorts(services: Services, export_day: ExportDay) -> None:
    ledger = services.ledger
    ids = ledger.case_ids()
    rows = ledger.rows(ids)
    numbers = [
        r.case_number for r in ledger.rows(ledger.case_ids(None, LedgerSort.CASE_NUMBER, False))
    ]
    assert numbers == sorted(numbers)
    by_date = [(r.recorded_on, r.case_id) for r in rows]
    assert ids == tuple(sorted(ids, reverse=True)) or by_date == sorted(by_date, reverse=True)
    due = ledger.rows(ledger.case_ids(None, LedgerSort.DUE, False))
    dues = [r.handling_due for r in due]
    handed = [x for x in dues if x is not None]
    assert dues[: len(handed)] == sorted(handed)
    assert all(x is None for x in dues[len(handed) :])
    due_desc = ledger.rows(ledger.case_ids(None, LedgerSort.DUE, True))
    assert due_desc[-1].handling_due is None  # not handed over stays last either way
    assert [r.case_id for r in ledger.rows(tuple(reversed(ids)))] == list(reversed(ids))
    assert ledger.rows([999_999]) == []


def as_role(services: Services, role: Role) -> Services:
    return build_services(services.ctx.db, services.ctx.clock, Actor(role=role))


@pytest.mark.parametrize("role", [Role.ADMIN, Role.SUPERVISOR])
def test_the_supervision_office_reads_the_ledger(services: Services, role: Role) -> None:
    ledger = as_role(services, role).ledger
    assert ledger.case_ids() == ()
    assert ledger.choices().events == ()


@pytest.mark.parametrize("role", [Role.REGISTRAR, Role.LEADER, Role.CLERK, Role.DISPLAY])
def test_other_roles_may_not(services: Services, role: Role) -> None:
    ledger = as_role(services, role).ledger
    for call in (ledger.case_ids, lambda: ledger.rows([1]), ledger.choices):
        with pytest.raises(PermissionDenied):
            call()


def test_choices(services: Services, export_day: ExportDay) -> None:
    choices = services.ledger.choices()
    assert [label for _, label in choices.events] == ["2026-11-23 测试接访日"]
    assert "县人民法院" in dict(choices.units).values()
    assert len(choices.topics) == 4

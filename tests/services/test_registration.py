"""Registration on SQLite and PostgreSQL: walk-in, pre-registration, check-in, repeats."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.bootstrap import Services
from app.domain.errors import InvalidInput
from app.domain.types import Priority, RegistrationChannel, VisitStatus
from app.services.errors import ChangedElsewhere, InvalidState
from app.services.registration_data import VisitEdit
from tests.services.scenario import build_day, person, visit


def test_walk_in_gets_room_ticket_and_first_case(services: Services) -> None:
    day = build_day(services)
    result = services.registration.register_walk_in(visit(day, person(1)))
    r = result.value
    assert r.status == VisitStatus.WAITING
    assert r.room_id == day.room_land
    assert (r.ticket_number, r.ticket_text) == (1, "001")
    assert len(r.case_ids) == 1
    assert r.allocation is not None
    assert r.allocation.reason == "topic_match"
    assert not r.is_repeat
    assert result.changes.ids(result.changes.items[0].entity) == {r.visit_id}


def test_tickets_count_up_without_gaps_even_after_a_rejected_registration(
    services: Services,
) -> None:
    day = build_day(services)
    first = services.registration.register_walk_in(visit(day, person(1))).value
    with pytest.raises(InvalidInput) as error:
        services.registration.register_walk_in(
            dataclasses.replace(visit(day, person(2)), head_count=0)
        )
    assert error.value.field == "head_count"
    second = services.registration.register_walk_in(visit(day, person(3))).value
    assert (first.ticket_number, second.ticket_number) == (1, 2)


def test_retry_with_same_client_key_returns_first_registration(services: Services) -> None:
    day = build_day(services)
    draft = visit(day, person(1))
    first = services.registration.register_walk_in(draft).value
    again = services.registration.register_walk_in(draft).value
    assert again.visit_id == first.visit_id
    assert again.ticket_number == first.ticket_number
    assert again.already_registered


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"petitioners": ()}, "petitioners", "required"),
        ({"head_count": 501}, "head_count", "out_of_range"),
        ({"summary": "长" * 4001}, "summary", "too_long"),
        ({"topic_id": 9999}, "topic_id", "unknown"),
    ],
)
def test_bad_visit_input_is_rejected_and_writes_nothing(
    services: Services, change: dict[str, object], field: str, reason: str
) -> None:
    day = build_day(services)
    draft = dataclasses.replace(visit(day, person(1)), **change)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as error:
        services.registration.register_walk_in(draft)
    assert (error.value.field, error.value.reason) == (field, reason)
    assert services.queue.room_queue(day.room_land).waiting == ()


def test_bad_id_number_names_the_person_and_the_reason(services: Services) -> None:
    day = build_day(services)
    bad = dataclasses.replace(person(1), document_number="330726198005170010")
    good = person(2)
    with pytest.raises(InvalidInput) as error:
        services.registration.register_walk_in(visit(day, good, bad))
    assert error.value.field == "petitioners[1].id_number"
    assert error.value.reason == "checksum"


def test_head_count_below_named_people_is_rejected(services: Services) -> None:
    day = build_day(services)
    with pytest.raises(InvalidInput) as error:
        services.registration.register_walk_in(visit(day, person(1), person(2), head_count=1))
    assert error.value.reason == "fewer_than_named"


def test_collective_visit_flag_follows_head_count(services: Services) -> None:
    day = build_day(services)
    r = services.registration.register_walk_in(visit(day, person(1), head_count=6)).value
    card = services.reception.case_card(r.visit_id)
    assert card.is_collective
    assert "collective" in card.risk_flags


def test_repeat_visit_found_by_id_number_and_by_phone(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    day = build_day(services)
    first = services.registration.register_walk_in(visit(day, person(1, phone="13900001111"))).value
    again = services.registration.register_walk_in(visit(day, person(1, phone="13900001111"))).value
    assert again.is_repeat
    assert [e.visit_id for e in again.earlier_visits] == [first.visit_id]
    assert again.earlier_visits[0].matched_by == "document"
    other_person = dataclasses.replace(person(7, "李四"), phone="139 0000 1111")
    by_phone = services.registration.register_walk_in(visit(day, other_person)).value
    assert by_phone.is_repeat
    assert any(e.matched_by == "phone" for e in by_phone.earlier_visits)


def test_pre_registration_then_check_in_of_single_members(services: Services) -> None:
    day = build_day(services)
    pre = services.registration.pre_register(
        visit(day, person(1), person(2, "张三"), channel=RegistrationChannel.TOWNSHIP)
    ).value
    assert pre.status == VisitStatus.PRE_REGISTERED
    assert pre.ticket_number is None
    assert pre.room_id == day.room_land  # allotted for planning
    first_member = pre.petitioner_ids[0]
    checked = services.registration.check_in(pre.visit_id, member_ids=[first_member]).value
    assert checked.status == VisitStatus.WAITING
    assert checked.ticket_number == 1
    again = services.registration.check_in(pre.visit_id).value
    assert again.ticket_number == 1  # second check-in keeps the ticket
    entry = services.queue.room_queue(day.room_land).waiting[0]
    assert entry.priority == Priority.PRE_BOOKED


def test_check_in_rejects_unknown_member_and_cancelled_visit(services: Services) -> None:
    day = build_day(services)
    pre = services.registration.pre_register(
        visit(day, person(1), channel=RegistrationChannel.PHONE)
    ).value
    with pytest.raises(InvalidInput):
        services.registration.check_in(pre.visit_id, member_ids=[99999])
    services.registration.cancel(pre.visit_id)
    with pytest.raises(InvalidState):
        services.registration.check_in(pre.visit_id)


def test_elderly_and_disabled_get_the_priority_lane(services: Services) -> None:
    day = build_day(services)
    old = services.registration.register_walk_in(
        visit(day, person(1, birth=date(1940, 1, 1)))
    ).value
    disabled = dataclasses.replace(person(2), is_disabled=True)
    dis = services.registration.register_walk_in(visit(day, disabled)).value
    queue = services.queue.room_queue(day.room_land).waiting
    assert {e.visit_id: e.priority for e in queue} == {
        old.visit_id: Priority.ELDERLY,
        dis.visit_id: Priority.DISABLED,
    }


def test_override_room_needs_a_reason(services: Services) -> None:
    day = build_day(services)
    with pytest.raises(InvalidInput) as error:
        services.registration.register_walk_in(visit(day, person(1)), room_id=day.room_general)
    assert error.value.field == "override_reason"
    r = services.registration.register_walk_in(
        visit(day, person(1)), room_id=day.room_general, override_reason="来访人要求"
    ).value
    assert r.room_id == day.room_general


def test_edit_with_stale_version_is_a_conflict_not_an_overwrite(services: Services) -> None:
    day = build_day(services)
    r = services.registration.register_walk_in(visit(day, person(1))).value
    edit = VisitEdit(day.land, 2, "新的摘要", "诉求", "", Priority.NORMAL)
    services.registration.edit_visit(r.visit_id, r.version, edit)
    with pytest.raises(ChangedElsewhere):
        services.registration.edit_visit(
            r.visit_id, r.version, dataclasses.replace(edit, summary="另一站")
        )
    card = services.reception.case_card(r.visit_id)
    assert card.summary == "新的摘要"


def test_preview_lists_every_open_room(services: Services) -> None:
    day = build_day(services)
    preview = services.registration.preview_allocation(day.event_id, day.labour, 1)
    assert preview.room_id == day.room_labour
    assert {c.room_id for c in preview.candidates} == {
        day.room_land,
        day.room_labour,
        day.room_general,
    }


def test_two_stations_editing_one_visit_second_gets_conflict(services: Services) -> None:
    from app.bootstrap import build_services
    from app.services.context import Actor

    day = build_day(services)
    other = build_services(services.ctx.db, services.ctx.clock, Actor("王文书", "desk2"))
    r = services.registration.register_walk_in(visit(day, person(1))).value
    seen_here = services.reception.case_card(r.visit_id).version
    seen_there = other.reception.case_card(r.visit_id).version
    edit = VisitEdit(day.land, 1, "一号台修改", "", "", Priority.NORMAL)
    services.registration.edit_visit(r.visit_id, seen_here, edit)
    with pytest.raises(ChangedElsewhere):
        other.registration.edit_visit(
            r.visit_id, seen_there, dataclasses.replace(edit, summary="二号台修改")
        )
    assert other.reception.case_card(r.visit_id).summary == "一号台修改"


def test_earlier_visits_of_a_person_being_typed_in(services: Services) -> None:
    from app.domain.types import DocumentType

    day = build_day(services)
    p = person(1, phone="13912340000")
    first = services.registration.register_walk_in(visit(day, p)).value
    found = services.registration.earlier_visits_of(DocumentType.RESIDENT_ID, p.document_number)
    assert [e.visit_id for e in found] == [first.visit_id]
    by_phone = services.registration.earlier_visits_of(
        DocumentType.RESIDENT_ID, "", "139-1234-0000"
    )
    assert [e.visit_id for e in by_phone] == [first.visit_id]
    assert services.registration.earlier_visits_of(DocumentType.RESIDENT_ID, "123") == ()


def test_a_retyped_name_does_not_rewrite_the_stored_person(services: Services) -> None:
    day = build_day(services)
    first = services.registration.register_walk_in(visit(day, person(1, "王小明"))).value
    services.registration.register_walk_in(visit(day, person(1, "王小名")))
    card = services.reception.case_card(first.visit_id)
    assert card.petitioners[0].name == "王小明"
    assert card.petitioners[0].checked_in
